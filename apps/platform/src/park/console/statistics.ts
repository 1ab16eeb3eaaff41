import type { ParkFigure, ParkStatistics } from '@tradewind/contract';
import { DECLARATION_MODES, DECLARATION_STAGES, declarationStage, PARK_DIMENSIONS, type DeclarationStage, type ParkDimension, type RateTable } from '@tradewind/domain';
import type { Queryable } from '../../db/database.ts';
import { filterParams, filterWhere, type StatisticsFilter } from './filter.ts';
import { addMoney, inCnyAndUsd } from './money.ts';

type Breakdown = ParkDimension | 'total';

/** Export figures from the monthly rollups the triggers keep (027_park_monthly_rollups.sql); rows summed to zero are skipped. */
async function exportFigures(q: Queryable, filter: StatisticsFilter, rates: RateTable | null): Promise<Map<Breakdown, ParkFigure[]>> {
  const params = filterParams(filter);
  const [values, merchants] = await Promise.all([
    q.query<{ dimension: Breakdown; key: string; currency: string; value: string; orders: string }>(
      `SELECT e.dimension, e.key, e.currency, sum(e.value)::text AS value, sum(e.orders)::text AS orders
       FROM park_month_exports e WHERE e.lines > 0 AND ${filterWhere('e.month', 'e.sandbox')} GROUP BY 1, 2, 3`,
      params,
    ),
    // A merchant counts once per key over the whole period: one row per merchant and key, with its months.
    q.query<{ dimension: Breakdown; key: string; merchants: string }>(
      `SELECT k.dimension, k.key, count(*)::text AS merchants FROM park_merchant_keys k JOIN tenants t ON t.id = k.tenant_id
       WHERE EXISTS (SELECT 1 FROM unnest(k.months) AS m(month) WHERE ${filterWhere('m.month')})
       GROUP BY 1, 2`,
      params,
    ),
  ]);
  const figureOf = new Map<string, ParkFigure & { dimension: Breakdown }>();
  const id = (dimension: Breakdown, key: string) => `${dimension}\u0000${key}`;
  for (const row of values) {
    const figure = figureOf.get(id(row.dimension, row.key)) ?? { dimension: row.dimension, key: row.key, orders: 0, merchants: 0, value: {}, valueCny: 0, valueUsd: 0 };
    figure.orders += Number(row.orders);
    addMoney(figure.value, row.currency, Number(row.value));
    figureOf.set(id(row.dimension, row.key), figure);
  }
  for (const row of merchants) {
    const figure = figureOf.get(id(row.dimension, row.key));
    if (figure) figure.merchants = Number(row.merchants);
  }
  const figures = new Map<Breakdown, ParkFigure[]>();
  for (const { dimension, ...figure } of figureOf.values()) {
    figures.set(dimension, [...(figures.get(dimension) ?? []), { ...figure, ...inCnyAndUsd(figure.value, rates) }]);
  }
  for (const list of figures.values()) list.sort((a, b) => a.key.localeCompare(b.key));
  return figures;
}

async function declarationFigures(q: Queryable, filter: StatisticsFilter): Promise<ParkStatistics['declarations']> {
  const params = filterParams(filter);
  const rows = await q.query<{ customs_status: string; cancel_requested: boolean; mode: string; count: string }>(
    `SELECT d.customs_status, d.cancel_requested, d.mode, sum(d.count)::text AS count
     FROM park_month_declarations d WHERE d.count > 0 AND ${filterWhere('d.month', 'd.sandbox')}
     GROUP BY d.customs_status, d.cancel_requested, d.mode`,
    params,
  );
  // percentile_cont(0.5) over the histogram of clearance minutes: the mean of the two middle declarations' minutes.
  const [median] = await q.query<{ hours: string | null }>(
    `WITH histogram AS (SELECT c.minutes, sum(c.count) AS n FROM park_month_clearance c WHERE c.count > 0 AND ${filterWhere('c.month', 'c.sandbox')} GROUP BY c.minutes),
          ranked AS (SELECT minutes, sum(n) OVER (ORDER BY minutes) AS upto, sum(n) OVER () AS total FROM histogram)
     SELECT ((min(minutes) FILTER (WHERE upto >= floor((total - 1) / 2) + 1) + min(minutes) FILTER (WHERE upto >= ceil((total - 1) / 2) + 1)) / 120.0)::text AS hours
     FROM ranked`,
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
    medianClearanceHours: median?.hours ? Number(median.hours) : null,
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
