/**
 * The way declarations reach the single window and receipts come back. One adapter per transport
 * behind `createCustomsGateway` (registry.ts), chosen per park by configuration. Receipts are
 * fetched (polled), as the E-Port's DXP client does: it never calls into the enterprise.
 */
export interface OutgoingMessage {
  /** The DxpMsg envelope holding the signed business message. */
  envelope: string;
  /** The envelope's CopMsgId = the business message's guid: the single window's duplicate key. */
  copMsgId: string;
  /** The merchant's DXP id (the envelope's SenderId); its receipts come back under it. */
  senderId: string;
}

export interface IncomingReceipt {
  /** Stable for one delivery (file name, receipt id): applying it twice changes nothing. */
  key: string;
  xml: string;
}

export interface CustomsGateway {
  /** `duplicate`: the single window already holds this copMsgId (a retry after a lost answer). */
  send(message: OutgoingMessage): Promise<'accepted' | 'duplicate'>;
  receive(senderId: string): Promise<IncomingReceipt[]>;
  /** Receipts fully handled: not delivered again. */
  acknowledge(senderId: string, keys: string[]): Promise<void>;
}

/** The gateway could not be reached or did not answer: retry later. */
export class GatewayUnavailable extends Error {
  override readonly name = 'GatewayUnavailable';
}

/** The single window refused the message itself (DXP 0001/0002/0999 format, 1001/1002 signature): do not resend it unchanged. */
export class GatewayRefused extends Error {
  override readonly name = 'GatewayRefused';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
