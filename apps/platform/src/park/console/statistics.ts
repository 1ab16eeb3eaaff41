import type { MinorByCurrency, ParkFigure, ParkStatistics } from '@tradewind/contract';
import { DECLARATION_MODES, DECLARATION_STAGES, declarationStage, PARK_DIMENSIONS, type DeclarationStage, type ParkDimension, type RateTable } from '@tradewind/domain';
import type { Queryable } from '../../db/database.ts';
import { DIMENSION_COLUMNS, filterParams, filterWhere, type StatisticsFilter } from './filter.ts';
import { addMoney, inCnyAndUsd } from './money.ts';

type Breakdown = ParkDimension | 'total';

/** One grouping set per breakdown: `dim` names it, `key` is its value (GROUPING tells which one is grouped). */
const groupingSets = (extra: string[]) => [extra, ...PARK_DIMENSIONS.map((dimension) => [DIMENSION_COLUMNS[dimension], ...extra])].map((columns) => `(${columns.join(', ')})`).join(', ');

const dimensionLabel = `CASE ${PARK_DIMENSIONS.map((dimension) => `WHEN GROUPING(${DIMENSION_COLUMNS[dimension]}) = 0 THEN '${dimension}'`).join(' ')} ELSE 'total' END`;
const dimensionKey = `coalesce(${PARK_DIMENSIONS.map((dimension) => DIMENSION_COLUMNS[dimension]).join(', ')}, 'total')`;
/** The rollup the triggers keep (014_park_statistics.sql); rows summed to zero stay behind and are skipped. */
const exportsFrom = `FROM park_export_rollup e JOIN tenants t ON t.id = e.tenant_id WHERE e.lines > 0 AND ${filterWhere('e.month')}`;
/** An order counts once, except in the HS chapter breakdown: once in each chapter it has lines of. */
const orderCount = `CASE WHEN GROUPING(e.hs_chapter) = 0 THEN sum(e.chapter_orders) ELSE sum(e.orders) END`;

async function exportFigures(q: Queryable, filter: StatisticsFilter, rates: RateTable | null): Promise<Map<Breakdown, ParkFigure[]>> {
  const params = filterParams(filter);
  const [values, counts] = await Promise.all([
    q.query<{ dim: Breakdown; key: string; currency: string; value: string }>(
      `SELECT ${dimensionLabel} AS dim, ${dimensionKey} AS key, e.currency, sum(e.value)::text AS value ${exportsFrom} GROUP BY GROUPING SETS (${groupingSets(['e.currency'])})`,
      params,
    ),
    q.query<{ dim: Breakdown; key: string; orders: string; merchants: string }>(
      `SELECT ${dimensionLabel} AS dim, ${dimensionKey} AS key, (${orderCount})::text AS orders, count(DISTINCT e.tenant_id)::text AS merchants
       ${exportsFrom} GROUP BY GROUPING SETS (${groupingSets([])})`,
      params,
    ),
  ]);
  const money = new Map<string, MinorByCurrency>();
  for (const row of values) {
    const id = `${row.dim}\u0000${row.key}`;
    money.set(id, addMoney(money.get(id) ?? {}, row.currency, Number(row.value)));
  }
  const figures = new Map<Breakdown, ParkFigure[]>();
  for (const row of counts) {
    const value = money.get(`${row.dim}\u0000${row.key}`) ?? {};
    const figure: ParkFigure = { key: row.key, orders: Number(row.orders), merchants: Number(row.merchants), value, ...inCnyAndUsd(value, rates) };
    figures.set(row.dim, [...(figures.get(row.dim) ?? []), figure]);
  }
  for (const list of figures.values()) list.sort((a, b) => a.key.localeCompare(b.key));
  return figures;
}

async function declarationFigures(q: Queryable, filter: StatisticsFilter): Promise<ParkStatistics['declarations']> {
  const params = filterParams(filter);
  const rows = await q.query<{ customs_status: string; cancel_requested: boolean; mode: string; count: string }>(
    `SELECT d.customs_status, d.cancel_requested, d.mode, count(*)::text AS count
     FROM park_declarations d JOIN tenants t ON t.id = d.tenant_id WHERE ${filterWhere('d.export_month')}
     GROUP BY d.customs_status, d.cancel_requested, d.mode`,
    params,
  );
  const [median] = await q.query<{ hours: number | null }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.released_at - d.sent_at) / 3600) AS hours
     FROM park_declarations d JOIN tenants t ON t.id = d.tenant_id
     WHERE ${filterWhere('d.export_month')} AND d.counts AND d.released_at IS NOT NULL AND d.sent_at IS NOT NULL`,
    params,
  );
  const byStage = new Map<DeclarationStage, number>();
  const byMode = new Map<string, { count: number; rejected: number }>();
  for (const row of rows) {
    const stage = declarationStage(row.customs_status, row.cancel_requested);
    const count = Number(row.count);
    byStage.set(stage, (byStage.get(stage) ?? 0) + count);
    const mode = byMode.get(row.mode) ?? { count: 0, rejected: 0 };
    byMode.set(row.mode, { count: mode.count + count, rejected: mode.rejected + (stage === 'rejected' ? count : 0) });
  }
  const rejected = byStage.get('rejected') ?? 0;
  const decided = rejected + (byStage.get('released') ?? 0);
  return {
    total: [...byStage.values()].reduce((sum, count) => sum + count, 0),
    byStatus: DECLARATION_STAGES.filter((stage) => byStage.has(stage)).map((stage) => ({ stage, count: byStage.get(stage)! })),
    byMode: DECLARATION_MODES.filter((mode) => byMode.has(mode)).map((mode) => ({ mode, ...byMode.get(mode)! })),
    rejected,
    rejectionRate: decided === 0 ? null : rejected / decided,
    medianClearanceHours: median?.hours === null || median?.hours === undefined ? null : Number(median.hours),
  };
}

/** When a tenant registered: seeded and older tenants have no registration time, only their creation. */
export const REGISTRATION_MONTH = `to_char(coalesce(t.registered_at, t.created_at), 'YYYY-MM')`;

async function registrationsByMonth(q: Queryable, filter: StatisticsFilter): Promise<{ key: string; count: number }[]> {
  const rows = await q.query<{ key: string; count: string }>(
    `SELECT ${REGISTRATION_MONTH} AS key, count(*)::text AS count FROM tenants t WHERE ${filterWhere(REGISTRATION_MONTH)} GROUP BY 1 ORDER BY 1`,
    filterParams(filter),
  );
  return rows.map((row) => ({ key: row.key, count: Number(row.count) }));
}

const EMPTY_TOTAL: ParkFigure = { key: 'total', orders: 0, merchants: 0, value: {}, valueCny: 0, valueUsd: 0 };

/** The dashboard: every figure computed from the export lines and declarations the triggers keep current. */
export async function parkStatistics(q: Queryable, filter: StatisticsFilter, rates: RateTable | null): Promise<ParkStatistics> {
  const [figures, declarations, registrations] = await Promise.all([exportFigures(q, filter, rates), declarationFigures(q, filter), registrationsByMonth(q, filter)]);
  const total = figures.get('total')?.[0] ?? EMPTY_TOTAL;
  const exports = Object.fromEntries(PARK_DIMENSIONS.map((dimension) => [dimension, figures.get(dimension) ?? []])) as Record<ParkDimension, ParkFigure[]>;
  return {
    query: filter,
    ratesDate: rates?.date ?? null,
    exports: { total, ...exports },
    merchants: { active: total.merchants, newRegistrations: registrations.reduce((sum, row) => sum + row.count, 0), newRegistrationsByMonth: registrations },
    declarations,
  };
}
