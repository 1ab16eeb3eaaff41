// Test double for the 'electron' module; used with vi.mock('electron', …) in the *.test.ts files.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

interface FakeEvent {
  readonly url: string;
  readonly preventDefault: () => void;
}

export type FakeWebContents = ReturnType<typeof createFakeWebContents>;
export type FakeElectron = ReturnType<typeof createFakeElectron>;

export function createFakeWebContents() {
  const contents = Object.assign(new EventEmitter(), {
    windowOpenHandler: null as null | ((details: { url: string }) => { action: 'allow' | 'deny' }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }) {
      contents.windowOpenHandler = handler;
    },
  });
  return contents;
}

/** Emits a cancellable webContents event; returns true when a listener called preventDefault(). */
export function emitCancellable(contents: EventEmitter, eventName: string, url = ''): boolean {
  let prevented = false;
  const event: FakeEvent = { url, preventDefault: () => (prevented = true) };
  contents.emit(eventName, event, url);
  return prevented;
}

export function createFakeElectron(options: { gotSingleInstanceLock?: boolean } = {}) {
  let markReady = (): void => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => options.gotSingleInstanceLock ?? true),
    quit: vi.fn(),
    whenReady: () => ready,
  });

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => [...windows];
    static fromWebContents = vi.fn(() => windows[0] ?? null);
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super();
      windows.push(this);
    }
  }

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    windows,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    dialog: { showSaveDialog: vi.fn() },
    safeStorage: { isEncryptionAvailable: () => true, encryptString: (plain: string) => Buffer.from(plain), decryptString: (sealed: Buffer) => sealed.toString() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn() } },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    /** Resolves app.whenReady() and lets the main module's ready handler run. */
    async becomeReady(): Promise<void> {
      markReady();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
