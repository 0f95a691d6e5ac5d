import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { own } from '@/utils/own';
import { ordersToCsv, exportFileName } from '@/utils/orders/csv';
import { cancelEligibility, eligibleFor, refillEligibility } from '@/utils/orders/eligibility';
import { DEFAULT_SORT, EMPTY_FILTER, type OrderFilter, type OrderSort, type SortKey } from '@/utils/orders/order-query';
import type { TrackedOrder } from '@/utils/orders/types';
import { BulkBar } from './BulkBar';
import { ImportForm } from './ImportForm';
import { OrderDetail } from './OrderDetail';
import { OrderFilters } from './OrderFilters';
import { OrdersTable } from './OrdersTable';
import { UnconfirmedList } from './UnconfirmedList';
import { useShownOrders } from './use-shown-orders';
import { ViewSwitch, type PageView } from './ViewSwitch';
import { ordersCount, stillReading, useOrdersRead } from './orders-read';
import { useLazyModule } from './lazy-module';
import { hydrateAppStore } from '@/utils/ui/app-store';
import type { OrdersPageView } from '@/utils/page-urls';
import { rowResults, type OrdersActions, type RowResult } from './actions';
import { plural, t } from '@/utils/i18n/messages';
import { bulkSummary, importSummary, restoreSummary, type NoticeText } from './notice-texts';

interface Notice extends NoticeText {
  /** Orders "Stop tracking" removed: offered back with Undo. */
  undo?: TrackedOrder[];
}

// The other views load when first opened: the orders' first paint does not wait for them.
const loadSpending = () => import('./SpendingView');
const loadCatalog = () => Promise.all([import('./CatalogChangesView'), hydrateAppStore(['catalogChanges'])]).then(([m]) => m);
const NONE: TrackedOrder[] = [];

/** A function, not a constant: the messages are read once the page's language is known. */
const views = (): PageView<OrdersPageView>[] => [
  { id: 'orders', label: t('orders_viewOrders') },
  { id: 'catalog', label: t('orders_viewCatalog') },
  { id: 'spending', label: t('orders_viewSpending') },
];

