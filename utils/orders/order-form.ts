/**
 * Checks a quick-order form before anything is sent, and works out the charge exactly.
 * Pure: the form calls it on every keystroke (its messages are made in the reader's language); the mass order calls it per line. Whether the
 * link already has an order is the background's one check (utils/background/duplicates.ts).
 */
import { chargeFor, compareMoney, subMoney, type Money } from '../money';
import { shownMoney } from '../i18n/shown-money';
import type { AddOrderFields, Service } from '../panel-api/types';
import { chargedUnits, parseQuantity, quantityField, quantityFor, rangeProblem } from './quantity';
import { fieldName, typeSpecFor, type FieldSpec } from './service-types';
import { t } from '../i18n/messages';

export type FormValues = Record<string, string>;

export interface OrderCheck {
  /** What is sent with `add` when there are no errors. */
  fields: AddOrderFields;
  /** Units charged for (quantity × runs, comment lines …); null for packages. */
  chargedQuantity: number | null;
  charge: Money | null;
  balanceAfter: Money | null;
  /** Field name → what to fix. */
  errors: Record<string, string>;
  /** Worth knowing, not blocking. */
  warnings: string[];
}

export interface OrderContext {
  service: Service;
  values: FormValues;
  dripfeed: boolean;
  balance: { amount: Money; currency: string; fetchedAt: number } | null;
  now: number;
}

export const STALE_BALANCE_MS = 10 * 60_000;

const lines = (text: string | undefined) => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}


/** `yyyy-mm-dd` from a date input → the `d/m/Y` panels expect. */
export function toPanelDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso.trim();
}

export function checkOrder(ctx: OrderContext): OrderCheck {
  const { service, values } = ctx;
  const { spec } = typeSpecFor(service.type);
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  const fields: AddOrderFields = {};

  if (spec.link === 'url') {
    const link = (values.link ?? '').trim();
    if (!link) errors.link = t('quickOrder_linkMissing');
    else if (!isHttpUrl(link)) errors.link = t('quickOrder_linkNotUrl');
    else fields.link = link;
  }

  const put = (field: FieldSpec) => {
    const raw = (values[field.name] ?? '').trim();
    if (!raw) {
      if (field.required) errors[field.name] = t('quickOrder_required', fieldName(field));
      return;
    }
    if (field.kind === 'int') {
      const n = parseQuantity(raw, fieldName(field));
      if (!n.ok) errors[field.name] = n.message;
      else (fields as Record<string, unknown>)[field.name] = n.value;
    } else if (field.kind === 'lines') {
      (fields as Record<string, unknown>)[field.name] = lines(raw).join('\n');
    } else if (field.kind === 'date') {
      (fields as Record<string, unknown>)[field.name] = toPanelDate(raw);
    } else {
      (fields as Record<string, unknown>)[field.name] = raw;
    }
  };
  spec.fields.forEach(put);

  if (service.type === 'Web Traffic') {
    if (fields.type_of_traffic === '1' && !fields.google_keyword) errors.google_keyword = t('quickOrder_googleKeywordMissing');
    if (fields.type_of_traffic === '2' && !fields.referring_url) errors.referring_url = t('quickOrder_referringUrlMissing');
    if (fields.type_of_traffic !== '1') delete fields.google_keyword;
    if (fields.type_of_traffic !== '2') delete fields.referring_url;
  }

  const quantity = spec.quantity === 'package' ? null : quantityFor(spec, fields);
  if (quantity !== null) {
    const { name, label } = quantityField(spec);
    const problem = rangeProblem(quantity, service, label);
    if (problem) errors[name] = problem;
  }
  if (spec.quantity === 'subscription' && fields.min !== undefined && fields.max !== undefined && fields.min > fields.max) {
    errors.min = t('quickOrder_minAboveMax');
  }

  let runs: number | null = null;
  if (ctx.dripfeed && spec.dripfeed && service.dripfeed !== false) {
    const r = parseQuantity(values.runs ?? '');
    const interval = parseQuantity(values.interval ?? '');
    if (!r.ok || r.value < 1) errors.runs = t('quickOrder_runsInvalid');
    else runs = r.value;
    if (!interval.ok || interval.value < 1) errors.interval = t('quickOrder_intervalInvalid');
    if (runs !== null && interval.ok && interval.value >= 1) {
      fields.runs = runs;
      fields.interval = interval.value;
    }
  }

  let charge: Money | null = null;
  const chargedQuantity = quantity === null ? null : chargedUnits(spec, { ...fields, runs: runs ?? undefined });
  if (spec.quantity === 'package') charge = service.rate;
  else if (chargedQuantity !== null) {
    charge = chargeFor(service.rate, chargedQuantity);
    if (spec.quantity === 'subscription') warnings.push(t('quickOrder_subscriptionEstimate'));
  }

  let balanceAfter: Money | null = null;
  if (charge !== null && ctx.balance) {
    balanceAfter = subMoney(ctx.balance.amount, charge);
    if (compareMoney(balanceAfter, '0') < 0) errors.funds = t('quickOrder_notEnoughFunds', shownMoney(ctx.balance.amount, ctx.balance.currency));
    if (ctx.now - ctx.balance.fetchedAt > STALE_BALANCE_MS) warnings.push(t('quickOrder_balanceMayBeStale'));
  }

  // The duplicate-link check is the background's (utils/background/duplicates.ts): only it
  // sees the orders still on their way to a panel.
  return { fields, chargedQuantity, charge, balanceAfter, errors, warnings };
}
