import { ORDER_CHANNELS, ORDER_STATUSES, type OrderDoc } from '@tradewind/domain';
import { Button, Input, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect } from '../../components/list-screen/FilterSelect.tsx';
import { ListScreen } from '../../components/list-screen/ListScreen.tsx';
import { useListFilter } from '../../components/list-screen/useListFilter.ts';
import { useOrders } from './data.ts';
import { useOrderColumns } from './order-columns.tsx';
import { filterOrders, NO_FILTER } from './order-filter.ts';

export function OrdersScreen() {
  const { t } = useTranslation();
  const orders = useOrders();
  const columns = useOrderColumns();
  const { filter, deferred, change } = useListFilter(NO_FILTER);
  const rows = useMemo(() => orders && filterOrders(orders, deferred), [orders, deferred]);

  return (
    <ListScreen<OrderDoc>
      title={t('orders.title')}
      actions={
        <>
          <Link to="/fair">
            <Button data-testid="fair-open">{t('fair.open')}</Button>
          </Link>
          <Link to="/orders/import">
            <Button data-testid="order-import">{t('orderDesk.import')}</Button>
          </Link>
        </>
      }
      create={{ to: '/orders/new', label: t('orders.new'), testId: 'order-new' }}
      toolbar={
        <Space wrap>
          <Input.Search allowClear placeholder={t('orderDesk.search')} value={filter.text} onChange={(e) => change({ text: e.target.value })} style={{ width: 280 }} data-testid="order-search" />
          <FilterSelect
            value={filter.status}
            onChange={(status) => change({ status: status ?? 'all' })}
            testId="order-filter-status"
            options={[{ value: 'all', label: t('orderDesk.allStatuses') }, ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))]}
          />
          <FilterSelect
            value={filter.channel}
            onChange={(channel) => change({ channel: channel ?? 'all' })}
            testId="order-filter-channel"
            options={[{ value: 'all', label: t('orderDesk.allChannels') }, ...ORDER_CHANNELS.map((c) => ({ value: c, label: t(`orders.channels.${c}`) }))]}
          />
          <Typography.Text type="secondary" data-testid="order-count">
            {t('orderDesk.count', { shown: rows?.length ?? 0, total: orders?.length ?? 0 })}
          </Typography.Text>
        </Space>
      }
      filter={filter}
      rows={rows}
      rowHref={(order) => `/orders/${order.id}`}
      rowTestId={(order) => `order-row-${order.number}`}
      empty={t('orders.empty')}
      columns={[columns.number, columns.buyer, columns.channel, columns.status, columns.total, columns.createdAt]}
    />
  );
}
