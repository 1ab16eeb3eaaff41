// 万邑通 WINIT open API: one POST endpoint, body {action, app_key, client_id, platform, data, format,
// sign_method:"md5", timestamp:"yyyy-MM-dd HH:mm:ss" (Beijing time), version, sign, client_sign};
// sign = UPPER(MD5(token + k1v1…(sorted, data as key-sorted JSON) + token)), client_sign the same with
// client_secret; replies {code:"0", msg, data}. Not in the material, chosen here: error codes 1001
// signature, 1002 timestamp, 1003 parameter, 1004 no such order; the 10-minute window; `sellerOrderNo` and
// `transportMode` on inbound orders; package status per stage.
import { createHash } from 'node:crypto';
import { SHIPMENT_MODES, declaredQuantities, type ShipmentMode } from '@tradewind/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPositiveInteger, pageOf, registerProviderHooks, type SimContext } from '../http.ts';
import type { SimInboundOrder, Stage } from '../inbound.ts';
import { RateLimiter } from '../rate-limit.ts';
import type { WinitAccount } from '../seed.ts';

const MAX_PAGE_SIZE = 100;
const WINDOW_MS = 10 * 60_000;
const SIGNED_FIELDS = ['action', 'app_key', 'data', 'format', 'platform', 'sign_method', 'timestamp', 'version'] as const;

const ORDER_STATUS: Record<Stage, string> = { created: 'OD', shipped: 'TS', arrived: 'EWC', received: 'EWC', put_away: 'SHD' };
const PACKAGE_STATUS: Record<Stage, string> = { created: 'PI', shipped: 'TS', arrived: 'UD', received: 'PS', put_away: 'SCP' };
const STAGE_TEXT: Record<Stage, string> = {
  created: 'Inbound order placed',
  shipped: 'Departed origin',
  arrived: 'Arrived at warehouse',
  received: 'Received and counted',
  put_away: 'Put away, available for sale',
};

type Body = Record<string, unknown>;
type Outcome = { data: unknown } | { code: string; msg: string };

export function winit(app: FastifyInstance, context: SimContext): void {
  const limiter = new RateLimiter(context.seed.winit.rateLimit);
  registerProviderHooks(app, 'winit', context);
  const actions: Record<string, (account: WinitAccount, data: Body, reply: FastifyReply) => Outcome> = {
    queryWarehouseStorage: (account, data, reply) => queryStorage(context, account, data, reply),
    'winit.wh.inbound.order.create': (account, data) => createOrder(context, account, data),
    'winit.wh.inbound.getOrderList': (account, data) => {
      const orders = context.inbound.list('winit', account.id).filter((order) => !data.sellerOrderNo || order.sellerRef === data.sellerOrderNo);
      const pageNum = Number(data.pageNum ?? 1);
      const pageSize = Math.min(Number(data.pageSize ?? 20), MAX_PAGE_SIZE);
      return { data: { list: pageOf(orders, pageNum, pageSize, false).map(orderSummary), pageNum, pageSize, total: orders.length } };
    },
    'winit.wh.inbound.getOrderDetail': (account, data) => {
      const order = context.inbound.find('winit', account.id, (candidate) => candidate.code === data.orderNo);
      return order ? { data: orderDetail(order) } : { code: '1004', msg: `orderNo ${String(data.orderNo)} not found` };
    },
    'wh.tracking.queryOrderTracking': (account, data) => {
      const order = context.inbound.find('winit', account.id, (candidate) => candidate.code === data.orderNo);
      if (!order) return { code: '1004', msg: `orderNo ${String(data.orderNo)} not found` };
      return {
        data: {
          orderNo: order.code,
          trackingList: order.history.map((entry) => ({ date: beijingTime(Date.parse(entry.at)), status: ORDER_STATUS[entry.stage], description: STAGE_TEXT[entry.stage] })),
        },
      };
    },
  };

  app.post('/openapi/service', async (request: FastifyRequest<{ Body: Body }>, reply: FastifyReply) => {
    const body = request.body ?? {};
    const account = context.seed.winit.accounts.find((candidate) => candidate.appKey === body.app_key && candidate.clientId === body.client_id);
    const refusal = account ? checkSignature(body, account) : 'unknown app_key or client_id';
    if (refusal) return { code: '1001', msg: refusal, data: null };
    const sentAt = Date.parse(`${String(body.timestamp).replace(' ', 'T')}+08:00`);
    if (!(Math.abs(Date.now() - sentAt) <= WINDOW_MS)) return { code: '1002', msg: `timestamp ${String(body.timestamp)} is outside the ±10 minute window` };
    if (!limiter.take(account!.appKey)) return reply.code(429).send({ code: '429', msg: 'Request frequency exceeds the limit' });
    const action = actions[String(body.action)];
    if (!action) return { code: '1003', msg: `unknown action ${String(body.action)}` };
    const outcome = action(account!, (body.data ?? {}) as Body, reply);
    return 'data' in outcome ? { code: '0', msg: 'success', data: outcome.data } : outcome;
  });
}

