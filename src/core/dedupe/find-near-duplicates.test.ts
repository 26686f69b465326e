import { describe, expect, it } from 'vitest';
import { findNearDuplicates, normaliseName } from './find-near-duplicates';

const BODY = `About the role
Northwind Health is looking for a Registered Nurse to join our cardiac care unit in Boston.
You will assess and monitor patients, administer medication safely, and work closely with
physicians, pharmacists and families to plan care. You will document every step in the
electronic health record and mentor newly qualified nurses on the ward.

Requirements
- Active RN license in Massachusetts
- BLS and ACLS certification
- Two years of acute care experience, cardiac experience a plus
- Calm under pressure, clear communicator, reliable team player

What we offer
- $45 to $55 per hour, plus night shift differential
- Health, dental and vision insurance from day one
- 401(k) with a 5% company match and 25 days of paid time off
- Tuition support for a BSN or MSN degree
Northwind Health is an equal opportunity employer and welcomes applicants of every background.`;

// The same posting on two boards: different header and footer chrome around the same body.
const ON_BOARD_A = `Registered Nurse - Cardiac Care
Northwind Health · Boston, MA · Posted 3 days ago · 87 applicants
Easy Apply  Save
${BODY}
Report this job · See more jobs like this`;
const ON_BOARD_B = `Jobs > Healthcare > Nursing
Registered Nurse - Cardiac Care | Northwind Health, Inc.
Boston, Massachusetts — Full-time
${BODY}
Apply now on CareerBoard. Share: Facebook, X, Email.`;

describe('findNearDuplicates', () => {
  const a = {
    id: 'a',
    title: 'Registered Nurse - Cardiac Care',
    company: 'Northwind Health',
    text: ON_BOARD_A,
  };
  const b = {
    id: 'b',
    title: 'Registered Nurse – Cardiac Care',
    company: 'Northwind Health, Inc.',
    text: ON_BOARD_B,
  };

  it('offers a cross-posted pair with different board chrome for merging', () => {
    const found = findNearDuplicates(b, [a]);
    expect(found).toHaveLength(1);
    expect(found[0]?.id).toBe('a');
    expect(found[0]?.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('does not match the same title at a different company, even with similar text', () => {
    const other = {
      ...a,
      id: 'c',
      company: 'Sunrise Hospital',
      text: ON_BOARD_A.replace(/Northwind Health/g, 'Sunrise Hospital'),
    };
    expect(findNearDuplicates(other, [a])).toEqual([]);
  });

  it('does not match the same title and company when the text differs (a different opening)', () => {
    const different = {
      ...a,
      id: 'd',
      text: `Registered Nurse - Cardiac Care\nNight shifts in our Worcester clinic.\nWe need an RN for outpatient cardiology follow-ups, phone triage and patient education. Weekends off, Spanish a plus. Pay $40-$48 per hour with benefits.`,
    };
    expect(findNearDuplicates(different, [a])).toEqual([]);
  });

  it('does not match when only the opening paragraph is shared', () => {
    const [opening] = BODY.split('Requirements');
    const rewritten = {
      ...b,
      id: 'e',
      text: `${opening}\nWe now hire for the Worcester outpatient clinic: phone triage, patient education and cardiology follow-ups, weekdays only, Spanish speakers preferred, $40-$48 per hour.`,
    };
    expect(findNearDuplicates(rewritten, [a])).toEqual([]);
  });

  it('never matches a posting with itself or one without a title or company', () => {
    expect(findNearDuplicates(a, [a])).toEqual([]);
    expect(findNearDuplicates({ ...b, company: '' }, [{ ...a, company: '' }])).toEqual([]);
  });

  it('normalises names: case, punctuation, accents and legal forms', () => {
    expect(normaliseName('Northwind Health, Inc.', true)).toBe('northwind health');
    expect(normaliseName('Crème  GmbH', true)).toBe('creme');
    expect(normaliseName('Registered Nurse – Cardiac Care')).toBe('registered nurse cardiac care');
  });
});
