// 万邑通 WINIT: one endpoint, actions in a signed envelope; sign = UPPER(MD5(token + "action"v "app_key"v
// "data"<key-sorted JSON> "format"v "platform"v "sign_method"v "timestamp"v "version"v + token)),
// client_sign the same with the client secret; timestamps in Beijing time; replies {code:"0", msg, data}.
import { createHash } from 'node:crypto';
import { WarehouseError, type WarehouseErrorKind } from './errors.ts';
import { callProvider, jsonInit } from './http.ts';
import { inboundStatuses } from './inbound-status.ts';
import { createOnce, numberedPages, providerCode, stockInBatches, type StockCount } from './paging.ts';
import type { ConnectionBase, InboundRequest, InboundState, StockQuery, WarehouseProvider } from './provider.ts';

export interface WinitConnection extends ConnectionBase {
  provider: 'winit';
  appKey: string;
  token: string;
  clientId: string;
  clientSecret: string;
  platform: string;
}

const PAGE_SIZE = 100;
const inboundStatus = inboundStatuses({
  draft: ['DR'],
  submitted: ['OD'],
  in_transit: ['RE', 'IC', 'TS'],
  arrived: ['PEWC', 'EWC'],
  put_away: ['SHD'],
  cancelled: ['VO'],
  exception: ['STOP'],
});
/** Codes that mean the key, token or a signature is wrong, or the order does not exist. */
const ERROR_KINDS: Record<string, WarehouseErrorKind> = { '1001': 'credentials', '1004': 'not_found' };

const sortKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value;

export function winitProvider(connection: WinitConnection): WarehouseProvider {
  const call = async <Data>(action: string, data: object): Promise<{ data: Data; date: string }> => {
    const envelope: Record<string, string> = {
      action,
      app_key: connection.appKey,
      data: JSON.stringify(data, sortKeys),
      format: 'json',
      platform: connection.platform,
      sign_method: 'md5',
      timestamp: beijingNow(),
      version: '1.0',
    };
    const signed = Object.keys(envelope)
      .sort()
      .map((key) => key + envelope[key])
      .join('');
    const md5 = (secret: string) =>
      createHash('md5')
        .update(secret + signed + secret)
        .digest('hex')
        .toUpperCase();
    const body = JSON.stringify({ ...envelope, data: JSON.parse(envelope.data!), client_id: connection.clientId, sign: md5(connection.token), client_sign: md5(connection.clientSecret) });
    const response = await callProvider('winit', `${connection.baseUrl}/openapi/service`, jsonInit(body), connection.timeoutMs);
    const reply = response.body as { code?: string; msg?: string; data?: Data };
    if (reply?.code === '0') return { data: reply.data as Data, date: response.date };
    const kind = reply?.code ? (ERROR_KINDS[reply.code] ?? 'bad_request') : 'protocol';
    throw new WarehouseError('winit', kind, `${reply?.code ?? response.status} ${reply?.msg ?? ''}`.trim());
  };
  const findBySellerOrderNo = async (reference: string) =>
    (await call<{ list: { orderNo: string }[] }>('winit.wh.inbound.getOrderList', { sellerOrderNo: reference, pageNum: 1, pageSize: 20 })).data.list[0]?.orderNo;

  return {
    id: 'winit',

    // queryWarehouseStorage takes no SKU list: the whole warehouse is paged, in one batch, and the query's SKUs kept.
    listStock: (query: StockQuery) =>
      stockInBatches('winit', connection, query, Number.POSITIVE_INFINITY, async (warehouseCode, skus) => {
        const wanted = skus && new Set(skus);
        const rows = await numberedPages(PAGE_SIZE, async (pageNum) => {
          const { data, date } = await call<{ list: Record<string, number | string>[]; total: number }>('queryWarehouseStorage', { warehouseCode, pageNum, pageSize: PAGE_SIZE });
          return { rows: data.list.map((row) => ({ row, date })), total: data.total };
        });
        return rows
          .filter(({ row }) => !wanted || wanted.has(String(row.productCode)))
          .map(({ row, date }): StockCount => ({
            sku: String(row.productCode),
            sellable: Number(row.qtyAvailable),
            reserved: Number(row.qtyWaitOut),
            // WINIT has no put-away bucket; received units stay in the pipeline until shelved.
            inbound: Number(row.pipelineInventory),
            pendingPutaway: 0,
            unsellable: Number(row.qtyFrozen) + Number(row.qtyLostConfirming ?? 0),
            asOf: date,
          }));
      }),

    async createInbound(request: InboundRequest) {
      const data = {
        orderType: 'SD',
        sellerOrderNo: request.reference,
        destinationWarehouseCode: providerCode('winit', connection.warehouses, request.warehouse),
        transportMode: request.mode.toUpperCase(),
        ...(request.mode === 'sea_fcl' && { containerNo: 'TBA', sailingTime: request.eta ?? '' }),
        packageList: request.cartons.map((carton) => ({
          sellerCaseNo: carton.number,
          sellerLength: carton.lengthMm / 10,
          sellerWidth: carton.widthMm / 10,
          sellerHeight: carton.heightMm / 10,
          sellerWeight: carton.weightG / 1000,
          merchandiseList: carton.lines.map((line) => ({ merchandiseCode: line.sku, quantity: line.quantity })),
        })),
      };
      return createOnce(
        () => findBySellerOrderNo(request.reference),
        async () => (await call<{ orderNo: string }>('winit.wh.inbound.order.create', data)).data.orderNo,
      );
    },

    async getInbound(providerRef: string): Promise<InboundState> {
      const { data: order } = await call<{ sellerOrderNo: string; status: string; merchandiseList: { merchandiseCode: string; receivedQuantity: number; putawayQuantity: number }[] }>(
        'winit.wh.inbound.getOrderDetail',
        { orderNo: providerRef },
      );
      const { data: tracking } = await call<{ trackingList: { date: string; status: string; description: string }[] }>('wh.tracking.queryOrderTracking', { orderNo: providerRef });
      const status = inboundStatus(order.status);
      const counted = order.merchandiseList.some((line) => line.receivedQuantity > 0) || status === 'put_away';
      return {
        providerRef,
        reference: order.sellerOrderNo,
        status,
        providerStatus: order.status,
        events: tracking.trackingList.map((entry) => ({ at: fromBeijing(entry.date), text: entry.description, providerStatus: entry.status })),
        receipt: counted ? order.merchandiseList.map((line) => ({ sku: line.merchandiseCode, received: line.receivedQuantity, putAway: line.putawayQuantity })) : null,
      };
    },
  };
}

function beijingNow(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function fromBeijing(time: string): string {
  return new Date(`${time.replace(' ', 'T')}+08:00`).toISOString();
}
