import { describe, expect, it } from 'vitest';
import { precheckDeclaration } from '../precheck/precheck.ts';
import { declarationFromOrder, type OrderDeclarationFacts } from './from-order.ts';

const fabric = {
  id: 'p-fabric',
  name: '300T 涤纶春亚纺面料（染色）',
  nameEn: 'Polyester pongee',
  hsCode: '5407520000',
  brand: 'JINXIU',
  sku: 'JX-PG300',
  unit: 'm',
  category: 'textiles.fabric',
  variants: [{ sku: 'JX-PG300-BLK', options: {}, barcode: '6901234567800' }],
  attributes: { fibreComposition: [{ fibre: 'polyester', percent: 100 }], gsm: 62, widthCm: 150 },
  declaration: { brandType: '1', exportPreference: '0', weaving: '机织' },
  netWeightG: 93,
  grossWeightG: 100,
};
const knife = {
  id: 'p-knife',
  name: '中式桑刀',
  nameEn: 'Cleaver',
  hsCode: '',
  brand: 'LIFENG',
  sku: 'LF-CL21',
  unit: 'pc',
  category: 'knives.kitchen',
  variants: [],
  netWeightG: 330,
  grossWeightG: 520,
};

const facts = (): OrderDeclarationFacts => ({
  order: {
    number: 'SX01-000201',
    currency: 'USD',
    buyerCountry: 'US',
    freight: 850,
    lines: [
      { id: 'l1', productId: 'p-fabric', sku: 'JX-PG300-BLK', name: '春亚纺 黑色', quantity: 300, unitPrice: 58 },
      { id: 'l2', productId: 'p-knife', sku: 'LF-CL21', name: '桑刀', quantity: 2, unitPrice: 520 },
    ],
  },
  products: [fabric, knife],
  merchant: { name: '绍兴柯桥锦绣纺织品有限公司', customsCode: '3306960A1B' },
  tradeMode: '9610',
  statisticsFlag: 'B',
  platform: { code: '无', name: 'Amazon.com Services LLC' },
  logistics: { carrier: { code: '3306980027', name: '绍兴柯桥国际物流有限公司' }, waybillNo: 'YT1', trafMode: '5', wrapType: '2', packages: 1 },
  customsCode: '3105',
  portCode: '3104',
  exportDate: '2026-11-24',
  copNo: 'SX01-000201',
  goodsValueCny: 13_800,
});

describe('a declaration from an order, its products and the shipment', () => {
  it('takes customs units, legal quantities, 申报要素, barcodes and weights from the products', () => {
    const input = declarationFromOrder(facts());
    expect(input.lines[0]).toMatchObject({
      itemNo: 'JX-PG300-BLK',
      hsCode: '5407520000',
      unit: '030',
      unit1: '030',
      qty1: 300,
      unit2: '035',
      qty2: 27.9,
      barCode: '6901234567800',
      gmodel: expect.stringMatching(/^300T 涤纶春亚纺面料（染色）\|1\|0\|机织\|.*62\|150\|JINXIU\|JX-PG300$/),
    });
    expect(input.logistics).toMatchObject({ netWeightG: 300 * 93 + 2 * 330, grossWeightG: 300 * 100 + 2 * 520 });
    expect(input).toMatchObject({ ebc: { code: '3306960A1B' }, agent: { code: '3306960A1B' }, owner: { code: '3306960A1B' }, pod: '502' });
  });

  it('leaves a product without HS code for the pre-check to name, once: 申报要素 and legal units follow from the HS code', () => {
    const result = precheckDeclaration(declarationFromOrder(facts()));
    expect(result.issues.filter((found) => found.severity === 'error').map((found) => [found.code, found.line?.id])).toEqual([['hsMissing', 'l2']]);
  });
});
