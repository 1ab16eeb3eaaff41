/** The moment every factory's document was created and last saved, so tests can assert exact dates. */
const FIXED_AT = '2026-11-20T08:00:00.000Z';

/** A document's id with the fixed creation and save time. */
export const fixedStamps = (id: string) => ({ id, createdAt: FIXED_AT, updatedAt: FIXED_AT });
