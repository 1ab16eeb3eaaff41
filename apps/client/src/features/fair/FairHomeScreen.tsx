import { orderTotals } from '@tradewind/domain';
import { Button, Card, Input, List, Space, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatMoney } from '../../components/money.ts';
import { useBuyers, useOrders } from '../orders/data.ts';
import { useRateTable } from '../../hooks/useRateTable.ts';
import { loadFairEvent, localDayBounds, localToday, saveFairEvent } from './fair-event.ts';

const tile = { height: 88, fontSize: 20, flex: '1 1 200px' } as const;

/** One of today's lists in a card: its title, each item as `children` draws it, what it says while empty. */
function TodayList<Item>({ title, items, empty, children }: { title: string; items: Item[]; empty: string; children: (item: Item) => ReactNode }) {
  return (
    <Card title={title}>
      <List dataSource={items} locale={{ emptyText: empty }} renderItem={children} />
    </Card>
  );
}

/** The fair home: three big actions and what today brought so far. */
export function FairHomeScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [event, setEvent] = useState(loadFairEvent);
  const orders = useOrders();
  const buyers = useBuyers();
  const rates = useRateTable();
  const { from } = localDayBounds(localToday());
  const todaysOrders = useMemo(() => (orders ?? []).filter((o) => o.createdAt >= from), [orders, from]);
  const todaysBuyers = buyers.filter((b) => b.createdAt >= from);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Input
        size="large"
        addonBefore={t('fair.event')}
        placeholder={t('fair.eventPlaceholder')}
        value={event}
        onChange={(e) => setEvent(e.target.value)}
        onBlur={() => saveFairEvent(event)}
        data-testid="fair-event"
      />
      <Typography.Text type={rates ? 'secondary' : 'warning'} data-testid="fair-rates">
        {rates ? t('fair.ratesOf', { date: rates.date }) : t('fair.noRates')}
      </Typography.Text>
      <Space wrap style={{ width: '100%' }}>
        <Button type="primary" style={tile} onClick={() => navigate('/fair/buyers/new')} data-testid="fair-new-buyer">
          {t('fair.newBuyer')}
        </Button>
        <Button type="primary" style={tile} onClick={() => navigate('/fair/orders/new')} data-testid="fair-new-order">
          {t('fair.newOrder')}
        </Button>
        <Button style={tile} onClick={() => navigate('/fair/summary')} data-testid="fair-summary">
          {t('fair.daySummary')}
        </Button>
      </Space>
      <TodayList title={t('fair.todaysOrders', { count: todaysOrders.length })} items={todaysOrders} empty={t('fair.noOrdersYet')}>
        {(order) => (
          <List.Item onClick={() => navigate(`/fair/orders/${order.id}`)} style={{ cursor: 'pointer', minHeight: 56 }} data-testid={`fair-order-row-${order.number}`}>
            <List.Item.Meta title={`${order.number} · ${order.buyerName}`} description={t(`orders.statuses.${order.status}`)} />
            <Typography.Text strong>{formatMoney(orderTotals(order).total, order.currency, i18n.language)}</Typography.Text>
          </List.Item>
        )}
      </TodayList>
      <TodayList title={t('fair.todaysBuyers', { count: todaysBuyers.length })} items={todaysBuyers} empty={t('fair.noBuyersYet')}>
        {(buyer) => (
          <List.Item
            style={{ minHeight: 56 }}
            data-testid="fair-buyer-row"
            actions={[
              <Button key="order" size="large" onClick={() => navigate(`/fair/orders/new?buyer=${buyer.id}`)}>
                {t('fair.newOrder')}
              </Button>,
            ]}
          >
            <List.Item.Meta title={buyer.company} description={[buyer.contactName, buyer.country, buyer.metAt].filter(Boolean).join(' · ')} />
          </List.Item>
        )}
      </TodayList>
    </Space>
  );
}
