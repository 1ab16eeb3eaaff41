import { PAYMENT_KINDS, toMajorUnits, toMinorUnits, type OrderDoc, type OrderPayment } from '@tradewind/domain';
import { App, Button, Input, InputNumber, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace.tsx';
import { addPayment } from '../../stores/order-store.ts';
import { moneyInputProps } from '../../components/money.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Records a deposit or balance payment as an event on the order. */
export function PaymentForm({ order, suggested }: { order: OrderDoc; suggested: Pick<OrderPayment, 'kind' | 'amount'> }) {
  const { t } = useTranslation();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const [kind, setKind] = useState(suggested.kind);
  const [amount, setAmount] = useState<number | null>(suggested.amount > 0 ? toMajorUnits(suggested.amount, order.currency) : null);
  const [date, setDate] = useState(today());
  const [reference, setReference] = useState('');
  const save = async () => {
    const minor = toMinorUnits(amount ?? 0, order.currency);
    if (minor <= 0) return void message.error(t('orderDesk.paymentAmountNeeded'));
    await addPayment(store, order.id, { kind, amount: minor, at: new Date(`${date}T12:00:00`).toISOString(), ...(reference.trim() ? { reference: reference.trim() } : {}) });
    setReference('');
    void message.success(t('orderDesk.paymentRecorded'));
  };
  return (
    <Space wrap data-testid="payment-form">
      <Segmented
        value={kind}
        onChange={(value) => setKind(value as typeof kind)}
        options={PAYMENT_KINDS.map((k) => ({ value: k, label: t(`orderDesk.paymentKinds.${k}`) }))}
        data-testid="payment-kind"
      />
      <InputNumber {...moneyInputProps(order.currency)} prefix={order.currency} value={amount} onChange={setAmount} style={{ width: 170 }} data-testid="payment-amount" />
      <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 160 }} />
      <Input placeholder={t('orderDesk.paymentReference')} maxLength={100} value={reference} onChange={(e) => setReference(e.target.value)} style={{ width: 180 }} />
      <Button type="primary" onClick={save} data-testid="payment-save">
        {t('orderDesk.recordPayment')}
      </Button>
    </Space>
  );
}
