/**
 * CSV of orders (RFC 4180: comma, CRLF, quotes doubled). Money is written as the exact decimal
 * string the panel sent (never through a float); dates as ISO 8601 UTC so any tool reads them.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
import type { PanelProfile } from '../panels/types';
import type { TrackedOrder } from './types';

export const CSV_COLUMNS = [
  'Order ID',
  'Panel',
  'Service ID',
  'Service',
  'Link',
  'Quantity',
  'Start count',
  'Delivered',
  'Remains',
  'Charge',
  'Currency',
  'Status',
  'Created',
  'Last checked',
  'Refills',
] as const;

/** Byte order mark: Excel reads UTF-8 (emoji service names) only with it. */
export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined, text = false): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const iso = (at: number | null) => (at ? new Date(at).toISOString() : '');

export function deliveredOf(order: TrackedOrder): number | null {
  if (order.quantity === null || order.remains === null) return null;
  return Math.max(0, order.quantity - order.remains);
}

function row(order: TrackedOrder, panelName: string): string {
  const refills = order.refills.map((r) => `${r.refillId}: ${r.statusText || r.status}`).join('; ');
  return [
    csvCell(order.orderId, true),
    csvCell(panelName, true),
    csvCell(order.service?.id),
    csvCell(order.service?.name, true),
    csvCell(order.link, true),
    csvCell(order.quantity),
    csvCell(order.startCount),
    csvCell(deliveredOf(order)),
    csvCell(order.remains),
    csvCell(order.charge),
    csvCell(order.currency),
    csvCell(order.missing ? 'Not found on panel' : order.statusText || order.status, true),
    csvCell(iso(order.createdAt)),
    csvCell(iso(order.lastCheckedAt)),
    csvCell(refills, true),
  ].join(',');
}

export function ordersToCsv(orders: readonly TrackedOrder[], panels: readonly PanelProfile[]): string {
  const names = new Map(panels.map((p) => [p.id, p.name]));
  const lines = [CSV_COLUMNS.join(','), ...orders.map((o) => row(o, names.get(o.panelId) ?? o.panelId))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** "panelpilot-orders-2026-11-24.csv" */
export function exportFileName(kind: 'orders' | 'backup', now: number, ext: 'csv' | 'json'): string {
  return `panelpilot-${kind}-${new Date(now).toISOString().slice(0, 10)}.${ext}`;
}
