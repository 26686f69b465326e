import { useEffect } from 'react';
import { useAppStore } from '../store';
import type { Toast } from '../store/ui-slice';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useAppStore((s) => s.dismissToast);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), toast.timeoutMs);
    return () => clearTimeout(timer);
  }, [toast.id, toast.timeoutMs, dismiss]);
  return (
    <div className="pointer-events-auto flex items-center gap-3 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="rounded px-2 py-1 font-semibold text-teal-300 underline-offset-2 hover:underline dark:text-teal-800"
          onClick={toast.action.run}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="ml-1 rounded px-1 text-slate-300 hover:text-white dark:text-slate-600 dark:hover:text-slate-900"
        aria-label="Dismiss notification"
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}

/**
 * Notifications (with "Undo" after a delete), announced politely to screen readers. At the
 * bottom at every width: at the top on a phone they covered the app's title.
 */
export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4 pb-[env(safe-area-inset-bottom)]"
    >
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}
