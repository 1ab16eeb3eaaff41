import { customsStatusView, orderCustomsStatus, rejectionOf, resendWaiting } from '@tradewind/customs';
import { isRejection, type FilingDeclaration, type FilingDoc, type OrderDoc, type Role } from '@tradewind/domain';
import { Alert, App, Card, Empty, Input, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { resendDeclaration } from '../../stores/filing-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { useOrders } from '../orders/data.ts';
import { customsLanguage } from './customs-language.ts';
import { CustomsStatusTag } from './CustomsStatusTag.tsx';
import { useFilings } from './data.ts';
import { DeclarationFactsForm } from './DeclarationFactsForm.tsx';
import { PrecheckFindings } from './PrecheckFindings.tsx';
import { ReceiptHistory } from './ReceiptHistory.tsx';
import { SendButton } from './SendButton.tsx';
import { usePrecheck } from './use-precheck.ts';
import { withWaybills } from './with-waybills.ts';
import { DataTable } from '../../components/DataTable.tsx';

/** One declaration: its status in words, each order's status, the receipt history, and fix-and-resend after a rejection. */
export function DeclarationScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const filing = useFilings().find((candidate) => candidate.id === id);
  const orders = useOrders();
  const declared = useMemo(() => (orders ?? []).filter((order) => filing?.orderIds.includes(order.id)), [orders, filing]);
  if (!filing?.declaration) return <Empty description={t('customsDesk.detail.notFound')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Link to="/customs">{t('customsDesk.detail.back')}</Link>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="declaration-title">
          {filing.title}
        </Typography.Title>
        <Tag>{t(`customsDesk.modes.${filing.declaration.mode}`)}</Tag>
        <CustomsStatusTag code={filing.customsStatus} testId="declaration-status" />
        <Typography.Text type="secondary">{t('customsDesk.detail.revision', { revision: filing.revision })}</Typography.Text>
      </Space>
      {resendWaiting(filing) && <Alert type="info" showIcon title={t('customsDesk.detail.resent', { revision: filing.revision })} data-testid="declaration-resend-waiting" />}
      {isRejection(filing.customsStatus) && filing.status === 'submitted' && !resendWaiting(filing) ? (
        <FixAndResend key={filing.revision} filing={filing as FilingDoc & { declaration: FilingDeclaration }} orders={declared} />
      ) : (
        <DeclaredOrders filing={filing} orders={declared} />
      )}
      <Card size="small" title={t('customsDesk.detail.receipts')}>
        <ReceiptHistory receipts={filing.receipts} />
      </Card>
    </Space>
  );
}

function DeclaredOrders({ filing, orders, waybills, onWaybill }: { filing: FilingDoc; orders: OrderDoc[]; waybills?: Record<string, string>; onWaybill?: (id: string, waybill: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('customsDesk.detail.orders')}>
      <DataTable<OrderDoc>
        rowKey="id"
        scroll={{ x: true }}
        dataSource={orders}
        testIdOf={(order) => `declared-order-${order.number}`}
        columns={[
          { title: t('customsDesk.order'), render: (_, order) => <Link to={`/orders/${order.id}`}>{order.number}</Link> },
          { title: t('customsDesk.channel'), render: (_, order) => t(`orders.channels.${order.channel}`) },
          { title: t('customsDesk.buyer'), dataIndex: 'buyerName' },
          { title: t('customsDesk.status'), render: (_, order) => <CustomsStatusTag code={orderCustomsStatus(filing, order.number)} testId={`order-customs-status-${order.number}`} /> },
          {
            title: t('customsDesk.waybill'),
            render: (_, order) =>
              onWaybill ? (
                <Input
                  size="small"
                  maxLength={60}
                  value={waybills?.[order.id] ?? ''}
                  onChange={(event) => onWaybill(order.id, event.target.value.trim())}
                  data-testid={`declare-waybill-${order.number}`}
                  style={{ width: 180 }}
                />
              ) : (
                filing.declaration?.logistics.waybillNos[order.id]
              ),
          },
        ]}
      />
    </Card>
  );
}

/** Why customs turned the declaration down, in the merchant's language, and the same pre-check and fixes before sending it again. */
function FixAndResend({ filing, orders }: { filing: FilingDoc & { declaration: FilingDeclaration }; orders: OrderDoc[] }) {
  const { t, i18n } = useTranslation();
  const { store, profile } = useWorkspace();
  const { message } = App.useApp();
  const [facts, setFacts] = useState(filing.declaration);
  const [waybills, setWaybills] = useState(filing.declaration.logistics.waybillNos);
  const declaration = useMemo(() => withWaybills(facts, filing.orderIds, waybills), [facts, filing.orderIds, waybills]);
  const precheck = usePrecheck(declaration, orders);
  const rejection = rejectionOf(filing);
  const language = customsLanguage(i18n.language);
  const resend = async () => {
    const resent = await resendDeclaration(store, profile.user.role as Role, filing.id, declaration);
    void message.success(t('customsDesk.detail.resent', { revision: resent.revision }));
  };
  return (
    <>
      {rejection ? (
        <Alert
          type="error"
          showIcon
          data-testid="declaration-rejection"
          title={t('customsDesk.detail.rejected', { meaning: rejection.meaning?.[language] ?? customsStatusView(filing.customsStatus).meaning?.[language] ?? '' })}
          description={rejection.message && t('customsDesk.detail.reason', { message: rejection.message })}
        />
      ) : (
        <Alert type="error" showIcon data-testid="declaration-rejection" title={t('customsDesk.detail.failed')} />
      )}
      <DeclaredOrders filing={filing} orders={orders} waybills={waybills} onWaybill={(id, waybill) => setWaybills((current) => ({ ...current, [id]: waybill }))} />
      <Card size="small" title={t('customsDesk.facts.title')}>
        <DeclarationFactsForm value={declaration} onChange={setFacts} />
      </Card>
      <PrecheckFindings precheck={precheck} />
      <SendButton precheck={precheck} label={t('customsDesk.detail.resend')} testId="declaration-resend" onSend={resend} />
    </>
  );
}
