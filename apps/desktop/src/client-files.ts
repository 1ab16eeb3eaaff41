import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isAppUrl, parseUrl } from './app-url.ts';

const INDEX = 'index.html';

/**
 * Maps an app://tradewind URL to a path inside clientDir, or null when the URL is not ours
 * or would resolve outside clientDir (e.g. an encoded `..%2f`).
 */
export function resolveRequestPath(clientDir: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (url === null || !isAppUrl(url)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(clientDir);
  const target = path.join(root, decoded);
  const relative = path.relative(root, target);
  if (path.isAbsolute(relative) || relative.split(path.sep)[0] === '..') return null;
  return target;
}

/** The file to serve for a request: the file itself if it exists, else index.html (SPA routes). */
export async function locateClientFile(clientDir: string, requestUrl: string): Promise<string | null> {
  const target = resolveRequestPath(clientDir, requestUrl);
  if (target === null) return null;
  return (await isFile(target)) ? target : path.join(path.resolve(clientDir), INDEX);
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}
