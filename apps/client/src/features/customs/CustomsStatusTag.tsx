import { customsStatusView, type StatusTone } from '@tradewind/customs';
import type { CustomsStatus } from '@tradewind/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { customsLanguage } from './customs-language.ts';

const TONE_COLOURS: Record<StatusTone, string> = { waiting: 'default', pending: 'processing', done: 'success', rejected: 'error' };

/** A customs status in words (放行, not 800), coloured by how it stands. */
export function CustomsStatusTag({ code, testId }: { code: CustomsStatus; testId?: string }) {
  const { t, i18n } = useTranslation();
  const view = customsStatusView(code);
  return (
    <Tag color={TONE_COLOURS[view.tone]} data-testid={testId}>
      {view.meaning ? view.meaning[customsLanguage(i18n.language)] : t(`filings.customsStatuses.${code}`)}
    </Tag>
  );
}
