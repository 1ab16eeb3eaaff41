import { validateXML } from 'xmllint-wasm';
import { EXPORT_XSD_FILE, XMLDSIG_XSD_FILE, readSchemaFile } from './schema-files.ts';

export interface XsdError {
  /** 1-based line in the message, when libxml2 names one. */
  line: number | null;
  /** The element the error is about, e.g. `gcode`, when named. */
  element: string | null;
  message: string;
}

export interface XsdResult {
  name: string;
  valid: boolean;
  errors: XsdError[];
}

let schemaFiles: { schema: { fileName: string; contents: string }; preload: { fileName: string; contents: string } } | undefined;

function schemas() {
  schemaFiles ??= {
    schema: { fileName: EXPORT_XSD_FILE, contents: readSchemaFile(EXPORT_XSD_FILE) },
    preload: { fileName: XMLDSIG_XSD_FILE, contents: readSchemaFile(XMLDSIG_XSD_FILE) },
  };
  return schemaFiles;
}

const elementOf = (message: string): string | null => /Element '(?:\{[^}]*\})?([^']+)'/.exec(message)?.[1] ?? null;

// One xmllint run parses the schema once for all its files; the WebAssembly build fails with
// "memory access out of bounds" somewhere above ~2,000 files / 30 MB, so larger sets go in batches.
const BATCH_FILES = 1000;
const BATCH_CHARACTERS = 12_000_000;

function batches<T extends { xml: string }>(messages: T[]): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const message of messages) {
    if (current.length > 0 && (current.length >= BATCH_FILES || size + message.xml.length > BATCH_CHARACTERS)) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(message);
    size += message.xml.length;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * Validates messages against the official export XSD with libxml2 compiled to WebAssembly (no system
 * packages), many messages per xmllint run.
 */
export async function validateMessages(messages: { name: string; xml: string }[]): Promise<XsdResult[]> {
  const results: XsdResult[] = [];
  for (const batch of batches(messages)) results.push(...(await validateBatch(batch)));
  return results;
}

async function validateBatch(messages: { name: string; xml: string }[]): Promise<XsdResult[]> {
  const files = messages.map((message, index) => ({ fileName: `message-${index}.xml`, contents: message.xml }));
  const { schema, preload } = schemas();
  const result = await validateXML({ xml: files, schema, preload, maxMemoryPages: 16 * 1024 });
  const byFile = new Map<string, XsdError[]>(files.map((file) => [file.fileName, []]));
  for (const error of result.errors) {
    const fileName = error.loc?.fileName ?? files[0]!.fileName;
    byFile.get(fileName)?.push({ line: error.loc?.lineNumber ?? null, element: elementOf(error.message), message: error.message });
  }
  const passed = new Set(
    result.rawOutput
      .split('\n')
      .filter((line) => line.endsWith(' validates'))
      .map((line) => line.slice(0, -' validates'.length)),
  );
  return messages.map((message, index) => {
    const fileName = files[index]!.fileName;
    const errors = byFile.get(fileName) ?? [];
    return { name: message.name, valid: passed.has(fileName) && errors.length === 0, errors };
  });
}

export async function validateMessage(xml: string, name = 'message.xml'): Promise<XsdResult> {
  const [result] = await validateMessages([{ name, xml }]);
  return result!;
}
