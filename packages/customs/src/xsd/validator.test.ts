import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lifecycleMessages } from '../messages/all-messages.ts';
import { declarationArbitrary } from '../messages/declaration-arbitrary.ts';
import { TEST_SUBMISSION, testDeclaration, testIds } from '../messages/test-declarations.ts';
import { toXml } from '../messages/xml.ts';
import { readSchemaFile } from './schema-files.ts';
import { validateMessage, validateMessages } from './validator.ts';

const validInventory = () => toXml(lifecycleMessages(testDeclaration(), '68702026E000000001', TEST_SUBMISSION, testIds)[1]!);

describe('XSD validation (xmllint-wasm, no system packages)', () => {
  it('accepts a built inventory and reports a broken one with line and element', async () => {
    expect(await validateMessage(validInventory())).toMatchObject({ valid: true, errors: [] });
    const broken = validInventory().replace('<ceb:gcode>8211920000</ceb:gcode>', '<ceb:gcode>8211</ceb:gcode>');
    const result = await validateMessage(broken, 'broken.xml');
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatchObject({ element: 'gcode', line: expect.any(Number) });
    expect(result.errors[0]!.message).toMatch(/length/);
  });

  it('reports elements out of XSD order and not well-formed XML', async () => {
    const swapped = validInventory().replace(/(<ceb:appType>1<\/ceb:appType>)(\s*)(<ceb:appTime>\d+<\/ceb:appTime>)/, '$3$2$1');
    const [outOfOrder, malformed] = await validateMessages([
      { name: 'a', xml: swapped },
      { name: 'b', xml: '<ceb:CEB603Message' },
    ]);
    expect(outOfOrder).toMatchObject({ name: 'a', valid: false });
    expect(malformed).toMatchObject({ name: 'b', valid: false });
  });
});

describe('Debian xmllint --schema agrees on generated messages (independent check)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tradewind-ceb-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'ceb-export-202205.xsd'), readSchemaFile('ceb-export-202205.xsd'));
  writeFileSync(join(dir, 'xmldsig-core-schema.xsd'), readSchemaFile('xmldsig-core-schema.xsd'));

  const systemVerdict = (xml: string, name: string): boolean => {
    const file = join(dir, name);
    writeFileSync(file, xml);
    try {
      execFileSync('xmllint', ['--noout', '--schema', join(dir, 'ceb-export-202205.xsd'), file], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  };

  it('valid and invalid alike', async () => {
    const messages = fc
      .sample(declarationArbitrary, { numRuns: 3, seed: 42 })
      .flatMap((input, index) => lifecycleMessages(input, '68702026E000000001', TEST_SUBMISSION, testIds).map((message) => ({ name: `m${index}-${message.kind}.xml`, xml: toXml(message) })));
    messages.push({ name: 'bad.xml', xml: validInventory().replace('<ceb:ieFlag>E</ceb:ieFlag>', '<ceb:ieFlag>EE</ceb:ieFlag>') });
    const ours = await validateMessages(messages);
    const system = messages.map((message) => systemVerdict(message.xml, message.name));
    expect(ours.map((result) => result.valid)).toEqual(system);
    expect(system.filter(Boolean)).toHaveLength(messages.length - 1);
  });
});
