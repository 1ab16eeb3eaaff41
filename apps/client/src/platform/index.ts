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
}

interface ElectronBridge {
  kind: 'electron';
  platformUrl: string;
  appVersion: string;
}

function describeBrowser(): string {
  const agent = navigator.userAgent;
  const system = /Android/.test(agent) ? 'Android' : /iPhone|iPad/.test(agent) ? 'iOS' : /Windows/.test(agent) ? 'Windows' : /Mac/.test(agent) ? 'macOS' : 'Linux';
  return `${system} browser`;
}

function detect(): Platform {
  const bridge = (globalThis as { tradewind?: ElectronBridge }).tradewind;
  if (bridge?.kind === 'electron') return { kind: 'electron', platformUrl: bridge.platformUrl, deviceName: 'Tradewind desktop' };
  return { kind: 'web', platformUrl: window.location.origin, deviceName: describeBrowser() };
}

export const platform: Platform = detect();
