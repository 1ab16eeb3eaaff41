/**
 * The platform's revision of a document state (docs/architecture.md, "Conflict handler"), sent as
 * the document's `_rev` to devices that ask for revisions (`revisions=1`) and sent back by them in
 * the assumed master state of a push. RxDB keeps a master state's `_rev` with the assumed state
 * and never writes it into the local document.
 *
 * `tx@epoch`: the transaction that wrote this state, in the platform epoch it belongs to (a
 * transaction id means nothing in another epoch). On a conflict answer it also names, after `;`,
 * what others wrote there since the pusher's base — fields, and `<field>[<id>]` for elements of
 * keyed arrays — even what was written back to the base's value, which a comparison of values
 * would take for unchanged.
 */
export interface Revision {
  tx: string;
  epoch: string;
  /** Only on a conflict answer whose base the platform could place. */
  changedSinceBase?: string[];
}

/** The query parameter a device sends to get revisions on pulled documents and conflicts. */
export const REVISIONS_PARAM = 'revisions';

/** Eight hex digits of the epoch's id tell epochs apart well enough and keep `_rev` short. */
export const epochTag = (epoch: string): string => epoch.replace(/-/g, '').slice(0, 8);

const FORMAT = /^(\d{1,20})@([0-9a-f]{8})(?:;([A-Za-z0-9_,[\]-]*))?$/;

export function formatRevision({ tx, epoch, changedSinceBase }: Revision): string {
  return `${tx}@${epoch}${changedSinceBase ? `;${changedSinceBase.join(',')}` : ''}`;
}

/** The revision in a `_rev`, or undefined for none or one of another form (RxDB's own, an old app's). */
export function parseRevision(value: unknown): Revision | undefined {
  const match = typeof value === 'string' ? FORMAT.exec(value) : null;
  if (!match) return undefined;
  const [, tx, epoch, changed] = match as unknown as [string, string, string, string | undefined];
  return { tx, epoch, ...(changed === undefined ? {} : { changedSinceBase: changed === '' ? [] : changed.split(',') }) };
}
