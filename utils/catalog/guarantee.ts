/**
 * A service's refill guarantee, read from what the panel says: its name, description and
 * category (`[R30]`, `[AR30]`, `30 Days Refill`, `Refill 30D`, `(1YEAR REFIL)`, `[R∞]`,
 * `Lifetime guarantee`, `[No Refill]`, `♻`, math-styled letters, a few languages) and its
 * `refill` flag. Pure. Unknown stays unknown: a refill flag or a ♻ without a length is
 * "refill, days not stated", never 30 days.
 *
 * Measured on the 8,536 real services in tests/fixtures/catalogs (see the coverage test).
 */
import { plural, t } from '../i18n/messages';
import type { Service } from '../panel-api/types';

export type GuaranteeSource = 'name' | 'description' | 'category' | 'flag';

export type Guarantee =
  | { kind: 'days'; days: number; auto: boolean; matched: string; source: GuaranteeSource }
  | { kind: 'lifetime'; auto: boolean; matched: string; source: GuaranteeSource }
  | { kind: 'none'; matched: string | null; source: GuaranteeSource }
  /**
   * `refill: true`: a refill is promised (flag, ♻, "Refill button"), its length not stated.
   * `conflict`: the text says two things (e.g. "[R30] … [No Refill]"); shown, not resolved.
   */
  | { kind: 'unknown'; refill: true | null; auto: boolean; matched: string | null; source: GuaranteeSource | null; conflict?: true };

export type GuaranteeInput = Pick<Service, 'name' | 'category' | 'refill'> & { description?: string };

/** Spellings seen in real catalogs (typos included: "Refil", "Gurantee", "dasy").
 *
 * Patterns holding non-ASCII text are plain template literals (backslashes doubled), not
 * String.raw: the build writes every non-ASCII character as a \u escape except inside tagged
 * templates, and one such character left raw makes V8 hold and scan the whole worker script
 * as two-byte text at every start.
 */
// i18n-exempt: patterns that read the panel's text (data), never shown
const REFILL = `(?:refil+|reposi[cç][aã]o|reposici[oó]n|rellen\\p{L}*|recarg\\p{L}*|nachf[üu]ll\\p{L}*|рефил+\\p{L}*|восстановлен\\p{L}*|telafi\\p{L}*|ricaric\\p{L}*|♻\\uFE0F?)`;
// i18n-exempt: patterns that read the panel's text (data), never shown
const GUARANTEE = `(?:guar[ae]n?t\\p{L}*|gaur[ae]n?t\\p{L}*|gur[ae]n?t\\p{L}*|guarat\\p{L}*|garan[tzs]\\p{L}*|gwarant\\p{L}*|warrant\\p{L}*|гарант\\p{L}*|bảo hành|ضمان)`;
const PROMISE = `(?:${REFILL}|${GUARANTEE})`;
// A unit ends where letters end, or runs straight into the promise ("30 daysRefil").
// i18n-exempt: patterns that read the panel's text (data), never shown
const UNIT = `(days?|dasy|dyas|d[ií]as?|jours?|tage?n?|giorni|g[üu]n|hari|дн\\p{L}*|день|ngày|يوم|أيام|d|months?|mes(?:es)?|mois|monate?|месяц\\p{L}*|years?|yrs?|años?|anos?|jahre?|yıl|tahun|год\\p{L}*|лет)(?:(?!\\p{L})|(?=refil|auto|gu|ga|war))`;
// i18n-exempt: patterns that read the panel's text (data), never shown
const LIFETIME = `(?:life\\s*-?\\s*time|lifelong|vitalici\\p{L}*|de por vida|à vie|lebenslang\\p{L}*|ömür boyu|seumur hidup|пожизненн\\p{L}*|навсегда|forever|permanent|∞|♾\\uFE0F?)`;
// i18n-exempt: patterns that read the panel's text (data), never shown
const AUTO = String.raw`(?:(auto)[\s-]*)?`;

interface Patterns {
  rToken: RegExp;
  daysBefore: RegExp;
  daysAfter: RegExp;
  life: RegExp;
  none: RegExp;
  mention: RegExp;
  autoMention: RegExp;
}

let patterns: Patterns | undefined;

/**
 * Built on first use, not at import: these Unicode patterns (\p{L} classes) took 15–50 ms to
 * construct, and the worker imports this module (catalog refreshes, auto-refill windows), so
 * every worker start paid for them although most starts never read a guarantee.
 */
