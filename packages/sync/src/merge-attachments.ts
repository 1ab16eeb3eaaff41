/** An RxDB attachment as a document carries it: a stub, or with its bytes when they are new to the device. */
export interface AttachmentEntry {
  digest: string;
  [key: string]: unknown;
}

export type Attachments = Record<string, AttachmentEntry>;

/**
 * The attachments (picture bytes) of a merged document, merged per attachment id as the merge
 * treats the fields (merge.ts): the server's, with the attachments this device added, replaced
 * or removed since `base` applied on top unless the server changed that attachment too. Entries
 * are compared by digest. Without a base, the device's are kept beside the server's, which win
 * where both have one.
 *
 * The server's entries carry the bytes the device lacks (fetched with the pulled state) and the
 * device's are stubs of what it holds, so every entry can be written into the device's storage.
 */
export function mergeAttachments(base: Attachments | undefined, local: Attachments, server: Attachments): Attachments {
  const merged: Attachments = { ...server };
  for (const id of new Set([...Object.keys(local), ...Object.keys(base ?? {})])) {
    const mine = local[id];
    if (base === undefined) {
      if (!(id in server)) merged[id] = mine!;
      continue;
    }
    const original = base[id]?.digest;
    const changedHere = mine?.digest !== original;
    const changedThere = server[id]?.digest !== original;
    // Where both changed it, the server's stands, as with fields; a removal there yields to bytes added here.
    if (!changedHere || (changedThere && id in server)) continue;
    if (mine === undefined) delete merged[id];
    else merged[id] = mine;
  }
  return merged;
}
