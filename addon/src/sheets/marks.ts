// Which register sheets may carry Validate's marks (a note with the [Art30] prefix and a
// background): Validate records the sheets it read and those it marked, by name, in one
// document property; Set up adds the sheets it creates, which carry none. A sheet missing from
// the record (renamed, copied, or no record at all) is treated as if it carried marks.

/** The document property holding the record (JSON). */
export const MARKED_KEY = 'art30.markedSheets';

export interface MarkRecord {
  seen: string[];
  marked: string[];
}

function storedRecord(): MarkRecord | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(MARKED_KEY);
  try {
    const record = JSON.parse(stored ?? '') as MarkRecord;
    return Array.isArray(record.seen) && Array.isArray(record.marked) ? record : null;
  } catch {
    return null;
  }
}

/** Whether the last run may have left marks on a sheet: unknown sheets may carry them. */
export function mayCarryMarks(): (name: string) => boolean {
  const record = storedRecord();
  if (!record) return () => true;
  const seen = new Set(record.seen);
  const marked = new Set(record.marked);
  return (name) => !seen.has(name) || marked.has(name);
}

/** Records sheets just created (under these names) as carrying no marks. */
export function recordUnmarkedSheets(names: readonly string[]): void {
  if (names.length === 0) return;
  const record = storedRecord() ?? { seen: [], marked: [] };
  const fresh = new Set(names);
  const next: MarkRecord = {
    seen: [...new Set([...record.seen, ...names])],
    marked: record.marked.filter((n) => !fresh.has(n)),
  };
  PropertiesService.getDocumentProperties().setProperty(MARKED_KEY, JSON.stringify(next));
}
