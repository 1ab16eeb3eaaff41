// 谷仓 GoodCang: headers app-key / app-token; {ask, message, data, Error{errCode, errMessage}} envelopes.
import type { ShipmentMode } from '@tradewind/domain';
import { WarehouseError, type WarehouseErrorKind } from './errors.ts';
import { callProvider, jsonInit } from './http.ts';
import { inboundStatuses } from './inbound-status.ts';
import { createOnce, numberedPages, providerCode, stockInBatches, type StockCount } from './paging.ts';
import type { InboundRequest, InboundState, KeyAndSecretConnection, StockQuery, WarehouseProvider } from './provider.ts';

export type GoodCangConnection = KeyAndSecretConnection<'goodcang', 'appToken'>;

const PAGE_SIZE = 200;
const SKUS_PER_CALL = 200;
const SHIPPING_TYPE: Partial<Record<ShipmentMode, number>> = { air: 0, sea_lcl: 1, express: 2, rail: 3, sea_fcl: 4 };
const ERROR_KINDS: Record<string, WarehouseErrorKind> = { AUTH_FAILED: 'credentials', NOT_FOUND: 'not_found' };
const inboundStatus = inboundStatuses({ draft: [0], submitted: [1], in_transit: [2], arrived: [3], receiving: [4], put_away: [5] });

interface GrnSummary {
  receiving_code: string;
  reference_no: string;
  receiving_status: number;
  track_status: string;
  modify_date: string;
}

/** GoodCang's inventory columns are our buckets under other names. */
const countOf = (row: Record<string, number | string>, date: string): StockCount => ({
  sku: String(row.product_sku),
  sellable: Number(row.sellable),
  reserved: Number(row.reserved),
  inbound: Number(row.onway),
  pendingPutaway: Number(row.pending),
  unsellable: Number(row.unsellable),
  asOf: date,
});

export function goodCangProvider(connection: GoodCangConnection): WarehouseProvider {
  const call = async <Data>(path: string, payload: object): Promise<{ data: Data; count: number; date: string }> => {
    const response = await callProvider(
      'goodcang',
      `${connection.baseUrl}/${path}`,
      jsonInit(JSON.stringify(payload), { 'app-key': connection.appKey, 'app-token': connection.appToken }),
      connection.timeoutMs,
    );
    const body = response.body as { ask?: string; message?: string; count?: number; data?: Data; Error?: { errCode?: string; errMessage?: string } };
    if (body?.ask === 'Success') return { data: body.data as Data, count: Number(body.count ?? 0), date: response.date };
    const reason = body?.Error?.errMessage ?? body?.message ?? `HTTP ${response.status}`;
    const kind = body?.ask !== 'Failure' ? 'protocol' : (ERROR_KINDS[body.Error?.errCode ?? ''] ?? 'bad_request');
    throw new WarehouseError('goodcang', kind, reason);
  };
  const findByReference = async (reference: string) => (await call<GrnSummary[]>('inbound_order/get_grn_list', { reference_no: reference, page: 1, pageSize: 20 })).data[0]?.receiving_code;

  return {
    id: 'goodcang',

    listStock: (query: StockQuery) =>
      stockInBatches('goodcang', connection, query, SKUS_PER_CALL, async (code, skus) => {
        const rows = await numberedPages(PAGE_SIZE, async (page) => {
          const { data, count, date } = await call<Record<string, number | string>[]>('inventory/get_product_inventory', {
            warehouse_code: code,
            page,
            pageSize: PAGE_SIZE,
            ...(skus && { product_sku_arr: skus }),
          });
          return { rows: data.map((row) => ({ row, date })), total: count };
        });
        return rows.map(({ row, date }) => countOf(row, date));
      }),

    async createInbound(request: InboundRequest) {
      const shippingType = SHIPPING_TYPE[request.mode];
      if (shippingType === undefined) throw new WarehouseError('goodcang', 'bad_request', `GoodCang takes no ${request.mode} inbound orders`);
      const payload = {
        reference_no: request.reference,
        transit_type: 0,
        receiving_shipping_type: shippingType,
        warehouse_code: providerCode('goodcang', connection.warehouses, request.warehouse),
        eta_date: request.eta ?? '',
        verify: 1,
        items: request.cartons.map((carton) => ({ box_no: carton.number, box_details: carton.lines.map((line) => ({ product_sku: line.sku, quantity: line.quantity })) })),
      };
      return createOnce(
        () => findByReference(request.reference),
        async () => (await call<{ receiving_code: string }>('inbound_order/create_grn', payload)).data.receiving_code,
      );
    },

    async getInbound(providerRef: string): Promise<InboundState> {
      const { data } = await call<GrnSummary & { overseas_detail: { product_sku: string; overseas_receiving_count: number; overseas_shelves_count: number }[] }>('inbound_order/get_grn_detail', {
        receiving_code: providerRef,
      });
      const status = inboundStatus(data.receiving_status);
      return {
        providerRef,
        reference: data.reference_no,
        status,
        providerStatus: String(data.receiving_status),
        events: [{ at: data.modify_date, text: data.track_status, providerStatus: String(data.receiving_status) }],
        receipt:
          status === 'receiving' || status === 'put_away'
            ? data.overseas_detail.map((line) => ({ sku: line.product_sku, received: line.overseas_receiving_count, putAway: line.overseas_shelves_count }))
            : null,
      };
    },
  };
}
