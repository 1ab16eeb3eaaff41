import { PlatformError, type LoginRequest, type LoginResponse, type RefreshChallenge, type RefreshChallengeRequest, type RefreshRequest, type SessionTokens } from '@tradewind/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { perMinute } from '../rate-limit.ts';
import type { Devices } from './devices.ts';
import type { Sessions } from './sessions.ts';
import type { Caller, TokenSigner } from './tokens.ts';

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

/** A 32-byte coordinate, base64url without padding. */
const BASE64URL_P256_COORDINATE = { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' } as const;

const loginBody = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 100 },
    password: { type: 'string', minLength: 1, maxLength: 200 },
    deviceName: { type: 'string', maxLength: 100 },
    devicePublicKey: {
      type: 'object',
      required: ['kty', 'crv', 'x', 'y'],
      additionalProperties: false,
      properties: { kty: { const: 'EC' }, crv: { const: 'P-256' }, x: BASE64URL_P256_COORDINATE, y: BASE64URL_P256_COORDINATE },
    },
  },
} as const;

const opaque = { type: 'string', minLength: 1, maxLength: 200 } as const;

const challengeBody = { type: 'object', required: ['refreshToken'], additionalProperties: false, properties: { refreshToken: opaque } } as const;

const refreshBody = {
  type: 'object',
  required: ['refreshToken', 'nonce', 'signature'],
  additionalProperties: false,
  // A P-256 signature in IEEE P1363 form is 64 bytes: 86 base64url characters.
  properties: { refreshToken: opaque, nonce: opaque, signature: { type: 'string', pattern: '^[A-Za-z0-9_-]{86}$' } },
} as const;

/** Per source address, on top of the per-username lockout: slows password spraying across accounts. */
const LOGINS_PER_MINUTE_PER_ADDRESS = 30;
/** Refresh challenges per source address: a device asks one every 15 minutes. */
const CHALLENGES_PER_MINUTE_PER_ADDRESS = 30;

export function registerAuthRoutes(app: FastifyInstance, sessions: Sessions): void {
  const perAddress = perMinute(LOGINS_PER_MINUTE_PER_ADDRESS, (request) => request.ip, 'too_many_attempts', 'Too many login attempts from this address');
  app.post<{ Body: LoginRequest; Reply: LoginResponse }>('/api/auth/login', { schema: { body: loginBody }, config: perAddress }, async (request) => {
    const { username, password, deviceName, devicePublicKey } = request.body;
    return sessions.login(username.trim(), password, deviceName?.trim() || 'unnamed device', devicePublicKey);
  });

  const challenges = perMinute(CHALLENGES_PER_MINUTE_PER_ADDRESS, (request) => request.ip, 'too_many_attempts', 'Too many refresh challenges from this address');
  app.post<{ Body: RefreshChallengeRequest; Reply: RefreshChallenge }>('/api/auth/refresh/challenge', { schema: { body: challengeBody }, config: challenges }, async (request) =>
    sessions.challenge(request.body.refreshToken),
  );
  app.post<{ Body: RefreshRequest; Reply: SessionTokens }>('/api/auth/refresh', { schema: { body: refreshBody } }, async (request) => sessions.refresh(request.body));
}

export type Authenticate = (request: FastifyRequest) => Promise<Caller>;

/** The caller from the bearer token — refused (401) when missing, invalid, expired or from a revoked device. */
export function createAuthenticator(signer: TokenSigner, devices: Devices): Authenticate {
  return async (request) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    const caller = token ? await signer.verify(token) : null;
    if (!caller) throw new PlatformError(401, 'unauthorized', 'Missing, invalid or expired access token');
    if (await devices.isRevoked(caller.deviceId)) throw new PlatformError(401, 'device_revoked', 'This device was revoked by the account owner');
    void devices.touch(caller.deviceId).catch(() => {});
    request.caller = caller;
    return caller;
  };
}
