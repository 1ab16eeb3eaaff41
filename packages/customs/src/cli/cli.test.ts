import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const XSD = fileURLToPath(new URL('../../xsd/ceb-export-202205.xsd', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tradewind-customs-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const customs = (...args: string[]) => spawnSync('npx', ['tsx', 'packages/customs/src/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run customs', () => {
  it('sample writes the demo park messages, and Debian xmllint --schema accepts every one', () => {
    const run = customs('sample', dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('YJ02-000032 9710: CEB303 — above RMB 5,000: 报关单 referencing this order number');
    const files = ['yangjiang-knives', 'shaoxing-textile'].flatMap((tenant) =>
      readdirSync(join(dir, tenant))
        .filter((name) => name.endsWith('.xml'))
        .map((name) => join(dir, tenant, name)),
    );
    expect(files.map((file) => file.replace(/.*-(CEB\d+)\.xml$/, '$1'))).toEqual(expect.arrayContaining(['CEB303', 'CEB603', 'CEB605', 'CEB607', 'CEB701', 'CEB213']));
    const xmllint = spawnSync('xmllint', ['--noout', '--schema', XSD, ...files], { encoding: 'utf8' });
    expect(xmllint.status, xmllint.stderr).toBe(0);
    expect(xmllint.stderr.match(/ validates$/gm)).toHaveLength(files.length);
  }, 120_000);

  it('validate passes a valid message and fails an invalid one with exit code 1 and the error', () => {
    const valid = join(dir, 'yangjiang-knives', 'YJ01-000101-CEB603.xml');
    expect(customs('validate', valid).status).toBe(0);
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, readFileSync(valid, 'utf8').replace('<ceb:tradeMode>9610</ceb:tradeMode>', '<ceb:tradeMode>96100</ceb:tradeMode>'));
    const run = customs('validate', broken);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/broken\.xml:\d+ \[tradeMode\] .*length/);
    expect(run.stdout).toContain('INVALID (1 error)');
  }, 60_000);

  it('names the commands when given none it knows', () => {
    const run = customs('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('validate FILE');
    expect(run.stderr).toContain('parse-receipt FILE');
  }, 60_000);
});
