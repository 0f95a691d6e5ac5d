/**
 * The orders page's result notices, as one sentence each: bulk refill or cancel, import and
 * restore. Counts go through their plural messages, lists of names through Intl's list format.
 */
import type { BackupRestoreOutcome, PerOrderResult } from '@/utils/messaging';
import { plural, t } from '@/utils/i18n/messages';
import { formatList } from '@/utils/i18n/intl-format';

export interface NoticeText {
  kind: 'ok' | 'error' | 'info' | 'warn';
  text: string;
}

/** "Refill: 118 requested, 2 refused (see the Result column)." */
export function bulkSummary(action: 'refill' | 'cancel', results: readonly PerOrderResult[]): NoticeText {
  const ok = results.filter((r) => r.ok).length;
  const failed = results.length - ok;
  const text = action === 'refill' ? (failed ? t('orders_refillSummaryFailed', ok, failed) : t('orders_refillSummary', ok)) : failed ? t('orders_cancelSummaryFailed', ok, failed) : t('orders_cancelSummary', ok);
  return { kind: failed ? (ok ? 'warn' : 'error') : 'ok', text };
}

/** What an import of order ids did: imported, already tracked, and the ids the panel refused. */
export function importSummary(panelId: string, out: { imported: number; results: readonly PerOrderResult[] }): NoticeText & { already: number; failed: number } {
  const failed = out.results.filter((r): r is Extract<PerOrderResult, { ok: false }> => !r.ok);
  const already = out.results.filter((r) => r.ok && r.detail === 'Already tracked').length;
  const parts = [plural('orders_importedPart', out.imported)];
  if (already) parts.push(plural('orders_alreadyTrackedPart', already));
  if (failed.length) {
    const ids = failed.slice(0, 8).map((f) => f.key.slice(panelId.length + 1));
    parts.push(plural('orders_notImportedPart', failed.length, `${ids.join(', ')}${failed.length > 8 ? ' …' : ''}`, failed[0]!.error.message));
  }
  const kind = failed.length ? (out.imported ? 'warn' : 'error') : 'ok';
  return { kind, text: t('orders_importSummary', parts.join('; ')), already, failed: failed.length };
}

/** What a restore brought back; the panels whose keys must be entered again, as a list. */
export function restoreSummary(out: Extract<BackupRestoreOutcome, { ok: true }>): NoticeText {
  const [orders, panels] = [plural('common_orders', out.orders), plural('common_panels', out.panels)];
  const text = out.panelsWithoutKey.length ? t('orders_restoredNeedKeys', orders, panels, formatList(out.panelsWithoutKey)) : t('orders_restored', orders, panels);
  return { kind: 'ok', text };
}
