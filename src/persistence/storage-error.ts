/** Turns IndexedDB / Dexie failures into sentences a user can act on. Never swallowed. */
export class StorageError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export function describeStorageError(err: unknown, action: string): StorageError {
  if (err instanceof StorageError) return err;
  const name = (err as { name?: string } | null)?.name ?? '';
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const kind = `${name} ${inner}`;
  let message: string;
  if (/QuotaExceeded/.test(kind)) {
    message = `Could not ${action}: the browser's storage for this site is full. Delete some postings or free disk space, then try again.`;
  } else if (/Blocked|VersionChange/.test(kind)) {
    message = `Could not ${action}: another tab of this app is holding the database open on an older version. Close or reload the other tabs.`;
  } else if (/MissingAPI|InvalidState|Security|UnknownError|Open/.test(kind)) {
    message = `Could not ${action}: this browser will not let the app store data (private browsing, or site storage blocked). Postings will be lost when you close the tab.`;
  } else {
    const detail = err instanceof Error ? err.message : String(err);
    message = `Could not ${action}: ${detail}`;
  }
  return new StorageError(message, err);
}
