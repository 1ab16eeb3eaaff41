import type { FilingDoc } from '@tradewind/domain';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeskTable } from './DeskTable.tsx';

/** Filings on the desk, 20 a page, a row opening one at /customs/:id, with the creation time last. */
export function FilingTable({ filings, columns, rowTestId, empty }: { filings: FilingDoc[]; columns: TableColumnsType<FilingDoc>; rowTestId: (filing: FilingDoc) => string; empty?: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <DeskTable<FilingDoc>
      dataSource={filings}
      empty={empty}
      onRow={(filing) => ({ onClick: () => navigate(`/customs/${filing.id}`), style: { cursor: 'pointer' }, 'data-testid': rowTestId(filing) }) as never}
      columns={[...columns, { title: t('filings.createdAt'), render: (_, filing) => new Date(filing.createdAt).toLocaleString(i18n.language) }]}
    />
  );
}
