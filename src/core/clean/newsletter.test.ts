import { describe, expect, it } from 'vitest';
import { featuredJobStart } from './newsletter';
import { lines } from './lines.test-helper';

const ISSUE = [
  'The Pixel Pushers Weekly — Issue #212',
  'Design jobs, tools and gossip. View in browser · Unsubscribe',
  'Hey friends!',
  'IN THIS ISSUE',
  '1. Three links',
  '2. JOB OF THE WEEK',
  'Three things worth your time',
  'A very good essay on design system docs.',
];

describe('featuredJobStart', () => {
  it("finds the featured job's header under the issue's last marker", () => {
    const text = [...ISSUE, '💼 Job of the Week', 'Senior UX Designer — Thistle & Pine'].join('\n');
    expect(featuredJobStart(lines(text))).toBe(ISSUE.length + 1);
    // A numbered marker with stars, between rules.
    const ruled = [...ISSUE, '………', '4. ★ JOB OF THE WEEK ★', '………', 'Digital Archivist'];
    expect(featuredJobStart(lines(ruled.join('\n')))).toBe(ISSUE.length + 2);
  });

  it("starts at the marker's own line when the title follows it", () => {
    const text = [...ISSUE, 'Job of the Week: Staff Engineer @ Voltarc', 'Company: Voltarc'];
    expect(featuredJobStart(lines(text.join('\n')))).toBe(ISSUE.length);
  });

  it("leaves a board's badge alone: a text that is no newsletter keeps its start", () => {
    const board =
      'Warehouse Associate\nAmazon\nReno, NV\nWeekly pay, benefits from day one\nFeatured job\nWhat you will do';
    expect(featuredJobStart(lines(board))).toBe(0);
    const text = 'Jobs\nSearch\nSign in\nMenu\nSenior Engineer\nFeatured job\nAcme Ltd\nLeeds';
    expect(featuredJobStart(lines(text))).toBe(0);
    // And a mail's posting message keeps its start when it has no marker.
    const mail =
      'Issue #3 · View in browser\nHi all\nFrom: Ana <a@x.example>\nSubject: role\nAnalyst';
    expect(featuredJobStart(lines(mail), 2)).toBe(2);
  });

  it('reads the marker in Spanish, French and German', () => {
    for (const marker of ['## ⭐ Empleo de la semana', 'Offre de la semaine', 'Stelle der Woche']) {
      expect(featuredJobStart(lines([...ISSUE, marker, 'Analista'].join('\n')))).toBe(9);
    }
  });

  it("reads a bulletin's masthead and a fortnight's lead job (session 31)", () => {
    const text = [
      'View this email in your browser',
      'DUNDEE GAMES COLLECTIVE — BULLETIN #58',
      'Hiya everyone,',
      'JOB OF THE FORTNIGHT',
      'Junior Gameplay Programmer — Tayside Tinker Studios',
    ];
    expect(featuredJobStart(lines(text.join('\n')))).toBe(4);
  });
});
