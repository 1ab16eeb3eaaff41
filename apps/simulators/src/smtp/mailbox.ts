import { simpleParser } from 'mailparser';

export interface ReceivedAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** The bytes, base64. */
  content: string;
}

/** A message as the simulator took it, for tests and the demo to read back. */
export interface ReceivedMessage {
  messageId: string;
  /** The SMTP envelope: who logged in, MAIL FROM and RCPT TO. */
  user: string;
  envelopeFrom: string;
  envelopeTo: string[];
  from: string;
  replyTo: string;
  to: string;
  subject: string;
  text: string;
  attachments: ReceivedAttachment[];
  receivedAt: string;
}

export interface Envelope {
  user: string;
  from: string;
  to: string[];
}

/** Parses a raw message (RFC 5322) with its envelope into what the HTTP endpoint shows. */
export async function receivedMessage(raw: Buffer, envelope: Envelope): Promise<ReceivedMessage> {
  const mail = await simpleParser(raw);
  const addresses = (value: typeof mail.to | typeof mail.from) => (value ? (Array.isArray(value) ? value.map((one) => one.text).join(', ') : value.text) : '');
  return {
    messageId: mail.messageId ?? '',
    user: envelope.user,
    envelopeFrom: envelope.from,
    envelopeTo: envelope.to,
    from: addresses(mail.from),
    replyTo: addresses(mail.replyTo),
    to: addresses(mail.to),
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    attachments: mail.attachments.map((attachment) => ({
      filename: attachment.filename ?? '',
      contentType: attachment.contentType,
      size: attachment.size,
      content: attachment.content.toString('base64'),
    })),
    receivedAt: new Date().toISOString(),
  };
}