function checkSignature(body: Body, account: WinitAccount): string | null {
  const signed = (secret: string) =>
    createHash('md5')
      .update(secret + SIGNED_FIELDS.map((field) => field + (field === 'data' ? sortedJson(body.data ?? {}) : String(body[field] ?? ''))).join('') + secret)
      .digest('hex')
      .toUpperCase();
  if (body.sign !== signed(account.token)) return 'sign is invalid';
  if (body.client_sign !== signed(account.clientSecret)) return 'client_sign is invalid';
  return null;
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${sortedJson((value as Body)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function queryStorage(context: SimContext, account: WinitAccount, data: Body, reply: FastifyReply): Outcome {
  const pageNum = Number(data.pageNum ?? 1);
  const pageSize = Number(data.pageSize ?? 20);
  if (!isPositiveInteger(pageNum) || !isPositiveInteger(pageSize) || pageSize > MAX_PAGE_SIZE) return { code: '1003', msg: `pageNum must be ≥ 1 and pageSize 1–${MAX_PAGE_SIZE}` };
  const view = context.ledger.view('winit', account.id);
  reply.header('date', new Date(view.asOf).toUTCString());
  const rows = view.rows.filter((row) => row.warehouse === data.warehouseCode);
  const list = pageOf(rows, pageNum, pageSize, context.faults.get('winit').duplicatePages).map((row) => ({
    productCode: row.sku,
    warehouseCode: row.warehouse,
    qtyAvailable: row.sellable,
    qtyWaitOut: row.reserved,
    qtyFrozen: row.unsellable,
    qtyLostConfirming: 0,
    qtyDestruction: 0,
    prohibitFrozenQty: 0,
    prohibitUsableQty: 0,
    // WINIT reports no put-away bucket: units received but not yet shelved stay in the pipeline.
    pipelineInventory: row.inbound + row.pendingPutaway,
    inStockQty: row.sellable + row.reserved + row.unsellable,
  }));
  return { data: { list, pageNum, pageSize, total: rows.length } };
}

function createOrder(context: SimContext, account: WinitAccount, data: Body): Outcome {
  const mode = String(data.transportMode ?? '').toLowerCase() as ShipmentMode;
  const packages = Array.isArray(data.packageList) ? (data.packageList as Body[]) : [];
  if (typeof data.sellerOrderNo !== 'string' || data.sellerOrderNo === '') return { code: '1003', msg: 'sellerOrderNo is required' };
  if (!SHIPMENT_MODES.includes(mode)) return { code: '1003', msg: `transportMode ${String(data.transportMode)} is unknown` };
  if (typeof data.destinationWarehouseCode !== 'string' || !account.warehouses.includes(data.destinationWarehouseCode))
    return { code: '1003', msg: `destinationWarehouseCode ${String(data.destinationWarehouseCode)} is unknown` };
  if (mode === 'sea_fcl' && !data.containerNo) return { code: '1003', msg: 'FCL orders need containerNo and sailingTime' };
  if (packages.length === 0) return { code: '1003', msg: 'packageList needs at least one package' };
  const cartons = packages.map((item) => ({
    number: String(item.sellerCaseNo),
    lines: (item.merchandiseList as Body[]).map((line) => ({ sku: String(line.merchandiseCode), quantity: Number(line.quantity) })),
  }));
  const { order, created } = context.inbound.create('winit', account.id, { sellerRef: data.sellerOrderNo, warehouse: data.destinationWarehouseCode, mode, cartons }, 'WI');
  return created ? { data: { orderNo: order.code } } : { code: '1003', msg: `sellerOrderNo ${data.sellerOrderNo} already used by ${order.code}` };
}

function orderSummary(order: SimInboundOrder) {
  const partly = order.stage === 'received' && order.lostCartons.length > 0;
  return { orderNo: order.code, sellerOrderNo: order.sellerRef, destinationWarehouseCode: order.warehouse, status: partly ? 'PEWC' : ORDER_STATUS[order.stage] };
}

function orderDetail(order: SimInboundOrder) {
  const declared = declaredQuantities(order.cartons);
  return {
    ...orderSummary(order),
    packageList: order.cartons.map((carton) => ({
      sellerCaseNo: carton.number,
      status: order.lostCartons.includes(carton.number) ? 'Lost' : PACKAGE_STATUS[order.stage],
      merchandiseList: carton.lines.map((line) => ({ merchandiseCode: line.sku, quantity: line.quantity })),
    })),
    merchandiseList: declared.map((line) => ({
      merchandiseCode: line.sku,
      quantity: line.quantity,
      receivedQuantity: order.received?.get(line.sku) ?? 0,
      putawayQuantity: order.putAway?.get(line.sku) ?? 0,
    })),
  };
}

/** "yyyy-MM-dd HH:mm:ss" in UTC+8. */
function beijingTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
