import type { AnyCebMessage } from '../messages/elements.ts';
import { issue, type PrecheckIssue } from './issue.ts';

const SCALE = 5;

/** A N19,5 decimal as an exact integer count of 10^-5 (no floating point). */
function scaled(value: string): bigint {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const result = BigInt(whole + fraction.padEnd(SCALE, '0').slice(0, SCALE));
  return negative ? -result : result;
}

const product = (qty: string, price: string): bigint => (scaled(qty) * scaled(price)) / 10n ** BigInt(SCALE);

/** totalPrice = qty × price on every line, and the order's goodsValue = the sum of its lines (spec: 商品金额). */
export function totalsIssues(message: AnyCebMessage): PrecheckIssue[] {
  if (message.kind !== 'CEB303' && message.kind !== 'CEB603') return [];
  return message.documents.flatMap(({ head, lines }) => {
    const issues: PrecheckIssue[] = [];
    lines.forEach((line, index) => {
      if (product(line.qty, line.price) !== scaled(line.totalPrice)) {
        issues.push(
          issue('error', 'lineTotalMismatch', `${message.kind === 'CEB303' ? 'OrderList' : 'InventoryList'}.totalPrice`, {
            line: index + 1,
            qty: line.qty,
            price: line.price,
            totalPrice: line.totalPrice,
          }),
        );
      }
    });
    if ('goodsValue' in head) {
      const sum = lines.reduce((total, line) => total + scaled(line.totalPrice), 0n);
      if (sum !== scaled(head.goodsValue)) issues.push(issue('error', 'goodsValueMismatch', 'OrderHead.goodsValue', { goodsValue: head.goodsValue }));
    }
    return issues;
  });
}
