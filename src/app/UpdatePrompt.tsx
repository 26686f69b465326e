import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * The service worker precaches the app so it works offline. When a new version is waiting it is
 * announced here and applied only when the user chooses: never forced mid-task.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  // Working offline is the normal state of this app, not news: no toast for it.
  useEffect(() => {
    if (offlineReady) setOfflineReady(false);
  }, [offlineReady, setOfflineReady]);

  if (!needRefresh) return null;
  return (
    <div
      role="region"
      aria-label="Update available"
      className="card fixed right-4 bottom-4 z-40 flex max-w-sm flex-col gap-3 p-4 text-sm"
    >
      <p>
        A new version of Job Compare is ready. Reload when you are done with what you are doing.
      </p>
      <div className="flex gap-2">
        <button type="button" className="btn-primary" onClick={() => updateServiceWorker(true)}>
          Reload to update
        </button>
        <button type="button" className="btn-secondary" onClick={() => setNeedRefresh(false)}>
          Later
        </button>
      </div>
    </div>
  );
}
