import type { TokenSource } from '@tradewind/sync/client';

export interface Session {
  platformUrl: string;
  accessToken: string;
  refreshToken: string;
  user: { id: string; username: string; displayName: string; role: string };
  tenant: { id: string; name: string; cluster: string };
  deviceId: string;
  numberPrefix: string;
}

const STORAGE_KEY = 'tradewind.session';

export function loadSession(): Session | null {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/** Why a login did not work, as a translation key. */
export class LoginError extends Error {
  constructor(readonly messageKey: 'login.failed' | 'login.offline' | 'login.noTenant') {
    super(messageKey);
  }
}

export async function login(platformUrl: string, username: string, password: string, deviceName: string): Promise<Session> {
  let response: Response;
  try {
    response = await fetch(`${platformUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password, deviceName }),
    });
  } catch {
    throw new LoginError('login.offline');
  }
  if (response.status === 401 || response.status === 400) throw new LoginError('login.failed');
  if (!response.ok) throw new LoginError('login.offline');
  const body = (await response.json()) as Omit<Session, 'platformUrl' | 'tenant'> & { tenant: Session['tenant'] | null; numberPrefix: string | null };
  if (!body.tenant || !body.numberPrefix) throw new LoginError('login.noTenant');
  const session: Session = { ...body, tenant: body.tenant, numberPrefix: body.numberPrefix, platformUrl };
  saveSession(session);
  return session;
}

/**
 * Access tokens for the sync engine. Refreshing rotates the refresh token; concurrent callers
 * share one refresh so a rotated token is never sent twice.
 */
export function sessionTokens(session: Session, onExpired: () => void): TokenSource {
  let current = session;
  let refreshing: Promise<boolean> | null = null;
  const refresh = async (): Promise<boolean> => {
    const response = await fetch(`${current.platformUrl}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    });
    if (response.status === 401) {
      onExpired();
      return false;
    }
    if (!response.ok) return false;
    const tokens = (await response.json()) as { accessToken: string; refreshToken: string };
    current = { ...current, ...tokens };
    saveSession(current);
    return true;
  };
  return {
    accessToken: () => current.accessToken,
    refresh() {
      refreshing ??= refresh()
        .catch(() => false)
        .finally(() => {
          refreshing = null;
        });
      return refreshing;
    },
  };
}
