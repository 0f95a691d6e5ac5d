/** Opens a client for a stored panel. Background only: keys come from the key vault. */
import { panelError, say, type PanelError } from '../panel-api/errors';
import { createPanelClient } from '../panel-api/client';
import type { PanelClient } from '../panel-api/types';
import type { PanelProfile } from '../panels/types';
import { own } from '../own';
import { panelsItem } from '../storage';
import { lockedError, readKeys } from './key-vault';

/** The e2e build waits less (a local simulator answers in milliseconds), so timeout tests run in seconds. */
const CLIENT_OPTIONS = import.meta.env.MODE === 'e2e' ? { addTimeoutMs: 3000, timeoutMs: 5000 } : {};

export interface PanelWithClient {
  panel: PanelProfile;
  client: PanelClient;
}

export async function openPanel(panelId: string): Promise<PanelWithClient | null> {
  const [panels, ring] = await Promise.all([panelsItem.getValue(), readKeys()]);
  const panel = panels.find((p) => p.id === panelId);
  const apiKey = ring.locked ? undefined : own(ring.keys, panelId);
  if (!panel || !apiKey) return null;
  return { panel, client: createPanelClient({ apiUrl: panel.apiUrl, apiKey }, CLIENT_OPTIONS) };
}

/** Every panel that has a usable key; none while the passphrase lock is closed. */
export async function openAllPanels(): Promise<PanelWithClient[]> {
  const [panels, ring] = await Promise.all([panelsItem.getValue(), readKeys()]);
  if (ring.locked) return [];
  return panels.flatMap((panel) => {
    const apiKey = own(ring.keys, panel.id);
    return apiKey ? [{ panel, client: createPanelClient({ apiUrl: panel.apiUrl, apiKey }, CLIENT_OPTIONS) }] : [];
  });
}

/** Why `openPanel` gave nothing, in words that say what to do. */
export async function noClientError(): Promise<PanelError> {
  return (await readKeys()).locked ? lockedError() : panelError('auth', say('errors_noStoredKey'));
}
