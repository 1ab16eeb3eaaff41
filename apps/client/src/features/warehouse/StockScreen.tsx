import { snapshotAgeHours, STOCK_BUCKETS, totalsByMarket, type StockLine } from '@tradewind/domain';
import { Alert, Card, Checkbox, Input, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../components/list-screen/FilterSelect.tsx';
import { ListScreen } from '../../components/list-screen/ListScreen.tsx';
import { useListFilter } from '../../components/list-screen/useListFilter.ts';
import { platform } from '../../platform';
import { CoverChart } from './CoverChart.tsx';
import { useStockLines } from './data.ts';
import { filterStockLines, indexStockLines, NO_STOCK_FILTER } from './stock-filter.ts';

const STALE_HOURS = 24;
const WARNING_COLOURS = { stock_out: 'red', low_cover: 'orange', oversold: 'magenta' } as const;

function SnapshotAge({ asOf }: { asOf: string | null }) {
  const { t, i18n } = useTranslation();
  const hours = snapshotAgeHours(asOf, platform.now().toISOString());
  if (hours === null) return <Typography.Text type="secondary">{t('warehouse.stock.ageUnknown')}</Typography.Text>;
  const text = hours === 0 ? t('warehouse.stock.ageFresh') : t('warehouse.stock.ageHours', { count: hours });
  return (
    <Tooltip title={new Date(asOf!).toLocaleString(i18n.language)}>
      <Typography.Text type={hours >= STALE_HOURS ? 'warning' : 'secondary'} data-testid="stock-age">
        {text}
      </Typography.Text>
    </Tooltip>
  );
}

export function StockScreen() {
  const { t } = useTranslation();
  const lines = useStockLines();
  const { filter, deferred, change } = useListFilter(NO_STOCK_FILTER);
  const index = useMemo(() => lines && indexStockLines(lines), [lines]);
  const rows = useMemo(() => index && filterStockLines(index, deferred), [index, deferred]);
  const totals = useMemo(() => totalsByMarket(rows ?? []), [rows]);
  const markets = useMemo(() => [...new Set((lines ?? []).map((line) => line.market))].sort(), [lines]);
  const now = platform.now().toISOString();
  const stale = (lines ?? []).some((line) => (snapshotAgeHours(line.asOf, now) ?? 0) >= STALE_HOURS);

  return (
    <ListScreen<StockLine>
      title={t('warehouse.stock.title')}
      toolbar={
        <>
          {stale && <Alert type="warning" showIcon title={t('warehouse.stock.ageStale')} data-testid="stock-stale" />}
          <Space wrap>
            <Input.Search
              allowClear
              placeholder={t('warehouse.stock.search')}
              value={filter.text}
              onChange={(e) => change({ text: e.target.value })}
              style={{ width: 260 }}
              data-testid="stock-search"
            />
            <FilterSelect
              value={filter.market}
              onChange={(market) => change({ market: market ?? 'all' })}
              testId="stock-filter-market"
              options={[{ value: 'all', label: t('warehouse.stock.allMarkets') }, ...markets.map((market) => ({ value: market, label: market }))]}
            />
            <Checkbox checked={filter.warningsOnly} onChange={(e) => change({ warningsOnly: e.target.checked })} data-testid="stock-filter-warnings">
              {t('warehouse.stock.warningsOnly')}
            </Checkbox>
          </Space>
          <Space wrap size="middle">
            {totals.map((total) => (
              <Card key={total.market} size="small" title={t('warehouse.stock.totals', { market: total.market, skus: total.skus })} data-testid={`stock-total-${total.market}`}>
                <Space size="large">
                  {STOCK_BUCKETS.map((bucket) => (
                    <Statistic key={bucket} title={t(`warehouse.buckets.${bucket}`)} value={total[bucket]} />
                  ))}
                </Space>
              </Card>
            ))}
          </Space>
          <CoverChart lines={rows ?? []} />
        </>
      }
      filter={filter}
      rows={rows}
      rowKey={(line) => `${line.warehouse}/${line.sku}`}
      rowTestId={(line) => `stock-row-${line.warehouse}-${line.sku}`}
      empty={t('warehouse.stock.empty')}
      size="small"
      columns={[
        { title: t('warehouse.stock.sku'), dataIndex: 'sku' },
        { title: t('warehouse.stock.warehouse'), render: (_, line) => `${line.warehouse} · ${t(`warehouse.providers.${line.provider}`)}` },
        { title: t('warehouse.stock.market'), dataIndex: 'market' },
        ...STOCK_BUCKETS.map((bucket) => ({ title: t(`warehouse.buckets.${bucket}`), dataIndex: bucket, align: 'right' as const, onCell: () => ({ 'data-testid': `bucket-${bucket}` }) as never })),
        {
          title: t('warehouse.stock.cover'),
          render: (_, line) => (
            <Space orientation="vertical" size={0}>
              <span data-testid="stock-cover">{line.coverDays === null ? t('warehouse.stock.coverEndless') : t('warehouse.stock.coverDays', { days: Math.floor(line.coverDays) })}</span>
              {line.stockOut && <Typography.Text type="secondary">{t('warehouse.stock.stockOut', { date: line.stockOut })}</Typography.Text>}
            </Space>
          ),
        },
        {
          title: '',
          render: (_, line) => (
            <Space wrap size={4}>
              {line.warning && (
                <Tag color={WARNING_COLOURS[line.warning]} data-testid="stock-warning">
                  {line.oversold > 0 ? t('warehouse.stock.oversold', { count: line.oversold }) : t(`warehouse.warnings.${line.warning}`)}
                </Tag>
              )}
              {line.pendingEvents > 0 && (
                <Tag color="blue" data-testid="stock-pending">
                  {t('warehouse.stock.pending', { count: line.pendingEvents })}
                </Tag>
              )}
            </Space>
          ),
        },
        { title: t('warehouse.stock.age'), render: (_, line) => <SnapshotAge asOf={line.asOf} /> },
      ]}
    />
  );
}
