/** Placeholder being replaced by its owner (quick order). */
export function registerContextMenus(): void {}
