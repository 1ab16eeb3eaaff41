import type { ConflictRecord } from '@tradewind/sync';
import { App, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../components/money.ts';
import { useObservable } from '../hooks/useObservable.ts';
import { restoreConflict } from '../stores/conflict-store.ts';
import { useWorkspace } from '../workspace.tsx';

function isMoney(value: unknown): value is { amount: number; currency: string } {
  return typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;
}

export function ConflictsScreen() {
  const { t, i18n } = useTranslation();
  const { store, conflicts } = useWorkspace();
  const show = (value: unknown) => (isMoney(value) ? formatMoney(value.amount, value.currency, i18n.language) : typeof value === 'string' ? value : JSON.stringify(value));
  const { message } = App.useApp();
  const records = useObservable(conflicts.all$, []);

  /** Puts the device's losing values back; they then sync like any other edit. */
  const restore = async (record: ConflictRecord) => {
    await restoreConflict(store, conflicts, record);
    void message.success(t('conflicts.restored'));
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('conflicts.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('conflicts.explain')}</Typography.Paragraph>
      {records.length === 0 && <Empty description={t('conflicts.empty')} />}
      {records.map((record) => (
        <Card
          key={record.id}
          size="small"
          data-testid="conflict"
          title={t('conflicts.document', { collection: t(`collections.${record.collection}`), id: record.documentId })}
          extra={
            <Space>
              <Button type="primary" size="small" onClick={() => restore(record)} data-testid="conflict-restore">
                {t('conflicts.restore')}
              </Button>
              <Button size="small" onClick={() => conflicts.remove(record.id)} data-testid="conflict-dismiss">
                {t('conflicts.dismiss')}
              </Button>
            </Space>
          }
        >
          <Table
            size="small"
            pagination={false}
            rowKey="field"
            dataSource={record.conflicts}
            columns={[
              { title: t('conflicts.field'), dataIndex: 'field' },
              { title: t('conflicts.mine'), dataIndex: 'localValue', render: (value: unknown) => <span data-testid="conflict-mine">{show(value)}</span> },
              { title: t('conflicts.theirs'), dataIndex: 'serverValue', render: (value: unknown) => <span data-testid="conflict-theirs">{show(value)}</span> },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
