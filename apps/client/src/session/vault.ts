import type { SessionTokens } from '@tradewind/contract';
import { platform } from '../platform';
import { deriveKey, fromBase64, importKey, open, randomBytes, seal, toBase64, type Sealed } from './crypto.ts';
import { forgetDeviceKey } from './device-key.ts';
import { PIN_TRIES, pinWaitLeft, type PinFailures } from './pin-tries.ts';

/** Who is logged in on this device, and where; not secret. */
export interface SessionProfile {
  platformUrl: string;
  user: { id: string; username: string; displayName: string; role: string };
  tenant: { id: string; name: string; cluster: string };
  deviceId: string;
  numberPrefix: string;
  /** Days the app may be used without reaching the platform before a fresh online login. */
  offlineDays: number;
}

export type { SessionTokens } from '@tradewind/contract';

/** An open vault: the database key is in memory only while the app is unlocked. */
export interface Unlocked {
  profile: SessionProfile;
  tokens: SessionTokens;
  databaseKey: string;
}

interface VaultRecord {
  profile: SessionProfile;
  salt: string;
  /** The database key, sealed with a key derived from the password. */
  byPassword: Sealed;
  byPin?: { salt: string; sealed: Sealed };
  /** Wrong PINs in a row; at PIN_TRIES the PIN seal is erased and only the password opens the vault. */
  pinFailures?: PinFailures;
  /** Access and refresh tokens: sealed by the OS key store on the desktop, else with the database key. */
  tokens: Sealed | { os: string };
  lastOnlineAt: string;
}

const VAULT_KEY = 'tradewind.vault';
/** Per tab (survives a reload, not a restart): the unlocked database key. */
const TAB_KEY = 'tradewind.unlocked';

export class WrongSecretError extends Error {}

/** Too many wrong PINs in a row: the next try waits `seconds`. */
export class PinWaitError extends Error {
  constructor(readonly seconds: number) {
    super(`Wait ${seconds} s before the next PIN`);
  }
}

/** The last allowed PIN try was wrong: the PIN is erased, the password is needed. */
export class PinErasedError extends Error {}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));

function read(): VaultRecord | null {
  try {
    return JSON.parse(localStorage.getItem(VAULT_KEY) ?? 'null') as VaultRecord | null;
  } catch {
    return null;
  }
}

function write(record: VaultRecord): void {
  localStorage.setItem(VAULT_KEY, JSON.stringify(record));
}

async function sealTokens(databaseKey: string, tokens: SessionTokens): Promise<VaultRecord['tokens']> {
  const plain = JSON.stringify(tokens);
  const os = await platform.osSecrets?.seal(plain);
  if (os) return { os };
  return seal(await importKey(unhex(databaseKey)), new TextEncoder().encode(plain));
}

async function openTokens(sealed: VaultRecord['tokens'], databaseKey: string): Promise<SessionTokens> {
  if ('os' in sealed) {
    const plain = await platform.osSecrets?.open(sealed.os);
    if (!plain) throw new WrongSecretError();
    return JSON.parse(plain) as SessionTokens;
  }
  return JSON.parse(new TextDecoder().decode(await open(await importKey(unhex(databaseKey)), sealed))) as SessionTokens;
}

async function openWithKey(record: VaultRecord, databaseKey: string): Promise<Unlocked> {
  const tokens = await openTokens(record.tokens, databaseKey);
  sessionStorage.setItem(TAB_KEY, databaseKey);
  return { profile: record.profile, tokens, databaseKey };
}

async function unsealKey(secret: string, salt: string, sealed: Sealed): Promise<string> {
  try {
    return hex(await open(await deriveKey(secret, fromBase64(salt)), sealed));
  } catch {
    throw new WrongSecretError();
  }
}

