// Amazon FBA through SP-API: Login with Amazon refresh-token grant (access tokens for 1 hour, sent as
// x-amz-access-token; no SigV4 since 2023-10-02), getInventorySummaries with nextToken paging (50 per
// page, ≤ 50 sellerSkus, tokens expire after 30 s, 2 requests/s burst 2), and the Fulfillment Inbound
// v2024-03-20 plan creation (asynchronous: an operation to poll). Inbound plan names are not unique on
// Amazon, so deduplication is the caller's; the inbound API reports no received quantities.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageOf, registerProviderHooks, type SimContext } from '../http.ts';
import type { SimInboundOrder, Stage } from '../inbound.ts';
import { RateLimiter } from '../rate-limit.ts';
import type { FbaAccount } from '../seed.ts';

const TOKEN_LIFETIME_MS = 3_600_000;
const NEXT_TOKEN_LIFETIME_MS = 30_000;
const SUMMARIES_PAGE = 50;
const MAX_SELLER_SKUS = 50;
const MAX_PLANS_PAGE = 30;
const INBOUND = '/inbound/fba/2024-03-20';

const SHIPMENT_STATUS: Record<Stage, string> = { created: 'WORKING', shipped: 'IN_TRANSIT', arrived: 'CHECKED_IN', received: 'RECEIVING', put_away: 'CLOSED' };

type Query = Record<string, string | undefined>;

