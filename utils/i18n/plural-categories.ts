/** CLDR plural categories, through Intl.PluralRules (the browser's own CLDR data). */

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

const rules = new Map<string, Intl.PluralRules>();

export function pluralRules(tag: string): Intl.PluralRules {
  let r = rules.get(tag);
  if (!r) rules.set(tag, (r = new Intl.PluralRules(tag)));
  return r;
}

/** The categories a language's cardinal numbers use, in CLDR order: ru → one, few, many, other. */
export function pluralCategories(tag: string): PluralCategory[] {
  const used = new Set(pluralRules(tag).resolvedOptions().pluralCategories);
  return PLURAL_CATEGORIES.filter((c) => used.has(c));
}

/**
 * Categories that hold exactly one whole number in a language (en `one` = 1, ar `two` = 2):
 * only their message may leave the number out ("one order"); ru `one` also holds 21, 31…
 */
export function singleNumberCategories(tag: string): Set<PluralCategory> {
  // Asked once per plural message by the locale checks (thousands): worked out once per language.
  let known = singles.get(tag);
  if (!known) singles.set(tag, (known = countSingles(tag)));
  return known;
}

const singles = new Map<string, Set<PluralCategory>>();

function countSingles(tag: string): Set<PluralCategory> {
  const seen = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) {
    const c = pluralRules(tag).select(n);
    seen.set(c, (seen.get(c) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count === 1).map(([c]) => c as PluralCategory));
}
