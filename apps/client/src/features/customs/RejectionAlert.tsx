import { customsStatusView, rejectionOf } from '@tradewind/customs';
import type { FilingDoc } from '@tradewind/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { customsLanguage } from './customs-language.ts';
import { CustomsNoteText } from './CustomsNoteText.tsx';

/** Why customs (or the platform) turned a declaration or a summary request down, in the merchant's language, with customs' own note. */
export function RejectionAlert({ filing }: { filing: FilingDoc }) {
  const { t, i18n } = useTranslation();
  const rejection = rejectionOf(filing);
  const language = customsLanguage(i18n.language);
  if (!rejection) return <Alert type="error" showIcon data-testid="declaration-rejection" title={t('customsDesk.detail.failed')} />;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="declaration-rejection"
      title={t('customsDesk.detail.rejected', { meaning: rejection.meaning?.[language] ?? customsStatusView(filing.customsStatus).meaning?.[language] ?? '' })}
      description={<CustomsNoteText receipt={rejection} asReason />}
    />
  );
}
