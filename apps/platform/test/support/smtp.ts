import { startSmtpSimulator, type RunningSmtpSimulator } from '@tradewind/simulators/smtp';
import { afterAll, beforeAll } from 'vitest';

/** Before the tests of the enclosing block: the SMTP simulator started with `options` (`use` takes it); stopped after them. */
export function smtpSimulatorFor(options: Parameters<typeof startSmtpSimulator>[0], use: (smtp: RunningSmtpSimulator) => void): void {
  let smtp: RunningSmtpSimulator | undefined;
  beforeAll(async () => {
    smtp = await startSmtpSimulator(options);
    use(smtp);
  });
  afterAll(() => smtp?.stop());
}
