export const APP_SCHEME = 'app';
export const APP_HOST = 'tradewind';
export const START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for URLs served by our own app://tradewind protocol handler. */
export function isAppUrl(url: string | URL): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST;
}

export function parseUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
