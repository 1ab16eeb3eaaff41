import { suggestReplenishment, type ModeSuggestion, type StockLine } from '@tradewind/domain';
import { Empty, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { useStockLines } from './data.ts';

interface Plan {
  unitsPerCarton: number;
  receivingDays: number;
  safetyDays: number;
  reviewDays: number;
}

const DEFAULT_PLAN: Plan = { unitsPerCarton: 40, receivingDays: 7, safetyDays: 14, reviewDays: 30 };

function ModeCell({ suggestion }: { suggestion: ModeSuggestion }) {
  const { t } = useTranslation();
  if (suggestion.latestShipDate === null) return <Typography.Text type="secondary">{t('warehouse.replenishment.noSales')}</Typography.Text>;
  if (suggestion.units === 0) return <Typography.Text type="secondary">{t('warehouse.replenishment.nothing')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={0} data-testid={`replenish-${suggestion.mode}`}>
      <Typography.Text strong>
        {suggestion.units} · {t('warehouse.replenishment.cartons', { count: suggestion.cartons })}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('warehouse.replenishment.latest')} {suggestion.latestShipDate}
      </Typography.Text>
      {suggestion.late && <Tag color="red">{t('warehouse.replenishment.late')}</Tag>}
    </Space>
  );
}

/** What to ship where, how much and by when, per mode: the domain's replenishment arithmetic over projected stock. */
export function ReplenishmentScreen() {
  const { t } = useTranslation();
  const lines = useStockLines();
  const [plan, setPlan] = useState<Plan>(DEFAULT_PLAN);
  const today = platform.now().toISOString().slice(0, 10);
  const rows = useMemo(
    () => (lines ?? []).filter((line) => line.velocity > 0).map((line) => ({ line, suggestions: suggestReplenishment({ today, velocity: line.velocity, stock: line, ...plan }) })),
    [lines, plan, today],
  );
  const modes = rows[0]?.suggestions.map((suggestion) => suggestion.mode) ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('warehouse.replenishment.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('warehouse.replenishment.explain')}</Typography.Paragraph>
      <Space wrap>
        {(Object.keys(DEFAULT_PLAN) as (keyof Plan)[]).map((field) => (
          <Space key={field} orientation="vertical" size={0}>
            <Typography.Text type="secondary">{t(`warehouse.replenishment.${field}`)}</Typography.Text>
            <InputNumber
              min={field === 'unitsPerCarton' ? 1 : 0}
              precision={0}
              value={plan[field]}
              onChange={(value) => value !== null && setPlan((current) => ({ ...current, [field]: value }))}
              data-testid={`plan-${field}`}
            />
          </Space>
        ))}
      </Space>
      <Table<{ line: StockLine; suggestions: ModeSuggestion[] }>
        rowKey={({ line }) => `${line.warehouse}/${line.sku}`}
        loading={lines === null}
        dataSource={rows}
        size="small"
        scroll={{ x: true }}
        locale={{ emptyText: <Empty description={t('warehouse.replenishment.noSales')} /> }}
        columns={[
          { title: 'SKU', render: (_, { line }) => line.sku },
          { title: t('warehouse.stock.warehouse'), render: (_, { line }) => line.warehouse },
          { title: t('warehouse.replenishment.velocity'), render: (_, { line }) => line.velocity.toFixed(1), align: 'right' },
          { title: t('warehouse.stock.cover'), render: (_, { line }) => (line.coverDays === null ? '—' : t('warehouse.stock.coverDays', { days: Math.floor(line.coverDays) })) },
          ...modes.map((mode, index) => ({ title: t(`warehouse.modes.${mode}`), render: (_: unknown, row: { suggestions: ModeSuggestion[] }) => <ModeCell suggestion={row.suggestions[index]!} /> })),
        ]}
      />
    </Space>
  );
}
