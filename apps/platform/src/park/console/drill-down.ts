import type { MinorByCurrency, ParkDrillDown, ParkDrillQuery, ParkDrillRow } from '@tradewind/contract';
import { declarationStage, type RateTable } from '@tradewind/domain';
import type { Queryable } from '../../db/database.ts';
import { filterParams, filterWhere, toFilter } from './filter.ts';
import { addMoney, inCnyAndUsd } from './money.ts';
import { REGISTRATION_MONTH } from './statistics.ts';

interface Tally {
  orders: number;
  value: MinorByCurrency;
  declarations: number;
  rejected: number;
}

/** The merchants behind one figure of the dashboard, each with its exports and declarations in the period. */
export async function parkDrillDown(q: Queryable, query: ParkDrillQuery, rates: RateTable | null): Promise<ParkDrillDown> {
  const params = filterParams(toFilter(query));
  const [dimension, key] = query.figure === 'exports' && query.dimension && query.key !== undefined ? [query.dimension, query.key] : ['total', 'total'];
  const [exports, declarations, registered, tenants] = await Promise.all([
    q.query<{ tenant_id: string; currency: string; value: string; orders: string }>(
      `SELECT e.tenant_id, e.currency, sum(e.value)::text AS value, sum(e.orders)::text AS orders
       FROM park_merchant_month_exports e JOIN tenants t ON t.id = e.tenant_id
       WHERE e.dimension = $4 AND e.key = $5 AND e.lines > 0 AND ${filterWhere('e.month')} GROUP BY e.tenant_id, e.currency`,
      [...params, dimension, key],
    ),
    q.query<{ tenant_id: string; customs_status: string; cancel_requested: boolean; count: string }>(
      `SELECT d.tenant_id, d.customs_status, d.cancel_requested, sum(d.count)::text AS count
       FROM park_merchant_month_declarations d JOIN tenants t ON t.id = d.tenant_id WHERE d.count > 0 AND ${filterWhere('d.month')}
       GROUP BY d.tenant_id, d.customs_status, d.cancel_requested`,
      params,
    ),
    query.figure === 'registrations' ? q.query<{ id: string }>(`SELECT t.id FROM tenants t WHERE ${filterWhere(REGISTRATION_MONTH)}`, params) : Promise.resolve([]),
    q.query<{ id: string; name: string; cluster: string }>('SELECT id, name, cluster FROM tenants'),
  ]);
  const tallies = new Map<string, Tally>();
  const tally = (tenantId: string) => tallies.get(tenantId) ?? tallies.set(tenantId, { orders: 0, value: {}, declarations: 0, rejected: 0 }).get(tenantId)!;
  for (const row of exports) {
    const entry = tally(row.tenant_id);
    entry.orders += Number(row.orders);
    addMoney(entry.value, row.currency, Number(row.value));
  }
  const inFigure = new Set<string>(query.figure === 'exports' || query.figure === 'active' ? exports.map((row) => row.tenant_id) : registered.map((row) => row.id));
  for (const row of declarations) {
    const stage = declarationStage(row.customs_status, row.cancel_requested);
    const entry = tally(row.tenant_id);
    entry.declarations += Number(row.count);
    if (stage === 'rejected') entry.rejected += Number(row.count);
    if ((query.figure === 'declarations' && (!query.stage || query.stage === stage)) || (query.figure === 'rejections' && stage === 'rejected')) inFigure.add(row.tenant_id);
  }
  const rows: ParkDrillRow[] = tenants
    .filter((tenant) => inFigure.has(tenant.id))
    .map((tenant) => {
      const { orders, value, declarations: filed, rejected } = tally(tenant.id);
      return { tenantId: tenant.id, name: tenant.name, cluster: tenant.cluster, orders, value, ...inCnyAndUsd(value, rates), declarations: filed, rejected };
    })
    .sort((a, b) => (b.valueUsd ?? 0) - (a.valueUsd ?? 0) || a.name.localeCompare(b.name));
  return { query, rows };
}
