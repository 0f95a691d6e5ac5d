/**
 * The building blocks of the stored types' single definitions (utils/orders/schema.ts,
 * utils/panels/schema.ts, utils/tracker-state/schema.ts, utils/settings.ts). A field says three
 * things, once: how a present value is read into its stored form (or refused), the value of a
 * missing field (an older version's blob that did not have it yet), and in words what a good
 * value is. From these tables come the storage check, the backup reader and restore's
 * sanitising (utils/schema/read.ts), so the three cannot drift apart.
 *
 * Fields are built once, at import: 10,000 orders are read through the same objects, with no
 * closure made per order.
 */
import { isMoneyText, parseMoney, type Money } from '../money';
import { t } from '../i18n/messages';

/** A present value that cannot be used. */
export const BAD: unique symbol = Symbol('bad');
/** No default: without this field the entry cannot be kept (an order without its id). */
export const REQUIRED: unique symbol = Symbol('required');

/** One read of a whole stored value: `lost` turns true when anything in it was dropped or reset. */
export interface ReadContext {
  lost: boolean;
  /** The backup reader: the first bad value ends the read with a message, nothing is dropped. */
  strict: boolean;
}

/** Thrown by a strict read: what is wrong, and where (built up on the way out). */
export class SchemaError extends Error {
  constructor(
    readonly what: string,
    readonly path: readonly string[] = [],
  ) {
    super(path.length ? t('options_schemaAt', path.join(', '), what) : what);
  }
  within(place: string): SchemaError {
    return new SchemaError(this.what, [place, ...this.path]);
  }
}

export interface Field<T> {
  /** The stored form of a present value (null included), or BAD. */
  read(value: unknown, ctx: ReadContext): T | typeof BAD;
  /** The value of a missing field; REQUIRED when there is none; undefined = left out. */
  missing: T | typeof REQUIRED;
  /** What a good value is, for the backup reader's messages ("a whole number"). */
  what: Describe;
}

/**
 * Words for a good value. A function: fields are built at import, before a page has loaded
 * the language chosen in Settings, so the words are looked up when a message is made.
 */
export type Describe = string | (() => string);
export const describe = (what: Describe): string => (typeof what === 'function' ? what() : what);

/** A type's definition: one field per property, every property named (the compiler checks). */
export type Schema<T> = { readonly [K in keyof T]-?: Field<T[K]> };

/** Panel text is capped where it is stored: a panel echoing a page into a status cannot fill the disk. */
export const TEXT_CAP = {
  /** Currency codes, short labels. */
  short: 32,
  /** Ids: order, refill, panel, service ids. */
  id: 128,
  /** Names, status texts, categories, one line of text. */
  line: 300,
  /** Error messages and hints, the reason an order was not confirmed. */
  message: 1000,
  /** Links and API URLs. */
  link: 4096,
} as const;

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text, cut at `max` characters (a cut is not a loss: the cap is part of the type). */
export function text(max: number, missing = ''): Field<string> {
  return { read: (v) => (typeof v === 'string' ? (v.length > max ? v.slice(0, max) : v) : BAD), missing, what: () => t('options_schemaText') };
}

/** Text that must say something; never cut (an id or a key cut short is another id). */
export function nonEmpty(max = Number.MAX_SAFE_INTEGER): Field<string> {
  return { read: (v) => (typeof v === 'string' && v.trim() !== '' && v.length <= max ? v : BAD), missing: REQUIRED, what: () => t('options_schemaNonEmptyText') };
}

/** An id: non-empty text, never cut. */
export const id: Field<string> = nonEmpty(TEXT_CAP.id);

/** An id kept as text; a number id (written by an early build) becomes its text. */
export const idText: Field<string> = {
  read: (v, ctx) => (typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : id.read(v, ctx)),
  missing: REQUIRED,
  what: () => t('options_schemaNonEmptyText'),
};