export function guaranteePatterns(): Patterns {
  return (patterns ??= {
    rToken: new RegExp(`(?<![\\p{L}\\p{N}])(a|auto\\s*)?r(\\d{1,3}|∞)(?![\\p{L}\\p{N}])`, 'gu'),
    daysBefore: new RegExp(String.raw`(?<![\p{N}.,])(\d{1,4})\s*-?\s*${UNIT}\.?\s*(?:of\s+|de\s+)?${AUTO}${PROMISE}`, 'gu'),
    // "Refill 30D", "guarantee: 30 days", and "[Refill 30]" where the bracket closes on the number.
    daysAfter: new RegExp(`${AUTO}${PROMISE}\\s*(?:[:\\-–(]\\s*)?(?:de\\s+)?(\\d{1,4})(?:\\s*-?\\s*${UNIT}|(?=\\s*(?:[\\])】]|$)))`, 'gu'),
    life: new RegExp(`${AUTO}(?:${LIFETIME}\\s*(?:\\p{L}+\\s*){0,3}?${PROMISE}|${PROMISE}\\s*[:\\-–(]?\\s*${LIFETIME})`, 'gu'),
    none: new RegExp(
      `(?<!\\p{L})(?:no|n0|non|not|without|sin|sem|ohne|kein\\p{L}*|без|tanpa)[\\s\\-_]*${PROMISE}|${PROMISE}\\s*[:=]\\s*(?:no|none|нет|yok|❌|✗|✖)(?!\\p{L})|(?:❌|🚫|✖|✗)\\s*${REFILL}|(?:garanti|refill?)siz`,
      'gu',
    ),
    mention: new RegExp(REFILL, 'gu'),
    autoMention: new RegExp(`auto[\\s-]*${REFILL}|(?<![\\p{L}\\p{N}])(?:ar|auto\\s*r)(?:\\d|∞)`, 'u'),
  });
}

/**
 * Lowercase NFKC (𝐑𝐞𝐟𝐢𝐥𝐥 → refill, ３０ → 30), one code point at a time so that every
 * character of the result maps back to where it came from: the matched text is quoted as
 * the panel wrote it. Plain ASCII (most names) maps one to one.
 */
function fold(text: string): { folded: string; from: (i: number) => number } {
  if (/^[\x00-\x7f]*$/.test(text)) return { folded: text.toLowerCase(), from: (i) => i };
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const out = ch.normalize('NFKC').toLowerCase();
    folded += out;
    for (let k = 0; k < out.length; k++) from.push(i);
    i += ch.length;
  }
  from.push(i);
  return { folded, from: (k) => from[k]! };
}

/** Every statement contains one of these: texts without any (most) skip the full patterns. */
const TRIGGER = /r\s?[\d∞]|refil|reposi|reposici|rellen|recarg|nachf|рефил|восстановлен|telafi|ricaric|♻|gu?a?u?r[ae]n?t|guarat|garan|gwarant|warrant|гарант|bảo hành|ضمان|life|vitalici|por vida|à vie|lebensl|ömür|seumur|пожизн|навсегда|forever|perman|∞|♾/;

function daysFrom(amount: number, unit: string): number {
  if (/^(month|mes|mois|monat|месяц)/.test(unit)) return amount * 30;
  if (/^(year|yr|año|ano|jahr|yıl|tahun|год|лет)/.test(unit)) return amount * 365;
  return amount;
}

type Statement =
  | { kind: 'days'; days: number; auto: boolean; at: number; end: number }
  | { kind: 'lifetime'; auto: boolean; at: number; end: number }
  | { kind: 'none'; at: number; end: number };

