export const PAGE_SIZE = 50;

/**
 * The rows of one page, the page clamped to those that exist (a filter or a sync can shrink the
 * list under the page being read). The table gets only these: with 20,000 orders it would
 * otherwise index them all on every render.
 */
export function pageOf<Row>(rows: readonly Row[], page: number, pageSize = PAGE_SIZE): { current: number; rows: readonly Row[] } {
  const current = Math.min(Math.max(1, page), Math.max(1, Math.ceil(rows.length / pageSize)));
  return { current, rows: rows.slice((current - 1) * pageSize, current * pageSize) };
}
