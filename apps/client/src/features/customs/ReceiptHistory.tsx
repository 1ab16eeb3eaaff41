import { customsStatusView, RECEIPT_SPECS, type ReceiptType } from '@tradewind/customs';
import type { CustomsStatus, FilingReceipt } from '@tradewind/domain';
import { useTranslation } from 'react-i18next';
import { customsLanguage } from './customs-language.ts';
import { CustomsNoteText } from './CustomsNoteText.tsx';
import { DataTable } from '../../components/DataTable.tsx';

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
    <DataTable<FilingReceipt>
      rowKey={(receipt) => `${receipt.type}|${orderOf(receipt)}|${receipt.code}|${receipt.at}`}
      scroll={{ x: true }}
      dataSource={receipts}
      empty={t('customsDesk.detail.noReceipts')}
      testIdOf={() => 'receipt-row'}
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
