import { webcrypto } from 'node:crypto';
import { refreshProofMessage, type DevicePublicKey, type RefreshChallenge, type SessionTokens } from '@tradewind/contract';
import type { FastifyInstance } from 'fastify';
import { api, type ApiResponse } from './http.ts';

/** A device's non-extractable ECDSA P-256 key, as the client makes it (WebCrypto). */
export interface DeviceKey {
  publicKey: DevicePublicKey;
  sign(message: string): Promise<string>;
}

export async function newDeviceKey(): Promise<DeviceKey> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const { kty, crv, x, y } = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    publicKey: { kty: kty as 'EC', crv: crv as 'P-256', x: x!, y: y! },
    async sign(message) {
      const signature = await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode(message));
      return Buffer.from(signature).toString('base64url');
    },
  };
}

/** A challenge for `refreshToken`: the nonce, or the refusal. */
export const refreshChallenge = (app: FastifyInstance, refreshToken: string) => api<RefreshChallenge>(app, 'POST', '/api/auth/refresh/challenge', { body: { refreshToken } });

/** What a device does to refresh: a challenge, signed with `key` together with the token. The challenge's refusal when there is one. */
export async function refreshSession(app: FastifyInstance, refreshToken: string, key: DeviceKey): Promise<ApiResponse<SessionTokens>> {
  const challenge = await refreshChallenge(app, refreshToken);
  if (challenge.status !== 200) return challenge as ApiResponse as ApiResponse<SessionTokens>;
  const { nonce } = challenge.body;
  return api<SessionTokens>(app, 'POST', '/api/auth/refresh', { body: { refreshToken, nonce, signature: await key.sign(refreshProofMessage(nonce, refreshToken)) } });
}
