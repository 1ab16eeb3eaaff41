/** The demo park's accounts (resources/demo-park), as the tests log in. */
export const DEMO_PASSWORD = 'tradewind-demo';
export const YANGJIANG = 'yangjiang-knives';
export const SHAOXING = 'shaoxing-textile';

/** A demo user's tenant (the push refusals name it). */
export const TENANT_OF: Record<string, string> = { [YANGJIANG]: YANGJIANG, 'yangjiang-fair': YANGJIANG, [SHAOXING]: SHAOXING };
