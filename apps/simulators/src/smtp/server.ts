import Fastify, { type FastifyInstance } from 'fastify';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { receivedMessage, type ReceivedMessage } from './mailbox.ts';

export interface SmtpSimulatorOptions {
  user: string;
  password: string;
  /** Messages over this many bytes are answered 552. */
  sizeLimit: number;
}

/** The next `count` messages are answered `code` (421 closes the connection, 451 asks to try later) and not kept. */
export interface SmtpFault {
  code: 421 | 451;
  count: number;
}

export interface SmtpSimulator {
  smtp: SMTPServer;
  http: FastifyInstance;
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

/**
 * A mail server for tests and the demo: SMTP with AUTH PLAIN/LOGIN (no TLS, loopback only), a size
 * limit, answers that can be made to fail for a while, and an HTTP side to read what arrived
 * (`GET /messages`), set faults (`POST /faults`) and empty the mailbox (`DELETE /messages`).
 */
export function createSmtpSimulator(options: SmtpSimulatorOptions): SmtpSimulator {
  const received: ReceivedMessage[] = [];
  const faults: SmtpFault[] = [];
  const attempts = { count: 0 };

  const accept = async (stream: SMTPServerDataStream, session: SMTPServerSession) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    attempts.count++;
    if (stream.sizeExceeded) throw smtpError(`552 message exceeds the size limit of ${options.sizeLimit} bytes`, 552);
    const fault = faults[0];
    if (fault) {
      if (--fault.count <= 0) faults.shift();
      throw smtpError(fault.code === 421 ? 'service not available, closing the channel' : 'local error in processing, try again later', fault.code);
    }
    const message = await receivedMessage(Buffer.concat(chunks), {
      user: String(session.user ?? ''),
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
    });
    received.push(message);
    return message;
  };

  const smtp = new SMTPServer({
    name: 'smtp.simulator.tradewind',
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    size: options.sizeLimit,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) return callback(null, { user: auth.username });
      callback(smtpError('invalid username or password', 535));
    },
    onData(stream, session, callback) {
      accept(stream, session).then(
        (message) => callback(null, `queued as ${message.messageId}`),
        (error: Error) => callback(error),
      );
    },
  });

  const http = Fastify();
  http.get('/messages', async () => received);
  http.delete('/messages', async () => {
    received.length = 0;
    attempts.count = 0;
    return { ok: true };
  });
  http.get('/attempts', async () => attempts);
  http.post<{ Body: SmtpFault }>(
    '/faults',
    {
      schema: { body: { type: 'object', required: ['code', 'count'], additionalProperties: false, properties: { code: { enum: [421, 451] }, count: { type: 'integer', minimum: 1, maximum: 1000 } } } },
    },
    async (request) => {
      faults.push({ ...request.body });
      return { faults };
    },
  );
  return { smtp, http };
}
