import { ORDER_CHANNELS, ORDER_STATUSES, orderTotals, type OrderDoc } from '@tradewind/domain';
import { Button, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatMoney } from '../../components/money.ts';
import { useOrders } from './data.ts';
import { filterOrders, NO_FILTER, type OrderFilter } from './order-filter.ts';
import { STATUS_COLOURS } from './status-colours.ts';

const PAGE_SIZE = 50;

export function OrdersScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const orders = useOrders();
  const [filter, setFilter] = useState<OrderFilter>(NO_FILTER);
  const deferred = useDeferredValue(filter);
  const rows = useMemo(() => filterOrders(orders ?? [], deferred), [orders, deferred]);
  const [page, setPage] = useState(1);
  // The table gets one page of rows: with 20,000 orders it would otherwise index them all on every render.
  const pageRows = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const change = (patch: Partial<OrderFilter>) => {
    setFilter((current) => ({ ...current, ...patch }));
    setPage(1);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('orders.title')}
        </Typography.Title>
        <Space wrap>
          <Link to="/fair">
            <Button data-testid="fair-open">{t('fair.open')}</Button>
          </Link>
          <Link to="/orders/import">
            <Button data-testid="order-import">{t('orderDesk.import')}</Button>
          </Link>
          <Link to="/orders/new">
            <Button type="primary" data-testid="order-new">
              {t('orders.new')}
            </Button>
          </Link>
        </Space>
      </Space>
      <Space wrap>
        <Input.Search allowClear placeholder={t('orderDesk.search')} value={filter.text} onChange={(e) => change({ text: e.target.value })} style={{ width: 280 }} data-testid="order-search" />
        <Select
          value={filter.status}
          onChange={(status) => change({ status })}
          style={{ width: 160 }}
          data-testid="order-filter-status"
          options={[{ value: 'all', label: t('orderDesk.allStatuses') }, ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))]}
        />
        <Select
          value={filter.channel}
          onChange={(channel) => change({ channel })}
          style={{ width: 160 }}
          data-testid="order-filter-channel"
          options={[{ value: 'all', label: t('orderDesk.allChannels') }, ...ORDER_CHANNELS.map((c) => ({ value: c, label: t(`orders.channels.${c}`) }))]}
        />
        <Typography.Text type="secondary" data-testid="order-count">
          {t('orderDesk.count', { shown: rows.length, total: orders?.length ?? 0 })}
        </Typography.Text>
      </Space>
      <Table<OrderDoc>
        rowKey="id"
        loading={orders === null}
        dataSource={pageRows}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: rows.length, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('orders.empty')} /> }}
        onRow={(record) => ({ onClick: () => navigate(`/orders/${record.id}`), style: { cursor: 'pointer' }, 'data-testid': `order-row-${record.number}` }) as never}
        scroll={{ x: true }}
        columns={[
          { title: t('orders.number'), dataIndex: 'number' },
          { title: t('orders.buyer'), dataIndex: 'buyerName' },
          { title: t('orders.channel'), dataIndex: 'channel', render: (channel: string) => t(`orders.channels.${channel}`) },
          { title: t('orders.status'), dataIndex: 'status', render: (status: OrderDoc['status']) => <Tag color={STATUS_COLOURS[status]}>{t(`orders.statuses.${status}`)}</Tag> },
          { title: t('orders.total'), key: 'total', align: 'right', render: (_, order) => formatMoney(orderTotals(order).total, order.currency, i18n.language) },
          { title: t('orders.createdAt'), dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
        ]}
      />
    </Space>
  );
}
