import type { FilingDoc } from '@tradewind/domain';
import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Filings on the desk, a row opening one at /customs/:id, with the creation time last. */
export function FilingTable({ filings, columns, rowTestId, empty }: { filings: FilingDoc[]; columns: TableColumnsType<FilingDoc>; rowTestId: (filing: FilingDoc) => string; empty?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table<FilingDoc>
      rowKey="id"
      size="small"
      scroll={{ x: true }}
      dataSource={filings}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={empty ? { emptyText: empty } : undefined}
      onRow={(filing) => ({ onClick: () => navigate(`/customs/${filing.id}`), style: { cursor: 'pointer' }, 'data-testid': rowTestId(filing) }) as never}
      columns={[...columns, { title: t('filings.createdAt'), render: (_, filing) => new Date(filing.createdAt).toLocaleString(i18n.language) }]}
    />
  );
}