export function OrdersPage({ actions, initial }: { actions: OrdersActions; initial: { open: string | null; keys: string[] | null; view: OrdersPageView } }) {
  const panels = useApp((s) => s.panels);
  const read = useOrdersRead(actions.readOrders);
  const stored = read.orders;
  const unconfirmed = useApp((s) => s.unconfirmed);
  const balances = useApp((s) => s.balances);
  const currencyOf = (panelId: string) => own(balances, panelId)?.last?.currency ?? null;
  const [filter, setFilter] = useState<OrderFilter>({ ...EMPTY_FILTER, keys: initial.keys });
  const [sort, setSort] = useState<OrderSort>(DEFAULT_SORT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [results, setResults] = useState<Record<string, RowResult>>({});
  const [openKey, setOpenKey] = useState<string | null>(initial.open);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importing, setImporting] = useState(false);
  const [now, setNow] = useState(Date.now());
  const [view, setView] = useState<OrdersPageView>(initial.view);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const names = useMemo(() => new Map(panels.map((p) => [p.id, p.name])), [panels]);
  const panelName = (id: string) => names.get(id) ?? id;
  const all = useMemo(() => Object.values(stored), [stored]);
  const shown = useShownOrders(all, filter, sort, names, now);
  const selection = useMemo(() => (selected.size ? shown.filter((o) => selected.has(o.key)) : NONE), [shown, selected]);
  const refill = eligibleFor(selection, refillEligibility, 'refill');
  const cancel = eligibleFor(selection, cancelEligibility, 'cancel');
  const open = openKey ? own(stored, openKey) : undefined;
  const spending = useLazyModule(loadSpending, view === 'spending');
  const catalog = useLazyModule(loadCatalog, view === 'catalog');
  const partial = stillReading(read);

  const run = async <T,>(label: string, task: () => Promise<T>): Promise<T | null> => {
    setBusy(label);
    setNotice({ kind: 'info', text: t('orders_working', label) });
    try {
      return await task();
    } catch (error) {
      setNotice({ kind: 'error', text: t('orders_taskFailed', label, error instanceof Error ? error.message : String(error)) });
      return null;
    } finally {
      setBusy(null);
    }
  };

  const doRefill = async (keys: string[]) => {
    const out = await run(plural('orders_requestingRefills', keys.length), () => actions.refill(keys));
    if (!out) return;
    setResults((r) => ({ ...r, ...rowResults(out) }));
    setNotice(bulkSummary('refill', out));
  };
  const doCancel = async (keys: string[]) => {
    const out = await run(plural('orders_requestingCancel', keys.length), () => actions.cancel(keys));
    if (!out) return;
    setResults((r) => ({ ...r, ...rowResults(out) }));
    setNotice(bulkSummary('cancel', out));
  };
  const doCheck = async (keys: string[]) => {
    const out = await run(plural('orders_checking', keys.length), () => actions.check(keys));
    if (out) setNotice({ kind: out.errors ? 'warn' : 'ok', text: out.errors ? plural('orders_checkedResultErrors', out.checked, out.changed, plural('orders_panelsAnsweredError', out.errors)) : plural('orders_checkedResult', out.checked, out.changed) });
  };
  const doStop = async (keys: string[]) => {
    const out = await run(plural('orders_removing', keys.length), () => actions.stopTracking(keys));
    if (!out) return;
    setSelected((s) => new Set([...s].filter((k) => !keys.includes(k))));
    if (openKey && keys.includes(openKey)) setOpenKey(null);
    setNotice({ kind: 'info', text: plural('orders_stoppedTracking', out.removed.length), undo: out.removed });
  };
  const undoStop = async (orders: TrackedOrder[]) => {
    const out = await run(t('orders_puttingBack'), () => actions.restore(orders));
    if (out) setNotice({ kind: 'ok', text: plural('orders_trackingAgain', orders.length) });
  };
  const doImport = async (panelId: string, ids: string[]) => {
    const out = await run(plural('orders_importingIds', ids.length), () => actions.importOrders(panelId, ids));
    if (!out) return;
    setResults((r) => ({ ...r, ...rowResults(out.results) }));
    const { already, failed, ...notice } = importSummary(panelId, out);
    setNotice(notice);
    // The form stays open while some ids failed, so they can be corrected and sent again.
    if ((out.imported || already) && failed === 0) setImporting(false);
  };
  const exportCsv = () => {
    actions.download(exportFileName('orders', Date.now(), 'csv'), ordersToCsv(shown, panels), 'text/csv;charset=utf-8');
    setNotice({ kind: 'ok', text: plural('orders_exportedCsv', shown.length) });
  };
  const backup = async () => {
    const out = await run(t('orders_preparingBackup'), () => actions.exportBackup());
    if (!out) return;
    actions.download(out.fileName, out.json, 'application/json');
    setNotice({ kind: 'ok', text: t('orders_backupSaved', out.fileName) });
  };
  const restoreFile = async (file: File) => {
    const out = await run(t('orders_restoring', file.name), async () => actions.restoreBackup(await file.text()));
    if (!out) return;
    if (!out.ok) return setNotice({ kind: 'error', text: out.message });
    setNotice(restoreSummary(out));
  };

  const toggle = (key: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const toggleAll = () => read.complete && setSelected(shown.every((o) => selected.has(o.key)) ? new Set() : new Set(shown.map((o) => o.key)));
  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'createdAt' || key === 'lastCheckedAt' ? 'desc' : 'asc' }));
  const keysOf = (list: TrackedOrder[]) => list.map((o) => o.key);

  return (
    <main class="orders-page">
      <header class="row page-head">
        <h1>{t('orders_heading')}</h1>
        <ViewSwitch views={views()} current={view} onChange={setView} />
        <span class="muted small" aria-live="polite">
          {ordersCount(read, all.length, shown.length)}
        </span>
        <span class="spacer" />
        <button type="button" onClick={() => setImporting((v) => !v)} aria-expanded={importing} disabled={panels.length === 0} title={panels.length === 0 ? t('orders_addPanelFirst') : undefined}>
          {t('orders_importOrders')}
        </button>
        <button type="button" onClick={exportCsv} disabled={shown.length === 0 || !read.complete} title={!read.complete ? t('ordersTable_exportWaits') : shown.length === 0 ? t('orders_nothingToExport') : t('orders_exportHelp')}>
          {t('orders_exportCsv')}
        </button>
        <button type="button" onClick={() => void backup()} disabled={!!busy}>
          {t('orders_backUp')}
        </button>
        <button type="button" onClick={() => fileRef.current?.click()} disabled={!!busy}>
          {t('orders_restoreBackup')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          class="sr-only"
          tabIndex={-1}
          aria-label={t('orders_restoreFileLabel')}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void restoreFile(file);
          }}
        />
      </header>
      {/* i18n-exempt: a view id compared, not shown */}
      {view === 'catalog' && (
        <div role="tabpanel" id="view-catalog" aria-labelledby="view-tab-catalog">
          {catalog ? <catalog.CatalogChangesView /> : <p class="muted">{t('ordersTable_loadingCatalog')}</p>}
        </div>
      )}
      {/* i18n-exempt: a view id compared, not shown */}
      {view === 'spending' && (
        <div role="tabpanel" id="view-spending" aria-labelledby="view-tab-spending">
          {!read.complete ? (
            <p class="muted">{t('ordersTable_spendingWaits', partial ?? '')}</p>
          ) : spending ? (
            <spending.SpendingView orders={all} panelName={panelName} currencyOf={currencyOf} download={actions.download} now={now} />
          ) : null}
        </div>
      )}
      {/* Not re-indented: the views of other branches (refill windows, catalog changes) merge line by line. */}
      <div role="tabpanel" id="view-orders" aria-labelledby="view-tab-orders" hidden={view !== 'orders'}>
      {useMemo(() => <UnconfirmedList attempts={unconfirmed} panelName={panelName} currencyOf={currencyOf} onResolve={actions.resolveUnconfirmed} />, [unconfirmed, names, balances])}
      {importing ? <ImportForm panels={panels} busy={!!busy} onImport={(p, ids) => void doImport(p, ids)} onClose={() => setImporting(false)} /> : null}
      {/* Kept while the filter is: a sort or a selection does not render the filters again. */}
      {useMemo(() => <OrderFilters filter={filter} panels={panels} onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))} />, [filter, panels])}
      {filter.keys ? (
        <p class="notice info row">
          {plural('orders_showingFromNotification', filter.keys.length)}
          <button type="button" class="link" onClick={() => setFilter((f) => ({ ...f, keys: null }))}>
            {t('orders_showAll')}
          </button>
        </p>
      ) : null}
      <BulkBar
        count={selection.length}
        refill={refill}
        cancel={cancel}
        busy={!!busy}
        onRefill={() => void doRefill(keysOf(refill.eligible))}
        onCancel={() => void doCancel(keysOf(cancel.eligible))}
        onCheck={() => void doCheck(keysOf(selection))}
        onStop={() => void doStop(keysOf(selection))}
        onClear={() => setSelected(new Set())}
      />
      <div role="status" aria-live="polite" class="notice-slot">
        {notice ? (
          <p class={`notice ${notice.kind} row`}>
            <span>{notice.text}</span>
            {notice.undo?.length ? (
              <button type="button" onClick={() => void undoStop(notice.undo!)} disabled={!!busy}>
                {t('orders_undo')}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {read.error ? <p class="notice error">{t('ordersTable_readFailed', read.error)}</p> : null}
      <div class="orders-main">
        {all.length === 0 && !read.complete ? (
          read.error ? null : <p class="muted">{t('ordersTable_readingOrders')}</p>
        ) : all.length === 0 ? (
          <div class="empty-state">
            <p>{t('orders_emptyTitle')}</p>
            <p class="muted">{t('orders_emptyHelp')}</p>
          </div>
        ) : (
          <>
            <OrdersTable orders={shown} allRead={read.complete} panelName={panelName} currencyOf={currencyOf} sort={sort} onSort={onSort} selected={selected} onToggle={toggle} onToggleAll={toggleAll} results={results} openKey={openKey} onOpen={setOpenKey} now={now} />
            {shown.length === 0 ? <p class="muted empty-filter">{t('orders_noMatch')}</p> : null}
          </>
        )}
        {open ? (
          <OrderDetail
            order={open}
            panelName={panelName(open.panelId)}
            panelCurrency={currencyOf(open.panelId)}
            result={own(results, open.key)}
            busy={!!busy}
            onClose={() => {
              setOpenKey(null);
              // Back to the table where the user was, not to the top of the page.
              requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-row][tabindex="0"]')?.focus());
            }}
            onRefill={() => void doRefill([open.key])}
            onCancel={() => void doCancel([open.key])}
            onCheck={() => void doCheck([open.key])}
            onStop={() => void doStop([open.key])}
            now={now}
            onAutoRefill={(scope, id, on) => void run(t('orders_savingAutoRefill'), () => actions.chooseAutoRefill(scope, id, on)).then((out) => out && setNotice(null))}
            onOrderRemains={actions.orderRemains}
          />
        ) : null}
      </div>
      </div>
    </main>
  );
}
