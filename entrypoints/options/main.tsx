import { render } from 'preact';
import '@/components/theme.css';
import './style.css';
import { OptionsPage, type OptionsActions } from '@/components/options/OptionsPage';
import { sendToBackground } from '@/utils/messaging';
import { normalizeApiUrl, panelOrigin } from '@/utils/panel-api/url';
import { requestPanelPermission } from '@/utils/panels/permissions';
import { minPollIntervalSec } from '@/utils/settings';
import { settingsItem, storageNoticesItem } from '@/utils/storage';
import { hydrateAppStore } from '@/utils/ui/app-store';

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
  removePanel: async (panel) => void (await sendToBackground('panel.remove', { id: panel.id })),
  makeDefault: async (panel) => void (await sendToBackground('panel.setDefault', { id: panel.id })),
  saveSettings: (settings) => settingsItem.setValue(settings),
  dismissStorageNotices: () => storageNoticesItem.setValue([]),
};

const demo = new URLSearchParams(location.search).has('demo');
void hydrateAppStore(['panels', 'balances', 'settings', 'storageNotices']).then(() => {
  render(<OptionsPage actions={actions} minInterval={minPollIntervalSec(import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome')} demo={demo} />, document.getElementById('app')!);
});
