import type { ReactNode } from 'react';
import type { PayFit } from '../../core/compare/match-score';
import type { Sharing } from '../../core/compare/skill-overlap';
import type { SkillCategory } from '../../core/model/posting';
import {
  ANNUAL_ASSUMPTION,
  NOT_STATED,
  SECTION_LABEL,
  type Comparison,
  type SectionId,
} from './comparison-model';

type Variant = 'page' | 'present';

interface Props {
  comparison: Comparison;
  sections: readonly SectionId[];
  variant?: Variant;
  /** Lower-cased skill names the user has, to mark them in the matrix. */
  userSkills?: ReadonlySet<string>;
}

const CATEGORY_LABEL: Record<SkillCategory, string> = {
  language: 'Languages',
  framework: 'Frameworks',
  data: 'Data',
  cloud: 'Cloud',
  ml: 'Machine learning',
  tool: 'Tools',
  'soft skill': 'Soft skills',
  domain: 'Domain knowledge',
};

const PAY_FIT_LABEL: Record<PayFit, string> = {
  above: 'Pay: above your target',
  within: 'Pay: your target is within the range',
  below: 'Pay: below your target',
  unknown: 'Pay: cannot compare with your target',
};

function RowHeader({
  label,
  differs,
  note,
  variant,
  scope = 'row',
}: {
  label: string;
  differs?: boolean;
  note?: ReactNode;
  variant: Variant;
  scope?: 'row' | 'rowgroup';
}) {
  return (
    <th
      scope={scope}
      className={`sticky left-0 z-10 border-r border-b border-slate-200 bg-slate-50 p-3 text-left align-top dark:border-slate-700 dark:bg-slate-900 ${
        variant === 'present' ? 'w-64 text-3xl' : 'w-28 text-sm sm:w-48'
      }`}
    >
      <span className="block font-semibold">{label}</span>
      {differs !== undefined &&
        (differs ? (
          <span className="chip mt-1 border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100">
            Differs
          </span>
        ) : (
          <span className="muted mt-1 block text-xs font-normal">No difference stated</span>
        ))}
      {note && <span className="muted mt-1 block text-xs font-normal">{note}</span>}
    </th>
  );
}

function BestBadge({ children }: { children: ReactNode }) {
  return (
    <span className="chip mb-1.5 border-emerald-600 bg-emerald-100 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100">
      <span aria-hidden="true">★</span> {children}
    </span>
  );
}

function Cell({
  children,
  best,
  variant,
}: {
  children: ReactNode;
  best?: boolean;
  variant: Variant;
}) {
  const tone = best ? 'bg-emerald-50 dark:bg-emerald-900/40' : 'bg-white dark:bg-slate-900';
  return (
    <td
      className={`border-b border-slate-200 p-3 align-top dark:border-slate-700 ${tone} ${
        variant === 'present' ? 'min-w-72 text-2xl leading-snug' : 'min-w-44 text-sm sm:min-w-52'
      } ${best ? 'shadow-[inset_3px_0_0_#059669]' : ''}`}
    >
      {children}
    </td>
  );
}

function Empty({ label = NOT_STATED }: { label?: string }) {
  return <span className="muted italic">{label}</span>;
}

const SHARING_STYLE: Record<Sharing, string> = {
  all: 'border-indigo-500 bg-indigo-50 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100',
  some: 'border-sky-600 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100',
  one: 'border-amber-500 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
};

const SHARING_BAR: Record<Sharing, string> = {
  all: 'shadow-[inset_4px_0_0_#6366f1]',
  some: 'shadow-[inset_4px_0_0_#0ea5e9]',
  one: 'shadow-[inset_4px_0_0_#f59e0b]',
};

function sharingText(sharing: Sharing, count: number, columns: number, verb: string): string {
  if (sharing === 'all') return `All ${verb}`;
  if (sharing === 'one') return 'Only one';
  return `${count} of ${columns}`;
}

