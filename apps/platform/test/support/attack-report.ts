import type { ApiResponse } from './http.ts';
import type { Engine } from './platform.ts';

export interface AttackReportRow {
  engine: Engine;
  name: string;
  request: string;
  result: string;
  database: string;
}

/** What actually came back (and which refusal notices actually appeared), for the report. */
export function resultOf(response: ApiResponse, request: string, changes: string[]): string {
  const error = (response.body as { error?: { code?: string } } | undefined)?.error;
  let result = `${response.status}${error?.code ? ` \`${error.code}\`` : ''}`;
  if (response.headers['retry-after'] !== undefined) result += `, retry-after ${String(response.headers['retry-after'])}`;
  if (Array.isArray(response.body)) {
    const n = response.body.length;
    result += request.includes('/push') ? (n === 0 ? ', no conflict' : `, ${n} conflict${n > 1 ? 's' : ''}`) : `, ${n} entr${n === 1 ? 'y' : 'ies'}`;
  }
  const documents = (response.body as { documents?: unknown[] } | undefined)?.documents;
  if (documents) result += `, ${documents.length} own document${documents.length === 1 ? '' : 's'}`;
  for (const line of changes) {
    const notice = / \+ .*\/push_refused (\S+) for /.exec(line);
    if (line.startsWith('doc_notices') && notice) result += ` + notice \`${notice[1]}\``;
  }
  return result;
}

export function databaseOf(lines: string[]): string {
  if (lines.length === 0) return 'unchanged';
  const counts = new Map<string, number>();
  for (const line of lines) {
    const [table, op] = line.split(' ');
    const key = `${table} ${op}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key}${n}`).join(', ');
}

export function attackReport(rows: AttackReportRow[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    '| # | engine | attack | request | status / code | database |',
    '|---|---|---|---|---|---|',
    ...rows.map((row, i) => `| ${i + 1} | ${row.engine} | ${cell(row.name)} | ${cell(row.request)} | ${cell(row.result)} | ${cell(row.database)} |`),
  ].join('\n');
}
