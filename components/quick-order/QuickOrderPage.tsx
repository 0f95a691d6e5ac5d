import { useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { defaultPanel } from '@/utils/ui/app-store';
import { MassOrder } from './MassOrder';
import { QuickOrderForm, type QuickOrderActions } from './QuickOrderForm';
import { useCatalog } from './use-catalog';
import { PanelOptions } from '@/components/PanelOptions';

export function QuickOrderPage(props: { initialUrl: string; initialPanelId: string | null; recentByPanel: Record<string, string[]>; actions: QuickOrderActions }) {
  const [tab, setTab] = useState<'single' | 'mass'>('single');
  return (
    <main class="quick-order-page">
      <header class="row">
        <h1>New order</h1>
        <span class="spacer" />
        <div role="tablist" aria-label="Order mode" class="tabs">
          <button type="button" role="tab" aria-selected={tab === 'single'} onClick={() => setTab('single')}>
            Single
          </button>
          <button type="button" role="tab" aria-selected={tab === 'mass'} onClick={() => setTab('mass')}>
            Mass order
          </button>
        </div>
      </header>
      {tab === 'single' ? <QuickOrderForm {...props} /> : <MassOrderTab initialPanelId={props.initialPanelId} actions={props.actions} />}
    </main>
  );
}

function MassOrderTab({ initialPanelId, actions }: { initialPanelId: string | null; actions: QuickOrderActions }) {
  const panels = useApp((s) => s.panels);
  const settings = useApp((s) => s.settings);
  const [panelId, setPanelId] = useState(initialPanelId ?? defaultPanel(panels)?.id ?? null);
  const catalog = useCatalog(panelId, settings.catalogTtlHours);
  return (
    <>
      {panels.length > 1 && (
        <div class="field">
          <label for="mass-panel">Panel</label>
          <select id="mass-panel" value={panelId ?? ''} onChange={(e) => setPanelId((e.target as HTMLSelectElement).value)}>
            <PanelOptions panels={panels} />
          </select>
        </div>
      )}
      {catalog.index && panelId ? <MassOrder panelId={panelId} index={catalog.index} actions={actions} /> : <p class="muted">Loading the service list…</p>}
    </>
  );
}
