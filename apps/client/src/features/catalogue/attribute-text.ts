import { FIBRES, isComposition, type AttributeDefinition, type AttributeValue, type LocalText } from '@tradewind/domain';

/** An attribute value as a person reads it, in the interface language. */
export function attributeText(definition: AttributeDefinition, value: AttributeValue, localize: (text: LocalText | undefined) => string): string {
  const label = (options: readonly { value: string; label: LocalText }[] | undefined, item: string) => localize(options?.find((option) => option.value === item)?.label) || item;
  if (isComposition(value)) return value.map((share) => `${share.percent}% ${label(FIBRES, share.fibre)}`).join(', ');
  if (Array.isArray(value)) return value.map((item) => label(definition.options, String(item))).join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (definition.type === 'enum') return label(definition.options, String(value));
  return `${value}${definition.unit ? ` ${definition.unit}` : ''}`;
}
