import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCeb303 } from './ceb303.ts';
import { buildCeb603 } from './ceb603.ts';
import { buildCeb701, summaryGroups, type SummaryCandidate } from './ceb701.ts';
import type { DeclarationInput, Submission } from './declaration.ts';
import { toXml } from './xml.ts';
import { xmlFields } from './xml-fields.ts';

// The official 2022-05 samples (trimmed so they validate); see packages/customs/samples/README.md.
const sample = (name: string) => xmlFields(readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8'));

const company = { code: '1105910159', name: '东方物通科技(北京)有限公司' };
const submission = (dxpId: string, note?: string): Submission => ({
  at: '2018-05-07T07:30:01Z',
  appType: '1',
  appStatus: '2',
  sender: { copCode: company.code, copName: company.name, dxpId, note },
});
const ids = { messageGuid: '311af125-6fed-4603-8c5d-49b1fa4b4b9b', documentGuid: '4cde1cfd-eded-46b1-946c-b8022e42fc94' };

/** The sample's data as a declaration: CNY, to Japan, one line of 100 at 20.00. */
const sampleDeclaration: DeclarationInput = {
  tradeMode: '9610',
  orderNo: 'order2018050711340001',
  copNo: 'Cop20180507001',
  currency: 'RMB',
  goodsValueCny: 200_000,
  destinationCountry: 'JP',
  freight: 5_036,
  insuredFee: 5_232,
  lines: [
    {
      lineId: 'line-1',
      itemNo: 'AF001-001',
      itemName: '小米盒子',
      itemDescribe: '小米盒子',
      barCode: '2345123',
      hsCode: '8541401000',
      gname: '小米盒子',
      gmodel: '44mm',
      unit: '007',
      quantity: 100,
      unitPrice: 2_000,
      unit1: '007',
      qty1: 200,
      unit2: '007',
      qty2: 300,
      itemRecordNo: '1210',
      note: 'test',
    },
  ],
  ebc: company,
  ebp: company,
  agent: company,
  owner: company,
  logistics: { carrier: company, waybillNo: 'L2018050700001', trafMode: '0', wrapType: '1', packages: 9, grossWeightG: 80_250, netWeightG: 70_250 },
  customsCode: '1500',
  portCode: '1501',
  pod: '002',
  statisticsFlag: 'A',
  exportDate: '2018-05-08',
  note: 'test',
};

/** Fields every message sets from the caller (ids, clock) rather than from the data. */
const isIdOrTime = (path: string) => /(^|\/)(@guid|guid|appTime)$/.test(path);

/**
 * Compares field by field. `placeholders` are the sample's stand-in values that no real declaration
 * can carry (the spec's rules make ours differ); each is listed with what the product writes instead.
 */
function expectSameFields(built: Record<string, string>, official: Record<string, string>, placeholders: Record<string, [string, string]> = {}) {
  const paths = new Set([...Object.keys(built), ...Object.keys(official)].filter((path) => !isIdOrTime(path)));
  for (const path of paths) {
    const placeholder = placeholders[path];
    if (placeholder) expect([official[path], built[path]], path).toEqual(placeholder);
    else expect(built[path], path).toBe(official[path]);
  }
}

describe('built from the official samples data, the messages match the samples field by field', () => {
  it('CEB303 order', () => {
    // The two samples are not one shipment: the order sample has no freight.
    const built = xmlFields(toXml(buildCeb303({ ...sampleDeclaration, freight: 0 }, submission('DXPLGS0000000001', 'test'), ids)));
    expect(built['CEB303Message/@guid']).toBe('311AF125-6FED-4603-8C5D-49B1FA4B4B9B');
    expect(built['CEB303Message/Order/OrderHead/appTime']).toBe('20180507153001');
    expectSameFields(built, sample('CEB303Message.trimmed.xml'), {
      // The sample's goodsValue is not its line total; ours is the sum of the lines (spec: 商品金额).
      'CEB303Message/Order/OrderHead/goodsValue': ['12345678912345.12345', '2000'],
      'CEB303Message/Order/OrderList/unit': ['aaa', '007'],
      'CEB303Message/Order/OrderList/currency': ['aaa', '142'],
    });
  });

  it('CEB603 inventory', () => {
    const built = xmlFields(toXml(buildCeb603(sampleDeclaration, submission('DXPLGS0000000001', 'test'), ids)));
    expect(built['CEB603Message/Inventory/InventoryHead/guid']).toBe('4CDE1CFD-EDED-46B1-946C-B8022E42FC94');
    expectSameFields(built, sample('CEB603Message.trimmed.xml'), {
      'CEB603Message/Inventory/InventoryHead/ieFlag': ['a', 'E'],
      'CEB603Message/Inventory/InventoryHead/tradeMode': ['0101', '9610'],
      // Head country is 运抵国; the sample's 001 is no country, the line's 116 (Japan) is.
      'CEB603Message/Inventory/InventoryHead/country': ['001', '116'],
      // 100 × 20 is 2000: the sample's 200 breaks totalPrice = qty × price.
      'CEB603Message/Inventory/InventoryList/totalPrice': ['200', '2000'],
    });
  });

  it('CEB701 summary request, grouped from two B-flag inventories of the same consignor and month', () => {
    const inventory = (invtNo: string, exportDate: string): SummaryCandidate => ({
      invtNo,
      statisticsFlag: 'B',
      customsCode: '1501',
      agent: company,
      ebc: company,
      owner: company,
      tradeMode: '9610',
      trafMode: '5',
      country: '116',
      portCode: '1501',
      exportDate,
    });
    const groups = summaryGroups([inventory('Invt20180507000001', '2018-05-07'), inventory('Invt20180507000002', '2018-05-08')], '1');
    expect(groups).toHaveLength(1);
    const message = buildCeb701(groups[0]!, { copNo: 'C201805080001', declAgent: company, summaryFlag: '1', byItemName: true }, submission('DXPENTCEB70101'), ids);
    expectSameFields(xmlFields(toXml(message)), sample('CEB701Message.trimmed.xml'));
  });
});
