import {
  canRecordPayment,
  DOCUMENT_LANGUAGES,
  documentLanguageForCountry,
  incotermWithPlace,
  lineAmount,
  LOCKED_STATUSES,
  nextStatuses,
  orderTotals,
  suggestedPayment,
  type DocumentLanguage,
  type OrderStatus,
} from '@tradewind/domain';
import { App, Button, Card, Descriptions, Popconfirm, Result, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatMoney } from '../../components/money.ts';
import { useWorkspace } from '../../workspace.tsx';
import { useBuyers, useOrder } from './data.ts';
import { OrderCustomsPanel } from '../customs/OrderCustomsPanel.tsx';
import { BuyerSignaturePanel } from './BuyerSignaturePanel.tsx';
import { OrderConflicts } from './OrderConflicts.tsx';
import { updateOrder } from '../../stores/order-store.ts';
import { PaymentForm } from './PaymentForm.tsx';
import { STATUS_COLOURS } from './status-colours.ts';
import { DataTable } from '../../components/DataTable.tsx';

const ACTION_KEYS: Record<OrderStatus, string> = {
  quote: 'quote',
  confirmed: 'confirm',
  deposit_received: 'depositReceived',
  in_production: 'startProduction',
  shipped: 'ship',
  completed: 'complete',
  cancelled: 'cancel',
};

/** One order: status and the steps it can take now, conflicts to decide, lines, money, payments, proforma. */
export function OrderDetailScreen({ base }: { base: '/orders' | '/fair/orders' }) {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const order = useOrder(id);
  const buyers = useBuyers();
  const [language, setLanguage] = useState<DocumentLanguage | null>(null);
  if (order === undefined) return null;
  if (order === null) return <Result status="404" title={t('orderDesk.notFound')} extra={<Link to={base}>{t('orderDesk.back')}</Link>} />;

  const buyer = buyers.find((b) => b.id === order.buyerId);
  const documentLanguage = language ?? buyer?.language ?? documentLanguageForCountry(order.buyerCountry);
  const totals = orderTotals(order);
  const money = (minor: number) => formatMoney(minor, order.currency, i18n.language);
  const move = async (to: OrderStatus) => {
    await updateOrder(store, order.id, () => ({ status: to }));
    void message.success(t('orderDesk.statusChanged', { status: t(`orders.statuses.${to}`) }));
  };
  const depositOutstanding = totals.depositDue - totals.depositPaid;

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 1000 }} size="middle">
      <Link to={base === '/orders' ? '/orders' : '/fair'}>← {t('orderDesk.back')}</Link>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="order-number">
            {order.number}
          </Typography.Title>
          <Tag color={STATUS_COLOURS[order.status]} data-testid="order-status">
            {t(`orders.statuses.${order.status}`)}
          </Tag>
          <Typography.Text data-testid="order-buyer-name">{order.buyerName}</Typography.Text>
        </Space>
        <Space wrap>
          <Select<DocumentLanguage>
            value={documentLanguage}
            onChange={setLanguage}
            style={{ width: 130 }}
            options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: t(`orderDesk.documentLanguages.${l}`) }))}
            data-testid="proforma-language"
          />
          <Button type="primary" onClick={() => navigate(`/orders/${order.id}/proforma?lang=${documentLanguage}`)} data-testid="order-proforma">
            {t('orderDesk.proforma')}
          </Button>
          {!LOCKED_STATUSES.includes(order.status) && (
            <Button onClick={() => navigate(`${base}/${order.id}/edit`)} data-testid="order-edit">
              {t('orderDesk.edit')}
            </Button>
          )}
        </Space>
      </Space>
      <OrderConflicts order={order} />
      <Space wrap>
        {nextStatuses(order).map((to) =>
          to === 'cancelled' ? (
            <Popconfirm key={to} title={t('orderDesk.cancelConfirm')} onConfirm={() => move(to)}>
              <Button danger data-testid={`order-status-${to}`}>
                {t(`orderDesk.actions.${ACTION_KEYS[to]}`)}
              </Button>
            </Popconfirm>
          ) : (
            <Button key={to} type="primary" ghost onClick={() => move(to)} data-testid={`order-status-${to}`}>
              {t(`orderDesk.actions.${ACTION_KEYS[to]}`)}
            </Button>
          ),
        )}
        {order.status === 'confirmed' && depositOutstanding > 0 && <Typography.Text type="secondary">{t('orderDesk.awaitingDeposit', { amount: money(depositOutstanding) })}</Typography.Text>}
      </Space>
      <DataTable
        rowKey="id"
        dataSource={order.lines}
        scroll={{ x: true }}
        testIdOf={(line) => `order-detail-line-${line.sku}`}
        columns={[
          { title: t('orderDesk.sku'), dataIndex: 'sku' },
          { title: t('orderDesk.product'), dataIndex: 'name' },
          { title: t('orders.quantity'), dataIndex: 'quantity', align: 'right', render: (quantity: number) => <span data-testid="order-detail-quantity">{quantity}</span> },
          { title: t('orderDesk.unitPrice'), dataIndex: 'unitPrice', align: 'right', render: (price: number) => money(price) },
          { title: t('orderDesk.amount'), key: 'amount', align: 'right', render: (_, line) => money(lineAmount(line)) },
        ]}
      />
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="order-money">
        <Descriptions.Item label={t('orderDesk.total')}>
          <Typography.Text strong data-testid="order-detail-total">
            {money(totals.total)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('orderDesk.depositDue', { percent: order.depositPercent ?? 0 })}>{money(totals.depositDue)}</Descriptions.Item>
        <Descriptions.Item label={t('orderDesk.paid')}>{money(totals.paid)}</Descriptions.Item>
        <Descriptions.Item label={t('orderDesk.balanceDue')}>
          <span data-testid="order-balance-due">{money(totals.balanceDue)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('orders.incoterm')}>{incotermWithPlace(order)}</Descriptions.Item>
        <Descriptions.Item label={t('orderDesk.deliveryDate')}>{order.deliveryDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orders.channel')}>
          {t(`orders.channels.${order.channel}`)}
          {order.externalRef ? ` · ${order.externalRef.split(':')[1]}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('orderDesk.notes')}>
          <span data-testid="order-detail-notes" style={{ whiteSpace: 'pre-wrap' }}>
            {order.notes}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('orderDesk.payments')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {(order.payments ?? []).map((payment) => (
            <Typography.Text key={payment.id} data-testid="payment-row">
              {new Date(payment.at).toLocaleDateString(i18n.language)} · {t(`orderDesk.paymentKinds.${payment.kind}`)} · {money(payment.amount)}
              {payment.reference ? ` · ${payment.reference}` : ''}
            </Typography.Text>
          ))}
          {(order.payments ?? []).length === 0 && <Typography.Text type="secondary">{t('orderDesk.noPayments')}</Typography.Text>}
          {canRecordPayment(order) && <PaymentForm key={order.payments?.length ?? 0} order={order} suggested={suggestedPayment(order)} />}
        </Space>
      </Card>
      <OrderCustomsPanel order={order} />
      <BuyerSignaturePanel order={order} defaultSigner={buyer?.contactName ?? ''} />
    </Space>
  );
}
