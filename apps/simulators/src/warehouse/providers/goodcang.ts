// 谷仓 GoodCang OMS open API (public_open): headers app-key / app-token, JSON POST,
// replies {ask: "Success"|"Failure", message, count?, data, Error?}. The receiving_status values are
// not published in the material; the simulator uses 1–5 for awaiting shipment → put away, and the
// errCodes AUTH_FAILED, PARAM_ERROR, NOT_FOUND, RATE_LIMIT.
import { declaredQuantities, type ShipmentMode } from '@tradewind/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPositiveInteger, pageOf, registerProviderHooks, type SimContext } from '../http.ts';
import type { SimInboundOrder, Stage } from '../inbound.ts';
import { RateLimiter } from '../rate-limit.ts';
import type { GoodCangAccount } from '../seed.ts';

const MAX_PAGE_SIZE = 200;
const MAX_SKUS_PER_CALL = 200;

const SHIPPING_TYPES: Record<number, ShipmentMode> = { 0: 'air', 1: 'sea_lcl', 2: 'express', 3: 'rail', 4: 'sea_fcl', 5: 'rail' };
const RECEIVING_STATUS: Record<Stage, { code: number; text: string }> = {
  created: { code: 1, text: '待发货 awaiting shipment' },
  shipped: { code: 2, text: '运输中 in transit' },
  arrived: { code: 3, text: '已到仓 arrived at warehouse' },
  received: { code: 4, text: '已收货 received' },
  put_away: { code: 5, text: '已上架 put away' },
};

type Body = Record<string, unknown>;

export function goodCang(app: FastifyInstance, context: SimContext): void {
  const limiter = new RateLimiter(context.seed.goodcang.rateLimit);
  registerProviderHooks(app, 'goodcang', context);

  const handle = (path: string, run: (account: GoodCangAccount, body: Body, reply: FastifyReply) => object) =>
    app.post(path, async (request: FastifyRequest<{ Body: Body }>, reply: FastifyReply) => {
      const appKey = request.headers['app-key'];
      const account = context.seed.goodcang.accounts.find((candidate) => candidate.appKey === appKey);
      if (!account || account.appToken !== request.headers['app-token']) return failure(reply, 200, 'AUTH_FAILED', 'app-key or app-token is invalid');
      if (!limiter.take(account.appKey)) return failure(reply, 429, 'RATE_LIMIT', 'Too many requests');
      const result = run(account, request.body ?? {}, reply);
      return 'error' in result ? failure(reply, 200, 'errCode' in result ? String(result.errCode) : 'PARAM_ERROR', String(result.error)) : { ask: 'Success', message: 'Success', ...result };
    });

  handle('/inventory/get_product_inventory', (account, body, reply) => {
    const page = Number(body.page ?? 1);
    const pageSize = Number(body.pageSize ?? 20);
    if (!isPositiveInteger(page) || !isPositiveInteger(pageSize) || pageSize > MAX_PAGE_SIZE) return { error: `page must be ≥ 1 and pageSize 1–${MAX_PAGE_SIZE}` };
    const skus = [...(Array.isArray(body.product_sku_arr) ? body.product_sku_arr : []), ...(body.product_sku ? [body.product_sku] : [])].map(String);
    if (skus.length > MAX_SKUS_PER_CALL) return { error: `product_sku_arr takes at most ${MAX_SKUS_PER_CALL} SKUs` };
    const { rows, asOf } = context.ledger.view('goodcang', account.id);
    reply.header('date', new Date(asOf).toUTCString());
    const matching = rows.filter((row) => (skus.length === 0 || skus.includes(row.sku)) && (!body.warehouse_code || row.warehouse === body.warehouse_code));
    const data = pageOf(matching, page, pageSize, context.faults.get('goodcang').duplicatePages).map((row) => ({
      product_sku: row.sku,
      warehouse_code: row.warehouse,
      onway: row.inbound,
      pending: row.pendingPutaway,
      sellable: row.sellable,
      unsellable: row.unsellable,
      reserved: row.reserved,
      shipped: 0,
    }));
    return { count: matching.length, data };
  });

  handle('/inbound_order/create_grn', (account, body) => {
    const items = Array.isArray(body.items) ? (body.items as Body[]) : [];
    const mode = SHIPPING_TYPES[Number(body.receiving_shipping_type)];
    if (typeof body.reference_no !== 'string' || body.reference_no === '') return { error: 'reference_no is required' };
    if (!mode) return { error: `receiving_shipping_type ${String(body.receiving_shipping_type)} is not one of 0–5` };
    if (typeof body.warehouse_code !== 'string' || !account.warehouses.includes(body.warehouse_code))
      return { error: `warehouse_code ${String(body.warehouse_code)} is not a warehouse of this account` };
    if (items.length === 0) return { error: 'items needs at least one box' };
    const cartons = items.map((item) => ({
      number: String(item.box_no),
      lines: (item.box_details as Body[]).map((detail) => ({ sku: String(detail.product_sku), quantity: Number(detail.quantity) })),
    }));
    const { order, created } = context.inbound.create('goodcang', account.id, { sellerRef: body.reference_no, warehouse: body.warehouse_code, mode, cartons }, 'RV');
    if (!created) return { error: `reference_no ${body.reference_no} already exists as ${order.code}` };
    return { data: { receiving_code: order.code } };
  });

  handle('/inbound_order/get_grn_list', (account, body) => {
    const page = Number(body.page ?? 1);
    const pageSize = Math.min(Number(body.pageSize ?? 20), MAX_PAGE_SIZE);
    const orders = context.inbound.list('goodcang', account.id).filter((order) => !body.reference_no || order.sellerRef === body.reference_no);
    return { count: orders.length, data: pageOf(orders, page, pageSize, false).map(summary) };
  });

  handle('/inbound_order/get_grn_detail', (account, body) => {
    const order = context.inbound.find('goodcang', account.id, (candidate) => candidate.code === body.receiving_code);
    if (!order) return { error: `receiving_code ${String(body.receiving_code)} not found`, errCode: 'NOT_FOUND' };
    const declared = declaredQuantities(order.cartons);
    return {
      data: {
        ...summary(order),
        box_total_count: order.cartons.length,
        sku_total_count: declared.reduce((sum, line) => sum + line.quantity, 0),
        overseas_box_total: order.received ? order.cartons.length - order.lostCartons.length : 0,
        overseas_sku_total: [...(order.received?.values() ?? [])].reduce((sum, units) => sum + units, 0),
        overseas_detail: declared.map((line) => ({
          product_sku: line.sku,
          overseas_pre_count: line.quantity,
          overseas_receiving_count: order.received?.get(line.sku) ?? 0,
          overseas_shelves_count: order.putAway?.get(line.sku) ?? 0,
        })),
        gc_putaway_time: order.history.find((entry) => entry.stage === 'put_away')?.at ?? '',
      },
    };
  });
}

function summary(order: SimInboundOrder) {
  const status = RECEIVING_STATUS[order.stage];
  return {
    receiving_code: order.code,
    reference_no: order.sellerRef,
    warehouse_code: order.warehouse,
    receiving_status: status.code,
    track_status: status.text,
    create_date: order.createdAt,
    modify_date: order.history.at(-1)!.at,
  };
}

function failure(reply: FastifyReply, status: number, errCode: string, errMessage: string) {
  return reply.code(status).send({ ask: 'Failure', message: errMessage, Error: { errCode, errMessage } });
}
