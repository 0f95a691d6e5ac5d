/**
 * The three ways a stored type's one definition (a Field, utils/schema/fields.ts) is used:
 * - readStored: the storage check. Tolerant: a missing field gets its default, an unusable
 *   one is reset or its entry dropped, and `lost` says so (the background then keeps a backup
 *   of the raw value and tells the user, utils/storage.ts).
 * - readStrict: the backup reader. The first unusable value ends the read with a message
 *   that says where it is and what it must be; nothing is dropped silently.
 * - storable: what the background writes from panel answers, shaped exactly as readStored
 *   will read it back, so a write never fails the next read (that was a backup every cycle).
 */
import { BAD, REQUIRED, SchemaError, describe, type Field, type ReadContext } from './fields';
import { t } from '../i18n/messages';

export interface Checked<T> {
  value: T;
  /** Something stored could not be kept as it was. */
  lost: boolean;
}

/** Nothing stored (undefined or null) is the fallback, and no loss. */
export function readStored<T>(field: Field<T>, raw: unknown, fallback: T): Checked<T> {
  if (raw === undefined || raw === null) return { value: fallback, lost: false };
  const ctx: ReadContext = { lost: false, strict: false };
  const value = field.read(raw, ctx);
  return value === BAD ? { value: fallback, lost: true } : { value, lost: ctx.lost };
}

/** The value, or a SchemaError that says where (starting with `where`, when given) and what is wrong. */
export function readStrict<T>(field: Field<T>, raw: unknown, where?: string): T {
  const ctx: ReadContext = { lost: false, strict: true };
  try {
    const value = raw === undefined ? field.missing : field.read(raw, ctx);
    if (value === BAD || value === REQUIRED) throw new SchemaError(t('options_schemaMustBe', describe(field.what)));
    return value as T;
  } catch (error) {
    throw error instanceof SchemaError && where ? error.within(where) : error;
  }
}

/** `value` as readStored would give it back: texts cut to their caps, unusable parts reset. */
export function storable<T>(field: Field<T>, value: T): T {
  const read = field.read(value, { lost: false, strict: false });
  if (read !== BAD) return read;
  if (field.missing === REQUIRED) throw new Error(t('options_schemaNotStorable', describe(field.what)));
  return field.missing;
}

/** Would `value` be stored exactly as it is (nothing cut, reset or dropped)? */
export function isStorable<T>(field: Field<T>, value: unknown): value is T {
  const ctx: ReadContext = { lost: false, strict: false };
  return field.read(value, ctx) === value && !ctx.lost;
}
