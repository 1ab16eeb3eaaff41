import { declarationModeOf } from '@tradewind/customs';
import { orderTotal, type OrderDoc } from '@tradewind/domain';
import { Input, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../components/money.ts';
import { DeskTable } from './DeskTable.tsx';

interface Props {
  orders: OrderDoc[];
  selected: string[];
  onSelect: (ids: string[]) => void;
  waybills: Record<string, string>;
  onWaybill: (orderId: string, waybill: string) => void;
}

/** The orders waiting to be declared, each with its customs mode; a chosen order takes its waybill number here. */
export function OrderPicker({ orders, selected, onSelect, waybills, onWaybill }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <DeskTable<OrderDoc>
      dataSource={orders}
      empty={t('customsDesk.noOrders')}
      rowSelection={{ selectedRowKeys: selected, onChange: (keys) => onSelect(keys.map(String)), getCheckboxProps: (order) => ({ 'data-testid': `declare-pick-${order.number}` }) as never }}
      testIdOf={(order) => `declare-order-${order.number}`}
      columns={[
        { title: t('customsDesk.order'), dataIndex: 'number' },
        { title: t('customsDesk.channel'), render: (_, order) => t(`orders.channels.${order.channel}`) },
        { title: t('customsDesk.buyer'), dataIndex: 'buyerName' },
        { title: t('customsDesk.mode'), render: (_, order) => <Tag data-testid="declare-mode">{t(`customsDesk.modeShort.${declarationModeOf(order.channel)}`)}</Tag> },
        { title: t('customsDesk.value'), align: 'right', render: (_, order) => formatMoney(orderTotal(order), order.currency, i18n.language) },
        {
          title: t('customsDesk.waybill'),
          render: (_, order) =>
            selected.includes(order.id) && (
              <Input
                size="small"
                maxLength={60}
                value={waybills[order.id] ?? ''}
                placeholder={t('customsDesk.waybillPlaceholder')}
                onChange={(event) => onWaybill(order.id, event.target.value.trim())}
                aria-label={t('customsDesk.waybill')}
                data-testid={`declare-waybill-${order.number}`}
                style={{ width: 180 }}
              />
            ),
        },
      ]}
    />
  );
}
