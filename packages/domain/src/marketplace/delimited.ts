import Papa from 'papaparse';

/**
 * Parses a CSV or TSV report (RFC 4180 quoting, CRLF or LF, optional BOM) into rows keyed by the
 * header. The delimiter is a tab when the header line has one, else a comma.
 */
export function parseDelimited(text: string): Record<string, string>[] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  const { data } = Papa.parse<string[]>(source, { delimiter, skipEmptyLines: 'greedy' });
  const [header, ...rows] = data;
  if (!header) return [];
  const names = header.map((name) => name.trim());
  return rows.map((row) => Object.fromEntries(names.map((name, i) => [name, (row[i] ?? '').trim()])));
}
