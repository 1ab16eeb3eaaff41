import type { TranslationBundle } from '../../i18n/index.ts';

/** Notices the platform's customs pipeline writes (apps/platform/src/customs/notices.ts). */
const zhCN = {
  notice: {
    customs: {
      sent: '申报“{{title}}”已发送至单一窗口（订单 {{orderNo}}）。',
      receipt: '海关回执 {{type}}：{{code}} {{meaningZh}}（订单 {{orderNo}}）{{message}}',
      malformedReceipt: '收到一份无法读取的海关回执，已另行保存，未更新任何申报，请联系园区管理员。（{{reason}}）',
      summary: {
        created: '{{month}} 已放行的 {{count}} 份汇总申报（B）清单已归并为汇总申请单 {{copNo}}，正在发送至单一窗口。',
        result: '汇总申请“{{title}}”的汇总结果单已到：汇总申请编号 {{sumNo}}，报关单 {{entryId}}，共 {{count}} 份清单。',
      },
      failed: {
        declaration_missing: '申报“{{title}}”缺少申报信息（模式、物流、口岸），未发送。',
        credentials_missing: '申报“{{title}}”未发送：请先上传企业的签名证书和私钥。',
        unknown_orders: '申报“{{title}}”引用了本企业没有的订单（{{detail}}），未发送。',
        precheck: '申报“{{title}}”未通过预检：{{detail}}。请修改后重新提交。',
        xsd: '申报“{{title}}”生成的报文不符合海关格式：{{detail}}。',
        refused: '单一窗口拒收申报“{{title}}”（{{code}}）：{{detail}}。',
      },
    },
  },
};

const en: typeof zhCN = {
  notice: {
    customs: {
      sent: 'Filing “{{title}}” was sent to the single window (order {{orderNo}}).',
      receipt: 'Customs receipt {{type}}: {{code}} {{meaningEn}} (order {{orderNo}}) {{message}}',
      malformedReceipt: 'A customs receipt that could not be read was kept aside; no filing was changed. Please contact the park administrator. ({{reason}})',
      summary: {
        created: 'The {{count}} summary-declaration (B) inventories released in {{month}} were gathered into summary request {{copNo}}, which is being sent to the single window.',
        result: 'The summary result for “{{title}}” has arrived: summary number {{sumNo}}, customs declaration {{entryId}}, {{count}} inventories.',
      },
      failed: {
        declaration_missing: 'Filing “{{title}}” lacks its declaration (mode, logistics, ports) and was not sent.',
        credentials_missing: 'Filing “{{title}}” was not sent: upload the company’s signing certificate and private key first.',
        unknown_orders: 'Filing “{{title}}” names orders this company does not have ({{detail}}); nothing was sent.',
        precheck: 'Filing “{{title}}” did not pass the pre-check: {{detail}}. Fix it and submit again.',
        xsd: 'The messages built for filing “{{title}}” do not match the customs schema: {{detail}}.',
        refused: 'The single window refused filing “{{title}}” ({{code}}): {{detail}}.',
      },
    },
  },
};

export const customsStrings: TranslationBundle<typeof zhCN> = { 'zh-CN': zhCN, en };
