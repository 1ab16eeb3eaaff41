import { orderTotals, summarizeDay } from '@tradewind/domain';
import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../components/money.ts';
import { platform } from '../../platform';
import { useBuyers, useOrders } from '../orders/data.ts';
import { loadFairEvent, localDayBounds, localToday } from './fair-event.ts';
import { DataTable } from '../../components/DataTable.tsx';

/** End of the fair day: orders, totals per currency and new buyers, printable as a PDF. */
export function DaySummaryScreen() {
  const { t, i18n } = useTranslation();
  const [day, setDay] = useState(localToday);
  const orders = useOrders() ?? [];
  const buyers = useBuyers();
  const { from, to } = localDayBounds(day);
  const summary = summarizeDay(orders, buyers, from, to);
  const money = (amount: number, currency: string) => formatMoney(amount, currency, i18n.language);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="day-summary">
      <Space wrap className="no-print">
        <Input size="large" type="date" value={day} onChange={(e) => e.target.value && setDay(e.target.value)} style={{ width: 200 }} data-testid="day-summary-date" />
        <Button size="large" type="primary" onClick={() => void platform.print(`Fair-summary-${day}.pdf`)} data-testid="day-summary-print">
          {t('fair.printSummary')}
        </Button>
      </Space>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('fair.summaryTitle', { day: new Date(`${day}T12:00:00`).toLocaleDateString(i18n.language, { dateStyle: 'long' }) })}
      </Typography.Title>
      {loadFairEvent() && <Typography.Text type="secondary">{loadFairEvent()}</Typography.Text>}
      <Space wrap size="large">
        <Typography.Text data-testid="day-summary-orders">{t('fair.summaryOrders', { count: summary.orders.length - summary.cancelled })}</Typography.Text>
        <Typography.Text data-testid="day-summary-buyers">{t('fair.summaryBuyers', { count: summary.buyers.length })}</Typography.Text>
        {summary.cancelled > 0 && <Typography.Text type="secondary">{t('fair.summaryCancelled', { count: summary.cancelled })}</Typography.Text>}
      </Space>
      {summary.totals.map((total) => (
        <Typography.Title level={4} key={total.currency} style={{ margin: 0 }} data-testid={`day-summary-total-${total.currency}`}>
          {money(total.amount, total.currency)} · {t('fair.ordersCount', { count: total.orders })}
        </Typography.Title>
      ))}
      <DataTable
        rowKey="id"
        scroll={{ x: 'max-content' }}
        dataSource={summary.orders}
        columns={[
          { title: t('orders.number'), dataIndex: 'number' },
          { title: t('orders.buyer'), dataIndex: 'buyerName' },
          { title: t('orders.status'), dataIndex: 'status', render: (status: string) => t(`orders.statuses.${status}`) },
          { title: t('orders.total'), key: 'total', align: 'right', render: (_, order) => money(orderTotals(order).total, order.currency) },
        ]}
      />
      <Typography.Title level={5}>{t('fair.newBuyers')}</Typography.Title>
      <DataTable
        rowKey="id"
        scroll={{ x: 'max-content' }}
        dataSource={summary.buyers}
        columns={[
          { title: t('fair.company'), dataIndex: 'company' },
          { title: t('fair.contactName'), dataIndex: 'contactName' },
          { title: t('fair.country'), dataIndex: 'country' },
          { title: t('fair.email'), dataIndex: 'email' },
          { title: t('fair.phone'), dataIndex: 'phone' },
          { title: t('fair.metAt'), dataIndex: 'metAt' },
        ]}
      />
    </Space>
  );
}
