import { LOCKED_STATUSES } from '@tradewind/domain';
import { App, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useWorkspace } from '../../workspace.tsx';
import { useOrder } from './data.ts';
import { OrderEditor } from './OrderEditor.tsx';
import { saveDraft, type OrderDraft } from '../../stores/order-store.ts';

/** Editing keeps every line's id, so edits from two devices merge line by line. */
export function EditOrderScreen({ fair }: { fair: boolean }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const order = useOrder(id);
  if (order === undefined) return null;
  if (order === null) return <Result status="404" title={t('orderDesk.notFound')} />;
  if (LOCKED_STATUSES.includes(order.status)) return <Result status="info" title={t('orderDesk.locked')} />;
  const save = async (draft: OrderDraft) => {
    await saveDraft(store, order.id, draft);
    void message.success(t('orderDesk.savedChanges', { number: order.number }));
    navigate(-1);
  };
  return (
    <>
      <Typography.Title level={3}>{t('orderDesk.editTitle', { number: order.number })}</Typography.Title>
      <OrderEditor key={order.id} initial={order} fair={fair} onSubmit={save} />
    </>
  );
}
