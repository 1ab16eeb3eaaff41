import { webcrypto } from 'node:crypto';
import type { DevicePublicKey } from '@tradewind/contract';

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** The key as WebCrypto takes it, or null when it is not a point on P-256. */
async function importPublicKey(jwk: DevicePublicKey): Promise<webcrypto.CryptoKey | null> {
  try {
    return await webcrypto.subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, ECDSA_P256, false, ['verify']);
  } catch {
    return null;
  }
}

/** Whether a device may enrol with this key (a valid P-256 point; the JSON schema has checked the shape). */
export async function isUsableDeviceKey(jwk: DevicePublicKey): Promise<boolean> {
  return (await importPublicKey(jwk)) !== null;
}

/** Whether `signature` (IEEE P1363, base64url) is the device key's ECDSA/SHA-256 signature of `message`. */
export async function verifyDeviceSignature(jwk: DevicePublicKey, message: string, signature: string): Promise<boolean> {
  const key = await importPublicKey(jwk);
  if (!key) return false;
  return webcrypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, Buffer.from(signature, 'base64url'), new TextEncoder().encode(message));
}
