/** Independent checkers for the tests: libxml2's xmllint, xmlsec1 and the OpenSSL command line (Debian packages). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGE_DIR = new URL('../../', import.meta.url);
export const xsdPath = (name: string) => new URL(`xsd/${name}`, PACKAGE_DIR).pathname;
export const readSample = (name: string) => readFileSync(new URL(`samples/${name}`, PACKAGE_DIR), 'utf8');

export interface ToolRun {
  ok: boolean;
  output: string;
}

/** Runs a tool with files written to a scratch folder; `files` maps file names to contents. */
export function runTool(command: string, args: (dir: string) => string[], files: Record<string, string | Buffer>): ToolRun {
  const dir = mkdtempSync(join(tmpdir(), 'customs-tool-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const run = spawnSync(command, args(dir), { encoding: 'utf8' });
    if (run.error) throw run.error;
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function xmllintValidate(xml: string, schema: string): ToolRun {
  return runTool('xmllint', (d) => ['--noout', '--schema', xsdPath(schema), join(d, 'm.xml')], { 'm.xml': xml });
}

/** Inclusive Canonical XML 1.0 of a whole document, by libxml2. */
export function xmllintC14n(xml: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'customs-c14n-'));
  try {
    writeFileSync(join(dir, 'm.xml'), xml);
    const run = spawnSync('xmllint', ['--c14n', join(dir, 'm.xml')]);
    if (run.status !== 0) throw new Error(`xmllint --c14n failed: ${run.stderr.toString()}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
