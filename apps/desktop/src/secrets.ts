import { isAppUrl } from './app-url.ts';

/** The part of Electron's safeStorage this needs (replaced in tests). */
export interface OsKeyStore {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

interface SecretEvent {
  senderFrame: { url: string } | null;
}

const MAX_SECRET_LENGTH = 16 * 1024;

/**
 * Seals and opens small secrets (the refresh token) with the OS key store — Keychain, DPAPI,
 * libsecret — for the app's own pages only. Answers null where the OS offers no encryption, so the
 * renderer falls back to its own vault.
 */
export function createSecretHandlers(keyStore: OsKeyStore) {
  const guard = (event: SecretEvent, value: unknown): value is string => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) throw new Error('secrets are only for the app’s own pages');
    return typeof value === 'string' && value.length <= MAX_SECRET_LENGTH && keyStore.isEncryptionAvailable();
  };
  return {
    seal: async (event: SecretEvent, plain: unknown): Promise<string | null> => (guard(event, plain) ? keyStore.encryptString(plain).toString('base64') : null),
    open: async (event: SecretEvent, sealed: unknown): Promise<string | null> => {
      if (!guard(event, sealed)) return null;
      try {
        return keyStore.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
  };
}
