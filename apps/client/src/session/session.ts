import type { TokenSource } from '@tradewind/sync/client';
import { vault, type SessionProfile, type SessionTokens, type Unlocked } from './vault.ts';

/** Why a login did not work, as a translation key. */
export class LoginError extends Error {
  constructor(readonly messageKey: 'login.failed' | 'login.offline' | 'login.noTenant' | 'login.lockedOut' | 'login.pending') {
    super(messageKey);
  }
}

const LOGIN_ERRORS: Record<string, LoginError['messageKey']> = {
  bad_credentials: 'login.failed',
  locked_out: 'login.lockedOut',
  too_many_attempts: 'login.lockedOut',
  pending_approval: 'login.pending',
};

interface LoginResponse extends SessionTokens {
  user: SessionProfile['user'];
  tenant: SessionProfile['tenant'] | null;
  deviceId: string;
  numberPrefix: string | null;
  offlineDays: number;
}

/** A park administrator's online session: no merchant data on the device, tokens in memory only. */
export interface ConsoleSession {
  platformUrl: string;
  user: SessionProfile['user'];
  tokens: SessionTokens;
}

export type LoginResult = { kind: 'merchant'; unlocked: Unlocked; eraseTenant: string | null } | { kind: 'console'; session: ConsoleSession };

/** Online login: registers this device and opens (or creates) the device vault with the password. */
export async function login(platformUrl: string, username: string, password: string, deviceName: string): Promise<LoginResult> {
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
  if (!response.ok) {
    const code = ((await response.json().catch(() => null)) as { error?: { code?: string } } | null)?.error?.code ?? '';
    throw new LoginError(LOGIN_ERRORS[code] ?? (response.status === 400 ? 'login.failed' : 'login.offline'));
  }
  const body = (await response.json()) as LoginResponse;
  const tokens = { accessToken: body.accessToken, refreshToken: body.refreshToken };
  if (body.user.role === 'park_admin') return { kind: 'console', session: { platformUrl, user: body.user, tokens } };
  if (!body.tenant || !body.numberPrefix) throw new LoginError('login.noTenant');
  const profile: SessionProfile = { platformUrl, user: body.user, tenant: body.tenant, deviceId: body.deviceId, numberPrefix: body.numberPrefix, offlineDays: body.offlineDays };
  return { kind: 'merchant', ...(await vault.afterLogin(profile, tokens, password)) };
}

/** Why the platform will not refresh the session: the device was revoked, or the session ended. */
export type SessionEnd = 'device_revoked' | 'expired';

/**
 * Access tokens for the sync engine. Refreshing rotates the refresh token (kept sealed in the
 * vault); concurrent callers share one refresh so a rotated token is never sent twice.
 */
export function sessionTokens(unlocked: Unlocked, onEnd: (why: SessionEnd) => void): TokenSource {
  let tokens = unlocked.tokens;
  let refreshing: Promise<boolean> | null = null;
  const refresh = async (): Promise<boolean> => {
    const response = await fetch(`${unlocked.profile.platformUrl}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: tokens.refreshToken }),
    });
    if (response.status === 401) {
      const code = ((await response.json().catch(() => null)) as { error?: { code?: string } } | null)?.error?.code;
      onEnd(code === 'device_revoked' ? 'device_revoked' : 'expired');
      return false;
    }
    if (!response.ok) return false;
    tokens = (await response.json()) as SessionTokens;
    await vault.saveTokens(unlocked, tokens);
    return true;
  };
  return {
    accessToken: () => tokens.accessToken,
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
