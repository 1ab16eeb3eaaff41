import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createFakeWebContents, emitCancellable } from './fake-electron.ts';
import { hardenWebContents, isExternalWebUrl, isPermissionGranted, restrictPermissions } from './security.ts';

function hardened() {
  const contents = createFakeWebContents();
  const shell = { openExternal: vi.fn(async (_url: string) => {}) };
  hardenWebContents(contents as unknown as WebContents, shell);
  return { contents, shell, openWindow: (url: string) => contents.windowOpenHandler!({ url }) };
}

describe('navigation policy', () => {
  it.each(['https://evil.example/', 'http://127.0.0.1:8787/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)'])('prevents navigating to %s', (url) => {
    expect(emitCancellable(hardened().contents, 'will-navigate', url)).toBe(true);
  });

  it.each(['app://tradewind/', 'app://tradewind/orders/42?tab=lines'])('allows in-app navigation to %s', (url) => {
    expect(emitCancellable(hardened().contents, 'will-navigate', url)).toBe(false);
  });

  it('refuses to attach <webview> tags', () => {
    expect(emitCancellable(hardened().contents, 'will-attach-webview')).toBe(true);
  });
});

describe('window.open policy', () => {
  it.each(['https://example.com/docs', 'http://example.com/'])('denies the window and opens %s in the OS browser', (url) => {
    const { shell, openWindow } = hardened();
    expect(openWindow(url)).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://tradewind/index.html', 'smb://host/share', 'not a url'])('denies %s without handing it to the OS', (url) => {
    const { shell, openWindow } = hardened();
    expect(openWindow(url)).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('only treats http(s) as external web links', () => {
    expect(isExternalWebUrl('HTTPS://Example.com')).toBe(true);
    expect(isExternalWebUrl('mailto:a@b.c')).toBe(false);
  });
});

describe('permission policy', () => {
  function permissionHandler() {
    const session = { setPermissionRequestHandler: vi.fn() };
    restrictPermissions(session as unknown as Session);
    const handler = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string; isMainFrame: boolean },
    ) => void;
    return (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      handler({}, permission, callback, { requestingUrl, isMainFrame: true });
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0]![0] as boolean;
    };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'unknown'])('denies %s, even to the app itself', (permission) => {
    expect(permissionHandler()(permission, 'app://tradewind/index.html')).toBe(false);
  });

  it('lets only the app page reach the local network (where the platform runs)', () => {
    const request = permissionHandler();
    expect(request('loopback-network', 'app://tradewind/index.html')).toBe(true);
    expect(request('local-network-access', 'app://tradewind/orders')).toBe(true);
    expect(request('local-network', 'https://evil.example/')).toBe(false);
    expect(request('loopback-network', 'file:///tmp/x.html')).toBe(false);
    expect(isPermissionGranted('loopback-network', 'app://other/')).toBe(false);
  });
});
