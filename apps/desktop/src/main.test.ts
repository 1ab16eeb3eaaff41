import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromBridgeArgs } from './bridge-args.ts';
import { createClientFixture } from './client-fixture.ts';
import { createFakeElectron, createFakeWebContents, emitCancellable, type FakeElectron } from './fake-electron.ts';

let fixture: Awaited<ReturnType<typeof createClientFixture>>;
beforeAll(async () => {
  fixture = await createClientFixture();
});
afterAll(() => fixture.cleanup());

beforeEach(() => {
  vi.stubEnv('TRADEWIND_CLIENT_DIR', fixture.clientDir);
  vi.stubEnv('TRADEWIND_PLATFORM_URL', 'https://sync.example.com:9443/');
  vi.resetModules();
});
afterEach(() => vi.unstubAllEnvs());

async function startMain(options?: { gotSingleInstanceLock?: boolean }): Promise<FakeElectron> {
  const electron = createFakeElectron(options);
  vi.doMock('electron', () => electron);
  await import('./main.ts');
  return electron;
}

describe('main process', () => {
  it('registers app:// as a privileged scheme before the app is ready', async () => {
    const { protocol, windows } = await startMain();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('opens one isolated, sandboxed window on the app:// start page', async () => {
    const fake = await startMain();
    await fake.becomeReady();

    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    const prefs = window!.options.webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs['preload']).toSatisfy((p: string) => path.isAbsolute(p) && p.endsWith('preload.cjs'));
    expect(fromBridgeArgs(prefs['additionalArguments'] as string[])).toEqual({
      kind: 'electron',
      platformUrl: 'https://sync.example.com:9443',
    });
    expect(window!.loadURL).toHaveBeenCalledWith('app://tradewind/index.html');
  });

  it('serves the client over app:// with the CSP naming the platform origin', async () => {
    const fake = await startMain();
    await fake.becomeReady();

    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = fake.protocol.handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://tradewind/assets/app.js'));
    expect(await response.text()).toBe('export {};');
    expect(response.headers.get('Content-Security-Policy')).toContain("connect-src 'self' https://sync.example.com:9443;");
  });

  it('answers the renderer’s print-to-PDF and secret-sealing requests on IPC, nothing else', async () => {
    const fake = await startMain();
    await fake.becomeReady();
    expect(fake.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(['tradewind:print-to-pdf', 'tradewind:secret-open', 'tradewind:secret-seal']);
  });

  it('denies permission requests on the default session', async () => {
    const fake = await startMain();
    await fake.becomeReady();

    const handler = fake.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      handler({}, permission, callback, { requestingUrl: 'app://tradewind/index.html' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('hardens every web contents the app creates', async () => {
    const fake = await startMain();
    const contents = createFakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);

    expect(emitCancellable(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(emitCancellable(contents, 'will-navigate', 'app://tradewind/orders/7')).toBe(false);
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('quits without opening a window when another instance holds the lock', async () => {
    const fake = await startMain({ gotSingleInstanceLock: false });
    await fake.becomeReady();

    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.app.listenerCount('web-contents-created')).toBe(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const fake = await startMain();
    await fake.becomeReady();
    const [window] = fake.windows;
    window!.isMinimized.mockReturnValue(true);

    fake.app.emit('second-instance');

    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
  });
});
