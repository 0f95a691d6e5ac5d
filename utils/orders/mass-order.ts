/**
 * The panels' mass-order box: one order per line, `service_id | link | quantity`, with the
 * variants seen (an extra `| comments` column with comments separated by `/`; commas or
 * whitespace as separators).
 */
import { parseQuantity } from './quantity';
import { t } from '../i18n/messages';

export interface MassOrderLine {
  lineNumber: number;
  /**
   * What the line is, whatever its position: its text plus which repeat of that text it is
   * ("…#2"). Results and request ids are kept by this, so inserting or deleting lines after
   * a send never moves an answer onto another line, nor lets a placed line be sent again.
   */
  identity: string;
  text: string;
  serviceId: string | null;
  link: string | null;
  quantity: number | null;
  comments: string | null;
  /** Why the line cannot be read at all (in the reader's language: the preview shows it at once). */
  parseError: string | null;
}

function split(text: string): string[] | { error: string } {
  if (text.includes('|')) return text.split('|').map((p) => p.trim());
  // Commas separate columns only where a URL cannot contain them meaningfully: around the link.
  const comma = /^\s*(\S+?)\s*,\s*(\S+?)\s*,\s*(\d[\d_]*(?:,\d{3}(?=,|\s*$))*)\s*(?:,\s*(.*))?$/.exec(text);
  // In a line separated by commas, "1,000" cannot be told from the quantity 1 and a comment "000".
  if (comma?.[3]?.includes(',')) return { error: t('quickOrder_massCommaQuantity', comma[3]) };
  if (comma) return [comma[1]!, comma[2]!, comma[3]!, ...(comma[4] !== undefined ? [comma[4]] : [])];
  return text.trim().split(/\s+/);
}

export function parseMassOrder(text: string): MassOrderLine[] {
  const result: MassOrderLine[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const parts = split(line);
    const repeat = (seen.get(line) ?? 0) + 1;
    seen.set(line, repeat);
    const entry: MassOrderLine = { lineNumber: i + 1, identity: `${line}#${repeat}`, text: line, serviceId: null, link: null, quantity: null, comments: null, parseError: null };
    if (!Array.isArray(parts)) {
      result.push({ ...entry, parseError: parts.error });
      return;
    }
    const [service, link, quantity, ...rest] = parts;
    if (!service || !/^[\w-]+$/.test(service)) entry.parseError = t('quickOrder_massNoServiceId');
    else entry.serviceId = service;
    if (link) entry.link = link;
    else entry.parseError ??= t('quickOrder_massNoLink');
    if (quantity !== undefined && quantity !== '') {
      // The one quantity rule (utils/orders/quantity.ts), as the single form reads it.
      const n = parseQuantity(quantity);
      if (n.ok && n.value > 0) entry.quantity = n.value;
      else entry.parseError ??= n.ok ? t('quickOrder_massNotQuantity', quantity) : t('quickOrder_massQuantityProblem', quantity, n.message);
    }
    if (rest.length) entry.comments = rest.join(' ').split('/').map((c) => c.trim()).filter(Boolean).join('\n');
    result.push(entry);
  });
  return result;
}
