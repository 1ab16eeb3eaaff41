import { orderTotal, type OrderDoc } from '@tradewind/domain';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../components/money.ts';
import { useObservable } from '../hooks/useObservable.ts';
import { useWorkspace } from '../workspace.tsx';

export function OrdersScreen() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const orders$ = useMemo(() => db.orders.find({ sort: [{ createdAt: 'desc' }] }).$, [db]);
  const orders = useObservable(orders$, []).map((doc) => doc.toJSON() as OrderDoc);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('orders.title')}
        </Typography.Title>
        <Link to="/orders/new">
          <Button type="primary" data-testid="order-new">
            {t('orders.new')}
          </Button>
        </Link>
      </Space>
      <Table<OrderDoc>
        rowKey="id"
        dataSource={orders}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('orders.empty')} /> }}
        onRow={(record) => ({ 'data-testid': `order-row-${record.number}` }) as never}
        scroll={{ x: true }}
        columns={[
          { title: t('orders.number'), dataIndex: 'number' },
          { title: t('orders.buyer'), dataIndex: 'buyerName' },
          { title: t('orders.channel'), dataIndex: 'channel', render: (channel: string) => t(`orders.channels.${channel}`) },
          { title: t('orders.status'), dataIndex: 'status', render: (status: string) => <Tag>{t(`orders.statuses.${status}`)}</Tag> },
          { title: t('orders.total'), key: 'total', align: 'right', render: (_, order) => formatMoney(orderTotal(order), order.currency, i18n.language) },
          { title: t('orders.createdAt'), dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
        ]}
      />
    </Space>
  );
}
