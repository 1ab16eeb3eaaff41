import { describe, expect, it } from 'vitest';
import { createSecretHandlers, type OsKeyStore } from './secrets.ts';

/** A stand-in OS key store: reversible, but not the identity, so sealing is visible. */
const keyStore = (available = true): OsKeyStore => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((byte) => byte ^ 0x5a)),
  decryptString: (sealed) => Buffer.from([...sealed].map((byte) => byte ^ 0x5a)).toString('utf8'),
});
const fromApp = { senderFrame: { url: 'app://tradewind/settings' } };

describe('OS-sealed secrets', () => {
  it('seals a refresh token so it does not appear in what the renderer stores, and opens it again', async () => {
    const secrets = createSecretHandlers(keyStore());
    const sealed = await secrets.seal(fromApp, 'refresh-token-123');
    expect(sealed).not.toBeNull();
    expect(sealed).not.toContain('refresh-token-123');
    expect(await secrets.open(fromApp, sealed)).toBe('refresh-token-123');
  });

  it('refuses pages that are not the app’s own', async () => {
    const secrets = createSecretHandlers(keyStore());
    await expect(secrets.seal({ senderFrame: { url: 'https://evil.example.com/' } }, 'x')).rejects.toThrow(/own pages/);
    await expect(secrets.open({ senderFrame: null }, 'eA==')).rejects.toThrow(/own pages/);
  });

  it('answers null where the OS has no encryption, for garbage, and for oversized input', async () => {
    expect(await createSecretHandlers(keyStore(false)).seal(fromApp, 'x')).toBeNull();
    const failing: OsKeyStore = {
      ...keyStore(),
      decryptString: () => {
        throw new Error('bad');
      },
    };
    expect(await createSecretHandlers(failing).open(fromApp, 'AAAA')).toBeNull();
    expect(await createSecretHandlers(keyStore()).seal(fromApp, 'x'.repeat(20_000))).toBeNull();
    expect(await createSecretHandlers(keyStore()).seal(fromApp, 42)).toBeNull();
  });
});
