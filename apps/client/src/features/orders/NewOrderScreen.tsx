import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useWorkspace } from '../../workspace.tsx';
import { OrderEditor } from './OrderEditor.tsx';
import { createOrder, type OrderDraft } from '../../stores/order-store.ts';

export function NewOrderScreen() {
  const { t } = useTranslation();
  const { store, profile } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const save = async (draft: OrderDraft) => {
    const order = await createOrder(store, profile.numberPrefix, draft);
    void message.success(t('orderDesk.saved', { number: order.number }));
    navigate('/orders');
  };
  return (
    <>
      <Typography.Title level={3}>{t('orders.new')}</Typography.Title>
      <OrderEditor fair={false} onSubmit={save} />
    </>
  );
}
