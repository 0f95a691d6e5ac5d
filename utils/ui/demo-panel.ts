/**
 * The demo panel: the local simulator that `npm start` and `npm run panel` run on port 8787.
 * First-run screens offer it only when it is really there, so a user who installed from a
 * store is never pointed at a panel that does not exist.
 */
export const DEMO_PANEL_ORIGIN = 'http://127.0.0.1:8787';

/** The form's values for it; its name is given in the page's language (options_demoPanelName). */
export const DEMO_PANEL_VALUES = {
  apiUrl: `${DEMO_PANEL_ORIGIN}/api/v2`,
  apiKey: 'demo-key',
  lowBalanceThreshold: '10',
} as const;

/**
 * Asks the simulator's keyless stats endpoint (it allows any origin), so no host permission and
 * no API key are involved. Half a second at most: a first-run screen must not wait on it.
 */
export async function isDemoPanelRunning(): Promise<boolean> {
  try {
    const answer = await fetch(`${DEMO_PANEL_ORIGIN}/__control/stats`, { signal: AbortSignal.timeout(500), credentials: 'omit' });
    return answer.ok;
  } catch {
    return false;
  }
}
