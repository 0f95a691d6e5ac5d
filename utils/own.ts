/**
 * The value a record holds under `key` as its OWN property. Ids and panel text are data: a
 * plain `record[key]` with the key "constructor" or "toString" finds the function every
 * object inherits, and code then treats a function as an order, a balance or a result.
 */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The record without `key` (an own "__proto__" entry too, which destructuring would keep). */
export function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
