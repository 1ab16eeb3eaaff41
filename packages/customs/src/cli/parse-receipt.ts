import { readFileSync } from 'node:fs';
import { parseReceipt } from '../receipts/parse.ts';
import { ReceiptError } from '../receipts/receipt.ts';

interface Output {
  write(text: string): unknown;
}

/**
 * `customs parse-receipt FILE` for support staff: prints the receipt (bare or in its DXP envelope) as
 * JSON — type, each receipt's status code with its zh-CN/en meaning, document numbers and message.
 * A receipt that does not parse prints the typed error instead. Returns the exit code.
 */
export function parseReceiptCommand(file: string, out: Output = process.stdout, err: Output = process.stderr): number {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (error) {
    err.write(`${JSON.stringify({ error: 'unreadable-file', message: (error as Error).message }, null, 2)}\n`);
    return 2;
  }
  try {
    out.write(`${JSON.stringify(parseReceipt(xml), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ReceiptError)) throw error;
    err.write(`${JSON.stringify({ error: error.reason, message: error.message, ...error.at }, null, 2)}\n`);
    return 1;
  }
}
