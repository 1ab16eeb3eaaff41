/**
 * What one device sent, received and resolved about each document during the current run, so a
 * violation comes with the story of its document, not only its seed (timing-dependent cases do
 * not always replay).
 */
export interface Trace {
  add(documentId: string, line: string): void;
  /** The lines of these documents; the trace then starts over for the next run. */
  take(documentIds: readonly string[]): Record<string, string[]>;
}

const TRACED_FIELDS = ['name', 'moq', 'description', '_deleted', '_rev'];

/** The fields the soak edits, and the revision: a document's state in one short line. */
export function brief(doc: unknown): string {
  if (typeof doc !== 'object' || doc === null) return String(doc);
  const record = doc as Record<string, unknown>;
  const fields = TRACED_FIELDS.filter((field) => record[field] !== undefined).map((field) => `${field}: ${JSON.stringify(record[field])}`);
  // Pictures by the last characters of their ids, and which of their bytes travel along.
  if (Array.isArray(record.images)) fields.push(`images: [${(record.images as { id: string }[]).map((image) => image.id.slice(-4)).join(' ')}]`);
  // Order lines by the last characters of their ids, with their quantities.
  if (Array.isArray(record.lines)) fields.push(`lines: [${(record.lines as { id: string; quantity: number }[]).map((line) => `${line.id.slice(-4)}×${line.quantity}`).join(' ')}]`);
  if (record._attachments && typeof record._attachments === 'object')
    fields.push(
      `attachments: [${Object.keys(record._attachments)
        .map((id) => id.slice(-10))
        .join(' ')}]`,
    );
  return `{${fields.join(', ')}}`;
}

export function createTrace(): Trace {
  let start = Date.now();
  const lines = new Map<string, string[]>();
  return {
    add(documentId, line) {
      const list = lines.get(documentId) ?? [];
      list.push(`+${Date.now() - start} ms ${line}`);
      lines.set(documentId, list);
    },
    take(documentIds) {
      const taken = Object.fromEntries(documentIds.map((id) => [id, lines.get(id) ?? []]));
      lines.clear();
      start = Date.now();
      return taken;
    },
  };
}
