/**
 * The seam between the renderer and where it runs. Screens ask this module, never `window.*`
 * directly: the Electron shell provides a bridge, a browser/PWA falls back to its own origin.
 */
export interface Platform {
  kind: 'electron' | 'web';
  /** Base URL of the park platform. */
  platformUrl: string;
  /** A readable default name for this device in the owner's device list. */
  deviceName: string;
  /** Prints the current view: Electron saves it as a PDF, a browser opens its print dialog (print or save as PDF). */
  print(fileName: string): Promise<PrintOutcome>;
  /** The operating system's key store (desktop: Electron safeStorage); null in a browser. */
  osSecrets: OsSecrets | null;
}

export interface OsSecrets {
  /** Null when the OS cannot encrypt (then the caller keeps its own encryption). */
  seal(plain: string): Promise<string | null>;
  open(sealed: string): Promise<string | null>;
}

export type PrintOutcome = 'saved' | 'cancelled' | 'dialog';

interface ElectronBridge {
  kind: 'electron';
  platformUrl: string;
  appVersion: string;
  printToPdf(fileName: string): Promise<'saved' | 'cancelled'>;
  secrets: OsSecrets;
}

async function printInBrowser(): Promise<PrintOutcome> {
  window.print();
  return 'dialog';
}

function describeBrowser(): string {
  const agent = navigator.userAgent;
  const system = /Android/.test(agent) ? 'Android' : /iPhone|iPad/.test(agent) ? 'iOS' : /Windows/.test(agent) ? 'Windows' : /Mac/.test(agent) ? 'macOS' : 'Linux';
  return `${system} browser`;
}

function detect(): Platform {
  const bridge = (globalThis as { tradewind?: ElectronBridge }).tradewind;
  if (bridge?.kind === 'electron')
    return { kind: 'electron', platformUrl: bridge.platformUrl, deviceName: 'Tradewind desktop', print: (fileName) => bridge.printToPdf(fileName), osSecrets: bridge.secrets };
  return { kind: 'web', platformUrl: window.location.origin, deviceName: describeBrowser(), print: printInBrowser, osSecrets: null };
}

export const platform: Platform = detect();
