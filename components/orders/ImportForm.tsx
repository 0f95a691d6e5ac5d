import { useState } from 'preact/hooks';
import { parseOrderIds } from '@/utils/orders/import-ids';
import type { PanelProfile } from '@/utils/panels/types';
import { defaultPanel } from '@/utils/ui/app-store';
import { PanelOptions } from '@/components/PanelOptions';
import { plural, t } from '@/utils/i18n/messages';

/**
 * Paste order ids (from the panel's website) to track them: sent 100 per status request.
 * The form says what it read before anything is sent.
 */
export function ImportForm({ panels, busy, onImport, onClose }: { panels: PanelProfile[]; busy: boolean; onImport: (panelId: string, ids: string[]) => void; onClose: () => void }) {
  const [panelId, setPanelId] = useState(defaultPanel(panels)?.id ?? '');
  const [text, setText] = useState('');
  const parsed = parseOrderIds(text);
  const problems = [
    parsed.duplicates.length ? plural('imports_duplicates', parsed.duplicates.length) : '',
    parsed.invalid.length ? t('imports_skipped', parsed.invalid.slice(0, 5).join(t('common_listSeparator')) + (parsed.invalid.length > 5 ? ' …' : '')) : '',
  ].filter(Boolean);
  return (
    <form
      class="import-form"
      aria-label={t('imports_title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (panelId && parsed.ids.length) onImport(panelId, parsed.ids);
      }}
    >
      <div class="row">
        <h2>{t('imports_title')}</h2>
        <span class="spacer" />
        <button type="button" onClick={onClose}>
          {t('imports_close')}
        </button>
      </div>
      <p class="small muted">{t('imports_explain')}</p>
      <div class="field">
        <label for="import-panel">{t('imports_panelLabel')}</label>
        <select id="import-panel" value={panelId} onChange={(e) => setPanelId((e.target as HTMLSelectElement).value)}>
          <PanelOptions panels={panels} />
        </select>
      </div>
      <div class="field">
        <label for="import-ids">{t('imports_idsLabel')}</label>
        <textarea id="import-ids" rows={5} aria-describedby="import-ids-help" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} placeholder={'10001\n10002, 10003'} dir="ltr" />
        <span id="import-ids-help" class="field-help">
          {t('imports_idsHelp')} {parsed.ids.length ? plural('imports_idsRead', parsed.ids.length) : ''} {problems.join('; ')}
        </span>
      </div>
      <button type="submit" class="primary" disabled={busy || !panelId || parsed.ids.length === 0}>
        {busy ? t('imports_importing') : t('imports_startTracking')}
      </button>
    </form>
  );
}
