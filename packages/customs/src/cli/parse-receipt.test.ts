import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSample } from '../signing/xml-tools.testing.ts';
import { parseReceiptCommand } from './parse-receipt.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-receipt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(content: string | undefined) {
  const file = join(dir, `r${Math.random()}.xml`);
  if (content !== undefined) writeFileSync(file, content);
  let out = '';
  let err = '';
  const code = parseReceiptCommand(file, { write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
  return { code, out, err };
}

describe('customs parse-receipt FILE', () => {
  it('prints the official CEB604 sample as JSON with status meaning and document numbers', () => {
    const { code, out, err } = run(readSample('CEB604Message.xml'));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const printed = JSON.parse(out);
    expect(printed.type).toBe('CEB604');
    expect(printed.receipts[0]).toMatchObject({
      status: { code: '2', zh: '电子口岸申报中', en: 'Being declared at the E-Port' },
      documents: { copNo: 'Cop20180507001', invtNo: 'Invt20180507000001', orderNo: '1105910159' },
      message: '新增申报成功[4CDE1CFD-EDED-46B1-946C-B8022E42FC94]',
    });
  });

  it('prints the typed error for a receipt that does not parse, and for a missing file', () => {
    const broken = run(readSample('CEB604Message.xml').replace('<ceb:returnStatus>2<', '<ceb:returnStatus>777<'));
    expect(broken.code).toBe(1);
    expect(broken.out).toBe('');
    expect(JSON.parse(broken.err)).toMatchObject({ error: 'unknown-status', entry: 1, field: 'returnStatus' });
    expect(run(undefined)).toMatchObject({ code: 2, out: '' });
  });
});
