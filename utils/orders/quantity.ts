/**
 * The one quantity rule, for every form (quick order, mass order) and for the background's
 * check before an `add` leaves: how typed text becomes a whole count, how many units an
 * order is charged for, and the range a service allows.
 *
 * Typed counts are digits, optionally grouped by thousands with ONE kind of separator
 * ("1,000", "1 000", "1_000"). Everything Number() would also take is refused: "0x10" (16),
 * "1e3" (1000), "1.000" (1 to a calculator, 1000 to half the world) — never guessed.
 */
import type { AddOrderFields, Service } from '../panel-api/types';
import type { TypeSpec } from './service-types';
import { t } from '../i18n/messages';

export type QuantityRead = { ok: true; value: number } | { ok: false; message: string };

const PLAIN = /^\d+$/;
/** Thousands groups with one separator throughout: comma, space, no-break spaces or underscore. */
const GROUPED = /^\d{1,3}([, _\u00a0\u202f])\d{3}(?:\1\d{3})*$/;
/** "1.000", "12.500.000": a dot grouping thousands, or a decimal point. */
const DOTTED = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * A whole count from typed text; `label` names it in the message ("Quantity must be …"), in
 * the reader's language. Messages are made at once: the forms check on every keystroke.
 */
export function parseQuantity(text: string, label = t('quickOrder_fieldQuantity')): QuantityRead {
  const typed = text.trim();
  if (PLAIN.test(typed) || GROUPED.test(typed)) {
    const value = Number(typed.replace(/\D/g, ''));
    return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false, message: t('quickOrder_tooLarge', label) };
  }
  if (DOTTED.test(typed)) return { ok: false, message: t('quickOrder_ambiguousDot', label, typed, typed.replace(/\./g, ''), typed.replace(/\.0+$/, '')) };
  return { ok: false, message: t('quickOrder_notWhole', label) };
}

/** A count the background accepts in `add` fields: a whole number from 0 up, exact. */
export const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

const lineCount = (text: string | undefined) => (text ?? '').split(/\r?\n/).filter((l) => l.trim()).length;

/**
 * The order's quantity: the quantity field, the number of comment or username lines, a
 * subscription's max per post, 1 for a package; null while it is not given.
 */
export function quantityFor(spec: TypeSpec, fields: AddOrderFields): number | null {
  switch (spec.quantity) {
    case 'field':
      return fields.quantity ?? null;
    case 'comments':
      return lineCount(fields.comments) || null;
    case 'usernames':
      return lineCount(fields.usernames) || null;
    case 'subscription':
      return fields.max ?? null;
    case 'package':
      return 1;
  }
}

/** The units charged for: quantity × drip-feed runs (× posts for a subscription); null for a package (charged its rate once). */
export function chargedUnits(spec: TypeSpec, fields: AddOrderFields): number | null {
  if (spec.quantity === 'package') return null;
  const quantity = quantityFor(spec, fields);
  if (quantity === null) return null;
  return quantity * (fields.runs ?? 1) * (spec.quantity === 'subscription' ? (fields.posts ?? 1) : 1);
}

/** Which field a quantity problem belongs to, and what the quantity is called there (translated). */
export function quantityField(spec: TypeSpec): { name: string; label: string } {
  switch (spec.quantity) {
    case 'comments':
      return { name: 'comments', label: t('quickOrder_numberOfComments') };
    case 'usernames':
      return { name: 'usernames', label: t('quickOrder_numberOfUsernames') };
    case 'subscription':
      return { name: 'max', label: t('quickOrder_fieldMaxPerPost') };
    default:
      return { name: 'quantity', label: t('quickOrder_fieldQuantity') };
  }
}

/** Whether `n` fits the service's min, max and step; the message says what to change. */
export function rangeProblem(n: number, service: Pick<Service, 'min' | 'max' | 'step'>, label: string): string | null {
  if (n < service.min) return t('quickOrder_belowMin', label, service.min);
  if (n > service.max) return t('quickOrder_aboveMax', label, service.max);
  if (service.step && n % service.step !== 0) return t('quickOrder_notMultiple', label, service.step);
  return null;
}

const COUNT_FIELDS = ['quantity', 'runs', 'interval', 'min', 'max', 'posts', 'old_posts'] as const;

/**
 * The background's check of what a form sent, by the same rule: every count a whole number,
 * and the order's quantity within the service's range. Null when it may be sent.
 */
export function fieldsProblem(service: Service, spec: TypeSpec, fields: AddOrderFields): string | null {
  for (const name of COUNT_FIELDS) {
    const value = fields[name];
    if (value !== undefined && !isCount(value)) return t('quickOrder_fieldNotWhole', name);
  }
  if (spec.quantity === 'package') return null;
  const quantity = quantityFor(spec, fields);
  const { label } = quantityField(spec);
  if (quantity === null) return t('quickOrder_missing', label);
  return rangeProblem(quantity, service, label);
}
