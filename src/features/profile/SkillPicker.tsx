import { useId, useState } from 'react';
import { canonicalSkillName, type SkillName } from '../../core/compare/skill-names';

interface Props {
  skills: string[];
  suggestions: SkillName[];
  onChange: (skills: string[]) => void;
}

/**
 * The user's skills as removable chips, with an input that suggests names from the skills
 * vocabulary (and the user's own postings) through the browser's native suggestion list.
 */
export function SkillPicker({ skills, suggestions, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState('');
  const listId = useId();
  const inputId = useId();
  const hintId = useId();
  const have = new Set(skills.map((s) => s.toLowerCase()));

  const add = () => {
    const parts = draft
      .split(/[,;\n]/)
      .map(canonicalSkillName)
      .filter(Boolean);
    if (parts.length === 0) return;
    const fresh = parts.filter((p, i) => !have.has(p.toLowerCase()) && parts.indexOf(p) === i);
    if (fresh.length) onChange([...skills, ...fresh]);
    setNote(
      fresh.length
        ? `Added ${fresh.join(', ')}.`
        : `${parts.join(', ')} ${parts.length === 1 ? 'is' : 'are'} already in your skills.`,
    );
    setDraft('');
  };

  return (
    <div className="flex flex-col gap-3">
      <label htmlFor={inputId} className="font-medium">
        Add a skill
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={inputId}
          list={listId}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          aria-describedby={hintId}
          autoComplete="off"
          className="field-input max-w-sm flex-1"
          placeholder="e.g. Python, Excel, Figma"
        />
        <button type="button" className="btn-secondary" onClick={add} disabled={!draft.trim()}>
          Add skill
        </button>
        <datalist id={listId}>
          {suggestions
            .filter((s) => !have.has(s.name.toLowerCase()))
            .map((s) => (
              <option key={s.name} value={s.name} />
            ))}
        </datalist>
      </div>
      <p id={hintId} className="muted text-xs">
        Suggestions come from the skills the app recognises. Separate several with commas. Known
        spellings are matched to the name postings use (PySpark becomes Apache Spark).
      </p>
      <p className="sr-only" role="status">
        {note}
      </p>
      {skills.length === 0 ? (
        <p className="muted text-sm">No skills yet.</p>
      ) : (
        <ul aria-label="Your skills" className="flex flex-wrap gap-2">
          {skills.map((skill) => (
            <li
              key={skill}
              className="chip border-teal-700 bg-teal-50 py-1 pr-1 text-sm text-teal-900 dark:border-teal-400 dark:bg-teal-950 dark:text-teal-100"
            >
              {skill}
              <button
                type="button"
                className="ml-1 inline-flex h-6 w-6 cursor-pointer items-center justify-center rounded-full hover:bg-teal-200 dark:hover:bg-teal-800"
                aria-label={`Remove ${skill}`}
                onClick={() => onChange(skills.filter((s) => s !== skill))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
