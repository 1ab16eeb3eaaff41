import { declaredQuantities, type ShipmentDoc } from '@tradewind/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListScreen } from '../../components/list-screen/ListScreen.tsx';
import { useShipments } from './data.ts';
import { STATUS_COLOURS } from './shipment-status.ts';

const unitsOf = (shipment: ShipmentDoc) => declaredQuantities(shipment.cartons).reduce((sum, line) => sum + line.quantity, 0);

export function ShipmentsScreen() {
  const { t } = useTranslation();
  const shipments = useShipments();
  return (
    <ListScreen<ShipmentDoc>
      title={t('warehouse.shipments.title')}
      create={{ to: '/shipments/new', label: t('warehouse.shipments.new'), testId: 'shipment-new' }}
      rows={shipments}
      rowHref={(shipment) => `/shipments/${shipment.id}`}
      rowTestId={(shipment) => `shipment-row-${shipment.reference}`}
      empty={t('warehouse.shipments.empty')}
      size="small"
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
  );
}
