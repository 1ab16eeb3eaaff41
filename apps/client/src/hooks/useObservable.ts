import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/** The latest value of an observable (RxDB queries, sync status), re-subscribing when it changes. */
export function useObservable<T>(source: Observable<T>, initial: T): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const subscription = source.subscribe(setValue);
    return () => subscription.unsubscribe();
  }, [source]);
  return value;
}
