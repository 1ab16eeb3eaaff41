import { resendWaiting } from '@tradewind/customs';
import { isRejection, type FilingDeclaration, type FilingDoc, type OrderDoc, type Role } from '@tradewind/domain';
import { Alert, App, Card, Empty, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { resendDeclaration } from '../../stores/filing-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { useOrders } from '../orders/data.ts';
import { CustomsStatusTag } from './CustomsStatusTag.tsx';
import { useFilings } from './data.ts';
import { DeclaredOrders } from './DeclaredOrders.tsx';
import { DraftDeclaration } from './DraftDeclaration.tsx';
import { EditDeclaration } from './EditDeclaration.tsx';
import { ReceiptHistory } from './ReceiptHistory.tsx';
import { RejectionAlert } from './RejectionAlert.tsx';
import { precheckPassed, SendButton } from './SendButton.tsx';
import { SummaryBody } from './SummaryBody.tsx';
import { useEditedDeclaration } from './use-edited-declaration.ts';

/** One declaration or summary request: its status in words, each order's status, the receipt history; a draft to finish and send, fix-and-resend after a rejection. */
export function DeclarationScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const filing = useFilings().find((candidate) => candidate.id === id);
  const orders = useOrders();
  const declared = useMemo(() => (orders ?? []).filter((order) => filing?.orderIds.includes(order.id)), [orders, filing]);
  if (!filing || (!filing.declaration && filing.kind !== 'ceb701-summary')) return <Empty description={t('customsDesk.detail.notFound')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Link to="/customs">{t('customsDesk.detail.back')}</Link>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="declaration-title">
          {filing.title}
        </Typography.Title>
        <Tag>{filing.declaration ? t(`customsDesk.modes.${filing.declaration.mode}`) : t('customsDesk.summaries.kind')}</Tag>
        {filing.status === 'draft' ? <Tag data-testid="declaration-draft">{t('filings.statuses.draft')}</Tag> : <CustomsStatusTag code={filing.customsStatus} testId="declaration-status" />}
        <Typography.Text type="secondary">{t('customsDesk.detail.revision', { revision: filing.revision })}</Typography.Text>
      </Space>
      {resendWaiting(filing) && <Alert type="info" showIcon title={t('customsDesk.detail.resent', { revision: filing.revision })} data-testid="declaration-resend-waiting" />}
      {filing.declaration ? <DeclarationBody filing={filing as FilingDoc & { declaration: FilingDeclaration }} orders={declared} /> : <SummaryBody key={filing.revision} filing={filing} />}
      <Card size="small" title={t('customsDesk.detail.receipts')}>
        <ReceiptHistory receipts={filing.receipts} />
      </Card>
    </Space>
  );
}

/** A draft to finish and send, a rejected declaration to fix and resend, or the declared orders as they stand. */
function DeclarationBody({ filing, orders }: { filing: FilingDoc & { declaration: FilingDeclaration }; orders: OrderDoc[] }) {
  if (filing.status === 'draft') return <DraftDeclaration key={filing.updatedAt} filing={filing} orders={orders} />;
  if (isRejection(filing.customsStatus) && filing.status === 'submitted' && !resendWaiting(filing)) return <FixAndResend key={filing.revision} filing={filing} orders={orders} />;
  return <DeclaredOrders filing={filing} orders={orders} />;
}

/** Why customs turned the declaration down, in the merchant's language, and the same pre-check and fixes before sending it again. */
function FixAndResend({ filing, orders }: { filing: FilingDoc & { declaration: FilingDeclaration }; orders: OrderDoc[] }) {
  const { t } = useTranslation();
  const { store, profile } = useWorkspace();
  const { message } = App.useApp();
  const edited = useEditedDeclaration(filing, orders);
  const resend = async () => {
    const resent = await resendDeclaration(store, profile.user.role as Role, filing.id, edited.declaration);
    void message.success(t('customsDesk.detail.resent', { revision: resent.revision }));
  };
  return (
    <>
      <RejectionAlert filing={filing} />
      <EditDeclaration filing={filing} orders={orders} edited={edited} />
      <SendButton ready={precheckPassed(edited.precheck)} label={t('customsDesk.detail.resend')} testId="declaration-resend" onSend={resend} />
    </>
  );
}
