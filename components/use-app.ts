import { useEffect, useReducer, useRef } from 'preact/hooks';
import { appStore, type AppState } from '@/utils/ui/app-store';

/**
 * Subscribe a component to one slice of the shared app state: it re-renders when the slice
 * changes (Object.is), as zustand's useStore does. Written on preact/hooks because zustand's
 * hook needs React's API, which made every page load preact/compat (~3 KB gzip).
 */
export function useApp<T>(selector: (state: AppState) => T): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selected = selector(appStore.getState());
  const latest = useRef({ selector, selected });
  latest.current = { selector, selected };
  useEffect(() => {
    const check = (state: AppState) => {
      if (!Object.is(latest.current.selector(state), latest.current.selected)) rerender(0);
    };
    const unsubscribe = appStore.subscribe(check);
    // A change between this render and the subscription would otherwise be missed.
    check(appStore.getState());
    return unsubscribe;
  }, []);
  return selected;
}
