import { registerSW } from 'virtual:pwa-register';
import { browserBarcodeCamera, browserParts } from './browser.ts';
import type { Platform } from './types.ts';

function describeBrowser(): string {
  const agent = navigator.userAgent;
  const system = /Android/.test(agent) ? 'Android' : /iPhone|iPad/.test(agent) ? 'iOS' : /Windows/.test(agent) ? 'Windows' : /Mac/.test(agent) ? 'macOS' : 'Linux';
  return `${system} browser`;
}

/** The browser or installed PWA: the platform is the page's own origin. */
export const platform: Platform = {
  ...browserParts,
  kind: 'web',
  platformUrl: window.location.origin,
  deviceName: describeBrowser(),
  async print() {
    window.print();
    return 'dialog';
  },
  osSecrets: null,
  share: 'share' in navigator ? (content) => navigator.share(content).catch(() => {}) : null,
  barcodeCamera: browserBarcodeCamera(),
  registerServiceWorker: () => void registerSW({ immediate: true }),
};
