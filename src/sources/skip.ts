/**
 * Normalizes every raw item with `parse`. An item that is not one (null) or that breaks the
 * parser (throws) is skipped and counted, never fatal: one bad item never blanks the rest. The
 * count goes to the console once per response, for the site builder.
 */
export function parseEach<T, R>(items: readonly T[], parse: (item: T) => R | null | undefined, what: string): R[] {
  const parsed: R[] = [];
  let skipped = 0;
  for (const item of items) {
    try {
      const result = parse(item);
      if (result) parsed.push(result);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  if (skipped) console.warn(`press-widgets: skipped ${skipped} malformed ${what} of ${items.length}.`);
  return parsed;
}
