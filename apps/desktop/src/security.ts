import type { App, Session, Shell, WebContents } from 'electron';
import { isAppUrl, parseUrl } from './app-url.ts';

/** Links the OS browser may open; anything else (file:, javascript:, custom schemes) is dropped. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
}

export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Applies hardenWebContents to every window, webview or devtools the app ever creates. */
export function installSecurityPolicies(app: App, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
}

// Chromium's Local Network Access asks for these before a page may reach 127.0.0.1 or the LAN,
// where the platform usually runs. Only our own page gets them, and its CSP still limits
// connections to the platform origin.
const LOCAL_NETWORK_PERMISSIONS: ReadonlySet<string> = new Set(['local-network-access', 'local-network', 'loopback-network']);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return LOCAL_NETWORK_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** Denies every permission request (camera, geolocation, notifications, …) except the above. */
export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionGranted(permission, details.requestingUrl)));
}
