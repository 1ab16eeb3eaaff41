import type { CollectionName } from '@tradewind/domain';
import type { TranslationBundle } from './index.ts';

/**
 * Labels of the document fields a refusal can name (`detail`), per collection, as the user knows
 * them from the forms. A nested path keeps its first and last part: `variants.price`.
 */
type FieldLabels = Partial<Record<CollectionName, Record<string, string>>>;

const zhCN: FieldLabels = {
  merchant: { bankAccounts: '收款账户', name: '注册名称', uscc: '统一社会信用代码', approvedAt: '审核时间', customsCode: '海关注册编码', merchant: '企业资料', nameEn: '英文名称', addressZh: '中文地址', addressEn: '英文地址', contactName: '联系人', contactPhone: '电话', contactEmail: '邮箱', defaultCurrency: '默认币种', portsOfLoading: '装运港', logo: '企业标志' },
  products: { price: '基础价格', priceTiers: '阶梯价格', 'variants.price': '规格价格', hsCode: 'HS 编码', name: '品名', sku: 'SKU', nameEn: '英文品名', description: '描述', moq: '起订量', unit: '单位', category: '类目', brand: '品牌', origin: '原产地', variants: '规格', attributes: '属性' },
  orders: { lines: '商品行', quantity: '数量', unitPrice: '单价', currency: '币种', number: '订单号', buyerName: '买家', status: '状态', payments: '收款记录', freight: '运费', buyerCountry: '买家国家', incoterm: '贸易术语', notes: '备注', depositPercent: '定金比例', deliveryDate: '交货日期', channel: '渠道' },
  filings: { payload: '申报内容', orderIds: '关联订单', title: '标题', kind: '类型', customsStatus: '海关状态', receipts: '海关回执', _deleted: '删除', filings: '申报' },
  notices: { readAt: '已读时间' },
};

const en: FieldLabels = {
  merchant: { bankAccounts: 'bank accounts', name: 'registered name', uscc: 'credit code', approvedAt: 'approval date', customsCode: 'customs code', merchant: 'company profile', nameEn: 'English name', addressZh: 'Chinese address', addressEn: 'English address', contactName: 'contact person', contactPhone: 'phone', contactEmail: 'email', defaultCurrency: 'default currency', portsOfLoading: 'ports of loading', logo: 'logo' },
  products: { price: 'base price', priceTiers: 'price tiers', 'variants.price': 'variant prices', hsCode: 'HS code', name: 'product name', sku: 'SKU', nameEn: 'English name', description: 'description', moq: 'minimum order', unit: 'unit', category: 'category', brand: 'brand', origin: 'origin', variants: 'variants', attributes: 'attributes' },
  orders: { lines: 'order lines', quantity: 'quantity', unitPrice: 'unit price', currency: 'currency', number: 'order number', buyerName: 'buyer', status: 'status', payments: 'payments', freight: 'freight', buyerCountry: 'buyer country', incoterm: 'incoterm', notes: 'notes', depositPercent: 'deposit', deliveryDate: 'delivery date', channel: 'channel' },
  filings: { payload: 'filing content', orderIds: 'linked orders', title: 'title', kind: 'kind', customsStatus: 'customs status', receipts: 'customs receipts', _deleted: 'deletion', filings: 'filings' },
  notices: { readAt: 'read time' },
};

export const FIELD_LABELS: TranslationBundle<FieldLabels> = { 'zh-CN': zhCN, en };
