// Amazon FBA (SP-API): a Login with Amazon access token from the refresh token (an hour, cached),
// sent as x-amz-access-token; getInventorySummaries paged by nextToken with ≤ 50 sellerSkus a call;
// Fulfillment Inbound v2024-03-20 plans, created asynchronously (an operation to poll).
import { setTimeout as sleep } from 'node:timers/promises';
import { declaredQuantities } from '@tradewind/domain';
import { WarehouseError } from './errors.ts';
import { callProvider, type ProviderResponse } from './http.ts';
import { inboundStatuses } from './inbound-status.ts';
import { createOnce, providerCode, stockInBatches, tokenPages, type StockCount } from './paging.ts';
import type { ConnectionBase, InboundRequest, InboundState, StockQuery, WarehouseProvider } from './provider.ts';

export interface FbaConnection extends ConnectionBase {
  provider: 'fba';
  /** Login with Amazon token endpoint (https://api.amazon.com/auth/o2/token). */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** Where the cartons leave from (createInboundPlan's sourceAddress). */
  shipFrom: { name: string; addressLine1: string; city: string; countryCode: string; postalCode: string; phoneNumber: string };
}

const SELLER_SKUS_PER_CALL = 50;
const PLANS_PAGE = 30;
const INBOUND = '/inbound/fba/2024-03-20';
const OPERATION_POLLS = 20;
const OPERATION_POLL_MS = 300;
const inboundStatus = inboundStatuses({
  submitted: ['UNCONFIRMED', 'WORKING', 'READY_TO_SHIP'],
  in_transit: ['SHIPPED', 'IN_TRANSIT'],
  arrived: ['DELIVERED', 'CHECKED_IN'],
  receiving: ['RECEIVING'],
  put_away: ['CLOSED'],
  cancelled: ['CANCELLED', 'DELETED', 'ABANDONED'],
});

interface InventorySummary {
  sellerSku: string;
  lastUpdatedTime: string;
  inventoryDetails: {
    fulfillableQuantity: number;
    inboundWorkingQuantity: number;
    inboundShippedQuantity: number;
    inboundReceivingQuantity: number;
    reservedQuantity: { totalReservedQuantity: number };
    researchingQuantity: { totalResearchingQuantity: number };
    unfulfillableQuantity: { totalUnfulfillableQuantity: number };
  };
}

interface PlanSummary {
  inboundPlanId: string;
  name: string;
  lastUpdatedAt: string;
}

function countOf({ sellerSku, lastUpdatedTime, inventoryDetails: details }: InventorySummary): StockCount {
  return {
    sku: sellerSku,
    sellable: details.fulfillableQuantity,
    reserved: details.reservedQuantity.totalReservedQuantity,
    inbound: details.inboundWorkingQuantity + details.inboundShippedQuantity,
    pendingPutaway: details.inboundReceivingQuantity,
    unsellable: details.unfulfillableQuantity.totalUnfulfillableQuantity + details.researchingQuantity.totalResearchingQuantity,
    asOf: lastUpdatedTime,
  };
}

export function fbaProvider(connection: FbaConnection): WarehouseProvider {
  let token: { value: string; expiresAt: number } | undefined;

  const accessToken = async (): Promise<string> => {
    if (token && token.expiresAt > Date.now()) return token.value;
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: connection.refreshToken, client_id: connection.clientId, client_secret: connection.clientSecret });
    const response = await callProvider('fba', connection.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() }, connection.timeoutMs);
    const body = response.body as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (response.status !== 200 || !body?.access_token) {
      throw new WarehouseError('fba', body?.error ? 'credentials' : 'protocol', `Login with Amazon refused: ${body?.error ?? response.status} ${body?.error_description ?? ''}`.trim());
    }
    token = { value: body.access_token, expiresAt: Date.now() + (Number(body.expires_in ?? 3600) - 60) * 1000 };
    return token.value;
  };

  /** One SP-API call; an access token Amazon no longer accepts is exchanged once more before giving up. */
  const call = async <Body>(path: string, init: RequestInit = {}): Promise<{ body: Body; response: ProviderResponse }> => {
    for (let attempt = 1; ; attempt++) {
      const headers = { ...(init.headers as Record<string, string>), 'x-amz-access-token': await accessToken(), accept: 'application/json' };
      const response = await callProvider('fba', `${connection.baseUrl}${path}`, { ...init, headers }, connection.timeoutMs);
      if (response.status < 300) return { body: response.body as Body, response };
      const error = (response.body as { errors?: { code: string; message: string; details?: string }[] })?.errors?.[0];
      const reason = error ? `${error.code}: ${error.message} ${error.details ?? ''}`.trim() : `HTTP ${response.status}`;
      if (response.status === 403 && attempt === 1) {
        token = undefined;
        continue;
      }
      throw new WarehouseError(
        'fba',
        response.status === 403 || response.status === 401 ? 'credentials' : response.status === 404 ? 'not_found' : response.status === 400 ? 'bad_request' : 'protocol',
        reason,
      );
    }
  };

  const findPlanByName = async (name: string): Promise<string | undefined> => {
    const pages = tokenPages(async (token) => {
      const query = new URLSearchParams({ pageSize: String(PLANS_PAGE), ...(token && { paginationToken: token }) });
      const { body } = await call<{ inboundPlans: PlanSummary[]; pagination?: { nextToken?: string } }>(`${INBOUND}/inboundPlans?${query}`);
      return { page: body.inboundPlans, next: body.pagination?.nextToken };
    });
    for await (const plans of pages) {
      const plan = plans.find((candidate) => candidate.name === name);
      if (plan) return plan.inboundPlanId;
    }
    return undefined;
  };

  const awaitOperation = async (operationId: string): Promise<void> => {
    for (let poll = 1; poll <= OPERATION_POLLS; poll++) {
      const { body } = await call<{ operationStatus: string; operationProblems: { message: string }[] }>(`${INBOUND}/operations/${operationId}`);
      if (body.operationStatus === 'SUCCESS') return;
      if (body.operationStatus === 'FAILED') throw new WarehouseError('fba', 'bad_request', body.operationProblems.map((problem) => problem.message).join('; ') || 'createInboundPlan failed');
      await sleep(OPERATION_POLL_MS);
    }
    throw new WarehouseError('fba', 'unavailable', `operation ${operationId} still in progress after ${OPERATION_POLLS} polls`);
  };

  return {
    id: 'fba',

    listStock: (query: StockQuery) =>
      stockInBatches('fba', connection, query, SELLER_SKUS_PER_CALL, async (marketplace, skus) => {
        const counts: StockCount[] = [];
        const pages = tokenPages(async (token) => {
          const params = new URLSearchParams({ details: 'true', granularityType: 'Marketplace', granularityId: marketplace, marketplaceIds: marketplace });
          if (skus) params.set('sellerSkus', skus.join(','));
          if (token) params.set('nextToken', token);
          const { body } = await call<{ payload: { inventorySummaries: InventorySummary[] }; pagination?: { nextToken?: string } }>(`/fba/inventory/v1/summaries?${params}`);
          return { page: body.payload.inventorySummaries, next: body.pagination?.nextToken };
        });
        for await (const summaries of pages) counts.push(...summaries.map(countOf));
        return counts;
      }),

    async createInbound(request: InboundRequest) {
      const marketplace = providerCode('fba', connection.warehouses, request.warehouse);
      const plan = {
        name: request.reference,
        destinationMarketplaces: [marketplace],
        sourceAddress: connection.shipFrom,
        items: declaredQuantities(request.cartons).map((line) => ({ msku: line.sku, quantity: line.quantity, labelOwner: 'SELLER', prepOwner: 'SELLER' })),
      };
      // Amazon does not deduplicate plan names: the reference is looked up first, and only created when absent.
      return createOnce(
        () => findPlanByName(request.reference),
        async () => {
          const { body } = await call<{ inboundPlanId: string; operationId: string }>(`${INBOUND}/inboundPlans`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(plan),
          });
          await awaitOperation(body.operationId);
          return body.inboundPlanId;
        },
      );
    },

    async getInbound(providerRef: string): Promise<InboundState> {
      const { body } = await call<PlanSummary & { shipments: { shipmentId: string; status: string }[] }>(`${INBOUND}/inboundPlans/${encodeURIComponent(providerRef)}`);
      const providerStatus = body.shipments[0]?.status ?? 'UNCONFIRMED';
      return {
        providerRef,
        reference: body.name,
        status: inboundStatus(providerStatus),
        providerStatus,
        events: [{ at: body.lastUpdatedAt, text: providerStatus, providerStatus }],
        // The 2024-03-20 inbound API reports no shipped or received quantities (selling-partner-api-models #558).
        receipt: null,
      };
    },
  };
}
