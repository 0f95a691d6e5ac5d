/** Opens a client for a stored panel. Background only: this is where API keys are read. */
import { createPanelClient } from '../panel-api/client';
import type { PanelClient } from '../panel-api/types';
import type { PanelProfile } from '../panels/types';
import { panelSecretsItem, panelsItem } from '../storage';

/** The e2e build waits less (a local simulator answers in milliseconds), so timeout tests run in seconds. */
const CLIENT_OPTIONS = import.meta.env.MODE === 'e2e' ? { addTimeoutMs: 3000, timeoutMs: 5000 } : {};

export interface PanelWithClient {
  panel: PanelProfile;
  client: PanelClient;
}

export async function openPanel(panelId: string): Promise<PanelWithClient | null> {
  const [panels, secrets] = await Promise.all([panelsItem.getValue(), panelSecretsItem.getValue()]);
  const panel = panels.find((p) => p.id === panelId);
  const apiKey = secrets[panelId];
  if (!panel || !apiKey) return null;
  return { panel, client: createPanelClient({ apiUrl: panel.apiUrl, apiKey }, CLIENT_OPTIONS) };
}

export async function openAllPanels(): Promise<PanelWithClient[]> {
  const [panels, secrets] = await Promise.all([panelsItem.getValue(), panelSecretsItem.getValue()]);
  return panels.flatMap((panel) => {
    const apiKey = secrets[panel.id];
    return apiKey ? [{ panel, client: createPanelClient({ apiUrl: panel.apiUrl, apiKey }, CLIENT_OPTIONS) }] : [];
  });
}
