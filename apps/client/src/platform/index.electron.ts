import type { TradewindBridge } from '@tradewind/contract';
import { browserParts } from './browser.ts';
import type { Platform } from './types.ts';

const bridge = (globalThis as { tradewind?: TradewindBridge }).tradewind;
if (bridge?.kind !== 'electron') throw new Error('The desktop build of Tradewind runs only inside the Tradewind desktop shell');

/**
 * The Electron shell: the platform URL and PDF printing come over the preload bridge. It serves the
 * app from disk (no service worker), denies the camera and has no share sheet.
 */
export const platform: Platform = {
  ...browserParts,
  kind: 'electron',
  platformUrl: bridge.platformUrl,
  deviceName: 'Tradewind desktop',
  print: (fileName) => bridge.printToPdf(fileName),
  osSecrets: bridge.secrets,
  share: null,
  barcodeCamera: null,
  registerServiceWorker: () => {},
};
