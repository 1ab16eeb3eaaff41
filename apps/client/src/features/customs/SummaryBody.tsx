import { resendWaiting } from '@tradewind/customs';
import { isRejection, type FilingDoc, type Role } from '@tradewind/domain';
import { App, Card, Checkbox, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resendSummary } from '../../stores/filing-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { RejectionAlert } from './RejectionAlert.tsx';
import { SendButton } from './SendButton.tsx';

export const summaryInvtNos = (filing: FilingDoc): string[] => (Array.isArray(filing.payload.invtNos) ? filing.payload.invtNos.map(String) : []);

/**
 * A summary request (汇总申请, made by the platform from the month's released B-flag inventories): the
 * inventories it names; after a rejection, why, and a resend (appType 2) without the inventories the
 * merchant unticks for what customs named.
 */
export function SummaryBody({ filing }: { filing: FilingDoc }) {
  const { t } = useTranslation();
  const { store, profile } = useWorkspace();
  const { message } = App.useApp();
  const invtNos = summaryInvtNos(filing);
  const [kept, setKept] = useState(invtNos);
  const fixable = filing.status === 'submitted' && isRejection(filing.customsStatus) && !resendWaiting(filing);
  const resend = async () => {
    const resent = await resendSummary(store, profile.user.role as Role, filing.id, kept);
    void message.success(t('customsDesk.detail.resent', { revision: resent.revision }));
  };
  return (
    <>
      {fixable && <RejectionAlert filing={filing} />}
      <Card size="small" title={t('customsDesk.summaries.inventories', { month: String(filing.payload.month ?? ''), count: invtNos.length })}>
        <Space orientation="vertical">
          {fixable && <Typography.Text type="secondary">{t('customsDesk.summaries.fixHint')}</Typography.Text>}
          {invtNos.map((invtNo) =>
            fixable ? (
              <Checkbox
                key={invtNo}
                checked={kept.includes(invtNo)}
                onChange={(event) => setKept((current) => (event.target.checked ? [...current, invtNo] : current.filter((other) => other !== invtNo)))}
                data-testid={`summary-keep-${invtNo}`}
              >
                {invtNo}
              </Checkbox>
            ) : (
              <Typography.Text key={invtNo}>{invtNo}</Typography.Text>
            ),
          )}
          {fixable && kept.length === 0 && <Typography.Text type="danger">{t('customsDesk.summaries.keepOne')}</Typography.Text>}
          {fixable && <SendButton ready={kept.length > 0} label={t('customsDesk.detail.resend')} testId="summary-resend" onSend={resend} />}
        </Space>
      </Card>
    </>
  );
}
