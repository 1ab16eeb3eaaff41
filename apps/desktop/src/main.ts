import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createAppProtocolHandler } from './app-protocol.ts';
import { APP_SCHEME, START_URL } from './app-url.ts';
import { contentSecurityPolicy, PRINT_TO_PDF_CHANNEL, SECRET_OPEN_CHANNEL, SECRET_SEAL_CHANNEL } from '@tradewind/contract';
import { toBridgeArgs } from './bridge-args.ts';
import { readConfig, type DesktopConfig } from './config.ts';
import { createPrintToPdfHandler } from './print-to-pdf.ts';
import { createSecretHandlers } from './secrets.ts';
import { installSecurityPolicies, restrictPermissions } from './security.ts';
import { mainWindowOptions } from './window.ts';

// Must run before 'ready'. `standard` + `secure` give app:// a real, secure origin, so 'self' in the
// CSP, fetch and web storage (the offline database) work as they would on https.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);

if (app.requestSingleInstanceLock()) {
  const config = readConfig(process.env, {
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    moduleDir: import.meta.dirname,
  });
  installSecurityPolicies(app, shell);
  app.on('second-instance', focusExistingWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(() => start(config));
} else {
  app.quit();
}

function start(config: DesktopConfig): void {
  restrictPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(config.clientDir, contentSecurityPolicy([config.platformOrigin])));
  ipcMain.handle(
    PRINT_TO_PDF_CHANNEL,
    createPrintToPdfHandler({ windowOf: (sender) => BrowserWindow.fromWebContents(sender as WebContents), showSaveDialog: (window, options) => dialog.showSaveDialog(window, options), writeFile }),
  );
  const secrets = createSecretHandlers(safeStorage);
  ipcMain.handle(SECRET_SEAL_CHANNEL, secrets.seal);
  ipcMain.handle(SECRET_OPEN_CHANNEL, secrets.open);
  openWindow(config);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(config);
  });
}

function openWindow(config: DesktopConfig): void {
  const bridgeArgs = toBridgeArgs({ platformUrl: config.platformUrl });
  const window = new BrowserWindow(mainWindowOptions(path.join(import.meta.dirname, 'preload.cjs'), bridgeArgs));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(START_URL);
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (window === undefined) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
