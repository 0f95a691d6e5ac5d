import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Amount } from '@/components/Amount';
import { StatusPill } from '@/components/StatusPill';
import { VirtualList } from '@/components/VirtualList';
import { deliveredCount, ORDER_KIND_LABEL, orderKind } from '@/utils/orders/kind';
import { own } from '@/utils/own';
import type { OrderSort, SortKey } from '@/utils/orders/order-query';
import type { TrackedOrder } from '@/utils/orders/types';
import { isWebLink } from '@/utils/schema/link-fields';
import { shortLink } from '@/utils/format';
import { formatDateTime, formatInteger, formatRelativeTime } from '@/utils/i18n/intl-format';
import { plural, t } from '@/utils/i18n/messages';
import type { MessageKey } from '@/utils/i18n/keys';
import type { RowResult } from './actions';

export const ROW_HEIGHT = 34;

interface Column {
  label: MessageKey;
  sort?: SortKey;
  numeric?: boolean;
}

/** One place for the columns: header and rows share the grid template in style.css. */
const COLUMNS: Column[] = [
  { label: 'ordersTable_colOrder', sort: 'orderId' },
  { label: 'ordersTable_colPanel', sort: 'panel' },
  { label: 'ordersTable_colService', sort: 'service' },
  { label: 'ordersTable_colLink', sort: 'link' },
  { label: 'ordersTable_colQuantity', sort: 'quantity', numeric: true },
  { label: 'ordersTable_colStartCount', sort: 'startCount', numeric: true },
  { label: 'ordersTable_colProgress', sort: 'remains', numeric: true },
  { label: 'ordersTable_colCharge', sort: 'charge', numeric: true },
  { label: 'ordersTable_colStatus', sort: 'status' },
  { label: 'ordersTable_colCreated', sort: 'createdAt' },
  { label: 'ordersTable_colLastChecked', sort: 'lastCheckedAt' },
  { label: 'ordersTable_colResult' },
];

export interface OrdersTableProps {
  orders: TrackedOrder[];
  /** Every order is read (orders-read.ts): until then "select all" would not be all. */
  allRead: boolean;
  panelName: (id: string) => string;
  /** The panel's balance currency: shown with estimates until the panel reports the charge. */
  currencyOf: (panelId: string) => string | null;
  sort: OrderSort;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onToggleAll: () => void;
  results: Record<string, RowResult>;
  openKey: string | null;
  onOpen: (key: string) => void;
  now: number;
}

function progress(order: TrackedOrder): string {
  const delivered = deliveredCount(order);
  if (delivered === null && order.remains === null) return '—';
  return `${delivered === null ? '—' : formatInteger(delivered)} / ${formatInteger(order.remains)}`;
}

interface RowTexts {
  link: string;
  quantity: string;
  startCount: string;
  progress: string;
  created: string;
  lastChecked: string;
}

/**
 * A row's formatted texts, made once per order object (a changed order is a new object):
 * sorting or filtering rewrites every visible row, and dates, links and numbers need not be
 * formatted again each time.
 */
const rowTexts = new WeakMap<TrackedOrder, RowTexts>();
function textsOf(o: TrackedOrder): RowTexts {
  let t = rowTexts.get(o);
  if (!t) {
    t = { link: shortLink(o.link, 48), quantity: formatInteger(o.quantity), startCount: formatInteger(o.startCount), progress: progress(o), created: formatDateTime(o.createdAt), lastChecked: formatDateTime(o.lastCheckedAt) };
    rowTexts.set(o, t);
  }
  return t;
}

/** Keeps the body exactly as tall as the space left under the header. */
function useHeight(ref: { current: HTMLElement | null }): number {
  const [height, setHeight] = useState(400);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setHeight(Math.max(ROW_HEIGHT * 3, el.clientHeight));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return height;
}

/**
 * The orders as an ARIA table, virtualized: only rows in view are in the DOM. Keyboard: one
 * row is in the tab order (roving focus); ↑/↓/Home/End/PageUp/PageDown move, Space selects,
 * Enter opens the order's details.
 */