function MatrixRowHeader({
  label,
  sharing,
  count,
  columns,
  extra,
  variant,
  verb = 'ask',
}: {
  /** What all postings do with this row: skills are asked for, benefits offered. */
  verb?: string;
  label: string;
  sharing: Sharing;
  count: number;
  columns: number;
  extra?: ReactNode;
  variant: Variant;
}) {
  return (
    <th
      scope="row"
      className={`sticky left-0 z-10 border-r border-b border-slate-200 bg-slate-50 py-2 pr-3 pl-4 text-left align-top font-medium dark:border-slate-700 dark:bg-slate-900 ${SHARING_BAR[sharing]} ${
        variant === 'present' ? 'text-xl' : 'text-sm'
      }`}
    >
      <span className="block">{label}</span>
      <span className="mt-0.5 flex flex-wrap gap-1">
        <span className={`chip ${SHARING_STYLE[sharing]}`}>
          {sharingText(sharing, count, columns, verb)}
        </span>
        {extra}
      </span>
    </th>
  );
}

function GroupRow({
  label,
  columns,
  variant,
}: {
  label: string;
  columns: number;
  variant: Variant;
}) {
  return (
    <tr>
      <th
        scope="rowgroup"
        className={`sticky left-0 z-10 border-r border-b border-slate-200 bg-slate-100 px-3 py-1.5 text-left font-semibold tracking-wide text-slate-700 uppercase dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200 ${
          variant === 'present' ? 'text-base' : 'text-xs'
        }`}
      >
        {label}
      </th>
      <td
        colSpan={columns}
        className="border-b border-slate-200 bg-slate-100 dark:border-slate-700 dark:bg-slate-800"
      />
    </tr>
  );
}

function ScalarRow({
  id,
  row,
  variant,
}: {
  id: SectionId;
  row: { cells: string[]; differs: boolean };
  variant: Variant;
}) {
  return (
    <tr>
      <RowHeader label={SECTION_LABEL[id]} differs={row.differs} variant={variant} />
      {row.cells.map((value, i) => (
        <Cell key={i} variant={variant}>
          {value === NOT_STATED ? <Empty /> : value}
        </Cell>
      ))}
    </tr>
  );
}

function MatchSection({ comparison, variant }: { comparison: Comparison; variant: Variant }) {
  const { matches, bestMatch } = comparison;
  if (!matches) return null;
  return (
    <tbody>
      <tr>
        <RowHeader
          label={SECTION_LABEL.match}
          variant={variant}
          note="Skill match: required skills count twice as much as preferred ones."
        />
        {matches.map((m, i) => {
          const score = m.skills.score;
          return (
            <Cell key={i} variant={variant} best={bestMatch.includes(i)}>
              {bestMatch.includes(i) && <BestBadge>Best skill match</BestBadge>}
              {score === null ? (
                <Empty label="No skills listed" />
              ) : (
                <div>
                  <p className="font-semibold">{score}% skill match</p>
                  <div
                    aria-hidden="true"
                    className="mt-1 h-2 w-full max-w-40 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
                  >
                    <div
                      className="h-full rounded-full bg-teal-600 dark:bg-teal-400"
                      style={{ width: `${score}%` }}
                    />
                  </div>
                </div>
              )}
              {m.skills.missingRequired.length > 0 && (
                <p className="mt-2">
                  <span className="font-medium text-red-800 dark:text-red-300">
                    Missing required:
                  </span>{' '}
                  {m.skills.missingRequired.map((s) => s.name).join(', ')}
                </p>
              )}
              {m.skills.missingPreferred.length > 0 && (
                <p className="mt-1">
                  <span className="font-medium">Missing preferred:</span>{' '}
                  {m.skills.missingPreferred.map((s) => s.name).join(', ')}
                </p>
              )}
              {score !== null &&
                m.skills.missingRequired.length === 0 &&
                m.skills.missingPreferred.length === 0 && (
                  <p className="mt-2">You have every skill it asks for.</p>
                )}
              <ul className="muted mt-2 space-y-0.5 text-xs">
                <li>{PAY_FIT_LABEL[m.pay]}</li>
                {m.workMode !== null && (
                  <li>Work mode: {m.workMode ? 'as you prefer' : 'not what you prefer'}</li>
                )}
                {m.location !== null && (
                  <li>Location: {m.location ? 'fits your place' : 'elsewhere'}</li>
                )}
              </ul>
            </Cell>
          );
        })}
      </tr>
    </tbody>
  );
}

