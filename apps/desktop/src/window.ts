import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'Tradewind 信风';

export function mainWindowOptions(preloadPath: string, additionalArguments: string[]): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      additionalArguments,
    },
  };
}
