import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectron } from '../electron-path.mjs';

let packageDir: string;
beforeEach(async () => {
  packageDir = await mkdtemp(path.join(tmpdir(), 'tradewind-electron-'));
});
afterEach(() => rm(packageDir, { recursive: true, force: true }));

async function installBinary(mode: number): Promise<string> {
  await writeFile(path.join(packageDir, 'path.txt'), 'electron');
  await mkdir(path.join(packageDir, 'dist'));
  const binary = path.join(packageDir, 'dist', 'electron');
  await writeFile(binary, '#!/bin/sh\n');
  await chmod(binary, mode);
  return binary;
}

describe('findElectron', () => {
  it('returns the binary path when it is present and executable', async () => {
    const binary = await installBinary(0o755);
    expect(await findElectron({ packageDir, env: {} })).toEqual({ path: binary, reason: null });
  });

  it('explains that the binary was never downloaded', async () => {
    const result = await findElectron({ packageDir, env: {} });
    expect(result.path).toBeNull();
    expect(result.reason).toMatch(/never downloaded.*path\.txt/);
  });

  it.skipIf(process.platform === 'win32')('rejects a binary that is not executable', async () => {
    const binary = await installBinary(0o644);
    const result = await findElectron({ packageDir, env: {} });
    expect(result).toEqual({ path: null, reason: `${binary} is missing or not executable` });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const binary = await installBinary(0o755);
    const elsewhere = path.join(packageDir, 'elsewhere');
    expect((await findElectron({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: elsewhere } })).path).toBeNull();
    expect(await findElectron({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: path.dirname(binary) } })).toEqual({
      path: binary,
      reason: null,
    });
  });
});