function SalarySection({ comparison, variant }: { comparison: Comparison; variant: Variant }) {
  const { salary } = comparison;
  const onlyCurrency = salary.plan.excluded.length > 0 ? salary.plan.currency : null;
  return (
    <tbody>
      <tr>
        <RowHeader
          label={SECTION_LABEL.salary}
          differs={salary.differs}
          variant={variant}
          note={ANNUAL_ASSUMPTION}
        />
        {salary.cells.map((cell, i) => {
          const best = salary.best.includes(i);
          return (
            <Cell key={i} variant={variant} best={best}>
              {best && (
                <BestBadge>
                  {onlyCurrency ? `Highest pay in ${onlyCurrency}` : 'Highest pay'}
                </BestBadge>
              )}
              {cell.bands.length === 0 ? (
                <Empty />
              ) : (
                <ul className="space-y-2">
                  {cell.bands.map((band, j) => (
                    <li key={j}>
                      {band.label && <span className="muted block text-xs">{band.label}</span>}
                      <span className="block font-semibold">{band.stated}</span>
                      {band.annual && (
                        <span className="block">
                          = {band.annual} <span className="muted text-xs">({band.basis})</span>
                        </span>
                      )}
                      {band.converted && (
                        <span className="block">
                          {band.converted}{' '}
                          <span className="muted text-xs">(your exchange rate)</span>
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {cell.excluded && (
                <p className="mt-2 text-xs text-amber-900 dark:text-amber-200">
                  Not ranked: no exchange rate to {salary.plan.currency}.
                </p>
              )}
            </Cell>
          );
        })}
      </tr>
    </tbody>
  );
}

function ExperienceSection({ comparison, variant }: { comparison: Comparison; variant: Variant }) {
  const { experience } = comparison;
  return (
    <tbody>
      <tr>
        <RowHeader
          label={SECTION_LABEL.experience}
          differs={experience.differs}
          variant={variant}
        />
        {experience.cells.map((cell, i) => {
          const best = experience.best.includes(i);
          return (
            <Cell key={i} variant={variant} best={best}>
              {best && <BestBadge>Fewest years</BestBadge>}
              {cell.years === null ? (
                <Empty />
              ) : (
                <span className="block font-semibold">
                  {cell.years === 0
                    ? 'No experience required'
                    : `${cell.years} year${cell.years === 1 ? '' : 's'} minimum`}
                </span>
              )}
              {cell.paths.length > 1 && (
                <span className="mt-1 block">
                  <span className="muted text-xs">Any of: </span>
                  {cell.paths.join(', or ')}
                </span>
              )}
              {cell.paths.length === 1 && <span className="mt-1 block">{cell.paths[0]}</span>}
            </Cell>
          );
        })}
      </tr>
    </tbody>
  );
}

function SkillsSection({
  comparison,
  variant,
  userSkills,
}: {
  comparison: Comparison;
  variant: Variant;
  userSkills?: ReadonlySet<string>;
}) {
  const { skills, columns } = comparison;
  const n = columns.length;
  return (
    <>
      <tbody>
        <tr>
          <RowHeader
            label={SECTION_LABEL.skills}
            differs={skills.groups.length ? skills.differs : undefined}
            variant={variant}
          />
          {columns.map((column, i) => {
            const required = column.posting.skills.filter((s) => s.required).length;
            const preferred = column.posting.skills.length - required;
            const overlap = skills.overlap[i]!;
            return (
              <Cell key={column.id} variant={variant}>
                {column.posting.skills.length === 0 ? (
                  <Empty label="No skills listed" />
                ) : (
                  <>
                    <span className="block font-semibold">
                      {required} required, {preferred} preferred
                    </span>
                    {n > 1 && (
                      <span className="muted block text-xs">
                        {overlap.all} shared by all, {overlap.some} by some, {overlap.one} only here
                      </span>
                    )}
                  </>
                )}
              </Cell>
            );
          })}
        </tr>
      </tbody>
      {skills.groups.map((group) => (
        <tbody key={group.category}>
          <GroupRow label={CATEGORY_LABEL[group.category]} columns={n} variant={variant} />
          {group.rows.map((row) => {
            const have = userSkills?.has(row.name.toLowerCase());
            return (
              <tr key={row.name}>
                <MatrixRowHeader
                  label={row.name}
                  sharing={row.sharing}
                  count={row.count}
                  columns={n}
                  variant={variant}
                  extra={
                    have ? (
                      <span className="chip border-teal-700 text-teal-900 dark:border-teal-400 dark:text-teal-100">
                        <span aria-hidden="true">✓</span> You have it
                      </span>
                    ) : undefined
                  }
                />
                {row.marks.map((mark, i) => (
                  <td
                    key={i}
                    className={`border-b border-slate-200 bg-white px-3 py-2 align-top dark:border-slate-700 dark:bg-slate-900 ${
                      variant === 'present' ? 'text-lg' : 'text-sm'
                    }`}
                  >
                    {mark === null ? (
                      <>
                        <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                          —
                        </span>
                        <span className="sr-only">Not asked</span>
                      </>
                    ) : mark.required ? (
                      <span className="chip border-teal-800 bg-teal-800 text-white dark:border-teal-300 dark:bg-teal-300 dark:text-slate-950">
                        Required
                      </span>
                    ) : (
                      <span className="chip border-dashed border-teal-700 text-teal-900 dark:border-teal-300 dark:text-teal-100">
                        Preferred
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      ))}
    </>
  );
}

function BenefitsSection({ comparison, variant }: { comparison: Comparison; variant: Variant }) {
  const { benefits, columns } = comparison;
  const n = columns.length;
  return (
    <>
      <tbody>
        <tr>
          <RowHeader
            label={SECTION_LABEL.benefits}
            differs={benefits.groups.length ? benefits.differs : undefined}
            variant={variant}
          />
          {columns.map((column) => (
            <Cell key={column.id} variant={variant}>
              {column.posting.benefits.length === 0 ? (
                <Empty label="No benefits listed" />
              ) : (
                <span className="font-semibold">
                  {column.posting.benefits.length} benefit
                  {column.posting.benefits.length === 1 ? '' : 's'} listed
                </span>
              )}
            </Cell>
          ))}
        </tr>
      </tbody>
      {benefits.groups.map((group) => (
        <tbody key={group.theme}>
          <GroupRow label={group.label} columns={n} variant={variant} />
          {group.rows.map((row) => (
            <tr key={row.key}>
              <MatrixRowHeader
                label={row.label}
                sharing={row.sharing}
                count={row.count}
                columns={n}
                variant={variant}
                verb="offer"
              />
              {row.offered.map((offered, i) => (
                <td
                  key={i}
                  className={`border-b border-slate-200 bg-white px-3 py-2 align-top dark:border-slate-700 dark:bg-slate-900 ${
                    variant === 'present' ? 'text-lg' : 'text-sm'
                  }`}
                >
                  {offered ? (
                    <span className="font-medium text-teal-900 dark:text-teal-100">
                      <span aria-hidden="true">✓ </span>Offered
                    </span>
                  ) : (
                    <>
                      <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                        —
                      </span>
                      <span className="sr-only">Not mentioned</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </>
  );
}

function ListSection({
  id,
  cells,
  differs,
  variant,
  empty,
}: {
  id: SectionId;
  cells: string[][];
  differs?: boolean;
  variant: Variant;
  empty: string;
}) {
  return (
    <tbody>
      <tr>
        <RowHeader label={SECTION_LABEL[id]} differs={differs} variant={variant} />
        {cells.map((items, i) => (
          <Cell key={i} variant={variant}>
            {items.length === 0 ? (
              <Empty label={empty} />
            ) : items.length === 1 ? (
              items[0]
            ) : (
              <ul className="list-disc space-y-1 pl-4">
                {items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            )}
          </Cell>
        ))}
      </tr>
    </tbody>
  );
}

function Section({
  id,
  comparison,
  variant,
  userSkills,
}: {
  id: SectionId;
  comparison: Comparison;
  variant: Variant;
  userSkills?: ReadonlySet<string>;
}) {
  switch (id) {
    case 'match':
      return <MatchSection comparison={comparison} variant={variant} />;
    case 'salary':
      return <SalarySection comparison={comparison} variant={variant} />;
    case 'location':
    case 'workMode':
    case 'employment':
    case 'seniority':
      return (
        <tbody>
          <ScalarRow id={id} row={comparison[id]} variant={variant} />
        </tbody>
      );
    case 'experience':
      return <ExperienceSection comparison={comparison} variant={variant} />;
    case 'education':
      return (
        <ListSection
          id={id}
          cells={comparison.education.cells}
          differs={comparison.education.differs}
          variant={variant}
          empty={NOT_STATED}
        />
      );
    case 'skills':
      return <SkillsSection comparison={comparison} variant={variant} userSkills={userSkills} />;
    case 'benefits':
      return <BenefitsSection comparison={comparison} variant={variant} />;
    case 'responsibilities':
      return (
        <ListSection
          id={id}
          cells={comparison.responsibilities.cells}
          variant={variant}
          empty="None listed"
        />
      );
  }
}

/** The side-by-side table: real table semantics, row headers pinned while columns scroll. */
export function ComparisonTable({ comparison, sections, variant = 'page', userSkills }: Props) {
  const present = variant === 'present';
  const columns = comparison.columns.length;
  return (
    <>
      {!present && columns > 1 && (
        <p className="muted mb-1 text-xs sm:hidden" aria-hidden="true">
          Swipe the table sideways to see all {columns} postings →
        </p>
      )}
      <div
        role="region"
        aria-label="Comparison table (scrolls sideways)"
        tabIndex={0}
        className={`compare-scroll relative overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-700 ${
          present ? 'border-slate-500' : ''
        }`}
      >
        <table className="w-full border-separate border-spacing-0">
          <caption className="sr-only">Comparison</caption>
          <thead>
            <tr>
              <th
                scope="col"
                className={`sticky left-0 z-20 border-r border-b border-slate-200 bg-slate-100 p-3 text-left align-bottom dark:border-slate-700 dark:bg-slate-800 ${
                  present ? 'text-lg' : 'text-xs'
                }`}
              >
                <span className="muted font-semibold tracking-wide uppercase">Posting</span>
              </th>
              {comparison.columns.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  className={`border-b border-slate-200 bg-slate-100 p-3 text-left align-bottom dark:border-slate-700 dark:bg-slate-800 ${
                    present ? 'min-w-72 text-3xl' : 'min-w-44 text-sm sm:min-w-52'
                  }`}
                >
                  <span className="block leading-snug font-semibold">{column.title}</span>
                  <span className="muted block font-normal">
                    {column.company ?? 'Company not stated'}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {sections.map((id) => (
            <Section
              key={id}
              id={id}
              comparison={comparison}
              variant={variant}
              userSkills={userSkills}
            />
          ))}
        </table>
      </div>
    </>
  );
}
