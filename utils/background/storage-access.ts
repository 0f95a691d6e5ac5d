import { browser } from 'wxt/browser';

/**
 * Keeps `storage.local` (where API keys live) out of reach of content scripts. Chrome 114+
 * supports access levels on every area; Firefox only on `session`, where it throws: there the
 * guarantee is that PanelPilot declares no content script and injects none that reads storage.
 * tests/e2e/key-isolation.spec.ts proves the restriction in Chromium (an injected script is
 * refused, and reads the key once the level is lifted).
 */
export async function restrictStorageToExtension(): Promise<void> {
  const local = browser.storage.local as unknown as {
    setAccessLevel?: (options: { accessLevel: string }) => Promise<void>;
  };
  try {
    await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Not supported here (Firefox, older Chrome): see the comment above.
  }
}
