/**
 * "Order the remaining N": for a Partial, Canceled or Refunded order, what to put in the
 * quick-order form: the link, the service and quantity = remains, within the service's
 * min/max (and step), on the same panel, or the best matching service on another panel.
 * Pure: it only prepares the form; every quick-order check still applies and nothing is sent
 * without the user's click. Rates are compared only within one currency.
 */
import { guaranteeKey, parseGuarantee } from '../catalog/guarantee';
import { nameLikeness, nameWords, offerOf, sameOffer } from '../catalog/service-match';
import { t } from '../i18n/messages';
import { big } from '../money';
import type { Service } from '../panel-api/types';
import { fieldName, typeSpecFor } from './service-types';
import type { TrackedOrder } from './types';

const REORDERABLE = new Set(['partial', 'canceled', 'refunded']);

export type RemainsCheck = { ok: true; remains: number } | { ok: false; reason: string };

/** Whether the order has remains to order again, before any service is chosen. */
export function remainsOf(order: TrackedOrder): RemainsCheck {
  if (!REORDERABLE.has(order.status)) return { ok: false, reason: t('orders_remainsOnlyFinished') };
  if (!order.link) return { ok: false, reason: t('orders_remainsNoLink') };
  if (order.remains === null) return { ok: false, reason: t('orders_remainsUnknown') };
  if (order.remains <= 0) return { ok: false, reason: t('orders_remainsNone') };
  return { ok: true, remains: order.remains };
}

export type QuantityFit = { ok: true; quantity: number; capped: boolean } | { ok: false; reason: string };

/** remains within a service's min, max and step; says why when it cannot be ordered. */
export function fitQuantity(remains: number, service: Pick<Service, 'min' | 'max' | 'step' | 'type'>): QuantityFit {
  const { spec } = typeSpecFor(service.type);
  if (spec.quantity !== 'field' || spec.link !== 'url') return { ok: false, reason: t('orders_remainsNotByQuantity', service.type) };
  let quantity = Math.min(remains, service.max);
  if (service.step) quantity -= quantity % service.step;
  if (quantity < service.min) {
    return { ok: false, reason: t('orders_remainsBelowMin', remains, service.min) };
  }
  return { ok: true, quantity, capped: quantity < remains };
}

export interface RemainsForm {
  panelId: string;
  serviceId: string;
  link: string;
  quantity: number;
  /** The quantity is below the remains (the service's max or step): the rest needs another order. */
  capped: boolean;
  /** Required fields the order did not keep (keywords, usernames …): the user fills them in. */
  missingFields: string[];
}

export type RemainsPlan = { ok: true; form: RemainsForm } | { ok: false; reason: string };

function form(order: TrackedOrder, panelId: string, service: Service, remains: number): RemainsPlan {
  const fit = fitQuantity(remains, service);
  if (!fit.ok) return fit;
  const missingFields = typeSpecFor(service.type).spec.fields.filter((f) => f.required && f.name !== 'quantity').map(fieldName);
  return { ok: true, form: { panelId, serviceId: service.id, link: order.link!, quantity: fit.quantity, capped: fit.capped, missingFields } };
}

/** The same service on the same panel, as the panel lists it now. */
export function remainsOnSamePanel(order: TrackedOrder, catalog: readonly Service[]): RemainsPlan {
  const remains = remainsOf(order);
  if (!remains.ok) return remains;
  if (!order.service) return { ok: false, reason: t('orders_remainsServiceUnknown') };
  const service = catalog.find((s) => s.id === order.service!.id);
  if (!service) return { ok: false, reason: t('orders_remainsServiceGone') };
  return form(order, order.panelId, service, remains.remains);
}

export interface OtherPanel {
  panelId: string;
  currency: string | null;
  services: readonly Service[];
}

export interface RemainsElsewhere {
  form: RemainsForm;
  service: Service;
  currency: string | null;
  /** False when the currencies differ (or are unknown): then the rate was not compared. */
  rateComparable: boolean;
}

/**
 * The best matching services on the user's other panels (same platform, kind and type, the
 * remains within their limits): in the order's currency, the closest rate first; in other
 * currencies (never compared with it), the same guarantee and the most alike name first.
 */
export function remainsElsewhere(order: TrackedOrder, others: readonly OtherPanel[], limit = 3): RemainsElsewhere[] {
  const remains = remainsOf(order);
  if (!remains.ok || !order.service) return [];
  const offer = offerOf(order.service);
  if (!offer) return [];
  const rate = big(order.service.rate);
  const guarantee = guaranteeKey(parseGuarantee(order.service));
  const words = nameWords(order.service.name);
  const found: (RemainsElsewhere & { distance: ReturnType<typeof big> | null; sameGuarantee: boolean; likeness: number })[] = [];
  for (const panel of others) {
    if (panel.panelId === order.panelId) continue;
    const comparable = panel.currency !== null && panel.currency === order.currency;
    for (const service of panel.services) {
      if (!sameOffer(offer, offerOf(service))) continue;
      const plan = form(order, panel.panelId, service, remains.remains);
      if (!plan.ok) continue;
      found.push({
        form: plan.form,
        service,
        currency: panel.currency,
        rateComparable: comparable,
        distance: comparable ? big(service.rate).minus(rate).abs() : null,
        sameGuarantee: guaranteeKey(parseGuarantee(service)) === guarantee,
        likeness: nameLikeness(words, nameWords(service.name)),
      });
    }
  }
  found.sort((a, b) => {
    if (a.rateComparable !== b.rateComparable) return a.rateComparable ? -1 : 1;
    if (a.distance && b.distance) {
      const byRate = a.distance.cmp(b.distance);
      if (byRate !== 0) return byRate;
    }
    if (a.sameGuarantee !== b.sameGuarantee) return a.sameGuarantee ? -1 : 1;
    return b.likeness - a.likeness;
  });
  return found.slice(0, limit).map(({ form, service, currency, rateComparable }) => ({ form, service, currency, rateComparable }));
}
