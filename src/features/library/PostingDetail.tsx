import { useState } from 'react';
import type { EditableField, PostingEdits } from '../../core/model/edits';
import { EMPLOYMENT_TYPES, SENIORITIES, WORK_MODES } from '../../core/model/posting';
import { formatBand } from '../../core/compare/format';
import { postingToJsonLd } from '../../core/export';
import { benefitLabel } from '../../core/compare/benefit-overlap';
import { downloadText, slugify } from '../data/download';
import type { PostingRecord } from '../../persistence/posting-record';
import { useAppStore } from '../../store';
import { displayTitle, effectivePosting } from './effective-posting';
import {
  DEGREE_LABEL,
  EMPLOYMENT_LABEL,
  SENIORITY_LABEL,
  WORK_MODE_LABEL,
  yearsLabel,
} from './labels';
import { SourceText } from './SourceText';
import { FactRow } from './FactRow';
import { OrganisePanel } from './OrganisePanel';
import {
  ListEditor,
  SalaryEditor,
  SelectEditor,
  TextEditor,
  YearsEditor,
} from './edit/FieldEditors';

const notStated = <span className="muted italic">Not stated</span>;

const pick = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  Object.fromEntries(values.map((v) => [v, labels[v]])) as Record<T, string>;

export function PostingDetail({ record, onBack }: { record: PostingRecord; onBack: () => void }) {
  const deleteRecords = useAppStore((s) => s.deleteRecords);
  const updateRecord = useAppStore((s) => s.updateRecord);
  const [activeField, setActiveField] = useState<string | null>(null);
  const p = effectivePosting(record);
  const title = displayTitle(record);
  const required = p.skills.filter((s) => s.required);
  const preferred = p.skills.filter((s) => !s.required);
  const edits = record.edits;

  /** Evidence is offered only for parsed values (a correction has no place in the text). */
  const evidence = (field: string, spans: number) =>
    spans > 0 ? () => setActiveField(field) : undefined;
  const save = <K extends EditableField>(field: K, value: PostingEdits[K]) =>
    void updateRecord(record.id, { edits: { ...edits, [field]: value } });
  const reset = (field: EditableField) => {
    const next = { ...edits };
    delete next[field];
    void updateRecord(record.id, { edits: next });
  };
  const editable = (field: EditableField) => ({
    edited: field in edits,
    onReset: () => reset(field),
  });

  return (
    <article aria-labelledby="posting-title" className="flex flex-col gap-5">
      <div className="flex flex-col gap-3">
        <button type="button" className="btn-ghost self-start px-2 lg:hidden" onClick={onBack}>
          ← Back to postings
        </button>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id="posting-title" className="text-2xl font-semibold tracking-tight">
              {title}
            </h2>
            <p className="muted mt-1">
              {[p.company?.value, ...p.locations.map((l) => l.value)].filter(Boolean).join(' · ') ||
                'Company and location not stated'}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="btn-secondary"
              title="Save this posting as schema.org JobPosting JSON-LD"
              onClick={() =>
                downloadText(
                  JSON.stringify(
                    postingToJsonLd({ posting: p, text: record.parsed.text }),
                    null,
                    2,
                  ),
                  `${slugify(title)}.jsonld`,
                  'application/ld+json',
                )
              }
            >
              Export JSON-LD
            </button>
            <button
              type="button"
              className="btn-danger"
              onClick={() => void deleteRecords([record.id])}
            >
              Delete
            </button>
          </div>
        </div>
      </div>

      <section aria-labelledby="facts-heading" className="card px-4 py-2">
        <h3 id="facts-heading" className="sr-only">
          Key facts
        </h3>
        <dl>
          <FactRow
            label="Title"
            onShowEvidence={evidence('title', p.title?.spans.length ?? 0)}
            {...editable('title')}
            editor={(close) => (
              <TextEditor
                label="Title"
                value={p.title?.value ?? null}
                onCancel={close}
                onSave={(v) => {
                  save('title', v);
                  close();
                }}
              />
            )}
          >
            {p.title ? p.title.value : notStated}
          </FactRow>
          <FactRow
            label="Company"
            onShowEvidence={evidence('company', p.company?.spans.length ?? 0)}
            {...editable('company')}
            editor={(close) => (
              <TextEditor
                label="Company"
                value={p.company?.value ?? null}
                onCancel={close}
                onSave={(v) => {
                  save('company', v);
                  close();
                }}
              />
            )}
          >
            {p.company ? p.company.value : notStated}
          </FactRow>
          <FactRow
            label="Location"
            onShowEvidence={evidence('locations', p.locations.flatMap((l) => l.spans).length)}
            {...editable('locations')}
            editor={(close) => (
              <ListEditor
                label="Locations"
                value={p.locations.map((l) => l.value)}
                onCancel={close}
                onSave={(v) => {
                  save('locations', v);
                  close();
                }}
              />
            )}
          >
            {p.locations.length > 0 ? p.locations.map((l) => l.value).join('; ') : notStated}
          </FactRow>
          <FactRow
            label="Salary"
            onShowEvidence={evidence('salary', p.salary.flatMap((b) => b.spans).length)}
            {...editable('salary')}
            editor={(close) => (
              <SalaryEditor
                label="Salary"
                value={p.salary.map(({ min, max, currency, period, label }) => ({
                  min,
                  max,
                  currency,
                  period,
                  label,
                }))}
                onCancel={close}
                onSave={(v) => {
                  save('salary', v);
                  close();
                }}
              />
            )}
          >
            {p.salary.length === 0 ? (
              notStated
            ) : (
              <ul className="flex flex-col gap-0.5">
                {p.salary.map((b, i) => (
                  <li key={i} className="font-medium">
                    {b.label && <span className="muted font-normal">{b.label}: </span>}
                    {formatBand(b)}
                  </li>
                ))}
              </ul>
            )}
          </FactRow>
          <FactRow
            label="Work mode"
            onShowEvidence={evidence('workMode', p.workMode?.spans.length ?? 0)}
            {...editable('workMode')}
            editor={(close) => (
              <SelectEditor
                label="Work mode"
                value={p.workMode?.value ?? null}
                options={pick(WORK_MODES, WORK_MODE_LABEL)}
                onCancel={close}
                onSave={(v) => {
                  save('workMode', v);
                  close();
                }}
              />
            )}
          >
            {p.workMode ? WORK_MODE_LABEL[p.workMode.value] : notStated}
          </FactRow>
          <FactRow
            label="Employment type"
            onShowEvidence={evidence('employmentType', p.employmentType?.spans.length ?? 0)}
            {...editable('employmentType')}
            editor={(close) => (
              <SelectEditor
                label="Employment type"
                value={p.employmentType?.value ?? null}
                options={pick(EMPLOYMENT_TYPES, EMPLOYMENT_LABEL)}
                onCancel={close}
                onSave={(v) => {
                  save('employmentType', v);
                  close();
                }}
              />
            )}
          >
            {p.employmentType ? EMPLOYMENT_LABEL[p.employmentType.value] : notStated}
          </FactRow>
          <FactRow
            label="Seniority"
            onShowEvidence={evidence('seniority', p.seniority?.spans.length ?? 0)}
            {...editable('seniority')}
            editor={(close) => (
              <SelectEditor
                label="Seniority"
                value={p.seniority?.value ?? null}
                options={pick(SENIORITIES, SENIORITY_LABEL)}
                onCancel={close}
                onSave={(v) => {
                  save('seniority', v);
                  close();
                }}
              />
            )}
          >
            {p.seniority ? SENIORITY_LABEL[p.seniority.value] : notStated}
          </FactRow>
          <FactRow
            label="Experience"
            onShowEvidence={evidence(
              'experience',
              (p.yearsExperienceMin?.spans.length ?? 0) + p.requirementPaths.length,
            )}
            {...editable('yearsExperienceMin')}
            editor={(close) => (
              <YearsEditor
                label="Experience"
                value={p.yearsExperienceMin?.value ?? null}
                onCancel={close}
                onSave={(v) => {
                  save('yearsExperienceMin', v);
                  close();
                }}
              />
            )}
          >
            {p.yearsExperienceMin ? (
              <>
                <span className="font-medium">
                  At least {yearsLabel(p.yearsExperienceMin.value)}
                </span>
                {p.requirementPaths.length > 1 && (
                  <span className="muted block">
                    {p.requirementPaths
                      .map((r) =>
                        [
                          r.degree ? DEGREE_LABEL[r.degree] : null,
                          r.years !== null ? yearsLabel(r.years) : null,
                        ]
                          .filter(Boolean)
                          .join(' + '),
                      )
                      .join(', or ')}
                  </span>
                )}
              </>
            ) : (
              notStated
            )}
          </FactRow>
          <FactRow
            label="Education"
            onShowEvidence={evidence('education', p.degrees.flatMap((d) => d.spans).length)}
          >
            {p.degrees.length === 0 ? (
              notStated
            ) : (
              <ul className="flex flex-col gap-0.5">
                {p.degrees.map((d, i) => (
                  <li key={i}>
                    <span className="font-medium">{DEGREE_LABEL[d.level]}</span>
                    {d.fields.length > 0 && <span> in {d.fields.join(', ')}</span>}
                    <span className="muted"> ({d.required ? 'required' : 'preferred'})</span>
                  </li>
                ))}
              </ul>
            )}
          </FactRow>
          {p.postedDate && (
            <FactRow
              label="Posted"
              onShowEvidence={evidence('postedDate', p.postedDate.spans.length)}
            >
              {p.postedDate.value}
            </FactRow>
          )}
        </dl>
      </section>

      <section aria-labelledby="skills-heading" className="flex flex-col gap-2">
        <div className="flex items-center justify-between">
          <h3 id="skills-heading" className="text-lg font-semibold">
            Skills
          </h3>
          {p.skills.length > 0 && (
            <button
              type="button"
              className="text-xs font-medium text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
              onClick={() => setActiveField('skills')}
              aria-label="Show in text: Skills"
            >
              Show in text
            </button>
          )}
        </div>
        {p.skills.length === 0 ? (
          <p className="muted text-sm">No skills recognised.</p>
        ) : (
          <div className="flex flex-col gap-2">
            {[
              ['Required', required],
              ['Preferred', preferred],
            ].map(([label, list]) =>
              (list as typeof p.skills).length === 0 ? null : (
                <div key={label as string}>
                  <h4 className="muted mb-1 text-xs font-semibold tracking-wide uppercase">
                    {label as string}
                  </h4>
                  <ul className="flex flex-wrap gap-1.5" aria-label={`${label as string} skills`}>
                    {(list as typeof p.skills).map((s) => (
                      <li
                        key={s.name}
                        className={`chip ${
                          s.required
                            ? 'border-teal-300 bg-teal-50 text-teal-900 dark:border-teal-700 dark:bg-teal-950 dark:text-teal-100'
                            : 'border-dashed border-slate-400 text-slate-700 dark:border-slate-500 dark:text-slate-300'
                        }`}
                      >
                        {s.name}
                      </li>
                    ))}
                  </ul>
                </div>
              ),
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="benefits-heading" className="flex flex-col gap-2">
        <h3 id="benefits-heading" className="text-lg font-semibold">
          Benefits
        </h3>
        {p.benefits.length === 0 ? (
          <p className="muted text-sm">No benefits recognised.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {p.benefits.map((b) => (
              <li
                key={b.key}
                className="chip border-slate-300 text-slate-800 dark:border-slate-600 dark:text-slate-200"
              >
                {benefitLabel(b.key)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <OrganisePanel record={record} />

      {record.parsed.warnings.length > 0 && (
        <section aria-label="Parser notes" className="muted text-sm">
          <ul className="list-disc pl-5">
            {record.parsed.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="flex flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="source-heading" className="text-lg font-semibold">
            Source text
          </h3>
          <span className="muted text-xs">From {record.source.name}</span>
        </div>
        <SourceText text={record.parsed.text} posting={p} activeField={activeField} />
      </section>
    </article>
  );
}
