import { readFileSync } from 'node:fs';
import { convertMinorUnits, type MerchantDoc, type OrderDoc, type ProductDoc, type RateTable } from '@tradewind/domain';
import { resourceUrl } from '@tradewind/resources';
import type { DeclarationInput, Party, StatisticsFlag, TradeMode } from '../messages/declaration.ts';
import { declarationFromOrder } from '../messages/from-order.ts';

const DEMO_DIR = resourceUrl('demo-park/');
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DEMO_DIR), 'utf8')) as T;

interface ShipmentOrder {
  number: string;
  channel: OrderDoc['channel'];
  buyerName: string;
  buyerCountry: string;
  currency: string;
  freight: number;
  lines: { sku: string; quantity: number; unitPrice: number }[];
  tradeMode: TradeMode;
  statisticsFlag: StatisticsFlag;
  exportDate: string;
  waybillNo: string;
  trafMode: string;
  wrapType: string;
  packages: number;
}

interface MerchantShipments {
  customsCode: string;
  portCode: string;
  carrier: Party;
  warehouse?: Party;
  platforms: Record<string, Party>;
  orders: ShipmentOrder[];
}

interface ShipmentsFile {
  rates: RateTable;
  merchants: Record<string, MerchantShipments>;
}

type DemoProduct = Omit<ProductDoc, 'id' | 'updatedAt' | 'archived'>;

export interface DemoDeclaration {
  tenant: string;
  merchant: Pick<MerchantDoc, 'name' | 'customsCode'>;
  input: DeclarationInput;
}

/** The platform (电商平台) of an order: the marketplace, the overseas warehouse for 9810, else the merchant itself. */
function platformOf(order: ShipmentOrder, shipments: MerchantShipments, merchant: Party): Party {
  if (order.tradeMode === '9810' && shipments.warehouse) return shipments.warehouse;
  return shipments.platforms[order.channel] ?? merchant;
}

/** The demo park's export shipments (resources/demo-park/customs-shipments.json) as declarations. */
export function demoParkDeclarations(): DemoDeclaration[] {
  const file = readJson<ShipmentsFile>('customs-shipments.json');
  return Object.entries(file.merchants).flatMap(([tenant, shipments]) => {
    const data = readJson<{ merchant: MerchantDoc; products: DemoProduct[] }>(`${tenant}.json`);
    // Demo products have no ids in the file; the SKU stands in, as it does in the seed's look-ups.
    const products = data.products.map((product) => ({ ...product, id: product.sku }));
    const productOf = (sku: string) => products.find((product) => product.sku === sku || product.variants.some((variant) => variant.sku === sku));
    const merchantParty = { code: data.merchant.customsCode, name: data.merchant.name };
    return shipments.orders.map((order) => {
      const lines = order.lines.map((line, index) => {
        const product = productOf(line.sku);
        if (!product) throw new Error(`customs-shipments.json: ${order.number} names ${line.sku}, which ${tenant}.json lacks`);
        return { id: `${order.number}-${index + 1}`, productId: product.id, sku: line.sku, name: product.name, quantity: line.quantity, unitPrice: line.unitPrice };
      });
      const value = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
      const goodsValueCny = convertMinorUnits(value, order.currency, 'CNY', file.rates);
      if (goodsValueCny === null) throw new Error(`customs-shipments.json: no CNY rate for ${order.currency}`);
      const input = declarationFromOrder({
        order: { number: order.number, currency: order.currency, buyerCountry: order.buyerCountry, lines, freight: order.freight },
        products,
        merchant: data.merchant,
        tradeMode: order.tradeMode,
        statisticsFlag: order.statisticsFlag,
        platform: platformOf(order, shipments, merchantParty),
        logistics: { carrier: shipments.carrier, waybillNo: order.waybillNo, trafMode: order.trafMode, wrapType: order.wrapType, packages: order.packages },
        customsCode: shipments.customsCode,
        portCode: shipments.portCode,
        exportDate: order.exportDate,
        copNo: order.number,
        goodsValueCny,
      });
      return { tenant, merchant: data.merchant, input };
    });
  });
}
