import type { CreditReason, CreditRecord, GradeChange } from '@tradewind/contract';
import { Card, Descriptions, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClusterName } from '../../screens/clusters.ts';
import { useConsoleError, useConsoleQuery } from './console-transport.tsx';
import { ConsoleTable } from './ConsoleTable.tsx';

const GRADE_COLOURS = { A: 'green', B: 'blue', C: 'orange', D: 'red' } as const;

/** Each merchant's credit record and grade under the published rule; a row opens its facts, negative list and grade history. */
export function CreditScreen() {
  const { t } = useTranslation();
  const errorText = useConsoleError();
  const clusterName = useClusterName();
  const records = useConsoleQuery<CreditRecord[]>(['park', 'credit'], '/api/park/credit');
  if (records.error) return <Empty description={errorText(records.error)} />;
  return (
    <Card title={t('park.credit.title')} size="small" extra={records.data?.[0] && t('park.credit.rule', { version: records.data[0].rule.version })}>
      <ConsoleTable<CreditRecord>
        rowKey="tenantId"
        query={records}
        empty={t('park.credit.empty')}
        testIdOf={(row) => `credit-${row.tenantId}`}
        expandable={{ expandedRowRender: (record) => <CreditDetail record={record} /> }}
        columns={[
          { title: t('register.companyName'), dataIndex: 'merchantName' },
          { title: t('register.cluster'), dataIndex: 'cluster', render: clusterName },
          { title: t('park.credit.grade'), dataIndex: 'grade', render: (grade: CreditRecord['grade']) => <Tag color={GRADE_COLOURS[grade]}>{grade}</Tag> },
          { title: t('park.credit.completeness'), key: 'completeness', render: (_, record) => `${record.facts.profileCompleteness} %` },
          {
            title: t('park.credit.rejectionRate'),
            key: 'rejectionRate',
            render: (_, record) => (record.facts.rejectionRate === null ? t('park.dashboard.none') : `${(record.facts.rejectionRate * 100).toFixed(1)} %`),
          },
          { title: t('park.credit.negativeList'), key: 'negative', render: (_, record) => record.negativeList.length },
        ]}
      />
    </Card>
  );
}

function CreditDetail({ record }: { record: CreditRecord }) {
  const { t, i18n } = useTranslation();
  const history = useConsoleQuery<GradeChange[]>(['park', 'credit', record.tenantId, 'history'], `/api/park/credit/${encodeURIComponent(record.tenantId)}/history`);
  const { facts } = record;
  // A reason the console has no text for yet is left out rather than shown as its code.
  const reasonText = (reason: CreditReason) => (i18n.exists(`park.credit.reason.${reason.code}`) ? t(`park.credit.reason.${reason.code}`, reason.params) : null);
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        title={t('park.credit.facts')}
        items={[
          { key: 'verified', label: t('park.credit.verified'), children: yesNo(facts.verifiedRegistration) },
          { key: 'completeness', label: t('park.credit.completeness'), children: `${facts.profileCompleteness} %` },
          { key: 'declarations', label: t('park.credit.declarations'), children: `${facts.declarations} / ${facts.rejectedDeclarations}` },
          { key: 'compliance', label: t('park.credit.complianceRefusals'), children: facts.complianceRefusals },
          { key: 'alerts', label: t('park.credit.alerts'), children: `${facts.alertsOpen} / ${facts.alertsHandled}` },
          { key: 'reasons', label: t('park.credit.reasons'), children: record.reasons.map(reasonText).filter(Boolean).join('；') },
        ]}
      />
      <Typography.Text strong>{t('park.credit.negativeList')}</Typography.Text>
      <List
        size="small"
        dataSource={record.negativeList}
        locale={{ emptyText: t('park.credit.negativeEmpty') }}
        renderItem={(entry) => <List.Item>{t('park.credit.negativeEntry', { listedOn: entry.listedOn, source: entry.source, reason: entry.reason })}</List.Item>}
      />
      <Typography.Text strong>{t('park.credit.history')}</Typography.Text>
      <List
        size="small"
        loading={history.isLoading}
        dataSource={history.data ?? []}
        renderItem={(change) => (
          <List.Item>{t('park.credit.historyEntry', { at: new Date(change.at).toLocaleDateString(i18n.language), from: change.from ?? t('park.dashboard.none'), to: change.to })}</List.Item>
        )}
      />
    </>
  );
}
