import type { DevicePublicKey } from '@tradewind/contract';
import { platform } from '../platform';
import { toBase64 } from './crypto.ts';

/** The key of the current session; a new login replaces it. */
const KEY_NAME = 'session';
const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** A key pair made for a login: its public half goes to the platform, and it is kept once the login succeeds. */
export interface PendingDeviceKey {
  publicKey: DevicePublicKey;
  keep(): Promise<void>;
}

/**
 * A new ECDSA P-256 key pair whose private half cannot be exported: script on the page may ask it
 * to sign, but no copy of the device's storage or of the vault carries a key that signs elsewhere.
 */
export async function newDeviceKey(): Promise<PendingDeviceKey> {
  const pair = await crypto.subtle.generateKey(ECDSA_P256, false, ['sign', 'verify']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { publicKey: { kty: kty as 'EC', crv: crv as 'P-256', x: x!, y: y! }, keep: () => platform.keyStore.put(KEY_NAME, pair) };
}

const base64url = (bytes: Uint8Array) => toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** The device key's signature of `message` (IEEE P1363, base64url), or null when this device holds no key. */
export async function signWithDeviceKey(message: string): Promise<string | null> {
  const pair = await platform.keyStore.get(KEY_NAME);
  if (!pair) return null;
  return base64url(new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode(message))));
}

export function forgetDeviceKey(): Promise<void> {
  return platform.keyStore.delete(KEY_NAME);
}
