import { clearWebStorage } from './web-storage.testing.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../platform/index.testing.ts';
import { PIN_TRIES } from './pin-tries.ts';
import { PinErasedError, PinWaitError, vault, WrongSecretError, type SessionProfile } from './vault.ts';

const PASSWORD = 'correct horse battery';
const PIN = '482913';
const profile: SessionProfile = {
  platformUrl: 'http://127.0.0.1:1',
  user: { id: 'u1', username: 'yangjiang-knives', displayName: '阳江', role: 'merchant_owner' },
  tenant: { id: 'yangjiang-knives', name: '阳江刀具', cluster: 'yangjiang-knives' },
  deviceId: 'd1',
  numberPrefix: 'YJ01',
  offlineDays: 14,
};

/** Sets the testing platform's clock `seconds` after the start of the test. */
const at = (seconds: number) => setClock(new Date(Date.parse('2026-11-23T08:00:00.000Z') + seconds * 1000).toISOString());

async function vaultWithPin() {
  const { unlocked } = await vault.afterLogin(profile, { accessToken: 'a', refreshToken: 'r' }, PASSWORD);
  await vault.setPin(unlocked, PIN);
  vault.lock();
  return unlocked;
}

describe('PIN tries on the lock screen', () => {
  beforeEach(() => {
    clearWebStorage();
    at(0);
  });

  it('lets two wrong PINs pass, then makes each next try wait longer, even with the right PIN', async () => {
    const unlocked = await vaultWithPin();
    await expect(vault.unlockWithPin('000000')).rejects.toBeInstanceOf(WrongSecretError);
    expect(vault.pinWait()).toBe(0);
    await expect(vault.unlockWithPin('000001')).rejects.toBeInstanceOf(WrongSecretError);
    expect(vault.pinWait()).toBe(30);
    await expect(vault.unlockWithPin(PIN)).rejects.toEqual(new PinWaitError(30));
    at(10);
    await expect(vault.unlockWithPin(PIN)).rejects.toEqual(new PinWaitError(20));
    at(30);
    await expect(vault.unlockWithPin('000002')).rejects.toBeInstanceOf(WrongSecretError);
    expect(vault.pinWait()).toBe(60);
    at(90);
    expect((await vault.unlockWithPin(PIN)).databaseKey).toBe(unlocked.databaseKey);
    // A right PIN starts the count again.
    await expect(vault.unlockWithPin('000003')).rejects.toBeInstanceOf(WrongSecretError);
    expect(vault.pinWait()).toBe(0);
  });

  it(`erases the PIN after ${PIN_TRIES} wrong tries in a row; the password still opens the same data`, async () => {
    const unlocked = await vaultWithPin();
    let elapsed = 0;
    for (let i = 1; i < PIN_TRIES; i++) {
      await expect(vault.unlockWithPin(`00000${i}`)).rejects.toBeInstanceOf(WrongSecretError);
      elapsed += vault.pinWait();
      at(elapsed);
    }
    await expect(vault.unlockWithPin(PIN.replace(/.$/, '0'))).rejects.toBeInstanceOf(PinErasedError);
    expect(vault.peek()?.hasPin).toBe(false);
    await expect(vault.unlockWithPin(PIN)).rejects.toBeInstanceOf(WrongSecretError);
    expect((await vault.unlockWithPassword(PASSWORD)).databaseKey).toBe(unlocked.databaseKey);
  });

  it('forgets wrong PINs once the password unlocks', async () => {
    await vaultWithPin();
    for (const pin of ['000000', '000001']) await expect(vault.unlockWithPin(pin)).rejects.toBeInstanceOf(WrongSecretError);
    expect(vault.pinWait()).toBe(30);
    await vault.unlockWithPassword(PASSWORD);
    expect(vault.pinWait()).toBe(0);
  });
});
