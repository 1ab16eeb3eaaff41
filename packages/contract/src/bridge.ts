/** The IPC channel behind `printToPdf`. */
export const PRINT_TO_PDF_CHANNEL = 'tradewind:print-to-pdf';
/** The IPC channels behind `secrets`. */
export const SECRET_SEAL_CHANNEL = 'tradewind:secret-seal';
export const SECRET_OPEN_CHANNEL = 'tradewind:secret-open';

/** Encryption by the operating system's key store (Electron safeStorage). */
export interface OsSecrets {
  /** Null when the OS cannot encrypt (then the caller keeps its own encryption). */
  seal(plain: string): Promise<string | null>;
  open(sealed: string): Promise<string | null>;
}

/** What the desktop shell's preload exposes to the renderer as `window.tradewind`; both sides use this type. */
export interface TradewindBridge {
  readonly kind: 'electron';
  /** Base URL of the Tradewind platform (sync/API), without a trailing slash. */
  readonly platformUrl: string;
  /** Prints the current page to a PDF the user saves (Chromium's print engine); resolves how it ended. */
  printToPdf(fileName: string): Promise<'saved' | 'cancelled'>;
  readonly secrets: OsSecrets;
}

/** The bridge's plain values, passed from main to the preload as arguments. */
export type BridgeValues = Pick<TradewindBridge, 'kind' | 'platformUrl'>;
