import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Toasts } from '../components/Toasts';
import { DropOverlay } from '../features/import/DropOverlay';
import { FileImportButton } from '../features/import/FileImportButton';
import { LibraryView } from '../features/library/LibraryView';
import { ThemeToggle } from '../features/settings/ThemeToggle';
import { onRemoteChange } from '../persistence/sync-channel';
import { useAppStore } from '../store';
import { navigate, useSearch } from './router';
import { UpdatePrompt } from './UpdatePrompt';

// The comparison (and Recharts with it) loads only when the user opens it.
const CompareView = lazy(() => import('../features/compare/CompareView'));
const ProfileView = lazy(() => import('../features/profile/ProfileView'));
const DataView = lazy(() => import('../features/data/DataView'));

/** A header link to a view: its label on wide screens, an icon (same accessible name) on phones. */
function NavButton(props: { to: string; current: string | null; label: string; icon: string }) {
  return (
    <button
      type="button"
      className="btn-ghost px-3"
      aria-current={props.current === props.to ? 'page' : undefined}
      onClick={() => navigate({ view: props.to, posting: null })}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-current sm:hidden">
        <path d={props.icon} />
      </svg>
      <span className="sr-only sm:not-sr-only">{props.label}</span>
    </button>
  );
}

/** A view loaded on demand, with a polite status while its code arrives. */
function LazyView({ what, children }: { what: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p role="status" className="muted p-8 text-center">
          Opening {what}…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

function StorageBanner() {
  const error = useAppStore((s) => s.storageError);
  const clear = useAppStore((s) => s.setStorageError);
  if (!error) return null;
  return (
    <div
      role="alert"
      className="flex items-start justify-between gap-3 border-b border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p>{error}</p>
      <button type="button" className="shrink-0 underline" onClick={() => clear(null)}>
        Dismiss
      </button>
    </div>
  );
}

export function App() {
  const load = useAppStore((s) => s.load);
  const reparseStale = useAppStore((s) => s.reparseStale);
  const hasRecords = useAppStore((s) => s.records.length > 0);
  const view = useSearch().get('view');

  const applyRemoteChange = useAppStore((s) => s.applyRemoteChange);

  useEffect(() => {
    void load().then(() => reparseStale());
  }, [load, reparseStale]);

  // Changes saved in another tab of the app appear here without a reload.
  useEffect(() => onRemoteChange((change) => void applyRemoteChange(change)), [applyRemoteChange]);

  return (
    <div className="flex h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-2.5 dark:border-slate-800 dark:bg-slate-900">
        <div className="flex min-w-0 items-center gap-2.5">
          <img src="/favicon.svg" alt="" className="h-8 w-8" />
          <div className="min-w-0">
            <h1 className="text-lg leading-tight font-semibold whitespace-nowrap">Job Compare</h1>
            <p className="muted hidden text-xs sm:block">
              Private: postings never leave this device
            </p>
          </div>
        </div>
        <div className="flex items-center gap-1 sm:gap-2">
          {hasRecords && <FileImportButton className="btn-primary px-3 sm:px-4" compact />}
          <NavButton
            to="profile"
            current={view}
            label="My profile"
            icon="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0H3Z"
          />
          <NavButton
            to="data"
            current={view}
            label="Your data"
            icon="M3 4a1 1 0 0 1 1-1h12a1 1 0 0 1 1 1v3H3V4Zm0 5h14v7a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9Zm5 2v2h4v-2H8Z"
          />
          <ThemeToggle />
        </div>
      </header>
      <StorageBanner />
      <main id="main" className="relative flex min-h-0 flex-1 flex-col overflow-y-auto">
        {view === 'compare' ? (
          <LazyView what="the comparison">
            <CompareView />
          </LazyView>
        ) : view === 'profile' ? (
          <LazyView what="your profile">
            <ProfileView />
          </LazyView>
        ) : view === 'data' ? (
          <LazyView what="your data">
            <DataView />
          </LazyView>
        ) : (
          <LibraryView />
        )}
      </main>
      <DropOverlay />
      <Toasts />
      <UpdatePrompt />
    </div>
  );
}
