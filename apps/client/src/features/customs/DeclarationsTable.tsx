import type { FilingDoc } from '@tradewind/domain';
import { Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CustomsStatusTag } from './CustomsStatusTag.tsx';

/** The merchant's declarations, newest first; a row opens its status and receipts. */
export function DeclarationsTable({ declarations }: { declarations: FilingDoc[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table<FilingDoc>
      rowKey="id"
      size="small"
      scroll={{ x: true }}
      dataSource={declarations}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t('customsDesk.noDeclarations')} /> }}
      onRow={(filing) => ({ onClick: () => navigate(`/customs/${filing.id}`), style: { cursor: 'pointer' }, 'data-testid': `declaration-row-${filing.title}` }) as never}
      columns={[
        { title: t('filings.titleField'), dataIndex: 'title' },
        { title: t('customsDesk.mode'), render: (_, filing) => <Tag>{t(`customsDesk.modeShort.${filing.declaration!.mode}`)}</Tag> },
        { title: t('customsDesk.detail.orders'), align: 'right', render: (_, filing) => filing.orderIds.length },
        {
          title: t('customsDesk.status'),
          render: (_, filing) =>
            filing.status === 'draft' ? <Tag data-testid="declaration-draft">{t('filings.statuses.draft')}</Tag> : <CustomsStatusTag code={filing.customsStatus} testId="declaration-status" />,
        },
        { title: t('filings.createdAt'), render: (_, filing) => new Date(filing.createdAt).toLocaleString(i18n.language) },
      ]}
    />
  );
}
