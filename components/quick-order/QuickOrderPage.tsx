import { useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { defaultPanel } from '@/utils/ui/app-store';
import { MassOrder } from './MassOrder';
import { QuickOrderForm } from './QuickOrderForm';
import type { QuickOrderActions } from './actions';
import { useCatalog } from './use-catalog';
import type { RemainsRequest } from './RemainsNotice';
import { PanelOptions } from '@/components/PanelOptions';
import { ErrorNotice } from '@/components/ErrorNotice';
import { t } from '@/utils/i18n/messages';

export function QuickOrderPage(props: { initialUrl: string; initialPanelId: string | null; recentByPanel: Record<string, string[]>; remains?: RemainsRequest | null; actions: QuickOrderActions }) {
  const [tab, setTab] = useState<'single' | 'mass'>('single');
  // Mounted on first visit, then only hidden: switching tabs keeps what was typed and sent.
  const [massOpened, setMassOpened] = useState(false);
  const show = (next: 'single' | 'mass') => {
    setTab(next);
    if (next === 'mass') setMassOpened(true);
  };
  return (
    <main class="quick-order-page">
      <header class="row">
        <h1>{t('quickOrder_pageHeading')}</h1>
        <span class="spacer" />
        <div role="tablist" aria-label={t('quickOrder_orderMode')} class="tabs">
          <button type="button" role="tab" id="tab-single" aria-controls="panel-single" aria-selected={tab === 'single'} onClick={() => show('single')}>
            {t('quickOrder_tabSingle')}
          </button>
          <button type="button" role="tab" id="tab-mass" aria-controls="panel-mass" aria-selected={tab === 'mass'} onClick={() => show('mass')}>
            {t('quickOrder_massOrder')}
          </button>
        </div>
      </header>
      <div role="tabpanel" id="panel-single" aria-labelledby="tab-single" hidden={tab !== 'single'}>
        <QuickOrderForm {...props} />
      </div>
      <div role="tabpanel" id="panel-mass" aria-labelledby="tab-mass" hidden={tab !== 'mass'}>
        {massOpened && <MassOrderTab initialPanelId={props.initialPanelId} actions={props.actions} />}
      </div>
    </main>
  );
}

function MassOrderTab({ initialPanelId, actions }: { initialPanelId: string | null; actions: QuickOrderActions }) {
  const panels = useApp((s) => s.panels);
  const settings = useApp((s) => s.settings);
  const [panelId, setPanelId] = useState(initialPanelId ?? defaultPanel(panels)?.id ?? null);
  const catalog = useCatalog(panelId, settings.catalogTtlHours, actions);
  return (
    <>
      {panels.length > 1 && (
        <div class="field">
          <label for="mass-panel">{t('quickOrder_panel')}</label>
          <select id="mass-panel" value={panelId ?? ''} onChange={(e) => setPanelId((e.target as HTMLSelectElement).value)}>
            <PanelOptions panels={panels} />
          </select>
        </div>
      )}
      {panels.length === 0 ? (
        <p class="notice info">{t('quickOrder_addPanelFirst')}</p>
      ) : catalog.index && panelId ? (
        <MassOrder panelId={panelId} index={catalog.index} actions={actions} />
      ) : catalog.error ? (
        <ErrorNotice error={catalog.error}>
          <button type="button" onClick={catalog.refresh}>
            {t('quickOrder_tryAgain')}
          </button>
        </ErrorNotice>
      ) : (
        <p class="muted">{t('quickOrder_loadingServices')}</p>
      )}
    </>
  );
}
