import { convertMinorUnits, type FilingDoc, type MerchantDoc, type OrderDoc, type ProductDoc, type RateTable } from '@tradewind/domain';
import type { DeclarationInput } from '../messages/declaration.ts';
import { declarationFromOrder } from '../messages/from-order.ts';

export interface DeclaredOrder {
  order: OrderDoc;
  input: DeclarationInput;
}

/**
 * The declaration of each order of a filing, from its orders, products and the merchant profile:
 * the same on the device (pre-check before submit) and the platform (the messages it sends).
 * `missingRate` names a currency with no CNY rate in the table.
 */
export function declarationInputs(
  filing: Pick<FilingDoc, 'declaration'>,
  orders: OrderDoc[],
  products: ProductDoc[],
  merchant: MerchantDoc,
  rates: RateTable | null,
): DeclaredOrder[] | { missingRate: string } {
  const { declaration } = filing;
  if (!declaration) throw new RangeError('A filing without a declaration has no messages to build');
  const merchantParty = { code: merchant.customsCode, name: merchant.name };
  const declared: DeclaredOrder[] = [];
  for (const order of orders) {
    const value = order.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
    const goodsValueCny = order.currency === 'CNY' ? value : convertMinorUnits(value, order.currency, 'CNY', rates);
    if (goodsValueCny === null) return { missingRate: order.currency };
    const input = declarationFromOrder({
      order,
      products,
      merchant,
      tradeMode: declaration.mode,
      statisticsFlag: declaration.statisticsFlag,
      platform: declaration.platform ?? merchantParty,
      logistics: {
        carrier: { code: declaration.logistics.carrierCode, name: declaration.logistics.carrierName },
        waybillNo: declaration.logistics.waybillNos[order.id] ?? '',
        trafMode: declaration.logistics.trafMode,
        wrapType: declaration.logistics.wrapType,
        packages: declaration.logistics.packages,
      },
      customsCode: declaration.customsCode,
      portCode: declaration.portCode,
      exportDate: declaration.exportDate,
      copNo: order.number,
      goodsValueCny,
    });
    declared.push({ order, input });
  }
  return declared;
}
