import { orderTotals, type OrderDoc } from '@tradewind/domain';
import { Tag, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../components/money.ts';
import { STATUS_COLOURS } from './status-colours.ts';

type OrderColumn = 'number' | 'buyer' | 'channel' | 'status' | 'total' | 'createdAt';

/** The columns an order table picks from, defined once so the order desk and the fair's day summary show an order alike. */
export function useOrderColumns(): Record<OrderColumn, TableColumnType<OrderDoc>> {
  const { t, i18n } = useTranslation();
  return {
    number: { title: t('orders.number'), dataIndex: 'number' },
    buyer: { title: t('orders.buyer'), dataIndex: 'buyerName' },
    channel: { title: t('orders.channel'), dataIndex: 'channel', render: (channel: string) => t(`orders.channels.${channel}`) },
    status: { title: t('orders.status'), dataIndex: 'status', render: (status: OrderDoc['status']) => <Tag color={STATUS_COLOURS[status]}>{t(`orders.statuses.${status}`)}</Tag> },
    total: { title: t('orders.total'), key: 'total', align: 'right', render: (_, order) => formatMoney(orderTotals(order).total, order.currency, i18n.language) },
    createdAt: { title: t('orders.createdAt'), dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
  };
}
