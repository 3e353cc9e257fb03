/**
 * Objects keyed by names the API or the host chose (form field names, communication type ids,
 * field keys). A plain `{}` inherits `constructor`, `toString`… and treats `__proto__` as its
 * prototype, so every such record is created without a prototype and read through own names only.
 */
export type NameKeyedRecord<T> = Record<string, T>;

/** An empty record without a prototype, optionally filled from `entries`. */
export function nameKeyedRecord<T>(entries: Iterable<readonly [string, T]> = []): NameKeyedRecord<T> {
  const record = Object.create(null) as NameKeyedRecord<T>;
  // Plain assignment is safe here: without a prototype there is no `__proto__` setter to reach.
  for (const [name, value] of entries) record[name] = value;
  return record;
}

/** The value under `name` when the record has it as its own; never an inherited one. */
export function readNamed<T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}

/** A copy of `record` (without a prototype) with `name` set to `value`. */
export function withNamed<T>(record: Readonly<Record<string, T>>, name: string, value: NoInfer<T>): NameKeyedRecord<T> {
  const copy = nameKeyedRecord<T>(Object.entries(record));
  copy[name] = value;
  return copy;
}

/** A copy of `record` (without a prototype) without `name`. */
export function withoutNamed<T>(record: Readonly<Record<string, T>>, name: string): NameKeyedRecord<T> {
  return nameKeyedRecord<T>(Object.entries(record).filter(([key]) => key !== name));
}
