import type { MailTransport } from './mail-transport.ts';
import { smtpTransport } from './smtp-transport.ts';

/** The park's mail service and who its mail comes from. */
export type MailConfig = { kind: 'smtp'; url: string; from: string };

const TRANSPORTS: { [K in MailConfig['kind']]: (config: Extract<MailConfig, { kind: K }>) => MailTransport } = {
  smtp: (config) => smtpTransport(config.url),
};

export function createMailTransport(config: MailConfig): MailTransport {
  return TRANSPORTS[config.kind](config);
}

/**
 * The park's mail service from `TRADEWIND_MAIL` (`smtp <smtp[s]://user:password@host:port>`) and its
 * sender from `TRADEWIND_MAIL_FROM` (`Park name <address>`); unset, proformas are not e-mailed
 * (requests fail with `mail_not_configured`). The URL holds the service's password: it is never logged.
 */
export function parseMailConfig(value: string | undefined, from: string | undefined): MailConfig | undefined {
  const [kind, ...args] = value?.trim().split(/\s+/) ?? [];
  if (!kind) return undefined;
  if (kind !== 'smtp' || args.length !== 1 || !/^smtps?:\/\//.test(args[0]!)) throw new Error('TRADEWIND_MAIL must be "smtp <smtp://user:password@host:port>"');
  if (!from?.trim()) throw new Error('TRADEWIND_MAIL_FROM must name the sender of the park\'s mail, e.g. "Yangjiang Park <proforma@park.example>"');
  return { kind, url: args[0]!, from: from.trim() };
}
