import type { ParkStatisticsQuery } from '@tradewind/contract';

/** The period and sandbox switch every statistics query applies, as SQL parameters $1–$3. */
export interface StatisticsFilter {
  from: string | null;
  to: string | null;
  excludeSandboxes: boolean;
}

export const toFilter = (query: ParkStatisticsQuery): StatisticsFilter => ({ from: query.from ?? null, to: query.to ?? null, excludeSandboxes: query.excludeSandboxes ?? false });

export const filterParams = (filter: StatisticsFilter): unknown[] => [filter.from, filter.to, filter.excludeSandboxes];

/**
 * `month` is the SQL expression of the row's `YYYY-MM`; `sandbox` says whether the row is a sandbox's
 * (by default its tenant `t`'s kind). Open ends are bounds beyond any month, so an index on the month serves.
 */
export const filterWhere = (month: string, sandbox = "t.kind <> 'merchant'") =>
  `${month} >= coalesce($1::text, '') AND ${month} <= coalesce($2::text, '9999-99') AND (NOT $3::boolean OR NOT (${sandbox}))`;

export const statisticsQuerySchema = {
  from: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
  to: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
  excludeSandboxes: { type: 'boolean', default: false },
} as const;
