import { LOW_COVER_DAYS, type StockLine } from '@tradewind/domain';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 150;
const CHART_WIDTH = 520;
/** Cover beyond this many days is drawn at full length: the difference no longer matters to a plan. */
const MAX_DAYS = 120;

/** Days of cover per warehouse (the SKU that runs out first there): bars a seller reads at a glance. */
export function CoverChart({ lines }: { lines: readonly StockLine[] }) {
  const { t } = useTranslation();
  const byWarehouse = new Map<string, number | null>();
  for (const line of lines) {
    const held = byWarehouse.get(line.warehouse);
    const cover = line.coverDays;
    if (!byWarehouse.has(line.warehouse) || (cover !== null && (held === null || held === undefined || cover < held))) byWarehouse.set(line.warehouse, cover);
  }
  const rows = [...byWarehouse].sort(([a], [b]) => a.localeCompare(b));
  if (rows.length === 0) return null;
  const scale = (CHART_WIDTH - LABEL_WIDTH - 60) / MAX_DAYS;
  const lowX = LABEL_WIDTH + LOW_COVER_DAYS * scale;
  return (
    <figure style={{ margin: 0 }} data-testid="stock-cover-chart">
      <Typography.Text strong>{t('warehouse.stock.chartTitle')}</Typography.Text>
      <svg
        width="100%"
        viewBox={`0 0 ${CHART_WIDTH} ${rows.length * (BAR_HEIGHT + 8) + 24}`}
        role="img"
        aria-label={t('warehouse.stock.chartTitle')}
        style={{ maxWidth: CHART_WIDTH, display: 'block' }}
      >
        {rows.map(([warehouse, cover], index) => {
          const y = index * (BAR_HEIGHT + 8);
          const days = cover === null ? MAX_DAYS : Math.min(cover, MAX_DAYS);
          const colour = cover !== null && cover < LOW_COVER_DAYS ? '#cf1322' : '#0b6e4f';
          return (
            <g key={warehouse}>
              <text x={0} y={y + 16} fontSize={13}>
                {warehouse}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={Math.max(2, days * scale)} height={BAR_HEIGHT} fill={colour} rx={3} />
              <text x={LABEL_WIDTH + days * scale + 6} y={y + 16} fontSize={12}>
                {cover === null ? t('warehouse.stock.coverEndless') : t('warehouse.stock.coverDays', { days: Math.floor(cover) })}
              </text>
            </g>
          );
        })}
        <line x1={lowX} x2={lowX} y1={0} y2={rows.length * (BAR_HEIGHT + 8)} stroke="#faad14" strokeDasharray="4 3" />
        <text x={lowX + 4} y={rows.length * (BAR_HEIGHT + 8) + 16} fontSize={11} fill="#ad6800">
          {t('warehouse.stock.chartLow', { days: LOW_COVER_DAYS })}
        </text>
      </svg>
    </figure>
  );
}
