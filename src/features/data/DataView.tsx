import { useId, useState } from 'react';
import { navigate } from '../../app/router';
import { createWorkshopSet, libraryToCsv, postingsToJsonLd } from '../../core/export';
import { applyBackup, createBackup, parseBackup, type Backup } from '../../persistence/backup';
import type { PostingRecord } from '../../persistence/posting-record';
import { clearAll, getSetting, putPostings, putSetting } from '../../persistence/postings-repo';
import { SETTING_EXCHANGE_RATES, SETTING_PROFILE } from '../../persistence/constants';
import { announceChange } from '../../persistence/sync-channel';
import { useAppStore } from '../../store';
import { effectivePosting } from '../library/effective-posting';
import { openImported } from '../import/open-imported';
import { downloadText, slugify } from './download';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="card flex flex-col gap-3 p-5">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** A button that opens the file picker for one JSON file (a real input, named by `label`). */
function JsonFileButton({ label, onFile }: { label: string; onFile: (file: File) => void }) {
  return (
    <label className="btn-secondary focus-within:outline-2 focus-within:outline-teal-600">
      {label}
      <input
        type="file"
        accept=".json,application/json"
        className="sr-only"
        aria-label={label}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Reset so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** Keep and move data: backups, exports, workshop sets, and clearing everything. */
export default function DataView() {
  const records = useAppStore((s) => s.records);
  const compareIds = useAppStore((s) => s.compareIds);
  const load = useAppStore((s) => s.load);
  const loadProfile = useAppStore((s) => s.loadProfile);
  const pushToast = useAppStore((s) => s.pushToast);
  const setStorageError = useAppStore((s) => s.setStorageError);
  const importWorkshopSet = useAppStore((s) => s.importWorkshopSet);
  const [pending, setPending] = useState<{ backup: Backup; fileName: string } | null>(null);
  const [backupError, setBackupError] = useState<string | null>(null);
  const [workshopError, setWorkshopError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [setTitle, setSetTitle] = useState('');
  const ticked = records.filter((r) => compareIds.includes(r.id));
  const setPostings = ticked.length > 0 ? ticked : records;

  const fail = (err: unknown) => setStorageError(err instanceof Error ? err.message : String(err));

  const exportBackup = async () => {
    try {
      const backup = await createBackup();
      downloadText(backup.text, backup.fileName);
      pushToast({
        message: `Backup saved: ${backup.postingCount} postings${
          backup.skipped.length ? ` (${backup.skipped.length} unreadable left out)` : ''
        }.`,
        timeoutMs: 5000,
      });
    } catch (err) {
      fail(err);
    }
  };

  const readBackup = async (file: File) => {
    setBackupError(null);
    setPending(null);
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setBackupError(`“${file.name}” was not imported, and nothing was changed: ${result.error}`);
      return;
    }
    setPending({ backup: result.backup, fileName: file.name });
  };

  const restore = async (mode: 'merge' | 'replace') => {
    if (!pending) return;
    setBusy(true);
    try {
      const summary = await applyBackup(pending.backup, mode);
      await Promise.all([load(), loadProfile()]);
      announceChange({ ids: summary.changedIds });
      announceChange({ ids: summary.deletedIds, deleted: true });
      pushToast({
        message:
          mode === 'replace'
            ? `Library replaced by the backup: ${summary.added} postings.`
            : `Backup merged: ${summary.added} added, ${summary.updated} updated, ${
                summary.kept + summary.duplicates
              } already here.`,
        timeoutMs: 6000,
      });
      setPending(null);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const clearEverything = async () => {
    setBusy(true);
    try {
      const kept: PostingRecord[] = records;
      const [profile, rates] = await Promise.all([
        getSetting(SETTING_PROFILE),
        getSetting(SETTING_EXCHANGE_RATES),
      ]);
      await clearAll();
      await Promise.all([load(), loadProfile()]);
      announceChange({ ids: kept.map((r) => r.id), deleted: true });
      setConfirmClear(false);
      pushToast({
        message: `Deleted ${kept.length} postings, your profile and settings.`,
        timeoutMs: 15_000,
        action: {
          label: 'Undo',
          run: () => {
            void (async () => {
              try {
                await putPostings(kept);
                if (profile !== undefined) await putSetting(SETTING_PROFILE, profile);
                if (rates !== undefined) await putSetting(SETTING_EXCHANGE_RATES, rates);
                await Promise.all([load(), loadProfile()]);
                announceChange({ ids: kept.map((r) => r.id) });
              } catch (err) {
                fail(err);
              }
            })();
          },
        },
      });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const openWorkshopSet = async (file: File) => {
    setWorkshopError(null);
    const opened = await importWorkshopSet(await file.text(), file.name);
    if (!opened) {
      const last = useAppStore.getState().importIssues.at(-1);
      setWorkshopError(
        last ? `“${last.file}” ${last.message}` : `“${file.name}” could not be opened.`,
      );
      return;
    }
    // The same destination as a workshop set dropped on the page.
    openImported({ added: [], issues: [], cancelled: false, workshop: opened });
  };

  const views = () =>
    records.map((r) => ({ record: r, posting: effectivePosting(r), text: r.parsed.text }));

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-5 px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-2xl font-semibold tracking-tight">Your data</h2>
        <button type="button" className="btn-secondary" onClick={() => navigate({ view: null })}>
          ← Back to postings
        </button>
      </div>
      <p className="muted">
        Everything lives in this browser only. Save a backup to keep it safe or to move it to
        another device.
      </p>

      <Section title="Backup">
        <p className="muted text-sm">
          One file with every posting, its source, your corrections, notes, profile and settings.
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-primary" onClick={() => void exportBackup()}>
            Export backup
          </button>
          <JsonFileButton label="Import backup" onFile={(file) => void readBackup(file)} />
        </div>
        {backupError && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {backupError}
          </p>
        )}
        {pending && (
          <div
            role="group"
            aria-label="Restore backup"
            className="flex flex-col gap-3 rounded-lg border border-teal-300 bg-teal-50 p-4 text-sm dark:border-teal-700 dark:bg-teal-950/50"
          >
            <p>
              “{pending.fileName}” holds <strong>{pending.backup.postings.length} postings</strong>,
              saved {pending.backup.exportedAt.slice(0, 10)}. Your library has {records.length}. How
              should it be restored?
            </p>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className="btn-primary"
                disabled={busy}
                onClick={() => void restore('merge')}
              >
                Merge with my library
              </button>
              <button
                type="button"
                className="btn-danger"
                disabled={busy}
                onClick={() => void restore('replace')}
              >
                Replace my library
              </button>
              <button type="button" className="btn-ghost" onClick={() => setPending(null)}>
                Cancel
              </button>
            </div>
            <p className="muted text-xs">
              Merge keeps the newer copy of each posting. Replace makes this browser hold exactly
              the backup.
            </p>
          </div>
        )}
      </Section>

      <Section title="Export">
        <p className="muted text-sm">
          A spreadsheet of the library, or schema.org JobPosting data that other tools read. A
          single posting can be exported from its page.
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn-secondary"
            disabled={records.length === 0}
            onClick={() =>
              downloadText(
                libraryToCsv(
                  views().map(({ record, posting }) => ({
                    id: record.id,
                    createdAt: record.createdAt,
                    posting,
                    status: record.status,
                    tags: record.tags,
                    notes: record.notes,
                    rating: record.rating,
                    sourceName: record.source.name,
                  })),
                ),
                `job-compare-library-${today()}.csv`,
                'text/csv',
              )
            }
          >
            Export CSV
          </button>
          <button
            type="button"
            className="btn-secondary"
            disabled={records.length === 0}
            onClick={() =>
              downloadText(
                JSON.stringify(postingsToJsonLd(views()), null, 2),
                `job-compare-postings-${today()}.jsonld`,
                'application/ld+json',
              )
            }
          >
            Export JSON-LD
          </button>
        </div>
      </Section>

      <Section title="Workshop set">
        <p className="muted text-sm">
          For coaches: hand a set of postings to participants. They open the file in Job Compare
          (drop it on the page) and see the comparison at once. Your notes, status, tags and ratings
          are not included.
        </p>
        <label className="flex flex-col gap-1 text-sm">
          Name of the set
          <input
            className="field-input max-w-md"
            placeholder="e.g. Week 3: nursing offers"
            value={setTitle}
            onChange={(e) => setSetTitle(e.target.value)}
          />
        </label>
        <p className="text-sm">
          {ticked.length > 0
            ? `The ${ticked.length} ticked postings will be included.`
            : `All ${records.length} postings will be included (tick postings in the list to choose).`}
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn-primary"
            disabled={setPostings.length === 0}
            onClick={() => {
              const title = setTitle.trim() || `Workshop set ${today()}`;
              downloadText(
                createWorkshopSet({ title, postings: setPostings }),
                `${slugify(title)}.jobset.json`,
              );
            }}
          >
            Export workshop set
          </button>
          <JsonFileButton label="Open workshop set" onFile={(file) => void openWorkshopSet(file)} />
        </div>
        {workshopError && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {workshopError}
          </p>
        )}
      </Section>

      <Section title="Delete everything">
        <p className="muted text-sm">
          Removes every posting, your profile and settings from this browser.
        </p>
        {confirmClear ? (
          <div
            role="group"
            aria-label="Confirm deleting everything"
            className="flex flex-wrap items-center gap-2"
          >
            <span className="text-sm font-medium">
              Delete {records.length} postings and your profile?
            </span>
            <button
              type="button"
              className="btn-danger"
              disabled={busy}
              onClick={() => void clearEverything()}
            >
              Yes, delete everything
            </button>
            <button type="button" className="btn-ghost" onClick={() => setConfirmClear(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <div>
            <button type="button" className="btn-danger" onClick={() => setConfirmClear(true)}>
              Delete everything…
            </button>
          </div>
        )}
      </Section>
    </div>
  );
}
