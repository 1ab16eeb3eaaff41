import { declaredQuantities, type ShipmentDoc } from '@tradewind/domain';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useShipments } from './data.ts';
import { STATUS_COLOURS } from './shipment-status.ts';

const unitsOf = (shipment: ShipmentDoc) => declaredQuantities(shipment.cartons).reduce((sum, line) => sum + line.quantity, 0);

export function ShipmentsScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const shipments = useShipments();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('warehouse.shipments.title')}
        </Typography.Title>
        <Link to="/shipments/new">
          <Button type="primary" data-testid="shipment-new">
            {t('warehouse.shipments.new')}
          </Button>
        </Link>
      </Space>
      <Table<ShipmentDoc>
        rowKey="id"
        loading={shipments === null}
        dataSource={shipments ?? []}
        size="small"
        scroll={{ x: true }}
        locale={{ emptyText: <Empty description={t('warehouse.shipments.empty')} /> }}
        onRow={(shipment) => ({ onClick: () => navigate(`/shipments/${shipment.id}`), style: { cursor: 'pointer' }, 'data-testid': `shipment-row-${shipment.reference}` }) as never}
        columns={[
          { title: t('warehouse.shipments.reference'), dataIndex: 'reference' },
          { title: t('warehouse.shipments.destination'), render: (_, s) => `${s.warehouse} · ${t(`warehouse.providers.${s.provider}`)}` },
          { title: t('warehouse.shipments.mode'), render: (_, s) => t(`warehouse.modes.${s.mode}`) },
          { title: t('warehouse.shipments.cartons'), render: (_, s) => s.cartons.length, align: 'right' },
          { title: t('warehouse.shipments.units'), render: (_, s) => unitsOf(s), align: 'right' },
          { title: t('warehouse.shipments.eta'), dataIndex: 'eta' },
          {
            title: t('warehouse.shipments.status'),
            render: (_, s) => (
              <Tag color={STATUS_COLOURS[s.status]} data-testid="shipment-status">
                {t(`warehouse.statuses.${s.status}`)}
              </Tag>
            ),
          },
        ]}
      />
    </Space>
  );
}
