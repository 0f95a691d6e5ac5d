import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded the first time it is wanted, then kept: the page's other views (spending,
 * catalog changes) are not parsed, and their data not read, before the orders are on screen.
 */
export function useLazyModule<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void load().then((m) => live && setModule(() => m));
    return () => {
      live = false;
    };
  }, [wanted]);
  return module;
}
