/** Settings are written by the background only, always within the one settings rule (form and restore alike). */
import type { MessageHandlers } from '../messaging';
import { storable } from '../schema/read';
import { SETTINGS, browserMinPollIntervalSec, clampSettings, type Settings } from '../settings';
import { settingsItem } from '../storage';
import { withLock } from './lock';

export function saveSettings(settings: Settings): Promise<Settings> {
  return withLock('settings', async () => {
    const clamped = clampSettings(storable(SETTINGS, settings), browserMinPollIntervalSec());
    await settingsItem.setValue(clamped);
    return clamped;
  });
}

export const settingsHandlers: Pick<MessageHandlers, 'settings.save'> = {
  'settings.save': async ({ settings }) => {
    await saveSettings(settings);
    return { ok: true };
  },
};
