// 递四方 4PX FOP open API: POST /router/api/service?method=&app_key=&v=1.0.0&timestamp=<ms>&format=json&sign=,
// sign = lowercase MD5("app_key"+k + "format"+f + "method"+m + "timestamp"+t + "v"+v + body + appSecret);
// replies {result:"1"|"0", msg, errors:[{error_code, error_msg}], data}, pages {page_no, page_size, total, data}.
// Not in the material, chosen here: the error codes, the 10-minute window, a per-SKU `receipt`
// (received_qty, putaway_qty), pending_stock read as received-not-shelved, unsellable stock as stock_quality "B" rows.
import { createHash } from 'node:crypto';
import type { ShipmentMode } from '@tradewind/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPositiveInteger, pageOf, rawBody, registerProviderHooks, type SimContext } from '../http.ts';
import type { SimInboundOrder, Stage } from '../inbound.ts';
import { RateLimiter } from '../rate-limit.ts';
import type { FourPxAccount } from '../seed.ts';

const MAX_INVENTORY_PAGE = 50;
const MAX_INBOUND_PAGE = 100;
const MAX_SKUS_PER_CALL = 100;
const MAX_WINDOW_MS = 92 * 86_400_000;
const TIMESTAMP_WINDOW_MS = 10 * 60_000;

const TRANSPORT_TYPES: Record<string, ShipmentMode> = { A: 'air', E: 'express', G: 'truck', R: 'rail' };
const STATUS: Record<Stage, string> = { created: 'A', shipped: 'H', arrived: 'G', received: 'V', put_away: 'C' };

type Body = Record<string, unknown>;
type Outcome = { data: unknown } | { error: [code: string, message: string] };

export function fourPx(app: FastifyInstance, context: SimContext): void {
  const limiter = new RateLimiter(context.seed['4px'].rateLimit);
  registerProviderHooks(app, '4px', context);
  const methods: Record<string, (account: FourPxAccount, body: Body, reply: FastifyReply) => Outcome> = {
    'fu.wms.inventory.get': (account, body, reply) => inventory(context, account, body, reply),
    'fu.wms.inbound.create': (account, body) => createInbound(context, account, body),
    'fu.wms.inbound.getlist': (account, body) => listInbound(context, account, body),
  };

  app.post('/router/api/service', async (request: FastifyRequest<{ Querystring: Record<string, string>; Body: Body }>, reply) => {
    const query = request.query;
    const account = context.seed['4px'].accounts.find((candidate) => candidate.appKey === query.app_key);
    if (!account) return failure('APP_KEY_INVALID', 'app_key is invalid');
    const expected = createHash('md5')
      .update(`app_key${query.app_key}format${query.format}method${query.method}timestamp${query.timestamp}v${query.v}${rawBody(request)}${account.appSecret}`)
      .digest('hex');
    if (query.sign !== expected) return failure('SIGN_INVALID', 'sign is invalid');
    if (!(Math.abs(Date.now() - Number(query.timestamp)) <= TIMESTAMP_WINDOW_MS)) return failure('TIMESTAMP_EXPIRED', `timestamp ${query.timestamp} is outside the ±10 minute window`);
    if (!limiter.take(account.appKey)) return reply.code(429).send({ result: '0', msg: 'Too many requests', errors: [{ error_code: 'RATE_LIMIT', error_msg: 'Too many requests' }] });
    const method = methods[query.method ?? ''];
    if (!method) return failure('METHOD_INVALID', `unknown method ${query.method}`);
    const outcome = method(account, request.body ?? {}, reply);
    return 'data' in outcome ? { result: '1', msg: 'success', errors: [], data: outcome.data } : failure(...outcome.error);
  });
}

function inventory(context: SimContext, account: FourPxAccount, body: Body, reply: FastifyReply): Outcome {
  const skus = Array.isArray(body.lstsku) ? body.lstsku.map(String) : [];
  const pageNo = Number(body.page_no ?? 1);
  const pageSize = Number(body.page_size ?? MAX_INVENTORY_PAGE);
  if (skus.length > MAX_SKUS_PER_CALL) return { error: ['PARAM_INVALID', `lstsku takes at most ${MAX_SKUS_PER_CALL} SKUs`] };
  if (!isPositiveInteger(pageNo) || !isPositiveInteger(pageSize) || pageSize > MAX_INVENTORY_PAGE) return { error: ['PARAM_INVALID', `page_no must be ≥ 1 and page_size 1–${MAX_INVENTORY_PAGE}`] };
  const view = context.ledger.view('4px', account.id);
  reply.header('date', new Date(view.asOf).toUTCString());
  const rows = view.rows
    .filter((row) => row.warehouse === body.warehouse_code && (skus.length === 0 || skus.includes(row.sku)))
    .flatMap((row) => {
      const good = { sku_code: row.sku, warehouse_code: row.warehouse, batch_no: '', stock_quality: 'G', available_stock: row.sellable, pending_stock: row.pendingPutaway, onway_stock: row.inbound };
      return row.unsellable > 0 ? [good, { ...good, stock_quality: 'B', available_stock: row.unsellable, pending_stock: 0, onway_stock: 0 }] : [good];
    });
  return { data: { page_no: pageNo, page_size: pageSize, total: rows.length, data: pageOf(rows, pageNo, pageSize, context.faults.get('4px').duplicatePages) } };
}

