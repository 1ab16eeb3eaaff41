import { PlatformError, refreshProofMessage, type LoginRequest, type LoginResponse, type RefreshChallenge, type RefreshChallengeRequest, type RefreshRequest } from '@tradewind/contract';
import { createTransport, postJson, type TokenSource, type Transport } from '@tradewind/sync/client';
import { newDeviceKey, signWithDeviceKey } from './device-key.ts';
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

/**
 * Online login: registers this device with a new non-extractable device key (which every refresh
 * must sign with) and opens (or creates) the device vault with the password.
 */
export async function login(platformUrl: string, username: string, password: string, deviceName: string): Promise<LoginResult> {
  let body: LoginResponse;
  const deviceKey = await newDeviceKey();
  try {
    body = await postJson<LoginResponse>(createTransport(platformUrl), '/api/auth/login', { username, password, deviceName, devicePublicKey: deviceKey.publicKey } satisfies LoginRequest);
  } catch (error) {
    if (!(error instanceof PlatformError)) throw new LoginError('login.offline');
    throw new LoginError(LOGIN_ERRORS[error.code] ?? (error.status === 400 ? 'login.failed' : 'login.offline'));
  }
  const tokens = { accessToken: body.accessToken, refreshToken: body.refreshToken };
  if (body.user.role === 'park_admin') return { kind: 'console', session: { platformUrl, user: body.user, tokens } };
  if (!body.tenant || !body.numberPrefix) throw new LoginError('login.noTenant');
  await deviceKey.keep();
  const profile: SessionProfile = { platformUrl, user: body.user, tenant: body.tenant, deviceId: body.deviceId, numberPrefix: body.numberPrefix, offlineDays: body.offlineDays };
  return { kind: 'merchant', ...(await vault.afterLogin(profile, tokens, password)) };
}

/** Why the platform will not refresh the session: the device was revoked, or the session ended. */
export type SessionEnd = 'device_revoked' | 'expired';

/** A refresh the platform accepts only from the device that holds the key: a fresh challenge, signed with the token. Null without a key. */
async function provenRefresh(anonymous: Transport, refreshToken: string): Promise<RefreshRequest | null> {
  const { nonce } = await postJson<RefreshChallenge>(anonymous, '/api/auth/refresh/challenge', { refreshToken } satisfies RefreshChallengeRequest);
  const signature = await signWithDeviceKey(refreshProofMessage(nonce, refreshToken));
  return signature ? { refreshToken, nonce, signature } : null;
}

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
      const request = await provenRefresh(anonymous, tokens.refreshToken);
      if (!request) {
        onEnd('expired');
        return false;
      }
      tokens = await postJson<SessionTokens>(anonymous, '/api/auth/refresh', request);
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
