import type { RateTable } from '@tradewind/domain';
import type { Queryable } from '../db/database.ts';

interface RateRow {
  rate_date: string;
  currency: string;
  per_usd: string;
  source: string;
}

/** The latest dated rate table (per US dollar), or null when none was ever loaded. */
export async function latestRateTable(db: Queryable): Promise<RateTable | null> {
  const rows = await db.query<RateRow>(
    `SELECT to_char(rate_date, 'YYYY-MM-DD') AS rate_date, currency, per_usd::text AS per_usd, source FROM exchange_rates
     WHERE rate_date = (SELECT max(rate_date) FROM exchange_rates) ORDER BY currency`,
  );
  const [first] = rows;
  if (!first) return null;
  return {
    date: first.rate_date,
    base: 'USD',
    source: first.source,
    rates: Object.fromEntries(rows.filter((row) => row.currency !== 'USD').map((row) => [row.currency, Number(row.per_usd)])),
  };
}
