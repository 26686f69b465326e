/**
 * The URL is the app's navigation state (`?posting=<id>`, later `?view=compare&ids=...`), so
 * back/forward, reload and bookmarks work. A tiny store over history, no router library needed.
 */
import { useSyncExternalStore } from 'react';

const EVENT = 'jc:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

/** The current query string, re-rendering on navigation. */
export function useSearch(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  return new URLSearchParams(search);
}

/** Sets (or, with null, removes) query parameters; pushes a history entry unless replace. */
export function navigate(
  params: Record<string, string | null>,
  options: { replace?: boolean; keep?: boolean } = {},
): void {
  const next = new URLSearchParams(options.keep === false ? '' : window.location.search);
  for (const [key, value] of Object.entries(params)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  const query = next.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(EVENT));
}
