import type { RefusalReason } from '@tradewind/domain';
import type { TranslationBundle } from './index.ts';

/**
 * The notice text for every reason the platform refuses a device write for
 * (`notice.pushRefused.<reason>`). Typed by the domain's list: a reason without both texts does not compile.
 */
type RefusalTexts = Record<RefusalReason, string>;

const zhCN: RefusalTexts = {
  too_large: '平台退回了一项 {{collection}} 更改：内容过大（{{detail}}）。',
  read_only_collection: '平台退回了一项 {{collection}} 更改：该数据只能由平台维护。',
  server_owned_field: '平台退回了一项 {{collection}} 更改：字段 {{detail}} 只能由平台修改。',
  schema: '平台退回了一项 {{collection}} 更改：内容不符合要求（{{detail}}）。',
  staff_forbidden_field: '平台退回了一项 {{collection}} 更改：员工账号不能修改 {{detail}}。',
  staff_cannot_submit: '平台退回了一项申报：员工账号不能提交申报，请由店主提交。',
  forbidden_role: '平台退回了一项 {{collection}} 更改：该账号没有商家数据的写入权限。',
  illegal_transition: '平台退回了一项 {{collection}} 更改：不允许的状态变更（{{detail}}）。',
  filing_locked: '平台退回了一项申报更改：已提交的申报不能修改 {{detail}}，请先撤回。',
  cancel_not_released: '平台退回了一项申报更改：只有已放行的清单才能申请撤销（当前海关状态 {{detail}}）。',
  order_transition: '平台退回了一项 {{collection}} 更改：订单状态不能这样变更（{{detail}}）。',
  deposit_not_received: '平台退回了一项 {{collection}} 更改：尚未记录足额定金，不能变更状态（{{detail}}）。',
  balance_outstanding: '平台退回了一项 {{collection}} 更改：尾款未收齐，订单不能完成（{{detail}}）。',
  order_payment_rewritten: '平台退回了一项 {{collection}} 更改：已记录的收款不能修改或删除（{{detail}}）。',
  order_locked: '平台退回了一项 {{collection}} 更改：订单已投产，{{detail}} 不能再修改。',
  order_identity: '平台退回了一项 {{collection}} 更改：订单的 {{detail}} 不能修改。',
  listing_blocked: '平台拒绝发布一条刊登：被合规规则阻止（{{detail}}）。请补充证明材料后再发布。',
  invalid_product: '平台退回了一项商品更改：{{detail}}。',
  stock_event_recorded: '平台退回了一项库存事件更改：已记录的库存事件不能修改或删除（{{detail}}）。如需更正，请新建一条调整申请。',
  shipment_sent: '平台退回了一项头程货件更改：货件已发给海外仓，{{detail}} 不能再修改。',
  staff_cannot_withdraw: '平台退回了一项申报更改：员工账号不能撤回已提交的申报，请由店主操作。',
  tombstone_content: '平台退回了一项 {{collection}} 删除：删除时不能同时修改内容（{{detail}}）。',
  not_deletable: '平台退回了一项 {{collection}} 更改：这类资料由平台创建和维护，设备上不能删除。',
  not_device_made: '平台退回了一项 {{collection}} 更改：这类资料由平台创建，设备上不能新建。',
  order_not_deletable: '平台退回了一项订单删除：只有未付款的报价单可以删除，其他订单请取消（当前状态 {{detail}}）。',
  duplicate_number: '平台退回了一项 {{collection}} 更改：编号已被另一张单据使用（{{detail}}）。',
  proforma_email_recorded: '平台退回了一项形式发票邮件更改：已提交的发送请求不能修改或删除。如需重发，请在形式发票页面重新发送。',
};

const en: RefusalTexts = {
  too_large: 'The platform refused a change to {{collection}}: it is too large ({{detail}}).',
  read_only_collection: 'The platform refused a change to {{collection}}: only the platform maintains this data.',
  server_owned_field: 'The platform refused a change to {{collection}}: only the platform may change {{detail}}.',
  schema: 'The platform refused a change to {{collection}}: the content is not valid ({{detail}}).',
  staff_forbidden_field: 'The platform refused a change to {{collection}}: staff accounts may not change {{detail}}.',
  staff_cannot_submit: 'The platform refused a filing: staff accounts may not submit filings; the owner must.',
  forbidden_role: 'The platform refused a change to {{collection}}: this account may not write merchant data.',
  illegal_transition: 'The platform refused a change to {{collection}}: that status change is not allowed ({{detail}}).',
  filing_locked: 'The platform refused a filing change: a submitted filing’s {{detail}} cannot change; withdraw it first.',
  cancel_not_released: 'The platform refused a filing change: only a released inventory can be cancelled (customs status now {{detail}}).',
  order_transition: 'The platform refused a change to {{collection}}: the order cannot change status that way ({{detail}}).',
  deposit_not_received: 'The platform refused a change to {{collection}}: record the full deposit before changing the status ({{detail}}).',
  balance_outstanding: 'The platform refused a change to {{collection}}: the balance is not paid, so the order cannot be completed ({{detail}}).',
  order_payment_rewritten: 'The platform refused a change to {{collection}}: a recorded payment cannot be changed or removed ({{detail}}).',
  order_locked: 'The platform refused a change to {{collection}}: the order is in production, {{detail}} can no longer change.',
  order_identity: 'The platform refused a change to {{collection}}: the order’s {{detail}} cannot change.',
  listing_blocked: 'The platform refused to publish a listing: compliance rules block it ({{detail}}). Add the evidence, then publish again.',
  invalid_product: 'The platform refused a product change: {{detail}}.',
  stock_event_recorded: 'The platform refused a change to a stock event: a recorded stock event cannot be changed or removed ({{detail}}). To correct it, record a new adjustment request.',
  shipment_sent: 'The platform refused a change to a first-leg shipment: it has been sent to the warehouse, so {{detail}} can no longer change.',
  staff_cannot_withdraw: 'The platform refused a filing change: staff accounts may not withdraw a submitted filing; the owner must.',
  tombstone_content: 'The platform refused a deletion in {{collection}}: a deletion cannot also change the content ({{detail}}).',
  not_deletable: 'The platform refused a change to {{collection}}: the platform creates and keeps these; a device cannot delete them.',
  not_device_made: 'The platform refused a change to {{collection}}: the platform creates these; a device cannot.',
  order_not_deletable: 'The platform refused an order deletion: only an unpaid quote can be deleted; cancel other orders instead (status now {{detail}}).',
  duplicate_number: 'The platform refused a change to {{collection}}: the number is already used by another document ({{detail}}).',
  proforma_email_recorded: 'The platform refused a change to a proforma e-mail: a request once made cannot be changed or removed. To send it again, e-mail it from the proforma page.',
};

export const refusalStrings: TranslationBundle = { 'zh-CN': { notice: { pushRefused: zhCN } }, en: { notice: { pushRefused: en } } };
