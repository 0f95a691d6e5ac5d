/**
 * A panel's answer text → JSON. Real panels print more than JSON: a UTF-8 BOM (one per PHP
 * file saved with one), and PHP notices, warnings and deprecations (display_errors on) before
 * or after it, often sent as text/html. Those are read past when everything besides the JSON
 * is recognisably such noise. Anything else around it (a login page, a browser check, a PHP
 * "Fatal error", which means the script died) is not an API answer, and is left to the caller.
 *
 * Numbers are read exactly as written: JSON.parse turns 12345678901234567890 into
 * 12345678901234567000, so a number with more than 15 significant digits becomes a string
 * first (an order id stays the panel's id; an amount stays exact, or is refused as junk).
 */

export type BodyJson = { ok: true; value: unknown; noise: boolean } | { ok: false };

const LEVEL = '(?:Notice|Warning|Deprecated|Strict Standards|User Notice|User Warning|User Deprecated)'; // i18n-exempt: a pattern for PHP's notices, not words
/** html_errors=On: `<br />\n<b>Notice</b>:  Undefined index: x in <b>/var/www/api.php</b> on line <b>12</b><br />`. */
const HTML_NOTICE = new RegExp(`(?:<br\\s*/?>\\s*)?<b>${LEVEL}</b>:[\\s\\S]*? on line <b>\\d+</b>(?:\\s*<br\\s*/?>)?`, 'gi'); // i18n-exempt: a pattern for PHP's notices, not words
/** html_errors=Off: `PHP Warning:  Division by zero in /var/www/api.php on line 7`, on a line of its own. */
const TEXT_NOTICE = new RegExp(`(?:^|\\n)[ \\t]*(?:PHP )?${LEVEL}:[^\\n]*? on line \\d+[^\\n]*`, 'gi'); // i18n-exempt: a pattern for PHP's notices, not words
/** Xdebug prints the same messages as tables. */
const XDEBUG_NOTICE = /(?:<br\s*\/?>\s*)?<font[^>]*>\s*<table class=['"]xdebug-error xe-(?:notice|warning|deprecated|strict-standards|user-notice|user-warning|user-deprecated)\b[\s\S]*?<\/table>\s*<\/font>/gi;
const BREAKS = /^(?:\s*<br\s*\/?>)+|(?:<br\s*\/?>\s*)+$/gi;

/**
 * 16 digits or dots right after what precedes a JSON value (`:`, `,`, `[` or the start):
 * every number that can come out inexact matches (a regex scan, ~2 ms a megabyte). A long
 * number inside a string may match too; then the walk below, which knows strings, decides.
 */
const LONG_NUMBER = /[:,[]\s*-?\d[\d.]{15}/;
const LONG_NUMBER_ALONE = /^\s*-?\d[\d.]{15}/;
/** A string literal (skipped whole) or a number. The string part is the unrolled form: fast on megabytes. */
const TOKEN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

function significantDigits(number: string): number {
  return number.replace(/^-/, '').replace(/[eE].*$/, '').replace('.', '').replace(/^0+/, '').length;
}

/**
 * Numbers JSON.parse would round are quoted: strings in the JSON are skipped whole. Catalogs
 * often hold a long number inside a string ("0.027999999999999997"), so the walk must be
 * cheap: no work per string, and a new text only when something was quoted.
 */
export function quoteLongNumbers(text: string): string {
  if (!LONG_NUMBER_ALONE.test(text) && !LONG_NUMBER.test(text)) return text;
  const token = new RegExp(TOKEN.source, 'g');
  let out = '';
  let last = 0;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const t = match[0];
    // A string, or a number of 15 characters or fewer (15 digits at most): left as it is.
    if (t.charCodeAt(0) === 34 || t.length <= 15 || significantDigits(t) <= 15) continue;
    out += `${text.slice(last, match.index)}"${t}"`;
    last = match.index + t.length;
  }
  return last === 0 ? text : out + text.slice(last);
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  // trim() also drops U+FEFF: a BOM, or several, before or after the JSON.
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(quoteLongNumbers(trimmed)) };
  } catch {
    return { ok: false };
  }
}

/** PHP's notices, warnings and deprecations removed; whatever else was there is kept. */
export function withoutPhpNoise(text: string): string {
  return text.replace(XDEBUG_NOTICE, '').replace(HTML_NOTICE, '').replace(TEXT_NOTICE, '').replace(BREAKS, '');
}

export function readBody(text: string): BodyJson {
  const direct = parse(text);
  if (direct.ok) return { ...direct, noise: false };
  const rest = withoutPhpNoise(text);
  if (rest.length === text.length) return { ok: false };
  const parsed = parse(rest);
  return parsed.ok ? { ...parsed, noise: true } : { ok: false };
}
