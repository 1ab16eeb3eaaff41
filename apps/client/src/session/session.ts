import { PlatformError, type LoginRequest, type LoginResponse, type RefreshRequest } from '@tradewind/contract';
import { createTransport, postJson, type TokenSource } from '@tradewind/sync/client';
import { vault, type SessionProfile, type SessionTokens, type Unlocked } from './vault.ts';

/** Why a login did not work, as a translation key. */
export class LoginError extends Error {
  constructor(readonly messageKey: 'login.failed' | 'login.offline' | 'login.noTenant' | 'login.lockedOut' | 'login.pending' | 'login.rejected') {
    super(messageKey);
  }
}

const LOGIN_ERRORS: Record<string, LoginError['messageKey']> = {
  bad_credentials: 'login.failed',
  locked_out: 'login.lockedOut',
  too_many_attempts: 'login.lockedOut',
  pending_approval: 'login.pending',
  registration_rejected: 'login.rejected',
};

/** A park administrator's online session: no merchant data on the device, tokens in memory only. */
export interface ConsoleSession {
  platformUrl: string;
  user: SessionProfile['user'];
  tokens: SessionTokens;
}

export type LoginResult = { kind: 'merchant'; unlocked: Unlocked; eraseTenant: string | null } | { kind: 'console'; session: ConsoleSession };

/** Online login: registers this device and opens (or creates) the device vault with the password. */
export async function login(platformUrl: string, username: string, password: string, deviceName: string): Promise<LoginResult> {
  let body: LoginResponse;
  try {
    body = await postJson<LoginResponse>(createTransport(platformUrl), '/api/auth/login', { username, password, deviceName } satisfies LoginRequest);
  } catch (error) {
    if (!(error instanceof PlatformError)) throw new LoginError('login.offline');
    throw new LoginError(LOGIN_ERRORS[error.code] ?? (error.status === 400 ? 'login.failed' : 'login.offline'));
  }
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
  const anonymous = createTransport(unlocked.profile.platformUrl);
  const refresh = async (): Promise<boolean> => {
    try {
      tokens = await postJson<SessionTokens>(anonymous, '/api/auth/refresh', { refreshToken: tokens.refreshToken } satisfies RefreshRequest);
    } catch (error) {
      if (error instanceof PlatformError && error.status === 401) onEnd(error.code === 'device_revoked' ? 'device_revoked' : 'expired');
      return false;
    }
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
