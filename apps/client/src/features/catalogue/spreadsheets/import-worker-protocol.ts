import type { ImportProblem, ParsedListingRow, ParsedProductRow, ParsedVariantRow } from '@tradewind/domain';

export type WorkerRequest = { file: File };

export type WorkerMessage =
  | { type: 'progress'; phase: 'reading' | 'rows' | 'checking'; done: number; total: number }
  | { type: 'parsed'; products: ParsedProductRow[]; variants: ParsedVariantRow[] | null; listings: ParsedListingRow[]; problems: ImportProblem[]; rowCount: number }
  | { type: 'failed'; code: 'unreadable' | 'missing_columns'; detail: string };
