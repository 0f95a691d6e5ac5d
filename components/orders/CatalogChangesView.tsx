import { useMemo } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { t } from '@/utils/i18n/messages';
import { own } from '@/utils/own';
import { CatalogChanges } from './CatalogChanges';
import './catalog-changes.css';

/**
 * The orders page's "Catalog changes" view: the log the background's catalog refreshes keep
 * (read with the page's other items, then live: a refresh while the page is open shows at once).
 */
export function CatalogChangesView() {
  const log = useApp((s) => s.catalogChanges);
  const panels = useApp((s) => s.panels);
  const balances = useApp((s) => s.balances);
  const names = useMemo(() => new Map(panels.map((p) => [p.id, p.name])), [panels]);
  return (
    <div class="catalog-changes-view">
      <CatalogChanges log={log} panelName={(id) => names.get(id) ?? id} currencyOf={(id) => own(balances, id)?.last?.currency ?? null} />
      <p class="muted small">{t('catalog_explain')}</p>
    </div>
  );
}
