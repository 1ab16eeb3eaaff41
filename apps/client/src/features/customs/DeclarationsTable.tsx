import type { FilingDoc } from '@tradewind/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomsStatusTag } from './CustomsStatusTag.tsx';
import { FilingTable } from './FilingTable.tsx';

/** The merchant's declarations and drafts, newest first; a row opens its status and receipts. */
export function DeclarationsTable({ declarations }: { declarations: FilingDoc[] }) {
  const { t } = useTranslation();
  return (
    <FilingTable
      filings={declarations}
      empty={t('customsDesk.noDeclarations')}
      rowTestId={(filing) => `declaration-row-${filing.title}`}
      columns={[
        { title: t('filings.titleField'), dataIndex: 'title' },
        { title: t('customsDesk.mode'), render: (_, filing) => <Tag>{t(`customsDesk.modeShort.${filing.declaration!.mode}`)}</Tag> },
        { title: t('customsDesk.detail.orders'), align: 'right', render: (_, filing) => filing.orderIds.length },
        {
          title: t('customsDesk.status'),
          render: (_, filing) =>
            filing.status === 'draft' ? <Tag data-testid="declaration-draft">{t('filings.statuses.draft')}</Tag> : <CustomsStatusTag code={filing.customsStatus} testId="declaration-status" />,
        },
      ]}
    />
  );
}