export function bool(missing: boolean): Field<boolean> {
  return { read: (v) => (typeof v === 'boolean' ? v : BAD), missing, what: () => t('options_schemaTrueOrFalse') };
}

/** A whole number (negative too: a panel over-delivers, remains go below zero). */
export const count: Field<number> = { read: (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : BAD), missing: 0, what: () => t('options_schemaWholeNumber') };

/** A time in ms since 1970, or a duration. */
export const time: Field<number> = { read: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : BAD), missing: 0, what: () => t('options_schemaNumber') };

export function positive(missing: number, whole: boolean): Field<number> {
  return {
    read: (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 && (!whole || Number.isSafeInteger(v)) ? v : BAD),
    missing,
    what: whole ? () => t('options_schemaWholeAboveZero') : () => t('options_schemaNumberAboveZero'),
  };
}

/**
 * Money in the one form of utils/money.ts. An amount in an older form ("0.90", "1e-7") is
 * read into it (not a loss); a JSON number is refused: money is never a binary float.
 */
export const money: Field<Money> = {
  read: (v) => (isMoneyText(v) ? v : typeof v === 'string' ? (parseMoney(v) ?? BAD) : BAD),
  missing: '0',
  what: () => t('options_schemaAmountText'),
};

export function oneOf<T extends string>(values: readonly T[], missing: T): Field<T> {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return { read: (v) => (allowed.has(v) ? (v as T) : BAD), missing, what: () => t('options_schemaOneOf', values.join(', ')) };
}

/** Null, or a value of `field`; missing = null. */
export function nullable<T>(field: Field<T>): Field<T | null> {
  return { read: (v, ctx) => (v === null ? null : field.read(v, ctx)), missing: null, what: () => t('options_schemaOrNull', describe(field.what)) };
}

/** A field that may be left out of the object altogether (missing stays missing). */
export function optional<T>(field: Field<T>): Field<T | undefined> {
  return { read: (v, ctx) => field.read(v, ctx), missing: undefined, what: field.what };
}

/** The same field with another default. */
export function withDefault<T>(field: Field<T>, missing: T | typeof REQUIRED): Field<T> {
  return { ...field, missing };
}

/** What stands in a strict message for a bad entry's place ("Order 3 (order 7)"). */
export type Label = (index: number, raw: unknown, key: string) => string;

/** Counts an object's own keys without making an array of them. */
function ownKeyCount(raw: Json): number {
  let n = 0;
  for (const key in raw) if (Object.hasOwn(raw, key)) n++;
  return n;
}

/**
 * An object of `schema`. `finish` derives fields from others (an order's key): it returns its
 * argument when nothing needs deriving. Keys are looked up as own properties only: a stored
 * "constructor" is data, not a function.
 *
 * A stored value that is already exactly its type (every field as it would be read, no other
 * keys) is returned as it is: 10,000 orders with their histories are read with no copy made.
 */
export function object<T>(schema: Schema<T>, finish?: (value: T) => T): Field<T> & { schema: Schema<T> } {
  const keys = Object.keys(schema) as (keyof T & string)[];
  const fields = keys.map((k) => schema[k] as Field<unknown>);
  const read = (raw: unknown, ctx: ReadContext): T | typeof BAD => {
    if (!isObject(raw)) return BAD;
    // Null until a field reads differently from what is stored; then the copy being built.
    let copy: Record<string, unknown> | null = null;
    let present = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = fields[i]!;
      const stored = Object.hasOwn(raw, key) ? raw[key] : undefined;
      let value: unknown = BAD;
      if (stored !== undefined) {
        present++;
        try {
          value = field.read(stored, ctx);
        } catch (error) {
          // A nested object's message names its field; a list's entries name themselves.
          throw error instanceof SchemaError && error.path.length === 0 ? error.within(`“${key}”`) : error;
        }
      }
      if (value === BAD) {
        if (stored !== undefined && ctx.strict) throw new SchemaError(t('options_schemaFieldMustBe', key, describe(field.what)));
        if (field.missing === REQUIRED) {
          if (ctx.strict) throw new SchemaError(t('options_schemaFieldMustBe', key, describe(field.what)));
          ctx.lost = true;
          return BAD;
        }
        // Missing = an older version's blob (no loss); present but unusable = lost.
        if (stored !== undefined) ctx.lost = true;
        value = field.missing;
      }
      if (copy === null) {
        if (value === stored) continue;
        copy = {};
        for (let j = 0; j < i; j++) if (Object.hasOwn(raw, keys[j]!)) copy[keys[j]!] = raw[keys[j]!];
      }
      if (value !== undefined) copy[key] = value;
    }
    const value = (copy ?? (ownKeyCount(raw) === present ? raw : pick(raw, keys))) as T;
    return finish ? finish(value) : value;
  };
  return { read, missing: REQUIRED, what: () => t('options_schemaObject'), schema };
}

