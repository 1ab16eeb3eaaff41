import type { OrderDoc } from '@tradewind/domain';
import { withValueAt, type ConflictRecord, type FieldConflict } from '@tradewind/sync';
import { Alert, Button, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { map } from 'rxjs';
import { useObservable } from '../../hooks/useObservable.ts';
import { useWorkspace } from '../../workspace.tsx';
import { updateOrder } from '../../stores/order-store.ts';

const LINE_PATH = /^lines\[([^\]]+)\](?:\.(.+))?$/;

/** "Line 2 (LF-CH8-G10) · quantity" for `lines[<id>].quantity`; the field name otherwise. */
function describeField(order: OrderDoc, field: string, t: (key: string, values?: Record<string, unknown>) => string): string {
  const match = LINE_PATH.exec(field);
  if (!match) return t(`orderDesk.fields.${field}`, { defaultValue: field });
  const index = order.lines.findIndex((line) => line.id === match[1]);
  const line = order.lines[index];
  const where = t('orderDesk.conflictLine', { no: index >= 0 ? index + 1 : '?', sku: line?.sku ?? '' });
  return match[2] ? `${where} · ${t(`orderDesk.fields.${match[2]}`, { defaultValue: match[2] })}` : where;
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'object' && value !== null && 'sku' in value) return `${(value as { sku: string }).sku} × ${(value as { quantity?: number }).quantity ?? ''}`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The order's unresolved conflicts from this device's conflict log, each decided here: mine or theirs. */
export function OrderConflicts({ order }: { order: OrderDoc }) {
  const { t } = useTranslation();
  const { store, conflicts } = useWorkspace();
  const mine$ = useMemo(() => conflicts.all$.pipe(map((records) => records.filter((r) => r.collection === 'orders' && r.documentId === order.id))), [conflicts, order.id]);
  const records = useObservable<ConflictRecord[]>(mine$, []);
  const open = records.flatMap((record) => record.conflicts.filter((c) => c.field !== '_deleted' && c.field !== 'updatedAt').map((conflict) => ({ record, conflict })));
  if (open.length === 0) return null;

  const keepMine = async (record: ConflictRecord, conflict: FieldConflict) => {
    await updateOrder(store, order.id, (current) => withValueAt(current as unknown as Record<string, unknown>, conflict.field, conflict.localValue) as unknown as Partial<OrderDoc>);
    await conflicts.resolveField(record.id, conflict.field);
  };
  return (
    <Alert
      type="error"
      showIcon
      data-testid="order-conflicts"
      title={t('orderDesk.conflictsTitle')}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('orderDesk.conflictsExplain')}</Typography.Text>
          {open.map(({ record, conflict }) => (
            <Space key={`${record.id}/${conflict.field}`} wrap data-testid="order-conflict">
              <Typography.Text strong>{describeField(order, conflict.field, t)}</Typography.Text>
              <Typography.Text>
                {t('orderDesk.conflictMine')}: <span data-testid="order-conflict-mine">{show(conflict.localValue)}</span>
              </Typography.Text>
              <Typography.Text>
                {t('orderDesk.conflictTheirs')}: <span data-testid="order-conflict-theirs">{show(conflict.serverValue)}</span>
              </Typography.Text>
              <Button size="small" type="primary" onClick={() => keepMine(record, conflict)} data-testid="order-conflict-keep-mine">
                {t('orderDesk.keepMine')}
              </Button>
              <Button size="small" onClick={() => conflicts.resolveField(record.id, conflict.field)} data-testid="order-conflict-keep-theirs">
                {t('orderDesk.keepTheirs')}
              </Button>
            </Space>
          ))}
        </Space>
      }
    />
  );
}