function statementsIn(folded: string): Statement[] {
  const { rToken, daysBefore, daysAfter, life, none } = guaranteePatterns();
  const found: Statement[] = [];
  for (const m of folded.matchAll(rToken)) {
    const auto = m[1] !== undefined;
    const end = m.index + m[0].length;
    found.push(m[2] === '∞' ? { kind: 'lifetime', auto, at: m.index, end } : { kind: 'days', days: Number(m[2]), auto, at: m.index, end });
  }
  for (const m of folded.matchAll(daysBefore)) {
    found.push({ kind: 'days', days: daysFrom(Number(m[1]), m[2]!), auto: m[3] !== undefined, at: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(daysAfter)) {
    found.push({ kind: 'days', days: daysFrom(Number(m[2]), m[3] ?? 'days'), auto: m[1] !== undefined, at: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(life)) found.push({ kind: 'lifetime', auto: m[1] !== undefined, at: m.index, end: m.index + m[0].length });
  for (const m of folded.matchAll(none)) found.push({ kind: 'none', at: m.index, end: m.index + m[0].length });
  // "0 days refill" promises nothing.
  return found.map((s): Statement => (s.kind === 'days' && s.days === 0 ? { kind: 'none', at: s.at, end: s.end } : s)).sort((a, b) => a.at - b.at);
}

type Reading =
  | { kind: 'stated'; guarantee: Guarantee }
  | { kind: 'mention'; auto: boolean; matched: string }
  | { kind: 'nothing' };

/** What one text (name, description or category) says. */
function readText(text: string, source: GuaranteeSource): Reading {
  if (!text) return { kind: 'nothing' };
  const { folded, from } = fold(text);
  if (!TRIGGER.test(folded)) return { kind: 'nothing' };
  const quote = (at: number, end: number) => text.slice(from(at), from(end)).trim();
  const statements = statementsIn(folded);
  const patterns = guaranteePatterns();
  const auto = patterns.autoMention.test(folded);
  if (statements.length > 0) {
    const positive = statements.filter((s): s is Exclude<Statement, { kind: 'none' }> => s.kind !== 'none');
    // A "no …" inside a positive match is part of it, not a second statement.
    const negative = statements.filter((s) => s.kind === 'none' && !positive.some((p) => s.at >= p.at && s.end <= p.end));
    const lengths = new Set(positive.map((s) => (s.kind === 'days' ? s.days : Infinity)));
    const first = positive[0] ?? negative[0]!;
    const matched = quote(first.at, first.end);
    if ((positive.length > 0 && negative.length > 0) || lengths.size > 1) {
      const all = [...positive, ...negative].sort((a, b) => a.at - b.at).map((s) => quote(s.at, s.end));
      return { kind: 'stated', guarantee: { kind: 'unknown', refill: null, auto: false, matched: all.join(' · '), source, conflict: true } };
    }
    if (first.kind === 'none') return { kind: 'stated', guarantee: { kind: 'none', matched, source } };
    const isAuto = auto || positive.some((s) => s.auto);
    return {
      kind: 'stated',
      guarantee: first.kind === 'days' ? { kind: 'days', days: first.days, auto: isAuto, matched, source } : { kind: 'lifetime', auto: isAuto, matched, source },
    };
  }
  patterns.mention.lastIndex = 0;
  const mention = patterns.mention.exec(folded);
  if (mention) return { kind: 'mention', auto, matched: quote(mention.index, mention.index + mention[0].length) };
  return { kind: 'nothing' };
}

/**
 * The guarantee: the first text that states one (name, then description, then category)
 * wins; a bare mention of refill makes it "refill, days not stated"; with no word about it,
 * the flag decides: false = none, true = refill with days not stated, missing = unknown.
 */
export function parseGuarantee(service: GuaranteeInput): Guarantee {
  let mention: Extract<Reading, { kind: 'mention' }> | null = null;
  let mentionSource: GuaranteeSource | null = null;
  const sources: [string | undefined, GuaranteeSource][] = [
    [service.name, 'name'],
    [service.description, 'description'],
    [service.category, 'category'],
  ];
  for (const [text, source] of sources) {
    const reading = readText(text ?? '', source);
    if (reading.kind === 'stated') return reading.guarantee;
    if (reading.kind === 'mention' && !mention) {
      mention = reading;
      mentionSource = source;
    }
  }
  if (mention) return { kind: 'unknown', refill: true, auto: mention.auto, matched: mention.matched, source: mentionSource };
  if (service.refill === false) return { kind: 'none', matched: null, source: 'flag' };
  if (service.refill === true) return { kind: 'unknown', refill: true, auto: false, matched: null, source: 'flag' };
  return { kind: 'unknown', refill: null, auto: false, matched: null, source: null };
}

/** Whether a guarantee has a length PanelPilot can count a window with. */
export const hasWindow = (g: Guarantee): g is Extract<Guarantee, { kind: 'days' | 'lifetime' }> => g.kind === 'days' || g.kind === 'lifetime';

/** The same key = the same promise (auto or not): "days:30", "lifetime", "none", "unknown". */
export const guaranteeKey = (g: Guarantee): string => (g.kind === 'days' ? `days:${g.days}` : g.kind);

/**
 * A guarantee as a short code, what a stored catalog change keeps (catalog-diff.ts) so that it
 * is put in words when shown, in the language of that moment: "days:30", "days:30:auto",
 * "lifetime", "lifetime:auto", "none", "unknown", "unknown:refill", "unknown:conflict".
 */
export function guaranteeCode(g: Guarantee): string {
  switch (g.kind) {
    case 'days':
      return `days:${g.days}${g.auto ? ':auto' : ''}`;
    case 'lifetime':
      return g.auto ? 'lifetime:auto' : 'lifetime';
    case 'none':
      return 'none';
    case 'unknown':
      return g.conflict ? 'unknown:conflict' : g.refill ? 'unknown:refill' : 'unknown';
  }
}

const CODE = /^(?:days:(\d{1,6})|(lifetime)|(none)|(unknown)(?::(refill|conflict))?)(:auto)?$/;

/**
 * A guarantee code in words: "30-day refill (auto)", "Lifetime refill", "No refill", "Refill,
 * days not stated"… Anything else is shown as it is: a change stored before codes existed
 * holds the English words themselves.
 */
export function guaranteeCodeLabel(code: string): string {
  const m = CODE.exec(code);
  if (!m) return code;
  const [, days, lifetime, none, , unknown] = m;
  const auto = (label: string) => (m[6] ? t('catalog_guaranteeAuto', label) : label);
  if (days !== undefined) return auto(plural('catalog_guaranteeDays', Number(days)));
  if (lifetime) return auto(t('catalog_guaranteeLifetime'));
  if (none) return t('catalog_guaranteeNone');
  return unknown === 'conflict' ? t('catalog_guaranteeConflict') : unknown === 'refill' ? t('catalog_guaranteeNoDays') : t('catalog_guaranteeNotStated');
}

/** "30-day refill (auto)", "Lifetime refill", "No refill", "Refill, days not stated", "Refill not stated". */
export function guaranteeLabel(g: Guarantee): string {
  return guaranteeCodeLabel(guaranteeCode(g));
}
