/** What the desktop shell exposes to the renderer as `window.tradewind`. */
export interface TradewindBridge {
  readonly kind: 'electron';
  /** Base URL of the Tradewind platform (sync/API), without a trailing slash. */
  readonly platformUrl: string;
  readonly appVersion: string;
}
