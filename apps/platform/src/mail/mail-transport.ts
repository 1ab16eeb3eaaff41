/** One e-mail the platform sends: plain text with attachments. */
export interface OutgoingMail {
  from: string;
  replyTo?: string;
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

/** How the platform hands mail to the park's mail service. */
export interface MailTransport {
  /** Resolves with the Message-ID once the server took the message. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/**
 * The mail server certainly did not take the message: it answered with a refusal (`code`, e.g. 451,
 * 552) or could not be reached at all. `transient`: worth trying again later.
 */
export class MailNotTaken extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly code?: number,
  ) {
    super(message);
  }
}
