/**
 * Seniority from explicit words in the title, else from a level field ("Experience: Senior",
 * a bare "Senior" line in the header). "Staff Accountant" / "Staff Nurse" are not staff level:
 * "staff" counts only before an engineering-type word or as "Staff, ...".
 */
import type { Evidenced, Seniority } from '../model/posting';
import { evidence, headerLines, lineBody, type ExtractContext } from './context';

// Checked in this order: the first that matches the title wins.
const TITLE_LEVELS: [RegExp, Seniority][] = [
  [
    /\b(?:chief|cto|ceo|cfo|coo|cio|vp|svp|evp|vice president|geschäftsführer\w*|directeur général|director general)\b/i,
    'executive',
  ],
  [
    /\b(?:director|head of|directeur|directrice|director[a]?|leiter\w*|bereichsleiter\w*)\b/i,
    'director',
  ],
  [/\bprincipal\b/i, 'principal'],
  [
    /\bstaff(?:,|\s+(?:software|data|machine|ml|site|security|research|product|backend|frontend|front-end|back-end|full[- ]stack|platform|infrastructure|cloud|systems?|applied|engineer|scientist|developer|designer|analyst|architect))/i,
    'staff',
  ],
  [/\b(?:senior|sr\.?|snr|sénior|senior-)(?![a-zA-Z\u00C0-\u024F])/i, 'senior'],
  [
    /\b(?:lead|tech lead|team lead|teamleiter\w*|chef d'équipe|responsable d'équipe|líder)\b/i,
    'lead',
  ],
  [/\b(?:manager|managerin|gerente|responsable)\b/i, 'manager'],
  [/\b(?:mid[- ]level|mid[- ]senior|intermediate|mid)\b/i, 'mid'],
  [
    /\b(?:junior|jr\.?|entry[- ]level|graduate|new grad|berufseinsteiger\w*|débutant\w*|principiante)(?![a-zA-Z\u00C0-\u024F])/i,
    'entry',
  ],
  [
    /^stage\b|\b(?:intern|internship|praktikant\w*|werkstudent\w*|stagiaire|becari[oa]|trainee|apprenti\w*)\b/i,
    'intern',
  ],
];
const LEVEL_VALUE: [RegExp, Seniority][] = [
  [/^(?:intern(?:ship)?)$/i, 'intern'],
  [/^(?:entry(?:[- ]level)?|junior|associate|graduate)$/i, 'entry'],
  [/^(?:mid(?:[- ]level)?|intermediate)$/i, 'mid'],
  [/^(?:mid[- ]senior(?: level)?|senior(?: level)?|sr\.?|experienced)$/i, 'senior'],
  [/^staff$/i, 'staff'],
  [/^principal$/i, 'principal'],
  [/^lead$/i, 'lead'],
  [/^(?:manager|management)$/i, 'manager'],
  [/^director$/i, 'director'],
  [/^(?:executive|vp)$/i, 'executive'],
];
const LEVEL_FIELD =
  /^(?:seniority(?: level)?|experience level|career level|level|job level|experience|erfahrungslevel|karrierestufe|niveau|niveau d'expérience|nivel|nivel de experiencia)\s*[:：]?\s*(.{3,30})$/i;

/** Extracts the seniority from the title (preferred) or a level field, or null. */
export function extractSeniority(
  ctx: ExtractContext,
  title: Evidenced<string> | null,
): Evidenced<Seniority> | null {
  if (title) {
    for (const [re, level] of TITLE_LEVELS) {
      const m = re.exec(title.value);
      const span = title.spans[0];
      if (m && span) {
        const start = span.start + m.index;
        return evidence(level, start, start + m[0].length);
      }
    }
  }
  for (const line of headerLines(ctx, 30).concat(ctx.lines.slice(-40))) {
    if (line.text.length > 120 || line.kind === 'list-item') continue;
    const { body, start } = lineBody(line);
    // "$95K/yr - $120K/yr · Hybrid · Full-time · Mid-Senior level": each part of a board's
    // header line on its own.
    const parts = body.length > 50 ? body.split(/\s[·•|]\s/) : [body];
    if (parts.length === 1 && body.length > 50) continue;
    for (const part of parts) {
      const value = (LEVEL_FIELD.exec(part)?.[1] ?? part).trim();
      for (const [re, level] of LEVEL_VALUE) {
        if (re.test(value)) return evidence(level, start, start + body.length);
      }
    }
  }
  return null;
}
