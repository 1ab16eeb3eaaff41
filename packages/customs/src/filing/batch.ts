import type { FilingDoc, OrderDoc } from '@tradewind/domain';
import type { Party, TradeMode } from '../messages/declaration.ts';

/** Orders a filing may name (the filings schema's orderIds maxItems). */
export const MAX_FILING_ORDERS = 100;

type Channel = OrderDoc['channel'];

/** Marketplace (and own web shop) sales are retail to consumers, 9610; fair, B2B and Alibaba.com sales are B2B direct export, 9710. */
const RETAIL_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['amazon', 'aliexpress', 'shopee', 'tiktok', 'temu', 'own_site']);

export function declarationModeOf(channel: Channel): Extract<TradeMode, '9610' | '9710'> {
  return RETAIL_CHANNELS.has(channel) ? '9610' : '9710';
}

/** The filing kind a declaration of each mode is kept under (see FILING_KINDS). */
export const FILING_KIND_OF_MODE: Readonly<Record<TradeMode, FilingDoc['kind']>> = { '9610': 'ceb603-inventory', '9710': 'export-9710', '9810': 'export-9810' };

/**
 * The 电商平台 of a marketplace: foreign marketplaces have no Chinese customs code, so the spec's
 * 无 stands in. The merchant's own shop and B2B sales have none: the merchant is its own platform.
 */
const MARKETPLACE_PARTIES: Partial<Record<Channel, Party>> = {
  amazon: { code: '无', name: 'Amazon.com Services LLC' },
  aliexpress: { code: '无', name: 'AliExpress (Alibaba.com Singapore E-Commerce Private Limited)' },
  shopee: { code: '无', name: 'Shopee Singapore Private Limited' },
  tiktok: { code: '无', name: 'TikTok Shop (TikTok Pte. Ltd.)' },
  temu: { code: '无', name: 'Whaleco Inc. (Temu)' },
};

export const marketplacePartyOf = (channel: Channel): Party | undefined => MARKETPLACE_PARTIES[channel];

export type BatchProblem = 'empty' | 'tooMany' | 'mixedModes' | 'mixedMarketplaces';

/**
 * Whether these orders can go in one filing: one declaration has one mode and one 电商平台, so
 * 9610 orders of two marketplaces are two filings.
 */
export function batchProblem(orders: readonly Pick<OrderDoc, 'channel'>[]): BatchProblem | null {
  if (orders.length === 0) return 'empty';
  if (orders.length > MAX_FILING_ORDERS) return 'tooMany';
  const modes = new Set(orders.map((order) => declarationModeOf(order.channel)));
  if (modes.size > 1) return 'mixedModes';
  const platforms = new Set(orders.map((order) => marketplacePartyOf(order.channel)?.name ?? ''));
  return platforms.size > 1 ? 'mixedMarketplaces' : null;
}

/** The submitted declaration an order is in (the latest, if several): such an order is not offered for another one. */
export function liveDeclarationOf<F extends Pick<FilingDoc, 'status' | 'orderIds' | 'declaration' | 'createdAt'>>(filings: readonly F[], orderId: string): F | undefined {
  return filings.filter((filing) => filing.status === 'submitted' && filing.declaration && filing.orderIds.includes(orderId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** The draft declaration an order is in: it is finished and sent (or discarded) there, not offered for another one. */
export function draftHolding<F extends Pick<FilingDoc, 'status' | 'orderIds' | 'declaration'>>(filings: readonly F[], orderId: string): F | undefined {
  return filings.find((filing) => filing.status === 'draft' && filing.declaration && filing.orderIds.includes(orderId));
}
