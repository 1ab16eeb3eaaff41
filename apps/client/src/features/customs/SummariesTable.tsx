import type { FilingDoc } from '@tradewind/domain';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CustomsStatusTag } from './CustomsStatusTag.tsx';
import { summaryInvtNos } from './SummaryBody.tsx';

/** The summary requests (汇总申请) the platform made of the merchant's released B-flag inventories, newest first; a row opens one. */
export function SummariesTable({ summaries }: { summaries: FilingDoc[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table<FilingDoc>
      rowKey="id"
      size="small"
      scroll={{ x: true }}
      dataSource={summaries}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      onRow={(summary) => ({ onClick: () => navigate(`/customs/${summary.id}`), style: { cursor: 'pointer' }, 'data-testid': `summary-row-${String(summary.payload.copNo)}` }) as never}
      columns={[
        { title: t('customsDesk.summaries.copNo'), render: (_, summary) => String(summary.payload.copNo ?? '') },
        { title: t('customsDesk.summaries.month'), render: (_, summary) => String(summary.payload.month ?? '') },
        { title: t('customsDesk.summaries.count'), align: 'right', render: (_, summary) => summaryInvtNos(summary).length },
        { title: t('customsDesk.status'), render: (_, summary) => <CustomsStatusTag code={summary.customsStatus} testId="summary-status" /> },
        { title: t('filings.createdAt'), render: (_, summary) => new Date(summary.createdAt).toLocaleString(i18n.language) },
      ]}
    />
  );
}
