import { useStore } from 'zustand';
import { appStore, type AppState } from '@/utils/ui/app-store';

/** Subscribe a component to one slice of the shared app state. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