export function fba(app: FastifyInstance, context: SimContext): void {
  const accounts = context.seed.fba.accounts;
  const summariesLimiter = new RateLimiter(context.seed.fba.rateLimit);
  const inboundLimiter = new RateLimiter(context.seed.fba.rateLimit);
  const accessTokens = new Map<string, { account: FbaAccount; expiresAt: number }>();
  const nextTokens = new Map<string, { offset: number; expiresAt: number }>();
  const operations = new Map<string, { polls: number }>();
  registerProviderHooks(app, 'fba', context);

  app.post('/auth/o2/token', async (request: FastifyRequest<{ Body: Query }>, reply) => {
    const body = request.body ?? {};
    const account = accounts.find((candidate) => candidate.clientId === body.client_id && candidate.clientSecret === body.client_secret);
    if (!account) return reply.code(401).send({ error: 'invalid_client', error_description: 'Client authentication failed' });
    if (body.grant_type !== 'refresh_token' || body.refresh_token !== account.refreshToken)
      return reply.code(400).send({ error: 'invalid_grant', error_description: 'The request has an invalid grant parameter : refresh_token' });
    const accessToken = `Atza|${randomBytes(24).toString('base64url')}`;
    accessTokens.set(accessToken, { account, expiresAt: Date.now() + TOKEN_LIFETIME_MS });
    return { access_token: accessToken, refresh_token: account.refreshToken, token_type: 'bearer', expires_in: TOKEN_LIFETIME_MS / 1000 };
  });

  /** The caller's account, or the SP-API refusal already sent. */
  const authorise = (request: FastifyRequest, reply: FastifyReply, limiter: RateLimiter): FbaAccount | undefined => {
    const token = accessTokens.get(String(request.headers['x-amz-access-token']));
    if (!token || token.expiresAt < Date.now()) {
      const details = token ? 'The access token you provided has expired.' : 'The access token you provided is revoked, malformed or invalid.';
      void reply.code(403).send(spError('Unauthorized', 'Access to requested resource is denied.', details));
      return undefined;
    }
    if (!limiter.take(token.account.id)) {
      void reply.code(429).send(spError('QuotaExceeded', 'You exceeded your quota for the requested resource.'));
      return undefined;
    }
    return token.account;
  };

  app.get('/fba/inventory/v1/summaries', async (request: FastifyRequest<{ Querystring: Query }>, reply) => {
    const account = authorise(request, reply, summariesLimiter);
    if (!account) return reply;
    const { granularityType, granularityId, marketplaceIds, sellerSkus, nextToken } = request.query;
    const skus = sellerSkus ? sellerSkus.split(',') : [];
    if (granularityType !== 'Marketplace' || !granularityId || marketplaceIds !== granularityId)
      return reply.code(400).send(spError('InvalidInput', 'granularityType must be Marketplace and granularityId its one marketplaceIds value'));
    if (!account.warehouses.includes(granularityId)) return reply.code(400).send(spError('InvalidInput', `marketplace ${granularityId} is not enabled for this seller`));
    if (skus.length > MAX_SELLER_SKUS) return reply.code(400).send(spError('InvalidInput', `sellerSkus takes at most ${MAX_SELLER_SKUS} SKUs`));
    let offset = 0;
    if (nextToken !== undefined) {
      const page = nextTokens.get(nextToken);
      if (!page || page.expiresAt < Date.now()) return reply.code(400).send(spError('InvalidInput', 'The nextToken is invalid or has expired.'));
      offset = page.offset;
    }
    const since = request.query.startDateTime ? Date.parse(request.query.startDateTime) : -Infinity;
    const rows = context.ledger.view('fba', account.id).rows.filter((row) => row.warehouse === granularityId && (skus.length === 0 || skus.includes(row.sku)) && Date.parse(row.updatedAt) >= since);
    const pageNo = offset / SUMMARIES_PAGE + 1;
    const page = pageOf(rows, pageNo, SUMMARIES_PAGE, context.faults.get('fba').duplicatePages);
    const pagination: { nextToken?: string } = {};
    if (offset + SUMMARIES_PAGE < rows.length) {
      pagination.nextToken = randomBytes(16).toString('base64url');
      nextTokens.set(pagination.nextToken, { offset: offset + SUMMARIES_PAGE, expiresAt: Date.now() + NEXT_TOKEN_LIFETIME_MS });
    }
    const inventorySummaries = page.map((row) => ({
      asin: `B0${stableCode(row.sku, 8)}`,
      fnSku: `X00${stableCode(row.sku, 7)}`,
      sellerSku: row.sku,
      condition: 'NewItem',
      lastUpdatedTime: row.updatedAt,
      productName: row.sku,
      totalQuantity: row.sellable + row.reserved + row.inbound + row.pendingPutaway + row.unsellable,
      inventoryDetails: {
        fulfillableQuantity: row.sellable,
        inboundWorkingQuantity: 0,
        inboundShippedQuantity: row.inbound,
        inboundReceivingQuantity: row.pendingPutaway,
        reservedQuantity: { totalReservedQuantity: row.reserved, pendingCustomerOrderQuantity: row.reserved, pendingTransshipmentQuantity: 0, fcProcessingQuantity: 0 },
        researchingQuantity: { totalResearchingQuantity: 0, researchingQuantityBreakdown: [] },
        unfulfillableQuantity: {
          totalUnfulfillableQuantity: row.unsellable,
          customerDamagedQuantity: row.unsellable,
          warehouseDamagedQuantity: 0,
          distributorDamagedQuantity: 0,
          carrierDamagedQuantity: 0,
          defectiveQuantity: 0,
          expiredQuantity: 0,
        },
      },
    }));
    return { payload: { granularity: { granularityType, granularityId }, inventorySummaries }, pagination };
  });

  app.post(`${INBOUND}/inboundPlans`, async (request: FastifyRequest<{ Body: Record<string, unknown> }>, reply) => {
    const account = authorise(request, reply, inboundLimiter);
    if (!account) return reply;
    const { destinationMarketplaces, items, name, sourceAddress } = request.body ?? {};
    const marketplace = Array.isArray(destinationMarketplaces) && destinationMarketplaces.length === 1 ? String(destinationMarketplaces[0]) : '';
    if (!account.warehouses.includes(marketplace)) return reply.code(400).send(spError('InvalidInput', 'destinationMarketplaces must name one marketplace of this seller'));
    if (!Array.isArray(items) || items.length === 0 || !sourceAddress) return reply.code(400).send(spError('InvalidInput', 'items and sourceAddress are required'));
    const lines = (items as { msku: string; quantity: number }[]).map((item) => ({ sku: String(item.msku), quantity: Number(item.quantity) }));
    const sellerRef = typeof name === 'string' ? name : '';
    const { order } = context.inbound.create('fba', account.id, { sellerRef, warehouse: marketplace, mode: account.inboundMode, cartons: [{ number: 'items', lines }] }, 'wf', false);
    const operationId = `${order.code}-op`;
    operations.set(operationId, { polls: 0 });
    return reply.code(202).send({ inboundPlanId: order.code, operationId });
  });

  app.get(`${INBOUND}/operations/:operationId`, async (request: FastifyRequest<{ Params: { operationId: string } }>, reply) => {
    if (!authorise(request, reply, inboundLimiter)) return reply;
    const operation = operations.get(request.params.operationId);
    if (!operation) return reply.code(404).send(spError('NotFound', `operation ${request.params.operationId} not found`));
    operation.polls += 1;
    return { operationId: request.params.operationId, operation: 'createInboundPlan', operationStatus: operation.polls > 1 ? 'SUCCESS' : 'IN_PROGRESS', operationProblems: [] };
  });

  app.get(`${INBOUND}/inboundPlans`, async (request: FastifyRequest<{ Querystring: Query }>, reply) => {
    const account = authorise(request, reply, inboundLimiter);
    if (!account) return reply;
    const pageSize = Number(request.query.pageSize ?? 10);
    if (!(pageSize >= 1 && pageSize <= MAX_PLANS_PAGE)) return reply.code(400).send(spError('InvalidInput', `pageSize must be 1–${MAX_PLANS_PAGE}`));
    const offset = Number(request.query.paginationToken ?? 0);
    const plans = context.inbound.list('fba', account.id);
    const pagination = offset + pageSize < plans.length ? { nextToken: String(offset + pageSize) } : {};
    return { inboundPlans: plans.slice(offset, offset + pageSize).map(planSummary), pagination };
  });

  app.get(`${INBOUND}/inboundPlans/:inboundPlanId`, async (request: FastifyRequest<{ Params: { inboundPlanId: string } }>, reply) => {
    const account = authorise(request, reply, inboundLimiter);
    if (!account) return reply;
    const order = context.inbound.find('fba', account.id, (candidate) => candidate.code === request.params.inboundPlanId);
    if (!order) return reply.code(404).send(spError('NotFound', `inbound plan ${request.params.inboundPlanId} not found`));
    return { ...planSummary(order), marketplaceIds: [order.warehouse], shipments: [{ shipmentId: `sh${order.code}`, status: SHIPMENT_STATUS[order.stage] }] };
  });
}

function planSummary(order: SimInboundOrder) {
  return { inboundPlanId: order.code, name: order.sellerRef, status: order.stage === 'put_away' ? 'SHIPPED' : 'ACTIVE', createdAt: order.createdAt, lastUpdatedAt: order.history.at(-1)!.at };
}

function spError(code: string, message: string, details = '') {
  return { errors: [{ code, message, details }] };
}

/** A stable upper-case code from a SKU, for made-up ASINs and FNSKUs. */
function stableCode(sku: string, length: number): string {
  let value = 7;
  for (const char of sku) value = (value * 31 + char.charCodeAt(0)) % 2_176_782_336;
  return value.toString(36).toUpperCase().padStart(length, '0').slice(-length);
}
