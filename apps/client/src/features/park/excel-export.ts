import type { ParkStatisticsQuery } from '@tradewind/contract';
import { toPlatformError, type Transport } from '@tradewind/sync/client';
import { statisticsSearch } from './DrillTable.tsx';

/** Downloads the statistics workbook the platform builds for this period, in the user's language; returns its file name. */
export async function downloadStatisticsWorkbook(transport: Transport, query: ParkStatisticsQuery, language: string): Promise<string> {
  const response = await transport.fetch(`/api/park/statistics.xlsx?${statisticsSearch(query, { lang: language === 'en' ? 'en' : 'zh-CN' })}`);
  if (!response.ok) throw await toPlatformError(response);
  const name = `tradewind-park-${query.from ?? 'all'}${query.to && query.to !== query.from ? `-${query.to}` : ''}.xlsx`;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // The browser has taken the bytes once the click's task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}
