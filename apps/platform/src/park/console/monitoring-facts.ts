import { convertMinorUnits, type MonitoringFacts, type RateTable } from '@tradewind/domain';
import type { Queryable } from '../../db/database.ts';

const usd = (amount: number, currency: string, rates: RateTable | null) => convertMinorUnits(amount, currency, 'USD', rates);

/**
 * The facts the monitoring rules read, for real merchants only (no sandboxes or demo data):
 * declared lines and monthly values since January of last year, rejections and compliance
 * refusals of the last 90 days.
 */
export async function gatherMonitoringFacts(q: Queryable, asOf: string, rates: RateTable | null): Promise<MonitoringFacts> {
  const sinceMonth = `${Number(asOf.slice(0, 4)) - 1}-01`;
  const sinceDay = new Date(Date.parse(asOf) - 90 * 86_400_000).toISOString();
  const merchants = `JOIN tenants t ON t.id = x.tenant_id AND t.kind = 'merchant'`;
  const [lines, months, rejections, refusals] = await Promise.all([
    q.query<{ tenant_id: string; hs_code: string; currency: string; unit_price: string }>(
      `SELECT x.tenant_id, x.hs_code, x.currency, (x.value / x.quantity)::text AS unit_price FROM park_export_lines x ${merchants} WHERE x.month >= $1 AND x.hs_code <> ''`,
      [sinceMonth],
    ),
    q.query<{ tenant_id: string; month: string; currency: string; value: string }>(
      `SELECT x.tenant_id, x.month, x.currency, sum(x.value)::text AS value FROM park_export_lines x ${merchants} WHERE x.month >= $1 GROUP BY 1, 2, 3`,
      [sinceMonth],
    ),
    q.query<{ tenant_id: string; at: string }>(
      `SELECT x.tenant_id, to_char(x.status_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM park_declarations x ${merchants}
       WHERE (x.customs_status = '100' OR x.customs_status LIKE '-%') AND x.status_at >= $1`,
      [sinceDay],
    ),
    q.query<{ tenant_id: string; at: string }>(
      `SELECT x.tenant_id, to_char(x.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM audit_log x ${merchants}
       WHERE x.collection = 'listings' AND x.action = 'refused' AND x.reason = 'listing_blocked' AND x.at >= $1`,
      [sinceDay],
    ),
  ]);
  const monthly = new Map<string, { tenantId: string; month: string; valueUsd: number }>();
  for (const row of months) {
    const key = `${row.tenant_id} ${row.month}`;
    const entry = monthly.get(key) ?? { tenantId: row.tenant_id, month: row.month, valueUsd: 0 };
    entry.valueUsd += usd(Number(row.value), row.currency, rates) ?? 0;
    monthly.set(key, entry);
  }
  return {
    asOf,
    declaredLines: lines.flatMap((row) => {
      const unitPriceUsd = usd(Number(row.unit_price), row.currency, rates);
      return unitPriceUsd === null ? [] : [{ tenantId: row.tenant_id, hsCode: row.hs_code, unitPriceUsd }];
    }),
    monthlyValueUsd: [...monthly.values()],
    rejections: rejections.map((row) => ({ tenantId: row.tenant_id, at: row.at })),
    complianceRefusals: refusals.map((row) => ({ tenantId: row.tenant_id, at: row.at })),
  };
}
