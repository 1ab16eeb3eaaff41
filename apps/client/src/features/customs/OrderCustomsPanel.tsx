import { receiptsOfOrder, orderCustomsStatus } from '@tradewind/customs';
import type { OrderDoc } from '@tradewind/domain';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomsStatusTag } from './CustomsStatusTag.tsx';
import { useDeclarations } from './data.ts';
import { ReceiptHistory } from './ReceiptHistory.tsx';

/** On the order page: each declaration naming the order, the order's customs status in words and its receipts. */
export function OrderCustomsPanel({ order }: { order: OrderDoc }) {
  const { t } = useTranslation();
  const declarations = useDeclarations().filter((filing) => filing.orderIds.includes(order.id));
  return (
    <Card size="small" title={t('customsDesk.orderPanel.title')} data-testid="order-customs">
      {declarations.length === 0 && <Typography.Text type="secondary">{t('customsDesk.orderPanel.none')}</Typography.Text>}
      {declarations.map((filing) => (
        <Space key={filing.id} orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Link to={`/customs/${filing.id}`}>{filing.title}</Link>
            <CustomsStatusTag code={orderCustomsStatus(filing, order.number)} testId="order-customs-status" />
          </Space>
          <ReceiptHistory receipts={receiptsOfOrder(filing, order.number)} showOrder={false} />
        </Space>
      ))}
    </Card>
  );
}
