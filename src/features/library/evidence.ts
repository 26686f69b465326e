import type { ParsedPosting, Span } from '../../core/model/posting';

export interface EvidenceMark {
  field: string;
  label: string;
  spans: Span[];
}

/** Every extracted value's evidence, labelled for the source-text view. */
export function collectEvidence(p: ParsedPosting): EvidenceMark[] {
  const marks: EvidenceMark[] = [];
  const add = (field: string, label: string, spans: Span[] | undefined) => {
    if (spans && spans.length > 0) marks.push({ field, label, spans });
  };
  add('title', 'Title', p.title?.spans);
  add('company', 'Company', p.company?.spans);
  add(
    'locations',
    'Location',
    p.locations.flatMap((l) => l.spans),
  );
  add('workMode', 'Work mode', p.workMode?.spans);
  add('employmentType', 'Employment type', p.employmentType?.spans);
  add('seniority', 'Seniority', p.seniority?.spans);
  add(
    'salary',
    'Salary',
    p.salary.flatMap((b) => b.spans),
  );
  add('experience', 'Experience', [
    ...(p.yearsExperienceMin?.spans ?? []),
    ...p.requirementPaths.flatMap((r) => r.spans),
  ]);
  add(
    'education',
    'Education',
    p.degrees.flatMap((d) => d.spans),
  );
  add(
    'skills',
    'Skills',
    p.skills.flatMap((s) => s.spans),
  );
  add(
    'benefits',
    'Benefits',
    p.benefits.flatMap((b) => b.spans),
  );
  add('postedDate', 'Posted', p.postedDate?.spans);
  return marks;
}

export interface Segment {
  text: string;
  /** Fields whose evidence covers this segment. */
  fields: string[];
}

/**
 * Splits text into segments at every span boundary, so overlapping evidence can be shown
 * without ever building markup from the text (each segment renders as a text node).
 */
export function segmentText(text: string, marks: EvidenceMark[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const ranges: { start: number; end: number; field: string }[] = [];
  for (const m of marks) {
    for (const s of m.spans) {
      const start = Math.max(0, Math.min(text.length, s.start));
      const end = Math.max(start, Math.min(text.length, s.end));
      if (end <= start) continue;
      cuts.add(start);
      cuts.add(end);
      ranges.push({ start, end, field: m.field });
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const fields = ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.field);
    segments.push({ text: text.slice(start, end), fields: [...new Set(fields)] });
  }
  return segments;
}
