/**
 * `action=add` validation per service type, with the error strings real panels send.
 * Returns the quantity to charge for, or an error string.
 */
import type { SimService } from './catalog';

type Form = Map<string, string>;
export type AddCheck = { ok: true; quantity: number; chargeQuantity: number; perPackage: boolean } | { ok: false; error: string };

const lines = (text: string | undefined) => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const isLink = (text: string | undefined) => !!text && /^https?:\/\/\S+$/i.test(text.trim());

/** Fields each type needs besides `link` and `quantity` (see api-reference.md). */
const REQUIRED: Record<string, string[]> = {
  SEO: ['keywords'],
  Mentions: ['usernames'],
  'Mentions with Hashtags': ['usernames', 'hashtags'],
  'Mentions Custom List': ['usernames'],
  'Mentions Hashtag': ['hashtag'],
  'Mentions User Followers': ['username'],
  'Mentions Media Likers': ['media'],
  'Comment Likes': ['username'],
  Poll: ['answer_number'],
  'Comment Replies': ['username', 'comments'],
  'Invites from Groups': ['groups'],
  'Custom Comments': ['comments'],
  'Custom Comments Package': ['comments'],
  Subscriptions: ['username', 'min', 'max', 'delay'],
};

function quantityCheck(service: SimService, quantity: number): string | null {
  if (!Number.isInteger(quantity) || quantity < service.min) return `Quantity less than minimal ${service.min}`;
  if (quantity > service.max) return 'Quantity more than maximum';
  return null;
}

export function checkAdd(service: SimService, form: Form): AddCheck {
  const type = service.type;
  // Own keys only: a catalog type such as "constructor" must not find Object's.
  for (const field of (Object.hasOwn(REQUIRED, type) ? REQUIRED[type] : undefined) ?? []) {
    if (!form.get(field)?.trim()) return { ok: false, error: 'Incorrect request' };
  }
  if (type === 'Subscriptions') {
    const min = Number(form.get('min'));
    const max = Number(form.get('max'));
    const problem = quantityCheck(service, min) ?? quantityCheck(service, max);
    if (problem) return { ok: false, error: problem };
    if (max < min) return { ok: false, error: 'Incorrect request' };
    const posts = Number(form.get('posts') ?? 1) || 1;
    return { ok: true, quantity: max, chargeQuantity: max * posts, perPackage: false };
  }
  if (!isLink(form.get('link'))) return { ok: false, error: 'Bad link' };
  if (type === 'Package') return { ok: true, quantity: 1, chargeQuantity: 1, perPackage: true };
  if (type === 'Custom Comments Package') return { ok: true, quantity: lines(form.get('comments')).length, chargeQuantity: 1, perPackage: true };
  let quantity: number;
  if (type === 'Custom Comments' || type === 'Comment Replies') quantity = lines(form.get('comments')).length;
  else if (type === 'Mentions Custom List') quantity = lines(form.get('usernames')).length;
  else quantity = Number(form.get('quantity'));
  const problem = quantityCheck(service, quantity);
  if (problem) return { ok: false, error: problem };
  const runs = form.get('runs');
  if (runs !== undefined && runs !== '') {
    if (!service.dripfeed) return { ok: false, error: 'This services does not support Dripfeed feature!' };
    const n = Number(runs);
    const interval = Number(form.get('interval'));
    if (!Number.isInteger(n) || n < 1 || !Number.isInteger(interval) || interval < 1) return { ok: false, error: 'Incorrect request' };
    return { ok: true, quantity, chargeQuantity: quantity * n, perPackage: false };
  }
  return { ok: true, quantity, chargeQuantity: quantity, perPackage: false };
}
