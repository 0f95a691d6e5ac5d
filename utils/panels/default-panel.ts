/**
 * The panel a page acts on when none was picked: the one marked default, else the first.
 * No imports: the pages' early scripts (utils/ui/early-catalog.ts) pick it from raw stored
 * panels before any module is loaded, and the app store (utils/ui/app-store.ts) from checked ones.
 */
export function pickDefaultPanel<T extends { isDefault?: unknown } | null | undefined>(panels: readonly T[]): T | undefined {
  return panels.find((p) => p?.isDefault === true) ?? panels[0];
}
