import { describe, expect, it } from 'vitest';
import { buildCeb213 } from './ceb213.ts';
import { summaryGroups, type SummaryCandidate } from './ceb701.ts';
import { buildExportDeclaration } from './export-declaration.ts';
import { TEST_SUBMISSION, testDeclaration, testIds, testLine } from './test-declarations.ts';
import { toXml } from './xml.ts';

const ids = { order: testIds(1), inventory: testIds(2) };

describe('export declarations per trade mode', () => {
  it('9610: a CEB303 of orderType E and a CEB603 of trade mode 9610', () => {
    const declaration = buildExportDeclaration(testDeclaration(), TEST_SUBMISSION, ids);
    if (declaration.route !== 'inventory') throw new Error('expected an inventory');
    expect(declaration.order.documents[0]!.head).toMatchObject({ orderType: 'E', currency: '502', goodsValue: '78', freight: '15', appTime: '20260302093000' });
    expect(declaration.inventory.documents[0]!.head).toMatchObject({ tradeMode: '9610', ieFlag: 'E', country: '502', grossWeight: '4.56', statisticsFlag: 'B' });
    expect(declaration.inventory.documents[0]!.lines[0]).toMatchObject({ gnum: '1', gcode: '8211920000', qty: '12', price: '6.5', totalPrice: '78' });
  });

  it('9710 within RMB 5,000: orderType B + inventory 9710; above: only the order, and the number the 报关单 references', () => {
    const within = buildExportDeclaration(testDeclaration({ tradeMode: '9710', goodsValueCny: 500_000 }), TEST_SUBMISSION, ids);
    expect(within.route).toBe('inventory');
    expect(within.order.documents[0]!.head.orderType).toBe('B');
    if (within.route === 'inventory') expect(within.inventory.documents[0]!.head.tradeMode).toBe('9710');
    const above = buildExportDeclaration(testDeclaration({ tradeMode: '9710', goodsValueCny: 500_001 }), TEST_SUBMISSION, ids);
    expect(above).toMatchObject({ route: 'customs_declaration', referenceOrderNo: 'YJ03-000127', attachmentType: '10000004' });
  });

  it('9810: a CEB303 订仓单 (orderType W) and an inventory of trade mode 9810', () => {
    const declaration = buildExportDeclaration(testDeclaration({ tradeMode: '9810' }), TEST_SUBMISSION, ids);
    expect(declaration.order.documents[0]!.head.orderType).toBe('W');
    if (declaration.route === 'inventory') expect(declaration.inventory.documents[0]!.head.tradeMode).toBe('9810');
  });

  it('writes a product without barcode as 无 and escapes XML characters', () => {
    const declaration = buildExportDeclaration(testDeclaration({ lines: [testLine({ barCode: undefined, itemName: 'Knife <8"> & sheath' })] }), TEST_SUBMISSION, ids);
    if (declaration.route !== 'inventory') throw new Error('expected an inventory');
    expect(declaration.inventory.documents[0]!.lines[0]!.barCode).toBe('无');
    expect(toXml(declaration.inventory)).toContain('<ceb:itemName>Knife &lt;8&quot;&gt; &amp; sheath</ceb:itemName>');
  });
});

describe('CEB701 summary grouping', () => {
  const candidate = (invtNo: string, overrides: Partial<SummaryCandidate> = {}): SummaryCandidate => ({
    invtNo,
    statisticsFlag: 'B',
    customsCode: '6870',
    agent: { code: '4417960B2C', name: '利锋' },
    ebc: { code: '4417960B2C', name: '利锋' },
    owner: { code: '4417960B2C', name: '利锋' },
    tradeMode: '9610',
    trafMode: '5',
    country: '502',
    portCode: '5141',
    exportDate: '2026-03-02',
    ...overrides,
  });

  it('summarises only B-flag inventories, one request per consignor, month, transport mode, destination and exit port', () => {
    const groups = summaryGroups(
      [
        candidate('I1'),
        candidate('I2', { exportDate: '2026-03-31' }),
        candidate('I3', { exportDate: '2026-04-01' }),
        candidate('I4', { country: '304' }),
        candidate('I5', { trafMode: '2' }),
        candidate('I6', { statisticsFlag: 'A' }),
        candidate('I7', { ebc: { code: '3306960A1B', name: '锦绣' } }),
        candidate('I8', { owner: { code: 'NO', name: '工厂' } }),
      ],
      '1',
    );
    expect(groups.map((group) => group.invtNos)).toEqual([['I1', 'I2', 'I8'], ['I3'], ['I4'], ['I5'], ['I7']]);
  });

  it('with summaryFlag 2 also separates producers', () => {
    const groups = summaryGroups([candidate('I1'), candidate('I8', { owner: { code: 'NO', name: '工厂' } })], '2');
    expect(groups.map((group) => group.invtNos)).toEqual([['I1'], ['I8']]);
  });
});

describe('CEB213 return request', () => {
  it('keeps the original gnum and units and scales the legal quantity to what comes back', () => {
    const original = testDeclaration({ lines: [testLine(), testLine({ lineId: 'second', qty1: 24, unit1: '035', quantity: 12 })] });
    const message = buildCeb213(
      {
        original,
        invtNo: '68702026E000000001',
        copNo: 'RT-1',
        reason: '买家退货',
        returned: [{ lineId: 'second', quantity: 3 }],
        carrier: original.logistics.carrier,
        logisticsNo: 'RR123',
        trafMode: '5',
        trafName: 'CZ3102',
        voyageNo: 'CZ3102',
        portCode: '5141',
      },
      TEST_SUBMISSION,
      testIds(3),
    );
    const { head, lines } = message.documents[0]!;
    expect(head).toMatchObject({ ieFlag: 'I', tradeMode: '9661', billNo: 'RR123', country: '502' });
    expect(lines).toEqual([{ gnum: '2', gcode: '8211920000', gname: '厨师刀', gmodel: testLine().gmodel, qty: '3', qty1: '6', unit: '016', unit1: '035', qty2: undefined, unit2: undefined }]);
  });
});
