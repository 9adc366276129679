/**
 * An empty record for keys the user chose (component ids, request classes, backends): without a
 * prototype, so `__proto__`, `constructor` and `toString` are keys like any other. On an ordinary
 * object `o["__proto__"] = v` sets the prototype instead of adding a key, and that class or
 * component vanished from the summary. JSON.stringify, spreads, Object.entries and structured
 * clones all keep such a key as an own property.
 */
export function ownRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `record[key]` if the record has that key of its own, never a value inherited from Object. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