function pick(raw: Json, keys: readonly string[]): Json {
  const copy: Json = {};
  for (const key of keys) if (Object.hasOwn(raw, key)) copy[key] = raw[key];
  return copy;
}

/** Reads one entry: its value, BAD (dropped, lost), or in a strict read a message naming it. */
function readEntry<T>(field: Field<T>, raw: unknown, ctx: ReadContext, label: Label, index: number, key: string): T | typeof BAD {
  let value: T | typeof BAD;
  try {
    value = field.read(raw, ctx);
  } catch (error) {
    throw error instanceof SchemaError ? error.within(label(index, raw, key)) : error;
  }
  if (value !== BAD) return value;
  if (ctx.strict) throw new SchemaError(t('options_schemaMustBe', describe(field.what))).within(label(index, raw, key));
  ctx.lost = true;
  return BAD;
}

const listLabel: Label = (i) => t('options_schemaEntry', i + 1);

/** A list; `cap` trims it to what is kept (not a loss: the cap is part of the type). */
export function listOf<T>(field: Field<T>, options: { cap?: (list: T[]) => T[]; label?: Label } = {}): Field<T[]> {
  const label = options.label ?? listLabel;
  return {
    read: (raw, ctx) => {
      if (!Array.isArray(raw)) return BAD;
      // The stored array itself while every entry reads as it is (no copy for most reads).
      let list: T[] | null = null;
      for (let i = 0; i < raw.length; i++) {
        const value = readEntry(field, raw[i], ctx, label, i, String(i));
        if (list === null) {
          if (value === raw[i]) continue;
          list = raw.slice(0, i) as T[];
        }
        if (value !== BAD) list.push(value);
      }
      const read = list ?? (raw as T[]);
      return options.cap ? options.cap(read) : read;
    },
    missing: [],
    what: () => t('options_schemaList'),
  };
}

const recordLabel: Label = (_i, _raw, key) => t('options_schemaEntryKey', key);

/**
 * id → value. The stored object itself while every entry reads as it is (like object() and
 * listOf: 10,000 orders are read with no second 10,000-key object built); otherwise a copy
 * built with Object.fromEntries, so an id "__proto__" stays an ordinary key.
 */
export function recordOf<T>(field: Field<T>, label: Label = recordLabel): Field<Record<string, T>> {
  return {
    read: (raw, ctx) => {
      if (!isObject(raw)) return BAD;
      // Null while every entry so far reads as stored; then the entries kept.
      let kept: [string, T][] | null = null;
      const keys = Object.keys(raw);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const entry = raw[key];
        const value = readEntry(field, entry, ctx, label, i, key);
        if (kept === null) {
          if (value === entry) continue;
          kept = [];
          for (let j = 0; j < i; j++) kept.push([keys[j]!, raw[keys[j]!] as T]);
        }
        if (value !== BAD) kept.push([key, value]);
      }
      return kept === null ? (raw as Record<string, T>) : Object.fromEntries(kept);
    },
    missing: {},
    what: () => t('options_schemaObject'),
  };
}
