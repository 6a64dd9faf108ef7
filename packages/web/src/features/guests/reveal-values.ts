/** A revealed field as one line of text: lists joined with `; `, nothing as null. */
export function revealedText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.map(String).join('; ') : null;
  return String(value);
}

/** Reads the `identities` reveal answer (`[{ id, kind, value }]`) into clear values by identity id. */
export function revealedIdentities(value: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (!Array.isArray(value)) return map;
  for (const entry of value as ({ id?: unknown; value?: unknown } | null)[]) {
    if (typeof entry?.id === 'string' && typeof entry.value === 'string') map.set(entry.id, entry.value);
  }
  return map;
}
