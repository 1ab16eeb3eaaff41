// Test fixture: a built client folder next to a file that must never be served.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const INDEX_HTML = '<!doctype html><title>Tradewind</title>';
export const SECRET = 'top secret';

export async function createClientFixture() {
  const root = await mkdtemp(path.join(tmpdir(), 'tradewind-client-'));
  const clientDir = path.join(root, 'client');
  await mkdir(path.join(clientDir, 'assets'), { recursive: true });
  await writeFile(path.join(clientDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(clientDir, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(clientDir, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'secret.txt'), SECRET);
  return { root, clientDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}
