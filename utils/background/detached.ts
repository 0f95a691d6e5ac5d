/**
 * Work a listener starts and does not wait for (a poll from an alarm, a badge refresh after a
 * storage change). A failure there has no caller to tell, so it is logged once with what was
 * being done: never an unhandled rejection. Messages here come from PanelError texts and
 * storage errors, which never contain an API key (utils/panel-api redacts them).
 */
export function detached(what: string, task: Promise<unknown>): void {
  task.catch((error: unknown) => {
    console.warn(`PanelPilot: ${what} failed:`, error instanceof Error ? error.message : String(error));
  });
}

/**
 * Registers a feature that rests on an API a browser may not have (Firefox for Android has no
 * context menus): where it is missing or throws, the worker starts without it. Nothing that
 * start-up must do (recovering interrupted orders, the poll alarm) may sit behind one.
 */
export function optionalFeature(what: string, register: () => void): void {
  try {
    register();
  } catch (error) {
    console.warn(`PanelPilot: ${what} is not available here:`, error instanceof Error ? error.message : String(error));
  }
}
