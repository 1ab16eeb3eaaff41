import type { CollectionName } from '@tradewind/domain';
import type { TranslationBundle } from './index.ts';

/**
 * Labels of the document fields a refusal can name (`detail`), per collection, as the user knows
 * them from the forms. A nested path keeps its first and last part: `variants.price`.
 */
type FieldLabels = Partial<Record<CollectionName, Record<string, string>>>;

const zhCN: FieldLabels = {
  merchant: { bankAccounts: '收款账户', name: '注册名称', uscc: '统一社会信用代码', approvedAt: '审核时间', customsCode: '海关注册编码', merchant: '企业资料' },
  products: { price: '基础价格', priceTiers: '阶梯价格', 'variants.price': '规格价格', hsCode: 'HS 编码', name: '品名', sku: 'SKU' },
  orders: { lines: '商品行', quantity: '数量', unitPrice: '单价', currency: '币种', number: '订单号', buyerName: '买家', status: '状态', payments: '收款记录', freight: '运费' },
  filings: { payload: '申报内容', orderIds: '关联订单', title: '标题', kind: '类型', customsStatus: '海关状态', receipts: '海关回执', _deleted: '删除', filings: '申报' },
  notices: { readAt: '已读时间' },
};

const en: FieldLabels = {
  merchant: { bankAccounts: 'the bank accounts', name: 'the registered name', uscc: 'the credit code', approvedAt: 'the approval date', customsCode: 'the customs code', merchant: 'the company profile' },
  products: { price: 'the base price', priceTiers: 'the price tiers', 'variants.price': 'the variant prices', hsCode: 'the HS code', name: 'the product name', sku: 'the SKU' },
  orders: { lines: 'the order lines', quantity: 'the quantity', unitPrice: 'the unit price', currency: 'the currency', number: 'the order number', buyerName: 'the buyer', status: 'the status', payments: 'the payments', freight: 'the freight' },
  filings: { payload: 'the filing content', orderIds: 'the linked orders', title: 'the title', kind: 'the kind', customsStatus: 'the customs status', receipts: 'the customs receipts', _deleted: 'deletion', filings: 'filings' },
  notices: { readAt: 'the read time' },
};

export const FIELD_LABELS: TranslationBundle<FieldLabels> = { 'zh-CN': zhCN, en };
