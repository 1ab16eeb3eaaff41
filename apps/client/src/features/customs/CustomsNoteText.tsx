import { customsNote } from '@tradewind/customs';
import type { FilingReceipt } from '@tradewind/domain';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { customsLanguage } from './customs-language.ts';

/** Customs' note on a receipt: its Chinese verbatim, or in English translated (or explained) with customs' own words beside it. */
export function CustomsNoteText({ receipt, asReason = false }: { receipt: Pick<FilingReceipt, 'code' | 'message' | 'meaning'>; asReason?: boolean }) {
  const { t, i18n } = useTranslation();
  const note = customsNote(receipt, customsLanguage(i18n.language));
  if (!note) return null;
  return (
    <span data-testid="customs-note">
      {asReason ? t('customsDesk.detail.reason', { message: note.text }) : note.text}
      {note.original && <CustomsOriginal original={note.original} />}
    </span>
  );
}

/** Customs' own words, beside the translation or explanation of them. */
export function CustomsOriginal({ original }: { original: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="customs-note-original">
      {' '}
      {t('customsDesk.detail.original', { original })}
    </Typography.Text>
  );
}
