/**
 * What PanelPilot stores about catalog changes, defined once (see utils/schema/fields.ts):
 * the services each panel removed (as last seen, for "back again" and the quick-order
 * form's replacements), the "Catalog changes" log, the pinned services, and when each
 * panel's catalog was last asked for. Written by the background only.
 */
import type { Service } from '../panel-api/types';
import { BAD, REQUIRED, TEXT_CAP, bool, count, id, listOf, money, nullable, object, oneOf, optional, recordOf, text, time, withDefault, type Field } from '../schema/fields';
import { readStored, type Checked } from '../schema/read';
import { t } from '../i18n/messages';
import type { RemovedService, ServiceChange, UnwatchedCounts } from './catalog-diff';
import type { CatalogTimes } from './refresh-plan';
import { CHANGE_LOG_CAP, EMPTY_CHANGE_LOG, type CatalogChangeEntry, type CatalogChangeLog, type CatalogRefreshSummary } from './change-log';

/** A service as the panel listed it (normalized: utils/panel-api/normalize.ts). */
export const SERVICE = object<Service>({
  id,
  name: text(TEXT_CAP.line),
  type: text(TEXT_CAP.line, 'Default'), // i18n-exempt: the API's own type name
  category: text(TEXT_CAP.line),
  rate: money,
  min: count,
  max: count,
  step: optional(count),
  refill: nullable(bool(false)),
  cancel: nullable(bool(false)),
  dripfeed: nullable(bool(false)),
  // Descriptions carry the guarantee ("30 days refill"): kept long enough to read it again.
  description: optional(text(TEXT_CAP.link)),
  averageDelivery: optional(text(TEXT_CAP.line)),
  currency: optional(text(TEXT_CAP.short)),
});

export const REMOVED_SERVICE = object<RemovedService>({ service: withDefault(SERVICE, REQUIRED), at: time });

/** panelId → serviceId → the removed service as last seen. */
export const CATALOG_REMOVED = recordOf(recordOf(REMOVED_SERVICE));

const kind = <K extends string>(k: K) => withDefault(oneOf([k] as const, k), REQUIRED);
const flag = nullable(bool(false));

/** One change, read by its kind; an unknown kind is unusable (dropped, not guessed). */
const CHANGE_BY_KIND = new Map<string, Field<ServiceChange>>([
  ['rate', object({ kind: kind('rate'), direction: withDefault(oneOf(['up', 'down'] as const, 'up'), REQUIRED), from: money, to: money, percent: nullable(text(TEXT_CAP.short)), currency: optional(text(TEXT_CAP.short)) })],
  ['min', object({ kind: kind('min'), from: count, to: count })],
  ['max', object({ kind: kind('max'), from: count, to: count })],
  ['type', object({ kind: kind('type'), from: text(TEXT_CAP.line), to: text(TEXT_CAP.line) })],
  ['refill', object({ kind: kind('refill'), from: flag, to: flag })],
  ['guarantee', object({ kind: kind('guarantee'), from: text(TEXT_CAP.line), to: text(TEXT_CAP.line) })],
  ['removed', object({ kind: kind('removed') })],
  ['back', object({ kind: kind('back') })],
] as [string, Field<ServiceChange>][]);

export const SERVICE_CHANGE: Field<ServiceChange> = {
  read: (raw, ctx) => {
    const k = raw && typeof raw === 'object' && Object.hasOwn(raw, 'kind') ? (raw as { kind: unknown }).kind : undefined;
    const field = typeof k === 'string' ? CHANGE_BY_KIND.get(k) : undefined;
    return field ? field.read(raw, ctx) : BAD;
  },
  missing: REQUIRED,
  what: () => t('options_schemaCatalogChange'),
};

export const CHANGE_ENTRY = object<CatalogChangeEntry>({
  at: time,
  panelId: id,
  serviceId: id,
  name: text(TEXT_CAP.line),
  changes: listOf(SERVICE_CHANGE),
});

export const NO_UNWATCHED: UnwatchedCounts = { rateUp: 0, rateDown: 0, terms: 0, removed: 0, back: 0, added: 0 };
const UNWATCHED = object<UnwatchedCounts>({ rateUp: count, rateDown: count, terms: count, removed: count, back: count, added: count });

export const REFRESH_SUMMARY = object<CatalogRefreshSummary>({ at: time, panelId: id, unwatched: withDefault(UNWATCHED, NO_UNWATCHED) });

export const CHANGE_LOG = object<CatalogChangeLog>({
  entries: listOf(CHANGE_ENTRY, { cap: (list) => (list.length > CHANGE_LOG_CAP ? list.slice(0, CHANGE_LOG_CAP) : list) }),
  refreshes: listOf(REFRESH_SUMMARY),
});

/** Pins kept per panel (most recent first): more would be a list nobody reads. */
export const PINS_KEPT = 200;

/** panelId → pinned service ids ("Pin service"), most recently pinned first. */
export const PINNED_SERVICES = recordOf(listOf(id, { cap: (list) => (list.length > PINS_KEPT ? list.slice(0, PINS_KEPT) : list) }));

/** panelId → when its catalog was last asked for (answered or not) and last stored. */
export const CATALOG_TIMES = recordOf(object<CatalogTimes>({ askedAt: time, fetchedAt: nullable(time) }));

export const checkCatalogRemoved = (raw: unknown): Checked<Record<string, Record<string, RemovedService>>> => readStored(CATALOG_REMOVED, raw, {});
export const checkChangeLog = (raw: unknown): Checked<CatalogChangeLog> => readStored(CHANGE_LOG, raw, EMPTY_CHANGE_LOG);
export const checkPinnedServices = (raw: unknown): Checked<Record<string, string[]>> => readStored(PINNED_SERVICES, raw, {});
export const checkCatalogTimes = (raw: unknown): Checked<Record<string, CatalogTimes>> => readStored(CATALOG_TIMES, raw, {});
