import path from 'node:path';

export const DEFAULT_PLATFORM_URL = 'http://127.0.0.1:8787';

export interface DesktopConfig {
  /** Absolute path of the built renderer (the folder holding index.html). */
  readonly clientDir: string;
  readonly platformUrl: string;
  readonly platformOrigin: string;
}

export interface Locations {
  readonly isPackaged: boolean;
  /** Electron's process.resourcesPath; the packaged client lives in its `client` folder. */
  readonly resourcesPath: string;
  /** Folder of the running desktop code (src/ in tests, dist/ when bundled). */
  readonly moduleDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv, where: Locations): DesktopConfig {
  const platform = parsePlatformUrl(env['TRADEWIND_PLATFORM_URL'] || DEFAULT_PLATFORM_URL);
  return {
    clientDir: path.resolve(env['TRADEWIND_CLIENT_DIR'] || defaultClientDir(where)),
    platformUrl: platform.href.replace(/\/+$/, ''),
    platformOrigin: platform.origin,
  };
}

function defaultClientDir({ isPackaged, resourcesPath, moduleDir }: Locations): string {
  return isPackaged ? path.join(resourcesPath, 'client') : path.resolve(moduleDir, '../../client/dist-electron');
}

function parsePlatformUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`TRADEWIND_PLATFORM_URL is not a valid URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`TRADEWIND_PLATFORM_URL must be an http(s) URL: "${raw}"`);
  }
  return url;
}
