import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useWorkspace } from '../../workspace.tsx';
import { OrderEditor } from '../orders/OrderEditor.tsx';
import { createOrder, type OrderDraft } from '../../stores/order-store.ts';

/** A fair order: scan or tap products for the buyer in front of you, save as a quote, print the proforma. */
export function FairOrderScreen() {
  const { t } = useTranslation();
  const { store, profile } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const save = async (draft: OrderDraft) => {
    const order = await createOrder(store, profile.numberPrefix, draft);
    void message.success(t('orderDesk.saved', { number: order.number }));
    navigate(`/fair/orders/${order.id}`);
  };
  return (
    <>
      <Typography.Title level={3}>{t('fair.newOrder')}</Typography.Title>
      <OrderEditor fair buyerId={params.get('buyer') ?? undefined} onSubmit={save} />
    </>
  );
}
