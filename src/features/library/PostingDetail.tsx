import { useState, type ReactNode } from 'react';
import { formatBand } from '../../core/compare/format';
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

interface FactProps {
  label: string;
  field: string;
  hasEvidence: boolean;
  onShow: (field: string) => void;
  children: ReactNode;
}

function Fact({ label, field, hasEvidence, onShow, children }: FactProps) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-slate-100 py-2.5 last:border-0 sm:flex-row sm:gap-4 dark:border-slate-800">
      <dt className="muted w-40 shrink-0 text-sm">{label}</dt>
      <dd className="flex min-w-0 flex-1 flex-wrap items-start justify-between gap-2 text-sm">
        <div className="min-w-0">{children}</div>
        {hasEvidence && (
          <button
            type="button"
            className="shrink-0 rounded text-xs font-medium text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
            aria-label={`Show in text: ${label}`}
            onClick={() => onShow(field)}
          >
            Show in text
          </button>
        )}
      </dd>
    </div>
  );
}

const notStated = <span className="muted italic">Not stated</span>;

export function PostingDetail({ record, onBack }: { record: PostingRecord; onBack: () => void }) {
  const deleteRecords = useAppStore((s) => s.deleteRecords);
  const [activeField, setActiveField] = useState<string | null>(null);
  const p = effectivePosting(record);
  const title = displayTitle(record);
  const show = (field: string) => setActiveField(field);
  const required = p.skills.filter((s) => s.required);
  const preferred = p.skills.filter((s) => !s.required);

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
          <button
            type="button"
            className="btn-danger"
            onClick={() => void deleteRecords([record.id])}
          >
            Delete
          </button>
        </div>
      </div>

      <section aria-labelledby="facts-heading" className="card px-4 py-2">
        <h3 id="facts-heading" className="sr-only">
          Key facts
        </h3>
        <dl>
          <Fact
            label="Salary"
            field="salary"
            hasEvidence={p.salary.some((b) => b.spans.length > 0)}
            onShow={show}
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
          </Fact>
          <Fact
            label="Work mode"
            field="workMode"
            hasEvidence={!!p.workMode?.spans.length}
            onShow={show}
          >
            {p.workMode ? WORK_MODE_LABEL[p.workMode.value] : notStated}
          </Fact>
          <Fact
            label="Employment type"
            field="employmentType"
            hasEvidence={!!p.employmentType?.spans.length}
            onShow={show}
          >
            {p.employmentType ? EMPLOYMENT_LABEL[p.employmentType.value] : notStated}
          </Fact>
          <Fact
            label="Seniority"
            field="seniority"
            hasEvidence={!!p.seniority?.spans.length}
            onShow={show}
          >
            {p.seniority ? SENIORITY_LABEL[p.seniority.value] : notStated}
          </Fact>
          <Fact
            label="Experience"
            field="experience"
            hasEvidence={!!p.yearsExperienceMin?.spans.length || p.requirementPaths.length > 0}
            onShow={show}
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
          </Fact>
          <Fact
            label="Education"
            field="education"
            hasEvidence={p.degrees.some((d) => d.spans.length > 0)}
            onShow={show}
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
          </Fact>
          {p.postedDate && (
            <Fact
              label="Posted"
              field="postedDate"
              hasEvidence={p.postedDate.spans.length > 0}
              onShow={show}
            >
              {p.postedDate.value}
            </Fact>
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
              onClick={() => show('skills')}
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
                {b.key.replace(/_/g, ' ')}
              </li>
            ))}
          </ul>
        )}
      </section>

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
