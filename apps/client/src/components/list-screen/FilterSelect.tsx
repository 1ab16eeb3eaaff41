import { Select } from 'antd';

export interface FilterSelectProps<Value extends string> {
  value: Value | undefined;
  /** Undefined when a clearable filter is cleared. */
  onChange: (value: Value | undefined) => void;
  options: { value: Value; label: string }[];
  /** Shown when nothing is chosen; a filter with a placeholder can be cleared. */
  placeholder?: string;
  testId?: string;
}

/** One choice that narrows a list screen's rows. */
export function FilterSelect<Value extends string>({ value, onChange, options, placeholder, testId }: FilterSelectProps<Value>) {
  return <Select<Value> allowClear={placeholder !== undefined} placeholder={placeholder} value={value} onChange={onChange} style={{ width: 160 }} data-testid={testId} options={options} />;
}
