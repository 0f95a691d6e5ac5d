export * from './types';
export * from './errors';
export { createPanelClient, BATCH_SIZE, DEFAULT_TIMEOUT_MS, DEFAULT_ADD_TIMEOUT_MS } from './client';
export { normalizeApiUrl, panelOrigin, panelWebsite } from './url';
