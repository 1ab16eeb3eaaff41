import { customsStatusView, RECEIPT_SPECS, type ReceiptType } from '@tradewind/customs';
import type { CustomsStatus, FilingReceipt } from '@tradewind/domain';
import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { customsLanguage } from './customs-language.ts';
import { CustomsNoteText } from './CustomsNoteText.tsx';
import { rowTestId } from '../../components/row-test-id.ts';

const orderOf = (receipt: FilingReceipt) => receipt.documents['orderNo'] ?? receipt.documents['copNo'] ?? '';

/** Every receipt customs sent for a declaration (or one of its orders), oldest first, in words. */
export function ReceiptHistory({ receipts, showOrder = true }: { receipts: FilingReceipt[]; showOrder?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = customsLanguage(i18n.language);
  const documentOf = (type: string) => {
    const spec = RECEIPT_SPECS[type as ReceiptType] as { answers: { zh: string; en: string } } | undefined;
    return spec ? t('customsDesk.detail.receiptOf', { document: language === 'en' ? spec.answers.en : spec.answers.zh }) : t('customsDesk.detail.receiptType');
  };
  return (
    <Table<FilingReceipt>
      rowKey={(receipt) => `${receipt.type}|${orderOf(receipt)}|${receipt.code}|${receipt.at}`}
      size="small"
      scroll={{ x: true }}
      dataSource={receipts}
      pagination={false}
      locale={{ emptyText: <Empty description={t('customsDesk.detail.noReceipts')} /> }}
      onRow={rowTestId(() => 'receipt-row')}
      columns={[
        { title: t('customsDesk.detail.at'), render: (_, receipt) => new Date(receipt.at).toLocaleString(i18n.language) },
        { title: t('customsDesk.detail.receiptType'), render: (_, receipt) => documentOf(receipt.type) },
        ...(showOrder ? [{ title: t('customsDesk.order'), render: (_: unknown, receipt: FilingReceipt) => orderOf(receipt) }] : []),
        {
          title: t('customsDesk.detail.meaning'),
          render: (_, receipt) => <span data-testid="receipt-meaning">{receipt.meaning?.[language] ?? customsStatusView(receipt.code as CustomsStatus).meaning?.[language] ?? ''}</span>,
        },
        { title: t('customsDesk.detail.note'), render: (_, receipt) => <CustomsNoteText receipt={receipt} /> },
      ]}
    />
  );
}
