import type { FilingDoc } from '@tradewind/domain';
import { useTranslation } from 'react-i18next';
import { CustomsStatusTag } from './CustomsStatusTag.tsx';
import { FilingTable } from './FilingTable.tsx';
import { summaryInvtNos } from './SummaryBody.tsx';

/** The summary requests (汇总申请) the platform made of the merchant's released B-flag inventories, newest first; a row opens one. */
export function SummariesTable({ summaries }: { summaries: FilingDoc[] }) {
  const { t } = useTranslation();
  return (
    <FilingTable
      filings={summaries}
      rowTestId={(summary) => `summary-row-${String(summary.payload.copNo)}`}
      columns={[
        { title: t('customsDesk.summaries.copNo'), render: (_, summary) => String(summary.payload.copNo ?? '') },
        { title: t('customsDesk.summaries.month'), render: (_, summary) => String(summary.payload.month ?? '') },
        { title: t('customsDesk.summaries.count'), align: 'right', render: (_, summary) => summaryInvtNos(summary).length },
        { title: t('customsDesk.status'), render: (_, summary) => <CustomsStatusTag code={summary.customsStatus} testId="summary-status" /> },
      ]}
    />
  );
}
