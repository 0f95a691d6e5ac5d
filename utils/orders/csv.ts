/**
 * CSV of orders (RFC 4180: comma, CRLF, quotes doubled). Money is written as the exact decimal
 * string the panel sent (never through a float); dates as ISO 8601 UTC so any tool reads them.
 * Every cell is a number or text, never a formula: text a spreadsheet would run (=, +, -, @
 * first, after spaces too, or a tab, CR or LF) gets a leading apostrophe, in EVERY text
 * column: names, links, ids, currency and status come from panels, and a panel can send
 * "=HYPERLINK(…)". Only real numbers (whole counts, amounts in the one money form) are bare.
 */
import { isMoneyText } from '../money';
import type { PanelProfile } from '../panels/types';
import type { TrackedOrder } from './types';

/**
 * The header row is English in every language, as is the little vocabulary PanelPilot writes
 * into cells (a refill without an id, an order the panel no longer knows): a CSV is a data
 * file that scripts, spreadsheets and people's own imports read by these names, and the same
 * export must read the same whichever language the browser spoke. (The status column is the
 * panel's own text, usually English too.)
 */
export const CSV_COLUMNS = [
  'Order ID', // i18n-exempt: CSV column name (stable file format)
  'Panel', // i18n-exempt: CSV column name (stable file format)
  'Service ID', // i18n-exempt: CSV column name (stable file format)
  'Service', // i18n-exempt: CSV column name (stable file format)
  'Link', // i18n-exempt: CSV column name (stable file format)
  'Quantity', // i18n-exempt: CSV column name (stable file format)
  'Start count', // i18n-exempt: CSV column name (stable file format)
  'Delivered', // i18n-exempt: CSV column name (stable file format)
  'Remains', // i18n-exempt: CSV column name (stable file format)
  'Charge', // i18n-exempt: CSV column name (stable file format)
  'Currency', // i18n-exempt: CSV column name (stable file format)
  'Status', // i18n-exempt: CSV column name (stable file format)
  'Created', // i18n-exempt: CSV column name (stable file format)
  'Last checked', // i18n-exempt: CSV column name (stable file format)
  'Refills', // i18n-exempt: CSV column name (stable file format)
] as const;

/** Byte order mark: Excel reads UTF-8 (emoji service names) only with it. */
export const CSV_BOM = '\uFEFF';

/** A field as CSV: quoted when it holds a comma, a quote or a line break. */
function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** What a spreadsheet would read as a formula: = + - @ first (after spaces too), or a control character. */
const FORMULA = /^(\s*[=+\-@]|[\t\r\n])/;

/** A text cell: never a formula. */
export function textCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return field(FORMULA.test(value) ? `'${value}` : value);
}

/** A number cell: a whole number, or an amount in the one money form; anything else is text. */
export function numberCell(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return isMoneyText(value) ? value : textCell(value);
}

const iso = (at: number | null) => (at ? new Date(at).toISOString() : '');

export function deliveredOf(order: TrackedOrder): number | null {
  if (order.quantity === null || order.remains === null) return null;
  return Math.max(0, order.quantity - order.remains);
}

function row(order: TrackedOrder, panelName: string): string {
  // i18n-exempt: CSV cell vocabulary, English like the headers
  const refills = order.refills.map((r) => `${r.refillId ?? 'no id'}: ${r.statusText || r.status}`).join('; ');
  return [
    textCell(order.orderId),
    textCell(panelName),
    textCell(order.service?.id),
    textCell(order.service?.name),
    textCell(order.link),
    numberCell(order.quantity),
    numberCell(order.startCount),
    numberCell(deliveredOf(order)),
    numberCell(order.remains),
    numberCell(order.charge),
    textCell(order.currency),
    // i18n-exempt: CSV cell vocabulary, English like the headers and the panels' status texts beside it
    textCell(order.missing ? 'Not found on panel' : order.statusText || order.status),
    textCell(iso(order.createdAt)),
    textCell(iso(order.lastCheckedAt)),
    textCell(refills),
  ].join(',');
}

export function ordersToCsv(orders: readonly TrackedOrder[], panels: readonly PanelProfile[]): string {
  const names = new Map(panels.map((p) => [p.id, p.name]));
  const lines = [CSV_COLUMNS.join(','), ...orders.map((o) => row(o, names.get(o.panelId) ?? o.panelId))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** "panelpilot-orders-2026-11-24.csv" */
export function exportFileName(kind: 'orders' | 'backup' | 'spending', now: number, ext: 'csv' | 'json'): string {
  return `panelpilot-${kind}-${new Date(now).toISOString().slice(0, 10)}.${ext}`;
}
