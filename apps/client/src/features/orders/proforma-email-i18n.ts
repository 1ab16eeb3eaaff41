import type { ProformaEmailFailure } from '@tradewind/domain';
import type { ReasonTexts, TranslationBundle } from '../../i18n/index.ts';

/** Why the platform could not send a proforma, as the request's state and its notice say it. */
const failures: ReasonTexts<ProformaEmailFailure> = {
  'zh-CN': {
    order_not_found: '平台上没有这个订单（订单未同步，或不是本企业的订单）',
    renderer_unavailable: '平台暂时无法生成 PDF，请联系园区管理员',
    mail_not_configured: '园区平台尚未设置邮件服务，请联系园区管理员',
    mail_refused: '邮件服务器拒收了这封邮件',
    mail_unreachable: '多次尝试后仍无法连接邮件服务器',
    outcome_unknown: '发送中断，无法确认买家是否收到；如需要请重新发送',
    too_large: '邮件超过了邮件服务器允许的大小',
  },
  en: {
    order_not_found: 'the platform does not have this order (not synced yet, or not this company’s)',
    renderer_unavailable: 'the platform cannot make the PDF right now; contact the park administrator',
    mail_not_configured: 'the park’s platform has no mail service set up; contact the park administrator',
    mail_refused: 'the mail server refused the message',
    mail_unreachable: 'the mail server could not be reached after several attempts',
    outcome_unknown: 'sending broke off and it is not known whether the buyer got it; resend if needed',
    too_large: 'the message is larger than the mail server accepts',
  },
};

/** Each failure's text put into the notice's sentence. */
const failedNotices = (texts: Record<ProformaEmailFailure, string>, template: (reason: string) => string) =>
  Object.fromEntries(Object.entries(texts).map(([key, reason]) => [key, template(reason)])) as Record<ProformaEmailFailure, string>;

const zhCN = {
  orderDesk: {
    email: {
      open: '发邮件给买家',
      title: '用邮件发送形式发票',
      recipient: '收件人邮箱',
      language: '语言',
      note: '附言（可选）',
      send: '发送',
      cancel: '取消',
      offlineHint: '现在离线：请求会先保存在本机，联网后由平台发送。',
      history: '邮件发送记录',
      resend: '重新发送',
      invalid: { recipient: '请输入一个有效的邮箱地址，例如 buyer@example.com', note: '附言最多 1000 个字' },
      status: {
        queuedOffline: '已排队：联网后发送',
        sending: '发送中…',
        sent: '已于 {{time}} 发送',
        failed: '发送失败：{{reason}}',
      },
      failure: failures['zh-CN'],
    },
  },
  notice: {
    proformaEmail: {
      sent: '订单 {{orderNo}} 的形式发票已通过邮件发送给 {{recipient}}。',
      failed: failedNotices(failures['zh-CN'], (reason) => `订单 {{orderNo}} 的形式发票未能发送给 {{recipient}}：${reason}。`),
    },
  },
};

const en: typeof zhCN = {
  orderDesk: {
    email: {
      open: 'E-mail to buyer',
      title: 'E-mail the proforma',
      recipient: 'Recipient’s e-mail',
      language: 'Language',
      note: 'Note (optional)',
      send: 'Send',
      cancel: 'Cancel',
      offlineHint: 'You are offline: the request is kept on this device and the platform sends it once you are online.',
      history: 'E-mails sent',
      resend: 'Resend',
      invalid: { recipient: 'Enter one valid e-mail address, e.g. buyer@example.com', note: 'The note can be at most 1,000 characters' },
      status: {
        queuedOffline: 'Queued: sends when online',
        sending: 'Sending…',
        sent: 'Sent at {{time}}',
        failed: 'Failed: {{reason}}',
      },
      failure: failures.en,
    },
  },
  notice: {
    proformaEmail: {
      sent: 'The proforma of order {{orderNo}} was e-mailed to {{recipient}}.',
      failed: failedNotices(failures.en, (reason) => `The proforma of order {{orderNo}} could not be e-mailed to {{recipient}}: ${reason}.`),
    },
  },
};

export const proformaEmailStrings: TranslationBundle = { 'zh-CN': zhCN, en };
