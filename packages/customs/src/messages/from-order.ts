import { declarationLine, suggestDeclaration, templateById, type MerchantDoc, type OrderDoc, type ProductDoc } from '@tradewind/domain';
import { bothCountUnits, customsCountryCode, customsUnitCode, legalUnitsFor } from '../codes/lookups.ts';
import type { DeclarationInput, DeclarationLine, LogisticsFacts, Party, StatisticsFlag, TradeMode } from './declaration.ts';

const KILOGRAM = '035';

type DeclaredProduct = Pick<ProductDoc, 'id' | 'name' | 'nameEn' | 'hsCode' | 'brand' | 'sku' | 'unit' | 'category' | 'variants' | 'attributes' | 'declaration' | 'netWeightG' | 'grossWeightG'>;

/** The facts around an order that the order itself does not hold: who sends, how, where, when. */
export interface OrderDeclarationFacts {
  order: Pick<OrderDoc, 'number' | 'currency' | 'buyerCountry' | 'lines' | 'freight'>;
  products: DeclaredProduct[];
  merchant: Pick<MerchantDoc, 'name' | 'customsCode'>;
  tradeMode: TradeMode;
  statisticsFlag: StatisticsFlag;
  /** The marketplace (电商平台); for the merchant's own site or B2B, the merchant itself. */
  platform: Party;
  /** A customs broker declaring for the merchant; the merchant itself when absent. */
  agent?: Party;
  /** Weights left out are summed from the products' unit weights. */
  logistics: Omit<LogisticsFacts, 'grossWeightG' | 'netWeightG'> & Partial<Pick<LogisticsFacts, 'grossWeightG' | 'netWeightG'>>;
  customsCode: string;
  portCode: string;
  /** 指运港; left out, the destination's customs country code (common practice while no port table applies). */
  pod?: string;
  loctNo?: string;
  exportDate: string;
  copNo: string;
  goodsValueCny: number;
  insuredFee?: number;
}

/** Legal quantity in a legal unit: the declared quantity when both count pieces, the net weight for kilograms; 0 (asked for) otherwise. */
function legalQuantity(unit: string | undefined, declaredUnit: string, quantity: number, netWeightG: number | undefined): number {
  if (unit === undefined) return 0;
  if (unit === declaredUnit || bothCountUnits(unit, declaredUnit)) return quantity;
  if (unit === KILOGRAM && netWeightG) return (netWeightG * quantity) / 1000;
  return 0;
}

function declarationLineOf(line: OrderDoc['lines'][number], product: DeclaredProduct | undefined): DeclarationLine {
  const hsCode = product?.hsCode ?? '';
  const unit = customsUnitCode(product?.unit ?? '') ?? product?.unit ?? '';
  const legal = legalUnitsFor(hsCode);
  const values = product ? { ...suggestDeclaration(hsCode, product, templateById(product.category)), ...product.declaration } : {};
  const barCode = product?.variants.find((variant) => variant.sku === line.sku)?.barcode;
  return {
    lineId: line.id,
    itemNo: line.sku,
    itemName: line.name,
    barCode,
    hsCode,
    gname: product?.name ?? line.name,
    gmodel: hsCode ? declarationLine(hsCode, values) : '',
    unit,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    netWeightG: product?.netWeightG,
    unit1: legal?.unit1 ?? '',
    qty1: legalQuantity(legal?.unit1, unit, line.quantity, product?.netWeightG),
    ...(legal?.unit2 ? { unit2: legal.unit2, qty2: legalQuantity(legal.unit2, unit, line.quantity, product?.netWeightG) } : {}),
  };
}

const weightOf = (facts: OrderDeclarationFacts, field: 'netWeightG' | 'grossWeightG'): number =>
  facts.order.lines.reduce((sum, line) => sum + line.quantity * (facts.products.find((product) => product.id === line.productId)?.[field] ?? 0), 0);

/** An order, its products and the shipment facts → the declaration the messages are built from. */
export function declarationFromOrder(facts: OrderDeclarationFacts): DeclarationInput {
  const merchant: Party = { code: facts.merchant.customsCode, name: facts.merchant.name };
  const { grossWeightG, netWeightG, ...logistics } = facts.logistics;
  return {
    tradeMode: facts.tradeMode,
    orderNo: facts.order.number,
    copNo: facts.copNo,
    currency: facts.order.currency,
    goodsValueCny: facts.goodsValueCny,
    destinationCountry: facts.order.buyerCountry,
    freight: facts.order.freight ?? 0,
    insuredFee: facts.insuredFee ?? 0,
    lines: facts.order.lines.map((line) =>
      declarationLineOf(
        line,
        facts.products.find((product) => product.id === line.productId),
      ),
    ),
    ebc: merchant,
    ebp: facts.platform,
    agent: facts.agent ?? merchant,
    owner: merchant,
    logistics: { ...logistics, netWeightG: netWeightG ?? weightOf(facts, 'netWeightG'), grossWeightG: grossWeightG ?? weightOf(facts, 'grossWeightG') },
    customsCode: facts.customsCode,
    portCode: facts.portCode,
    pod: facts.pod ?? customsCountryCode(facts.order.buyerCountry) ?? '',
    loctNo: facts.loctNo,
    statisticsFlag: facts.statisticsFlag,
    exportDate: facts.exportDate,
  };
}
