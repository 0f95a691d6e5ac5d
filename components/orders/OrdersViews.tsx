import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CatalogChangesView } from './CatalogChangesView';

export type OrdersView = 'orders' | 'catalog';

const VIEWS: [OrdersView, string][] = [
  ['orders', 'Orders'],
  ['catalog', 'Catalog changes'],
];

/** `?view=catalog` (a catalog-change notification) opens that view; anything else the orders. */
export const viewFromSearch = (search: string): OrdersView => (new URLSearchParams(search).get('view') === 'catalog' ? 'catalog' : 'orders');

/**
 * The orders page's views as tabs (arrow keys move between them). The orders view stays
 * mounted while another is shown: its filter, selection and scroll are kept.
 */
export function OrdersViews({ initial, orders }: { initial: OrdersView; orders: ComponentChildren }) {
  const [view, setView] = useState(initial);
  const [opened, setOpened] = useState<ReadonlySet<OrdersView>>(new Set([initial]));
  const show = (next: OrdersView, focus = false) => {
    setView(next);
    setOpened((s) => (s.has(next) ? s : new Set([...s, next])));
    // A reload keeps the view.
    const url = new URL(location.href);
    if (next === 'orders') url.searchParams.delete('view');
    else url.searchParams.set('view', next);
    history.replaceState(null, '', url);
    if (focus) document.getElementById(`view-tab-${next}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const rtl = document.documentElement.dir === 'rtl' ? -1 : 1;
    const i = VIEWS.findIndex(([id]) => id === view);
    show(VIEWS[(i + step * rtl + VIEWS.length) % VIEWS.length]![0], true);
  };
  return (
    // The page's one main landmark: the views and their tabs all sit in it.
    <main class="orders-views">
      <div role="tablist" aria-label="Orders page views" class="tabs view-tabs" onKeyDown={onKeyDown}>
        {VIEWS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`view-tab-${id}`} aria-controls={`view-${id}`} aria-selected={view === id} tabIndex={view === id ? 0 : -1} onClick={() => show(id)}>
            {label}
          </button>
        ))}
      </div>
      {VIEWS.map(([id]) => (
        <div key={id} role="tabpanel" id={`view-${id}`} aria-labelledby={`view-tab-${id}`} class="view-panel" hidden={view !== id}>
          {id === 'orders' ? orders : opened.has(id) ? <CatalogChangesView /> : null}
        </div>
      ))}
    </main>
  );
}
