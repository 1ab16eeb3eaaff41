import type { TradeMode } from './declaration.ts';

/** CEB303 orderType per trade mode (spec 202205, GACC 2021 No. 47): E retail, B B2B order, W overseas-warehouse booking. */
export const ORDER_TYPE: Record<TradeMode, 'E' | 'B' | 'W'> = { '9610': 'E', '9710': 'B', '9810': 'W' };

/** RMB 5,000 per ticket, in fen: up to this a 9710/9810 shipment may go on a CEB603 清单. */
export const SIMPLIFIED_LIMIT_CNY = 500_000;

/**
 * Whether the shipment may be declared with a CEB603 inventory. 9610 always is; 9710/9810 only within
 * the simplified threshold (and not 涉证/涉检/涉税, which the merchant states through statisticsFlag A/B);
 * above it the goods go on an H2018 报关单 that references the order number.
 */
export const inventoryAllowed = (tradeMode: TradeMode, goodsValueCny: number): boolean => tradeMode === '9610' || goodsValueCny <= SIMPLIFIED_LIMIT_CNY;
