import type { ConflictRecord } from '@tradewind/sync';
import { App, Button, Card, Empty, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { map, of, type Observable } from 'rxjs';
import { documentName, readableConflictField } from '../i18n/conflict-text.ts';
import type { Language } from '../i18n/index.ts';
import { formatMoney } from '../components/money.ts';
import { useObservable } from '../hooks/useObservable.ts';
import { restoreConflict } from '../stores/conflict-store.ts';
import { useWorkspace } from '../workspace.tsx';
import { DataTable } from '../components/DataTable.tsx';

function isMoney(value: unknown): value is { amount: number; currency: string } {
  return typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;
}

/** The stored document a conflict record is about, to name it and place its elements. */
function useConflictDocument(collection: string, id: string): Record<string, unknown> | undefined {
  const { db } = useWorkspace();
  const doc$ = useMemo(() => {
    const target = (db.collections as Record<string, { findOne(id: string): { $: Observable<{ toJSON(): unknown } | null> } } | undefined>)[collection];
    return target ? target.findOne(id).$.pipe(map((doc) => (doc ? (doc.toJSON() as Record<string, unknown>) : undefined))) : of(undefined);
  }, [db, collection, id]);
  return useObservable(doc$, undefined);
}

function ConflictTitle({ record }: { record: ConflictRecord }) {
  const { t } = useTranslation();
  const doc = useConflictDocument(record.collection, record.documentId);
  return <>{t('conflicts.document', { collection: t(`collections.${record.collection}`), id: documentName(doc) ?? '' })}</>;
}

function ConflictField({ record, field }: { record: ConflictRecord; field: string }) {
  const { i18n } = useTranslation();
  const doc = useConflictDocument(record.collection, record.documentId);
  return <span data-testid="conflict-field">{readableConflictField(field, record.collection, doc, (i18n.language === 'en' ? 'en' : 'zh-CN') as Language)}</span>;
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
          title={<ConflictTitle record={record} />}
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
          <DataTable
            rowKey="field"
            dataSource={record.conflicts}
            columns={[
              { title: t('conflicts.field'), dataIndex: 'field', render: (field: string) => <ConflictField record={record} field={field} /> },
              { title: t('conflicts.mine'), dataIndex: 'localValue', render: (value: unknown) => <span data-testid="conflict-mine">{show(value)}</span> },
              { title: t('conflicts.theirs'), dataIndex: 'serverValue', render: (value: unknown) => <span data-testid="conflict-theirs">{show(value)}</span> },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
