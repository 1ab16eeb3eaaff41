import type { ReceiptField } from './receipt-types.ts';

/** Why a value breaks its XSD facets, or undefined when it fits. */
export function fieldProblem(spec: ReceiptField, value: string): string | undefined {
  const length = [...value].length;
  if (spec.length !== undefined && length !== spec.length) return `${spec.name} must be exactly ${spec.length} characters`;
  if (spec.min !== undefined && length < spec.min) return `${spec.name} must be at least ${spec.min} characters`;
  if (spec.max !== undefined && length > spec.max) return `${spec.name} must be at most ${spec.max} characters`;
  if (spec.format === 'int9' || spec.format === 'int5') {
    const digits = spec.format === 'int9' ? 9 : 5;
    const m = /^[+-]?(\d+)$/.exec(value);
    if (!m || m[1]!.replace(/^0+(?=\d)/, '').length > digits || Math.abs(Number(value)) > 2_147_483_647) {
      return `${spec.name} must be an integer of at most ${digits} digits`;
    }
  }
  if (spec.format === 'decimal19.5') {
    const m = /^[+-]?(\d*)(?:\.(\d*))?$/.exec(value);
    const whole = m?.[1]?.replace(/^0+(?=\d)/, '') ?? '';
    const fraction = m?.[2]?.replace(/0+$/, '') ?? '';
    if (!m || (m[1] === '' && !m[2]) || fraction.length > 5 || whole.length + fraction.length > 19) {
      return `${spec.name} must be a decimal of at most 19 digits, 5 after the point`;
    }
  }
  return undefined;
}
