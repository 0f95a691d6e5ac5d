/**
 * Strips the API key from anything we might show, store or notify, in case a panel echoes it
 * back. Panels echo the request as they received it, so the key also appears URL-encoded
 * (`+` → %2B, `/` → %2F, `=` → %3D, a space → `+` or %20, hex in either case) or with
 * JSON's escaped slash (`\/`).
 */

const MIN_KEY_LENGTH = 4;
const MASK = '•••';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling of the key a panel might echo. */
export function keySpellings(apiKey: string): string[] {
  const form = new URLSearchParams({ k: apiKey }).toString().slice(2);
  const spellings = new Set([apiKey, encodeURIComponent(apiKey), form, form.replace(/\+/g, '%20'), encodeURI(apiKey), apiKey.replace(/\//g, '\\/')]);
  // Longest first: a shorter spelling inside a longer one must not leave a tail behind.
  return [...spellings].filter((s) => s.length >= MIN_KEY_LENGTH).sort((a, b) => b.length - a.length);
}

let cached: { key: string; pattern: RegExp } | null = null;

function patternFor(apiKey: string): RegExp {
  if (cached?.key !== apiKey) {
    // Case-insensitive for %2b and %2B alike; hiding a case-variant of the key as well is harmless.
    // A slash may come escaped any number of times (`\/`, `\\/`: JSON encoded twice).
    const alternatives = keySpellings(apiKey).map((spelling) => escapeRegExp(spelling).replace(/(\\\\)?\//g, '\\\\*/'));
    cached = { key: apiKey, pattern: new RegExp(alternatives.join('|'), 'gi') };
  }
  cached.pattern.lastIndex = 0;
  return cached.pattern;
}

export function redact(text: string, apiKey: string): string {
  if (apiKey.length < MIN_KEY_LENGTH) return text;
  return text.replace(patternFor(apiKey), MASK);
}
