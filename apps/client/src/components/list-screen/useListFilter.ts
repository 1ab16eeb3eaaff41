import { useCallback, useDeferredValue, useState } from 'react';

/**
 * A list screen's filter: `change` patches it from a control, `deferred` is what the rows are
 * computed from, so typing in a search box stays responsive over a long list.
 */
export function useListFilter<Filter extends object>(initial: Filter) {
  const [filter, setFilter] = useState(initial);
  const deferred = useDeferredValue(filter);
  const change = useCallback((patch: Partial<Filter>) => setFilter((current) => ({ ...current, ...patch })), []);
  return { filter, deferred, change };
}
