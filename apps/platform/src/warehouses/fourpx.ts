// 递四方 4PX FOP: POST /router/api/service?method&app_key&v&timestamp&format&sign with the JSON body;
// sign = lowercase MD5("app_key"k "format"f "method"m "timestamp"t "v"v + body + secret);
// replies {result:"1"|"0", msg, errors[{error_code, error_msg}], data}.
import { createHash } from 'node:crypto';
import { EMPTY_BUCKETS, type ShipmentMode } from '@tradewind/domain';
import { WarehouseError } from './errors.ts';
import { callProvider, jsonInit } from './http.ts';
import { inboundStatuses } from './inbound-status.ts';
import { createOnce, numberedPages, providerCode, stockInBatches, type StockCount } from './paging.ts';
import type { InboundRequest, InboundState, KeyAndSecretConnection, StockQuery, WarehouseProvider } from './provider.ts';

export type FourPxConnection = KeyAndSecretConnection<'4px', 'appSecret'>;

const INVENTORY_PAGE = 50;
const SKUS_PER_CALL = 100;
const TRANSPORT: Record<ShipmentMode, { transport_type: string; container_type?: string }> = {
  air: { transport_type: 'A' },
  express: { transport_type: 'E' },
  truck: { transport_type: 'G' },
  rail: { transport_type: 'R' },
  sea_fcl: { transport_type: 'S', container_type: 'FCL' },
  sea_lcl: { transport_type: 'S', container_type: 'LCL' },
};
const inboundStatus = inboundStatuses({
  draft: ['N'],
  submitted: ['S', 'A', 'B', 'F'],
  in_transit: ['H'],
  receiving: ['G', 'V', 'K', 'P'],
  put_away: ['C'],
  cancelled: ['X', 'D'],
  exception: ['R', 'E'],
});
const CREDENTIAL_CODES = new Set(['APP_KEY_INVALID', 'SIGN_INVALID', 'ACCESS_TOKEN_INVALID']);

interface Consignment {
  consignment_no: string;
  ref_no: string;
  status: string;
  update_time: number;
  receipt: { sku_code: string; received_qty: number; putaway_qty: number }[];
}

export function fourPxProvider(connection: FourPxConnection): WarehouseProvider {
  const call = async <Data>(method: string, payload: object): Promise<{ data: Data; date: string }> => {
    const body = JSON.stringify(payload);
    const params = { app_key: connection.appKey, format: 'json', method, timestamp: String(Date.now()), v: '1.0.0' };
    const sign = createHash('md5')
      .update(
        `${Object.entries(params)
          .map(([key, value]) => key + value)
          .join('')}${body}${connection.appSecret}`,
      )
      .digest('hex');
    const url = `${connection.baseUrl}/router/api/service?${new URLSearchParams({ ...params, language: 'en', sign })}`;
    const response = await callProvider('4px', url, jsonInit(body), connection.timeoutMs);
    const reply = response.body as { result?: string; msg?: string; errors?: { error_code: string; error_msg: string }[]; data?: Data };
    if (reply?.result === '1') return { data: reply.data as Data, date: response.date };
    const [error] = reply?.errors ?? [];
    throw new WarehouseError(
      '4px',
      error && CREDENTIAL_CODES.has(error.error_code) ? 'credentials' : reply?.result === '0' ? 'bad_request' : 'protocol',
      error ? `${error.error_code} ${error.error_msg}` : `HTTP ${response.status}`,
    );
  };
  const findByRefNo = async (reference: string) => (await call<{ data: Consignment[] }>('fu.wms.inbound.getlist', { ref_no: reference, page_no: 1, page_size: 20 })).data.data[0]?.consignment_no;

  return {
    id: '4px',

    listStock: (query: StockQuery) =>
      stockInBatches('4px', connection, query, SKUS_PER_CALL, async (warehouseCode, skus) => {
        const counts = new Map<string, StockCount>();
        const rows = await numberedPages(INVENTORY_PAGE, async (page_no) => {
          const { data, date } = await call<{ total: number; data: Record<string, number | string>[] }>('fu.wms.inventory.get', {
            warehouse_code: warehouseCode,
            page_no,
            page_size: INVENTORY_PAGE,
            ...(skus && { lstsku: skus }),
          });
          return { rows: data.data.map((row) => ({ row, date })), total: data.total };
        });
        // One SKU comes as a good-quality row and, when some units are damaged, a "B" row; duplicate pages repeat rows.
        const seen = new Set<string>();
        for (const { row, date } of rows) {
          const rowKey = `${row.sku_code}|${row.batch_no}|${row.stock_quality}`;
          if (seen.has(rowKey)) continue;
          seen.add(rowKey);
          const sku = String(row.sku_code);
          const held = counts.get(sku) ?? { sku, ...EMPTY_BUCKETS, asOf: date };
          if (row.stock_quality === 'G') {
            held.sellable += Number(row.available_stock);
            held.pendingPutaway += Number(row.pending_stock);
            held.inbound += Number(row.onway_stock);
          } else {
            held.unsellable += Number(row.available_stock) + Number(row.pending_stock);
          }
          counts.set(sku, held);
        }
        return [...counts.values()];
      }),

    async createInbound(request: InboundRequest) {
      const payload = {
        ref_no: request.reference,
        business_type: 'F',
        to_warehouse_code: providerCode('4px', connection.warehouses, request.warehouse),
        ...TRANSPORT[request.mode],
        iconsignment_sku: request.cartons.flatMap((carton) => carton.lines.map((line) => ({ box_no: carton.number, sku_code: line.sku, plan_qty: line.quantity }))),
      };
      return createOnce(
        () => findByRefNo(request.reference),
        async () => (await call<{ consignment_no: string }>('fu.wms.inbound.create', payload)).data.consignment_no,
      );
    },

    async getInbound(providerRef: string): Promise<InboundState> {
      const { data } = await call<{ data: Consignment[] }>('fu.wms.inbound.getlist', { consignment_no: providerRef, page_no: 1, page_size: 1 });
      const consignment = data.data[0];
      if (!consignment) throw new WarehouseError('4px', 'not_found', `no inbound consignment ${providerRef}`);
      return {
        providerRef,
        reference: consignment.ref_no,
        status: inboundStatus(consignment.status),
        providerStatus: consignment.status,
        // FOP keeps no event history for warehouse operations: the latest status is the only event.
        events: [{ at: new Date(consignment.update_time).toISOString(), text: consignment.status, providerStatus: consignment.status }],
        receipt: consignment.receipt.length > 0 ? consignment.receipt.map((line) => ({ sku: line.sku_code, received: line.received_qty, putAway: line.putaway_qty })) : null,
      };
    },
  };
}
