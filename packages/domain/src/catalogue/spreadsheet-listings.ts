import { LISTING_STATUSES, type ListingDoc, type ListingStatus } from '../collections/listings.ts';
import { LISTING_CHANNELS, type ListingChannel } from './channels.ts';
import { MARKETS, type Market } from './markets.ts';
import type { ImportProblem, SheetRow } from './spreadsheet-columns.ts';
import { RowReader } from './spreadsheet-row-reader.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from './translations.ts';

/** A listings row: the listing fields a sheet sets, and the product it belongs to by SKU. */
export type ParsedListingRow = { row: number } & Pick<ListingDoc, 'sku' | 'channel' | 'market' | 'language' | 'title' | 'bullets' | 'description' | 'price' | 'status'>;

export function parseListingRows(rows: readonly SheetRow[]): { items: ParsedListingRow[]; problems: ImportProblem[] } {
  const items: ParsedListingRow[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const read = new RowReader('listings', row);
    const sku = read.text('sku', 64, true);
    const channel = read.text('channel', 20, true).toLowerCase() as ListingChannel;
    if (channel && !LISTING_CHANNELS.includes(channel)) read.problem('channel', 'channel', { value: channel });
    const market = read.text('market', 2, true).toUpperCase() as Market;
    if (market && !Object.hasOwn(MARKETS, market)) read.problem('market', 'market', { value: market });
    const language = (read.text('language', 5).toLowerCase() || MARKETS[market] || 'en') as ContentLanguage;
    if (!CONTENT_LANGUAGES.includes(language)) read.problem('language', 'language', { value: language });
    const status = (read.text('status', 20).toLowerCase() || 'draft') as ListingStatus;
    if (!LISTING_STATUSES.includes(status)) read.problem('status', 'status', { value: status });
    const item: ParsedListingRow = {
      row: row.row,
      sku,
      channel,
      market,
      language,
      title: read.text('title', 500, true),
      bullets: [1, 2, 3, 4, 5].map((n) => read.text(`bullet${n}`, 1000)).filter(Boolean),
      description: read.text('description', 10000),
      price: read.money('price', 'currency', true) ?? { amount: 0, currency: 'USD' },
      status,
    };
    problems.push(...read.problems);
    if (read.problems.length === 0) items.push(item);
  }
  return { items, problems };
}