function createInbound(context: SimContext, account: FourPxAccount, body: Body): Outcome {
  const lines = Array.isArray(body.iconsignment_sku) ? (body.iconsignment_sku as Body[]) : [];
  const mode = body.transport_type === 'S' ? (body.container_type === 'FCL' ? 'sea_fcl' : 'sea_lcl') : TRANSPORT_TYPES[String(body.transport_type)];
  if (typeof body.ref_no !== 'string' || body.ref_no === '') return { error: ['PARAM_INVALID', 'ref_no is required'] };
  if (!mode) return { error: ['PARAM_INVALID', `transport_type ${String(body.transport_type)} is not one of A, S, E, G, R`] };
  if (typeof body.to_warehouse_code !== 'string' || !account.warehouses.includes(body.to_warehouse_code))
    return { error: ['PARAM_INVALID', `to_warehouse_code ${String(body.to_warehouse_code)} is unknown`] };
  if (lines.length === 0) return { error: ['PARAM_INVALID', 'iconsignment_sku needs at least one line'] };
  const cartons = new Map<string, { number: string; lines: { sku: string; quantity: number }[] }>();
  for (const line of lines) {
    const number = String(line.box_no);
    if (!cartons.has(number)) cartons.set(number, { number, lines: [] });
    cartons.get(number)!.lines.push({ sku: String(line.sku_code), quantity: Number(line.plan_qty) });
  }
  const { order, created } = context.inbound.create('4px', account.id, { sellerRef: body.ref_no, warehouse: body.to_warehouse_code, mode, cartons: [...cartons.values()] }, 'IC');
  return created ? { data: { consignment_no: order.code, ref_no: order.sellerRef } } : { error: ['REF_NO_EXISTS', `ref_no ${body.ref_no} already used by ${order.code}`] };
}

function listInbound(context: SimContext, account: FourPxAccount, body: Body): Outcome {
  const pageNo = Number(body.page_no ?? 1);
  const pageSize = Number(body.page_size ?? 20);
  if (!isPositiveInteger(pageNo) || !isPositiveInteger(pageSize) || pageSize > MAX_INBOUND_PAGE) return { error: ['PARAM_INVALID', `page_no must be ≥ 1 and page_size 1–${MAX_INBOUND_PAGE}`] };
  const from = Number(body.create_time_start ?? 0);
  const to = Number(body.create_time_end ?? Number.MAX_SAFE_INTEGER);
  if (body.create_time_start !== undefined && body.create_time_end !== undefined && to - from > MAX_WINDOW_MS) return { error: ['PARAM_INVALID', 'the create time window is at most 3 months'] };
  const orders = context.inbound
    .list('4px', account.id)
    .filter((order) => (!body.ref_no || order.sellerRef === body.ref_no) && (!body.consignment_no || order.code === body.consignment_no))
    .filter((order) => Date.parse(order.createdAt) >= from && Date.parse(order.createdAt) <= to);
  return { data: { page_no: pageNo, page_size: pageSize, total: orders.length, data: pageOf(orders, pageNo, pageSize, false).map(consignment) } };
}

function consignment(order: SimInboundOrder) {
  return {
    consignment_no: order.code,
    ref_no: order.sellerRef,
    to_warehouse_code: order.warehouse,
    status: STATUS[order.stage],
    create_time: Date.parse(order.createdAt),
    update_time: Date.parse(order.history.at(-1)!.at),
    iconsignment_sku: order.cartons.flatMap((carton) => carton.lines.map((line) => ({ box_no: carton.number, sku_code: line.sku, plan_qty: line.quantity }))),
    // Counted per SKU, not per box: what the warehouse reports after receipt.
    receipt: [...(order.received ?? [])].map(([sku, units]) => ({ sku_code: sku, received_qty: units, putaway_qty: order.putAway?.get(sku) ?? 0 })),
  };
}

function failure(error_code: string, error_msg: string) {
  return { result: '0', msg: error_msg, errors: [{ error_code, error_msg }], data: null };
}
