import nodemailer from 'nodemailer';
import { MailNotTaken, type MailTransport } from './mail-transport.ts';

interface SmtpError extends Error {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  timeoutType?: string;
}

/** Failures before a connection carried any mail: nothing can have been delivered. */
const UNREACHED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EDNS']);
const SETUP_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);

/**
 * Tells a failure the server certainly did not take the message in (MailNotTaken) from one whose
 * outcome is unknown (the connection broke or timed out after the message may have gone): the
 * latter is rethrown as it is.
 */
function classify(error: SmtpError): Error {
  if (typeof error.responseCode === 'number') return new MailNotTaken(error.message, error.responseCode < 500 || error.code === 'EAUTH', error.responseCode);
  const code = error.originalCode ?? error.code ?? '';
  if (UNREACHED.has(code) || (error.timeoutType !== undefined && SETUP_TIMEOUTS.has(error.timeoutType))) return new MailNotTaken(error.message, true);
  return error;
}

/** SMTP through nodemailer: `url` is `smtp://user:password@host:port` (or `smtps://`). */
export function smtpTransport(url: string): MailTransport {
  const transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as object);
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail(mail);
        return { messageId: info.messageId };
      } catch (error) {
        throw classify(error as SmtpError);
      }
    },
    close: () => transport.close(),
  };
}
