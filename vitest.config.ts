import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Vitest 5's reporter calls Map.groupBy (Node 21+); CI and these machines run Node 20.
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
mapWithGroupBy.groupBy ??= <K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> => {
  const groups = new Map<K, V[]>();
  let i = 0;
  for (const item of items) {
    const k = key(item, i++);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
};

export default defineConfig({
  // WxtVitest does not apply wxt.config's Vite plugins: Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['**/__tests__/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    restoreMocks: true,
    // English messages for t() in every test (the fake browser has no i18n API).
    setupFiles: ['utils/i18n/__tests__/english-setup.ts'],
  },
});