export function OrdersTable(props: OrdersTableProps) {
  const { orders, sort, selected, results, openKey, now } = props;
  const bodyRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const height = useHeight(bodyRef);
  // The active row is an order, not a position: when a new order arrives or a check re-sorts
  // the list, Space and Enter still act on the order the user moved to.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const found = useMemo(() => (activeKey ? orders.findIndex((o) => o.key === activeKey) : -1), [orders, activeKey]);
  const activeIndex = Math.max(0, found);

  // A page opened for one order (?order=key) scrolls to it.
  useEffect(() => {
    if (openKey && orders.some((o) => o.key === openKey)) setActiveKey(openKey);
  }, [openKey, orders.length > 0]);

  // A far row is rendered only after the list has scrolled to it: try for a few frames.
  const focusRow = (index: number, tries = 10) =>
    requestAnimationFrame(() => {
      const row = tableRef.current?.querySelector<HTMLElement>(`[data-row="${index}"]`);
      if (row) row.focus();
      else if (tries > 0) focusRow(index, tries - 1);
    });

  // Rows are positions: when the list shifts under a focused row, focus follows the order.
  useEffect(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (found >= 0 && focused?.dataset.row !== undefined && tableRef.current?.contains(focused) && Number(focused.dataset.row) !== found) focusRow(found);
  }, [found]);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(orders.length - 1, to));
    setActiveKey(orders[index]?.key ?? null);
    focusRow(index);
  };
  const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (!target.dataset.row) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(orders.length - 1),
      ' ': () => orders[activeIndex] && props.onToggle(orders[activeIndex].key),
      Enter: () => orders[activeIndex] && props.onOpen(orders[activeIndex].key),
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  };

  // Nothing selected (the usual case): no pass over 10,000 orders on every render.
  const allSelected = selected.size > 0 && orders.length > 0 && orders.every((o) => selected.has(o.key));
  const someSelected = selected.size > 0 && !allSelected && orders.some((o) => selected.has(o.key));

  const renderRow = (i: number) => {
    const o = orders[i]!;
    const text = textsOf(o);
    const result = own(results, o.key);
    const isSelected = selected.has(o.key);
    return (
      <div
        role="row"
        aria-rowindex={i + 2}
        aria-selected={isSelected}
        data-row={i}
        tabIndex={i === activeIndex ? 0 : -1}
        class={`orders-row${isSelected ? ' selected' : ''}${o.key === openKey ? ' open' : ''}`}
        onClick={() => setActiveKey(o.key)}
      >
        <div role="cell" class="cell-check">
          <input type="checkbox" tabIndex={-1} aria-label={t('ordersTable_selectOrder', o.orderId)} checked={isSelected} onChange={() => props.onToggle(o.key)} />
        </div>
        <div role="cell">
          <button type="button" class="link order-id" dir="ltr" tabIndex={-1} onClick={() => props.onOpen(o.key)} aria-label={t('ordersTable_orderDetails', o.orderId)}>
            {o.orderId}
          </button>
        </div>
        <div role="cell" class="truncate">
          <bdi translate={false}>{props.panelName(o.panelId)}</bdi>
        </div>
        <div role="cell" class="truncate" title={o.service ? `${o.service.id} · ${o.service.name}` : t('ordersTable_serviceUnknown')}>
          {o.service ? <bdi translate={false}>{o.service.name}</bdi> : <span class="muted">—</span>}
        </div>
        <div role="cell" class="truncate" title={o.link ?? ''}>
          {isWebLink(o.link) ? (
            <a href={o.link} target="_blank" rel="noreferrer noopener" tabIndex={-1} dir="ltr">
              {text.link}
            </a>
          ) : (
            <bdi dir="ltr">{text.link}</bdi>
          )}
        </div>
        <div role="cell" class="num">
          {text.quantity}
        </div>
        <div role="cell" class="num">
          {text.startCount}
        </div>
        <div role="cell" class="num">
          <span dir="ltr">{text.progress}</span>
        </div>
        <div role="cell" class={`num${o.charge === null ? ' estimate' : ''}`} title={o.charge === null && o.estimatedCharge !== null ? t('ordersTable_chargeEstimate') : undefined}>
          <Amount value={o.charge ?? o.estimatedCharge} currency={o.currency ?? o.service?.currency ?? props.currencyOf(o.panelId)} />
        </div>
        <div role="cell" class="status-cell">
          {o.missing ? <span class="status status-unknown" title={t('ordersTable_notFoundTitle')}>{t('ordersTable_notFound')}</span> : <StatusPill status={o.status} text={o.statusText} />}
          {orderKind(o) !== 'order' /* i18n-exempt: a kind compared, not shown */ && <span class="muted small"> {ORDER_KIND_LABEL[orderKind(o)]}</span>}
          {o.refills.length ? <span class="muted small" title={plural('ordersTable_refills', o.refills.length)}> ↻{o.refills.length}</span> : null}
        </div>
        {/* Dates are values Intl already wrote in the page's language: not for a page translator. */}
        <div role="cell" class="small" title={text.created} translate={false}>
          {text.created}
        </div>
        <div role="cell" class="small muted" title={text.lastChecked} translate={false}>
          {o.lastCheckedAt ? formatRelativeTime(o.lastCheckedAt, now) : t('ordersTable_never')}
        </div>
        <div role="cell" class={`truncate small ${result ? (result.ok ? 'result-ok' : 'result-error') : ''}`} title={result?.text}>
          {result?.text ?? ''}
        </div>
      </div>
    );
  };

  return (
    <div class="orders-table-wrap">
      <div ref={tableRef} role="table" aria-label={t('ordersTable_tableName')} aria-rowcount={orders.length + 1} aria-busy={!props.allRead} class="orders-table" onKeyDown={onKeyDown}>
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} class="orders-row orders-head">
            <div role="columnheader" class="cell-check">
              <input
                type="checkbox"
                aria-label={t('ordersTable_selectAll')}
                checked={allSelected}
                ref={(el) => {
                  if (el) el.indeterminate = someSelected;
                }}
                disabled={orders.length === 0 || !props.allRead}
                title={props.allRead ? undefined : t('ordersTable_selectAllWaits')}
                onChange={props.onToggleAll}
              />
            </div>
            {COLUMNS.map((c) => (
              <div role="columnheader" key={c.label} class={c.numeric ? 'num' : undefined} aria-sort={c.sort && sort.key === c.sort ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                {c.sort ? (
                  <button type="button" class="sort" title={t(c.label)} onClick={() => props.onSort(c.sort!)}>
                    {t(c.label)}
                    <span aria-hidden="true" class="sort-mark">
                      {sort.key === c.sort ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                ) : (
                  t(c.label)
                )}
              </div>
            ))}
          </div>
        </div>
        <div ref={bodyRef} class="orders-body">
          {orders.length === 0 ? null : (
            <VirtualList role="rowgroup" count={orders.length} rowHeight={ROW_HEIGHT} height={height} activeIndex={activeIndex} renderRow={renderRow} rowKey={(i) => orders[i]!.key} overscan={3} class="orders-scroll" />
          )}
        </div>
      </div>
    </div>
  );
}
