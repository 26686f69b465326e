/**
 * Work-mode wording work-mode.ts's lists miss. Partial remote in German and French is hybrid
 * ("Mobiles Arbeiten an bis zu zwei Tagen", "2 jours de télétravail par semaine", "Télétravail
 * fréquent"); on-site only where the text says so ("In-person only", "works on-site", "Einsatzort:
 * vor Ort", "exclusivement sur site"); a board's label on one line with its value on the next
 * (APEC "Télétravail" / "Partiel").
 */
import type { Evidenced, WorkMode } from '../model/posting';
import { evidence, lineIndexAt, type ExtractContext } from './context';

/** Whole chips or field values, tested like work-mode.ts's BARE list. */
export const EXTRA_BARE: [RegExp, WorkMode][] = [
  [/^(?:télétravail (?:fréquent|régulier)|teletrabajo (?:parcial|híbrido))$/i, 'hybrid'],
  [
    /^(?:in[- ]person only|on-?site only|office[- ]based|100 ?% (?:on-?site|vor ort|présentiel|presencial)|ausschließlich vor ort)$/i,
    'onsite',
  ],
];

// Days per week (digits or number words) in DE/FR.
const DAYS = String.raw`(?:\d|ein(?:em)?|zwei|drei|vier|un|deux|trois|quatre)`;

// Phrases in running text. The on-site ones and the French ones hold one of work-mode.ts's
// MODE_WORDs, so only the lines it already found are scanned; "Mobiles Arbeiten" lines are found
// by one substring search.
const PARTIAL_REMOTE = new RegExp(
  String.raw`\b(?:mobiles arbeiten (?:an |für )?(?:bis zu )?${DAYS} tag|(?:an |bis zu )${DAYS} tagen? (?:pro woche |in der woche |wöchentlich )?(?:im homeoffice|mobil|remote)|télétravail (?:fréquent|jusqu['’]à ${DAYS} jours?)|jusqu['’]à ${DAYS} jours? de télétravail|${DAYS} jours? (?:de|en) télétravail)`,
  'i',
);
const ONSITE =
  /\b(?:in[- ]person only|works? (?:fully |100% )?on-?site\b(?![^.\n]{0,30}\b(?:\d|one|two|three|four) days?)|(?:exclusivement|uniquement|100 ?%) sur site|(?:einsatzort|arbeitsort)\s*:\s*vor ort|(?:ausschließlich|nur) vor ort)/i;

/**
 * The mode from the phrases above, when work-mode.ts's own phrases found none (earliest match
 * wins) or only "remote": partial remote ("Mobiles Arbeiten an bis zu zwei Tagen") is hybrid.
 * `modeLines` are the indexes of the lines holding a MODE_WORD.
 */
export function modeFromExtraPhrases(
  ctx: ExtractContext,
  modeLines: number[],
  found: WorkMode | null,
): Evidenced<WorkMode> | null {
  if (found === 'hybrid' || found === 'onsite') return null;
  const lines = [...modeLines];
  for (let at = ctx.text.indexOf('obil'); at >= 0; at = ctx.text.indexOf('obil', at + 4)) {
    lines.push(lineIndexAt(ctx.lines, at));
  }
  let best: { mode: WorkMode; at: number; end: number } | null = null;
  for (const i of lines) {
    const line = ctx.lines[i];
    if (!line) continue;
    for (const [re, mode] of [
      [PARTIAL_REMOTE, 'hybrid'],
      [ONSITE, 'onsite'],
    ] as const) {
      if (found === 'remote' && mode !== 'hybrid') continue;
      const m = re.exec(line.text);
      if (m && (!best || line.start + m.index < best.at)) {
        best = { mode, at: line.start + m.index, end: line.start + m.index + m[0].length };
      }
    }
  }
  return best ? evidence(best.mode, best.at, best.end) : null;
}

const LABEL_ALONE = /^(?:télétravail|teletrabajo|remote work|homeoffice|mobiles arbeiten)\s*:?$/i;
const NEXT_VALUE: [RegExp, WorkMode][] = [
  [
    /^(?:partiel|occasionnel|fréquent|hybride|parcial|híbrido|teilweise|hybrid|partial)$/i,
    'hybrid',
  ],
  [/^(?:total|complet|100 ?%|full|fully remote)$/i, 'remote'],
];

/** A label line ("Télétravail") whose value is the next line ("Partiel"), or null. */
export function modeFromNextLine(
  ctx: ExtractContext,
  index: number,
  body: string,
): Evidenced<WorkMode> | null {
  if (!LABEL_ALONE.test(body.trim())) return null;
  const next = ctx.lines[index + 1];
  const value = next?.text.trim() ?? '';
  for (const [re, mode] of NEXT_VALUE) {
    if (next && re.test(value)) return evidence(mode, next.start, next.start + next.text.length);
  }
  return null;
}
