import { useState } from 'preact/hooks';
import { parseOrderIds } from '@/utils/orders/import-ids';
import type { PanelProfile } from '@/utils/panels/types';
import { defaultPanel } from '@/utils/ui/app-store';
import { PanelOptions } from '@/components/PanelOptions';
import { plural } from '@/utils/i18n/messages';

/**
 * Paste order ids (from the panel's website) to track them: sent 100 per status request.
 * The form says what it read before anything is sent.
 */
export function ImportForm({ panels, busy, onImport, onClose }: { panels: PanelProfile[]; busy: boolean; onImport: (panelId: string, ids: string[]) => void; onClose: () => void }) {
  const [panelId, setPanelId] = useState(defaultPanel(panels)?.id ?? '');
  const [text, setText] = useState('');
  const parsed = parseOrderIds(text);
  const problems = [
    parsed.duplicates.length ? `${plural('common_ids', parsed.duplicates.length)} given twice (imported once)` : '',
    parsed.invalid.length ? `skipped, not order ids: ${parsed.invalid.slice(0, 5).join(', ')}${parsed.invalid.length > 5 ? ' …' : ''}` : '',
  ].filter(Boolean);
  return (
    <form
      class="import-form"
      aria-label="Import orders"
      onSubmit={(e) => {
        e.preventDefault();
        if (panelId && parsed.ids.length) onImport(panelId, parsed.ids);
      }}
    >
      <div class="row">
        <h2>Import orders</h2>
        <span class="spacer" />
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p class="small muted">Orders placed on the panel’s website are tracked too once their ids are imported. PanelPilot asks the panel for their status, 100 ids per request.</p>
      <div class="field">
        <label for="import-panel">Panel the orders are on</label>
        <select id="import-panel" value={panelId} onChange={(e) => setPanelId((e.target as HTMLSelectElement).value)}>
          <PanelOptions panels={panels} />
        </select>
      </div>
      <div class="field">
        <label for="import-ids">Order ids</label>
        <textarea id="import-ids" rows={5} aria-describedby="import-ids-help" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} placeholder={'10001\n10002, 10003'} />
        <span id="import-ids-help" class="field-help">
          One per line or separated by commas. {parsed.ids.length ? `${plural('common_orderIds', parsed.ids.length)} read.` : ''} {problems.join('; ')}
        </span>
      </div>
      <button type="submit" class="primary" disabled={busy || !panelId || parsed.ids.length === 0}>
        {busy ? 'Importing…' : 'Start tracking'}
      </button>
    </form>
  );
}
