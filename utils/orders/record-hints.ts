/**
 * One panel's "Your record" hints, serviceId → text, made once per panel and records (not
 * per keystroke: the picker rewrites its visible rows on every key). Services without a
 * finished order get no hint: "1 order" alone says nothing about how a service delivers.
 */
import { recordHint } from './record-text';
import type { ServiceRecord } from './service-record';

export function panelRecordHints(records: ReadonlyMap<string, ServiceRecord> | null, panelId: string | null): ReadonlyMap<string, string> {
  const hints = new Map<string, string>();
  if (!records || panelId === null) return hints;
  for (const record of records.values()) {
    if (record.panelId === panelId && record.finished > 0) hints.set(record.serviceId, recordHint(record));
  }
  return hints;
}
