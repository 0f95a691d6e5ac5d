/**
 * How panel scripts in the wild answer differently from the seed document, as switchable
 * traits of the simulator. A named dialect is a set of traits (`--dialect php-notices`, the
 * `dialect` option, or POST /__control/dialect); traits can also be given one by one.
 */

export interface DialectTraits {
  /** A UTF-8 BOM before every answer (a PHP file saved with one). */
  bom?: boolean;
  /** PHP notices/warnings/deprecations printed around every answer, sent as text/html. */
  notices?: 'before' | 'after' | 'both';
  /** `{"services":[…],"count":N}`, `{"status":true,"data":{…}}`, "Empty Data", `{"order_id":"…"}`. */
  envelope?: boolean;
  /** How "In progress" and friends are spelled: as the seed, "Active", or all lowercase. */
  statusWords?: 'seed' | 'active' | 'lowercase';
  /** `remains` as a number (seed), "Unknown" until the order starts, or left out. */
  remains?: 'number' | 'unknown-until-started' | 'missing';
  /** Drip-feed answers `{status, runs, orders}`; subscriptions `{status, posts, orders, expiry}`. */
  progress?: boolean;
  /** A refill answered with its id (seed), with a "success" text and its id, or with no id at all. */
  refill?: 'id' | 'success-text' | 'no-id';
  /** Refill status words: "Rejected" (seed) or "Cancelled"; an unknown refill as "Refill Request Not found". */
  refillWords?: 'seed' | 'variant';
  /** Refusal texts of SmartPanel forks ("Order not eligible for refill."). */
  refusals?: 'seed' | 'variant';
  /** The balance as text: "1234.5" (seed), "1,234.50", "$1,234.50", "1 234,50 ₽", or the ambiguous "1,234". */
  balance?: 'plain' | 'grouped' | 'dollar' | 'space-comma' | 'ambiguous';
  /** Whether the balance answer names its currency (default yes). */
  currencyField?: boolean;
  /** Every service object states this currency (a panel selling in another currency than its balance). */
  serviceCurrency?: string;
  /** Every call refused: the IP is not whitelisted, or the API is off for the account. */
  access?: 'ip-not-allowed' | 'api-disabled';
  /** Per-item errors in batches as bare strings (SmartPanel). */
  bareItemErrors?: boolean;
}

export const DIALECTS: Readonly<Record<string, DialectTraits>> = {
  seed: {},
  /** Home-made PHP with display_errors on: a BOM and notices around every answer. */
  'php-notices': { bom: true, notices: 'both' },
  /** Scripts that wrap everything. */
  envelope: { envelope: true },
  /** Perfect Panel: drip-feed and subscription answers of their own. */
  'perfect-panel': { progress: true },
  /** SmartPanel and its forks. */
  smartpanel: { statusWords: 'active', remains: 'unknown-until-started', refill: 'success-text', refillWords: 'variant', refusals: 'variant', bareItemErrors: true, progress: true },
  /** A rental script: lowercase words, no refill ids, a ruble balance in local format, no currency field. */
  rental: { statusWords: 'lowercase', remains: 'missing', refill: 'no-id', balance: 'space-comma', currencyField: false },
  'ip-whitelist': { access: 'ip-not-allowed' },
  'api-disabled': { access: 'api-disabled' },
};

export function dialectTraits(dialect: string | DialectTraits | undefined): DialectTraits {
  if (dialect === undefined) return {};
  if (typeof dialect !== 'string') return { ...dialect };
  const traits = Object.hasOwn(DIALECTS, dialect) ? DIALECTS[dialect] : undefined;
  if (!traits) throw new Error(`Unknown dialect "${dialect}". Known: ${Object.keys(DIALECTS).join(', ')}`);
  return { ...traits };
}

const LOWER: ReadonlySet<string> = new Set(['Pending', 'In progress', 'Completed', 'Partial', 'Canceled', 'Refunded']);

/** A status word as this dialect spells it. */
export function spellStatus(word: string, traits: DialectTraits): string {
  if (word === 'In progress' && traits.statusWords === 'active') return 'Active';
  if (word === 'In progress' && traits.statusWords === 'lowercase') return 'processing';
  if (traits.statusWords === 'lowercase' && LOWER.has(word)) return word.toLowerCase();
  return word;
}

/** A balance of "1234.50000" as this dialect writes it. */
export function spellBalance(plain: string, traits: DialectTraits): string {
  const [int = '0', frac = ''] = plain.replace(/^-/, '').split('.');
  const sign = plain.startsWith('-') ? '-' : '';
  const cents = frac.slice(0, 2).padEnd(2, '0');
  const group = (sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (traits.balance) {
    case 'grouped':
      return `${sign}${group(',')}.${cents}`;
    case 'dollar':
      return `${sign}$${group(',')}.${cents}`;
    case 'space-comma':
      return `${sign}${group(' ')},${cents} ₽`;
    case 'ambiguous':
      return `${sign}${group(',')}`;
    default:
      return plain;
  }
}

const NOTICE_BEFORE = '<br />\n<b>Notice</b>:  Undefined index: HTTP_X_FORWARDED_FOR in <b>/home/panel/public_html/api/v2/index.php</b> on line <b>37</b><br />\n';
const NOTICE_AFTER =
  '\n<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in <b>/home/panel/public_html/app/helpers.php</b> on line <b>214</b><br />\n' +
  '<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent by (output started at /home/panel/public_html/api/v2/index.php:37) in <b>/home/panel/public_html/app/Response.php</b> on line <b>61</b><br />\n';

/** The answer's text and content type with this dialect's noise around it. */
export function dressAnswer(json: string, traits: DialectTraits): { body: string; contentType: string } {
  const before = traits.notices === 'before' || traits.notices === 'both' ? NOTICE_BEFORE : '';
  const after = traits.notices === 'after' || traits.notices === 'both' ? NOTICE_AFTER : '';
  const body = `${traits.bom ? '\uFEFF' : ''}${before}${json}${after}`;
  // PHP sends text/html unless the script sets a header, which a script printing notices did not get to.
  return { body, contentType: traits.notices ? 'text/html; charset=UTF-8' : 'application/json; charset=utf-8' };
}
