import type { OsSecrets } from '@tradewind/contract';
import type { RxStorage } from 'rxdb';
import type { Observable } from 'rxjs';

export type { OsSecrets };

/**
 * The seam between the renderer and where it runs. Screens ask `platform` (from `./index`), never
 * `window.*` or `navigator.*` directly. The implementation is chosen at build time by Vite's
 * `resolve.extensions`: `index.web.ts` (browser/PWA), `index.electron.ts` (desktop shell),
 * `index.testing.ts` (Vitest in Node).
 */
export interface Platform {
  kind: 'electron' | 'web' | 'testing';
  /** Base URL of the park platform. */
  platformUrl: string;
  /** A readable default name for this device in the owner's device list. */
  deviceName: string;
  /** Prints the current view: Electron saves it as a PDF, a browser opens its print dialog (print or save as PDF). */
  print(fileName: string): Promise<PrintOutcome>;
  /** The operating system's key store (desktop: Electron safeStorage); null in a browser. */
  osSecrets: OsSecrets | null;
  /** Where the device keeps its non-extractable WebCrypto keys (the key objects, never their bytes). */
  keyStore: CryptoKeyStore;
  /** The system share sheet (phones); null where there is none. */
  share: ((content: ShareContent) => Promise<void>) | null;
  /** Camera barcode scanning; null without a BarcodeDetector and camera (the desktop shell denies the camera). */
  barcodeCamera: BarcodeCamera | null;
  /** Runs `task` holding a lock every tab of this app shares (Web Locks); tasks under one name take turns. */
  withLock<T>(name: string, task: () => Promise<T>): Promise<T>;
  /** Whether the device has a network connection: the current value first, then every change. */
  online$: Observable<boolean>;
  isOnline(): boolean;
  /** Installs the offline app-shell cache where the app needs one (the browser/PWA). */
  registerServiceWorker(): void;
  /** The storage RxDB keeps the merchant database in. */
  rxStorage(): RxStorage<unknown, unknown>;
  /** The device clock; stores stamp documents with it. */
  now(): Date;
}

/** Named WebCrypto key pairs: IndexedDB in Chromium and browsers (structured clone keeps a key non-extractable), memory under Vitest. */
export interface CryptoKeyStore {
  get(name: string): Promise<CryptoKeyPair | undefined>;
  put(name: string, pair: CryptoKeyPair): Promise<void>;
  delete(name: string): Promise<void>;
}

export type PrintOutcome = 'saved' | 'cancelled' | 'dialog';

export interface ShareContent {
  title: string;
  text: string;
}

export interface BarcodeCamera {
  /** The back camera's video. */
  open(): Promise<MediaStream>;
  /** The first EAN/UPC/Code-128 in the current frame, or null. */
  read(video: HTMLVideoElement): Promise<string | null>;
}
