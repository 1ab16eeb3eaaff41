import { WAREHOUSE_CREDENTIAL_FIELDS, type ConnectableWarehouseProvider, type WarehouseAccountSummary, type WarehouseAccountUpload } from '@tradewind/contract';

export const PROVIDER_ACCOUNTS: readonly ConnectableWarehouseProvider[] = ['goodcang', 'winit', '4px', 'fba'];

export const SHIP_FROM_FIELDS = ['name', 'addressLine1', 'city', 'countryCode', 'postalCode', 'phoneNumber'] as const;

/** A code table as the form edits it: one `ours = theirs` pair a line. */
export function formatCodeLines(codes: Record<string, string>): string {
  return Object.entries(codes)
    .map(([ours, theirs]) => `${ours} = ${theirs}`)
    .join('\n');
}

export type CodeLines = { ok: true; codes: Record<string, string> } | { ok: false; line: number };

/** Reads `ours = theirs` lines (blank lines skipped); the first line that is not one is named, 1-based. */
export function parseCodeLines(text: string): CodeLines {
  const codes: Record<string, string> = {};
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    if (!raw.trim()) continue;
    const [ours, theirs, ...rest] = raw.split('=').map((part) => part.trim());
    if (!ours || !theirs || rest.length > 0) return { ok: false, line: index + 1 };
    codes[ours] = theirs;
  }
  return { ok: true, codes };
}

export interface AccountFormValues {
  credentials: Record<string, string>;
  warehouses: string;
  skus: string;
  shipFrom?: Record<string, string>;
}

export type AccountUpload = { ok: true; upload: WarehouseAccountUpload } | { ok: false; field: 'warehouses' | 'skus'; line: number };

/** The PUT body from the form, or the code table line that cannot be read. */
export function accountUpload(provider: ConnectableWarehouseProvider, values: AccountFormValues): AccountUpload {
  const warehouses = parseCodeLines(values.warehouses);
  if (!warehouses.ok) return { ok: false, field: 'warehouses', line: warehouses.line };
  const skus = parseCodeLines(values.skus);
  if (!skus.ok) return { ok: false, field: 'skus', line: skus.line };
  const credentials = Object.fromEntries(WAREHOUSE_CREDENTIAL_FIELDS[provider].map((field) => [field, values.credentials[field] ?? '']));
  const shipFrom =
    provider === 'fba' && values.shipFrom ? (Object.fromEntries(SHIP_FROM_FIELDS.map((field) => [field, values.shipFrom?.[field]?.trim() ?? ''])) as WarehouseAccountSummary['shipFrom']) : undefined;
  return { ok: true, upload: { credentials, warehouses: warehouses.codes, skus: skus.codes, ...(shipFrom && { shipFrom }) } };
}
