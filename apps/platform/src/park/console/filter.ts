import type { ParkStatisticsQuery } from '@tradewind/contract';

/** The period and sandbox switch every statistics query applies, as SQL parameters $1–$3. */
export interface StatisticsFilter {
  from: string | null;
  to: string | null;
  excludeSandboxes: boolean;
}

export const toFilter = (query: ParkStatisticsQuery): StatisticsFilter => ({ from: query.from ?? null, to: query.to ?? null, excludeSandboxes: query.excludeSandboxes ?? false });

export const filterParams = (filter: StatisticsFilter): unknown[] => [filter.from, filter.to, filter.excludeSandboxes];

/** `month` is the SQL expression of the row's `YYYY-MM`; `sandbox` says whether the row is a sandbox's (by default its tenant `t`'s kind). */
export const filterWhere = (month: string, sandbox = "t.kind <> 'merchant'") =>
  `($1::text IS NULL OR ${month} >= $1) AND ($2::text IS NULL OR ${month} <= $2) AND (NOT $3::boolean OR NOT (${sandbox}))`;

export const statisticsQuerySchema = {
  from: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
  to: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
  excludeSandboxes: { type: 'boolean', default: false },
} as const;
