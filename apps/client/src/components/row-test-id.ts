import type { HTMLAttributes } from 'react';

/** antd's `onRow` for rows that tests find by `data-testid`, which React's row attribute type does not list. */
export function rowTestId<T>(testId: (row: T) => string): (row: T) => HTMLAttributes<HTMLElement> {
  return (row) => ({ 'data-testid': testId(row) }) as HTMLAttributes<HTMLElement>;
}
