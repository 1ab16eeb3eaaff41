import { reconcileReceipt, type ReceiptLine, type ShipmentDoc } from '@tradewind/domain';
import { Alert, Button, Card, Descriptions, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useShipment } from './data.ts';
import type { ShipmentPrefill } from './NewShipmentScreen.tsx';
import { STATUS_COLOURS } from './shipment-status.ts';
import { DataTable } from '../../components/DataTable.tsx';

function Reconciliation({ shipment }: { shipment: ShipmentDoc }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!shipment.receipt) return <Typography.Text type="secondary">{t('warehouse.shipments.notCounted')}</Typography.Text>;
  const { lines, shortUnits, settled } = reconcileReceipt(shipment.cartons, shipment.receipt);
  const makeUp: ShipmentPrefill = { warehouse: shipment.warehouse, lines: lines.filter((line) => line.short > 0).map((line) => ({ sku: line.sku, quantity: line.short })) };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {shortUnits > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('warehouse.shipments.shortfall', { count: shortUnits })}
          data-testid="shipment-shortfall"
          action={
            <Button danger onClick={() => navigate('/shipments/new', { state: makeUp })} data-testid="shipment-make-up">
              {t('warehouse.shipments.shortfallAction')}
            </Button>
          }
        />
      )}
      {settled && shortUnits === 0 && <Alert type="success" showIcon title={t('warehouse.shipments.settled')} />}
      <DataTable<ReceiptLine>
        rowKey="sku"
        dataSource={lines}
        testIdOf={(line) => `receipt-${line.sku}`}
        columns={[
          { title: 'SKU', dataIndex: 'sku' },
          { title: t('warehouse.shipments.declared'), dataIndex: 'declared', align: 'right' },
          { title: t('warehouse.shipments.received'), dataIndex: 'received', align: 'right' },
          { title: t('warehouse.shipments.putAway'), dataIndex: 'putAway', align: 'right' },
          { title: t('warehouse.shipments.short'), dataIndex: 'short', align: 'right', render: (short: number) => (short > 0 ? <Typography.Text type="danger">{short}</Typography.Text> : 0) },
          { title: t('warehouse.shipments.over'), dataIndex: 'over', align: 'right' },
        ]}
      />
    </Space>
  );
}

export function ShipmentDetailScreen() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const shipment = useShipment(id);
  if (shipment === undefined) return <Spin />;
  if (shipment === null) return <Empty description={t('warehouse.shipments.notFound')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 960 }} size="middle">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="shipment-reference">
          {shipment.reference}
        </Typography.Title>
        <Space>
          <Link to="/shipments">
            <Button>← {t('warehouse.shipments.back')}</Button>
          </Link>
          <Link to={`/shipments/${shipment.id}/labels`}>
            <Button type="primary" data-testid="shipment-labels">
              {t('warehouse.shipments.labels')}
            </Button>
          </Link>
        </Space>
      </Space>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('warehouse.shipments.status')}>
          <Tag color={STATUS_COLOURS[shipment.status]} data-testid="shipment-status">
            {t(`warehouse.statuses.${shipment.status}`)}
          </Tag>
          {shipment.providerStatus && <Typography.Text type="secondary">{t('warehouse.shipments.providerStatus', { status: shipment.providerStatus })}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.shipments.destination')}>{`${shipment.warehouse} · ${t(`warehouse.providers.${shipment.provider}`)}`}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.shipments.mode')}>{t(`warehouse.modes.${shipment.mode}`)}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.shipments.eta')}>{shipment.eta ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.shipments.cartons')}>
          <span data-testid="shipment-carton-count">{shipment.cartons.length}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.shipments.reference')}>
          {shipment.providerRef ? t('warehouse.shipments.providerRef', { ref: shipment.providerRef }) : t('warehouse.shipments.notSent')}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('warehouse.shipments.track')}>
        {shipment.events.length === 0 ? (
          <Typography.Text type="secondary">{t('warehouse.shipments.noEvents')}</Typography.Text>
        ) : (
          <Timeline items={[...shipment.events].reverse().map((event) => ({ content: `${new Date(event.at).toLocaleString(i18n.language)} — ${event.text}` }))} />
        )}
      </Card>
      <Card size="small" title={t('warehouse.shipments.reconciliation')}>
        <Reconciliation shipment={shipment} />
      </Card>
    </Space>
  );
}
