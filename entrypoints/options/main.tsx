import { render } from 'preact';
import '@/components/theme.css';
import './style.css';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { OptionsActions } from '@/components/options/actions';
import { sendToBackground } from '@/utils/messaging';
import { normalizeApiUrl, panelOrigin } from '@/utils/panel-api/url';
import { requestPanelPermission } from '@/utils/panels/permissions';
import { browserMinPollIntervalSec } from '@/utils/settings';
import { appStore, hydrateAppStore } from '@/utils/ui/app-store';
import { isDemoPanelRunning } from '@/utils/ui/demo-panel';
import { readOptionsPageQuery } from '@/utils/page-urls';
import { preparePageLanguage } from '@/utils/i18n/language';

const actions: OptionsActions = {
  async savePanel(editing, values) {
    const url = normalizeApiUrl(values.apiUrl);
    // The permission prompt needs the click's user gesture: ask before any other await.
    if (url.ok && !(await requestPanelPermission(url.url))) {
      return { ok: false, denied: true, origin: panelOrigin(url.url).replace('/*', '') };
    }
    const result = await sendToBackground('panel.save', {
      id: editing?.id,
      name: values.name,
      apiUrl: values.apiUrl,
      apiKey: values.apiKey,
      lowBalanceThreshold: values.lowBalanceThreshold,
    });
    return result.ok ? { ok: true, balance: result.value.balance } : result;
  },
  removePanel: async (panel) => {
    const removed = await sendToBackground('panel.remove', { id: panel.id });
    return removed.ok ? null : `${removed.error.message} ${removed.error.hint}`;
  },
  makeDefault: async (panel) => void (await sendToBackground('panel.setDefault', { id: panel.id })),
  saveSettings: async (settings) => void (await sendToBackground('settings.save', { settings })),
  // The page's texts were made in the old language: it loads again in the new one.
  saveLanguage: async (language) => {
    await sendToBackground('settings.save', { settings: { ...appStore.getState().settings, language } });
    location.reload();
  },
  keyLock: {
    enable: (passphrase) => sendToBackground('keys.enableLock', { passphrase }),
    unlock: (passphrase) => sendToBackground('keys.unlock', { passphrase }),
    lock: () => sendToBackground('keys.lock', {}),
    disable: (passphrase) => sendToBackground('keys.disableLock', { passphrase }),
    forget: () => sendToBackground('keys.forget', {}),
  },
  dismissStorageNotices: async () => void (await sendToBackground('storage.dismissNotices', {})),
  autoRefill: {
    choosePanel: async (panelId, on) => void (await sendToBackground('autoRefill.choose', { scope: 'panels', id: panelId, on: on ? true : null })),
    resume: async (panelId) => void (await sendToBackground('autoRefill.resume', { panelId })),
  },
};

async function main(): Promise<void> {
  const { demo } = readOptionsPageQuery(location.search);
  const minInterval = browserMinPollIntervalSec();
  const [, keyLock] = await Promise.all([hydrateAppStore(['panels', 'balances', 'settings', 'storageNotices', 'autoRefill', 'autoRefillChoices']), sendToBackground('keys.status', {}), preparePageLanguage()]);
  const mount = (demoAvailable: boolean) =>
    render(<OptionsPage actions={actions} minInterval={minInterval} demo={demo} demoAvailable={demoAvailable} keyLock={keyLock} />, document.getElementById('app')!);
  mount(false);
  // Only a first run needs to know; the offer appears when the simulator answers.
  if (appStore.getState().panels.length === 0 && (await isDemoPanelRunning())) mount(true);
}

void main();
