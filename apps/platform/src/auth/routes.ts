import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SyncError } from '@tradewind/sync/server';
import type { Sessions } from './sessions.ts';
import type { Caller, TokenSigner } from './tokens.ts';

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

const loginBody = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 100 },
    password: { type: 'string', minLength: 1, maxLength: 200 },
    deviceName: { type: 'string', maxLength: 100 },
  },
} as const;

const refreshBody = {
  type: 'object',
  required: ['refreshToken'],
  additionalProperties: false,
  properties: { refreshToken: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export function registerAuthRoutes(app: FastifyInstance, sessions: Sessions): void {
  app.post<{ Body: { username: string; password: string; deviceName?: string } }>('/api/auth/login', { schema: { body: loginBody } }, async (request) => {
    const { username, password, deviceName } = request.body;
    const result = await sessions.login(username, password, deviceName?.trim() || 'unnamed device');
    if (!result) throw new SyncError(401, 'bad_credentials', 'Wrong username or password');
    return result;
  });

  app.post<{ Body: { refreshToken: string } }>('/api/auth/refresh', { schema: { body: refreshBody } }, async (request) => {
    const tokens = await sessions.refresh(request.body.refreshToken);
    if (!tokens) throw new SyncError(401, 'bad_refresh_token', 'Session expired or revoked; please log in again');
    return tokens;
  });
}

/** The caller from the bearer token, or a 401. */
export async function authenticate(request: FastifyRequest, signer: TokenSigner): Promise<Caller> {
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
  const caller = token ? await signer.verify(token) : null;
  if (!caller) throw new SyncError(401, 'unauthorized', 'Missing, invalid or expired access token');
  return caller;
}
