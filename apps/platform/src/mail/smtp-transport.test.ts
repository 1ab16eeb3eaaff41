import type { RunningSmtpSimulator } from '@tradewind/simulators/smtp';
import { describe, expect, it } from 'vitest';
import { smtpSimulatorFor } from '../../test/support/smtp.ts';
import { MailNotTaken, type OutgoingMail } from './mail-transport.ts';
import { smtpTransport } from './smtp-transport.ts';

const mail = (size = 100): OutgoingMail => ({
  from: 'Park <proforma@park.example>',
  to: 'anna@nordic-kitchen.se',
  subject: 'Proforma invoice TV01-000001',
  text: 'Please find attached our proforma invoice.',
  attachments: [{ filename: 'Proforma.pdf', content: Buffer.alloc(size, 1), contentType: 'application/pdf' }],
});

describe('the SMTP transport against the SMTP simulator', () => {
  let smtp: RunningSmtpSimulator;
  smtpSimulatorFor({ sizeLimit: 20_000 }, (started) => (smtp = started));

  it('delivers with AUTH and answers the Message-ID the server received', async () => {
    const transport = smtpTransport(smtp.smtpUrl);
    const { messageId } = await transport.send(mail());
    transport.close();
    expect((await smtp.messages()).map((message) => message.messageId)).toContain(messageId);
  });

  it('tells refusals the server answered (certainly not delivered) by code: wrong password, 421, 451 and 552', async () => {
    const refusal = (url: string, message: OutgoingMail) => {
      const transport = smtpTransport(url);
      return transport.send(message).finally(() => transport.close());
    };
    await expect(refusal(smtp.smtpUrl.replace('tradewind-smtp', 'wrong'), mail())).rejects.toMatchObject({ code: 535, transient: true });
    await smtp.fault({ code: 421, count: 1 });
    await expect(refusal(smtp.smtpUrl, mail())).rejects.toMatchObject({ code: 421, transient: true });
    await smtp.fault({ code: 451, count: 1 });
    await expect(refusal(smtp.smtpUrl, mail())).rejects.toMatchObject({ code: 451, transient: true });
    await expect(refusal(smtp.smtpUrl, mail(30_000))).rejects.toMatchObject({ code: 552, transient: false });
    const error = await refusal('smtp://tradewind:tradewind-smtp@127.0.0.1:1', mail()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MailNotTaken);
    expect(error).toMatchObject({ transient: true, code: undefined });
  });
});
