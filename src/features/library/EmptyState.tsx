import { useState } from 'react';
import { useAppStore } from '../../store';
import { FileImportButton } from '../import/FileImportButton';
import { ImportStatus } from '../import/ImportStatus';
import { PasteBox } from '../import/PasteBox';
import { SAMPLE_POSTINGS } from '../samples/sample-postings';

/** First run: what the app does, and a one-click way to see it with sample postings. */
export function EmptyState() {
  const importInputs = useAppStore((s) => s.importInputs);
  const busy = useAppStore((s) => s.importProgress !== null);
  const [loading, setLoading] = useState(false);

  const loadSamples = async () => {
    setLoading(true);
    const encoder = new TextEncoder();
    await importInputs(
      SAMPLE_POSTINGS.map((s) => ({
        name: s.name,
        type: 'text/plain',
        bytes: encoder.encode(s.text),
      })),
      { sample: true },
    );
    setLoading(false);
  };

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-10 sm:py-16">
      <div className="flex flex-col gap-3">
        <h2 className="text-3xl font-semibold tracking-tight">Compare job postings side by side</h2>
        <p className="muted text-lg">
          Collect postings from anywhere (pasted text, saved web pages, PDFs, Word files) and see
          pay, requirements, skills and benefits at a glance. Everything is read and stored on this
          device; nothing is uploaded.
        </p>
      </div>
      <div className="card flex flex-col gap-3 p-5">
        <h3 className="font-semibold">New here? Start with the samples</h3>
        <p className="muted text-sm">
          Seven postings from different fields (software, nursing, retail, finance, teaching,
          design, logistics) with hourly and yearly pay in four currencies.
        </p>
        <div>
          <button
            type="button"
            className="btn-primary"
            disabled={busy}
            onClick={() => void loadSamples()}
          >
            {loading ? 'Loading samples…' : 'Load sample postings'}
          </button>
        </div>
      </div>
      <div className="card flex flex-col gap-4 p-5">
        <h3 className="font-semibold">Or add your own</h3>
        <p className="muted text-sm">
          Drop files anywhere on this page, choose them with the button, or paste the text of an ad.
        </p>
        <div>
          <FileImportButton />
        </div>
        <PasteBox />
      </div>
      <ImportStatus />
    </div>
  );
}