export const vault = {
  /** What the lock screen shows, without unlocking anything. */
  peek(): (Pick<VaultRecord, 'profile' | 'lastOnlineAt'> & { hasPin: boolean }) | null {
    const record = read();
    return record && { profile: record.profile, lastOnlineAt: record.lastOnlineAt, hasPin: Boolean(record.byPin) };
  },

  offlineTooLong(now = new Date()): boolean {
    const record = read();
    if (!record) return false;
    return now.getTime() - Date.parse(record.lastOnlineAt) > record.profile.offlineDays * 86_400_000;
  },

  /**
   * After an online login. Keeps the database key when the same user logs in again with the same
   * password; otherwise makes a new key, and `eraseTenant` names the local database that nobody
   * can read any more (another user's, or this user's under a changed password).
   */
  async afterLogin(profile: SessionProfile, tokens: SessionTokens, password: string): Promise<{ unlocked: Unlocked; eraseTenant: string | null }> {
    const previous = read();
    let databaseKey: string | null = null;
    if (previous && previous.profile.user.id === profile.user.id && previous.profile.platformUrl === profile.platformUrl) {
      databaseKey = await unsealKey(password, previous.salt, previous.byPassword).catch(() => null);
    }
    const eraseTenant = previous !== null && databaseKey === null ? previous.profile.tenant.id : null;
    databaseKey ??= hex(randomBytes(32));
    const salt = randomBytes(16);
    const record: VaultRecord = {
      profile,
      salt: toBase64(salt),
      byPassword: await seal(await deriveKey(password, salt), unhex(databaseKey) as Uint8Array<ArrayBuffer>),
      byPin: eraseTenant ? undefined : previous?.byPin,
      tokens: await sealTokens(databaseKey, tokens),
      lastOnlineAt: new Date().toISOString(),
    };
    write(record);
    sessionStorage.setItem(TAB_KEY, databaseKey);
    return { unlocked: { profile, tokens, databaseKey }, eraseTenant };
  },

  async unlockWithPassword(password: string): Promise<Unlocked> {
    const record = read();
    if (!record) throw new WrongSecretError();
    const unlocked = await openWithKey(record, await unsealKey(password, record.salt, record.byPassword));
    // The password proves the user: wrong PINs before it no longer count.
    if (record.pinFailures) write({ ...record, pinFailures: undefined });
    return unlocked;
  },

  /** Throws PinWaitError while wrong tries make it wait, WrongSecretError on a wrong PIN, PinErasedError on the last allowed one. */
  async unlockWithPin(pin: string, now = platform.now()): Promise<Unlocked> {
    const record = read();
    if (!record?.byPin) throw new WrongSecretError();
    const wait = pinWaitLeft(record.pinFailures, now);
    if (wait > 0) throw new PinWaitError(wait);
    let databaseKey: string;
    try {
      databaseKey = await unsealKey(pin, record.byPin.salt, record.byPin.sealed);
    } catch (error) {
      const count = (record.pinFailures?.count ?? 0) + 1;
      if (count >= PIN_TRIES) {
        write({ ...record, byPin: undefined, pinFailures: undefined });
        throw new PinErasedError();
      }
      write({ ...record, pinFailures: { count, lastAt: now.toISOString() } });
      throw error;
    }
    write({ ...record, pinFailures: undefined });
    return openWithKey(record, databaseKey);
  },

  /** Seconds before the lock screen takes another PIN. */
  pinWait(now = platform.now()): number {
    return pinWaitLeft(read()?.pinFailures, now);
  },

  /** This tab was unlocked before a reload. */
  async resumeTab(): Promise<Unlocked | null> {
    const record = read();
    const databaseKey = sessionStorage.getItem(TAB_KEY);
    if (!record || !databaseKey) return null;
    return openWithKey(record, databaseKey).catch(() => null);
  },

  async setPin(unlocked: Unlocked, pin: string): Promise<void> {
    const record = read();
    if (!record) return;
    const salt = randomBytes(16);
    write({ ...record, byPin: { salt: toBase64(salt), sealed: await seal(await deriveKey(pin, salt), unhex(unlocked.databaseKey) as Uint8Array<ArrayBuffer>) }, pinFailures: undefined });
  },

  async saveTokens(unlocked: Unlocked, tokens: SessionTokens): Promise<void> {
    const record = read();
    if (record) write({ ...record, tokens: await sealTokens(unlocked.databaseKey, tokens) });
  },

  markOnline(): void {
    const record = read();
    if (record) write({ ...record, lastOnlineAt: new Date().toISOString() });
  },

  lock(): void {
    sessionStorage.removeItem(TAB_KEY);
  },

  /** Forget everything on this device (revocation, or the user logs out for good), the device key too. */
  clear(): void {
    sessionStorage.removeItem(TAB_KEY);
    localStorage.removeItem(VAULT_KEY);
    void forgetDeviceKey().catch(() => {});
  },
};
