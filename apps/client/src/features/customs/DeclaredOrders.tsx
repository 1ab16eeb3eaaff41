import { orderCustomsStatus } from '@tradewind/customs';
import type { FilingDoc, OrderDoc } from '@tradewind/domain';
import { Card, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { CustomsStatusTag } from './CustomsStatusTag.tsx';

/** The orders of a declaration with each one's customs status and waybill; the waybills are editable while it can be changed. */
export function DeclaredOrders({
  filing,
  orders,
  waybills,
  onWaybill,
}: {
  filing: FilingDoc;
  orders: OrderDoc[];
  waybills?: Record<string, string>;
  onWaybill?: (id: string, waybill: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('customsDesk.detail.orders')}>
      <DataTable<OrderDoc>
        rowKey="id"
        scroll={{ x: true }}
        dataSource={orders}
        testIdOf={(order) => `declared-order-${order.number}`}
        columns={[
          { title: t('customsDesk.order'), render: (_, order) => <Link to={`/orders/${order.id}`}>{order.number}</Link> },
          { title: t('customsDesk.channel'), render: (_, order) => t(`orders.channels.${order.channel}`) },
          { title: t('customsDesk.buyer'), dataIndex: 'buyerName' },
          { title: t('customsDesk.status'), render: (_, order) => <CustomsStatusTag code={orderCustomsStatus(filing, order.number)} testId={`order-customs-status-${order.number}`} /> },
          {
            title: t('customsDesk.waybill'),
            render: (_, order) =>
              onWaybill ? (
                <Input
                  size="small"
                  maxLength={60}
                  value={waybills?.[order.id] ?? ''}
                  onChange={(event) => onWaybill(order.id, event.target.value.trim())}
                  data-testid={`declare-waybill-${order.number}`}
                  style={{ width: 180 }}
                />
              ) : (
                filing.declaration?.logistics.waybillNos[order.id]
              ),
          },
        ]}
      />
    </Card>
  );
}
