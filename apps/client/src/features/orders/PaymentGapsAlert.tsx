import { paymentGaps, type MerchantDoc } from '@tradewind/domain';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Warns before a proforma goes out that a buyer could not pay from (no English name, address or bank account in its currency). */
export function PaymentGapsAlert({ merchant, currency }: { merchant: MerchantDoc; currency: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const gaps = paymentGaps(merchant, currency);
  if (gaps.length === 0) return null;
  const items = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(gaps.map((gap) => t(`proformaGaps.${gap}`, { currency })));
  return (
    <Alert
      className="no-print"
      type="warning"
      showIcon
      title={t('proformaGaps.title')}
      description={t('proformaGaps.missing', { items })}
      action={
        <Button size="small" onClick={() => navigate('/profile')}>
          {t('proformaGaps.fix')}
        </Button>
      }
      style={{ maxWidth: '210mm', margin: '0 auto 12px' }}
      data-testid="proforma-payment-gaps"
    />
  );
}
