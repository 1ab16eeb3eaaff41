export { startSmtpSimulator, SMTP_SIMULATOR_USER, type RunningSmtpSimulator } from './process.ts';
export type { ReceivedMessage, ReceivedAttachment } from './mailbox.ts';
export type { SmtpFault } from './server.ts';
