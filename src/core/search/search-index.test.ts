import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index';
import type { SearchDoc } from './types';

function doc(id: string, fields: Partial<Omit<SearchDoc, 'id'>>): SearchDoc {
  return { id, title: '', company: '', locations: [], skills: [], text: '', ...fields };
}

const LIBRARY: SearchDoc[] = [
  doc('nurse', {
    title: 'Registered Nurse',
    company: 'St. Mary Hospital',
    locations: ['Boston, MA'],
    skills: ['Patient Care', 'BLS'],
    text: 'Registered Nurse for our cardiac unit. Night shifts, pediatric experience a plus.',
  }),
  doc('k8s-title', {
    title: 'Kubernetes Engineer',
    company: 'Cloudy',
    locations: ['Remote'],
    skills: ['Go', 'Terraform'],
    text: 'Run our clusters.',
  }),
  doc('k8s-skill', {
    title: 'Backend Developer',
    company: 'Shopwise',
    locations: ['Berlin'],
    skills: ['Kubernetes', 'Java'],
    text: 'Build services for the checkout.',
  }),
  doc('zurich', {
    title: 'Data Analyst',
    company: 'Bank Züri',
    locations: ['Zürich, Switzerland'],
    skills: ['SQL', 'Python'],
    text: 'Dashboards for the risk team.',
  }),
  doc('welder', {
    title: 'Welder',
    company: 'Acme Metal',
    locations: ['Houston, TX'],
    skills: ['MIG welding'],
    text: 'Welding steel frames. Forklift certificate welcome; Kubernetes not required.',
  }),
  doc('nursing-skill', {
    title: 'Care Assistant',
    company: 'Sunrise Homes',
    locations: ['Leeds'],
    skills: ['Nurses Aide'],
    text: 'Support residents.',
  }),
];

const ids = (hits: readonly { id: string }[]) => hits.map((h) => h.id);

describe('createSearchIndex', () => {
  const index = createSearchIndex(LIBRARY);

  it('ranks an exact title match above a fuzzy skill match', () => {
    // "Nurses" is one letter off "nurse": a typo match, in a skill.
    const hits = index.search('nurse ');
    expect(ids(hits)).toEqual(['nurse', 'nursing-skill']);
  });

  it('ranks a title match above a skill match for the same word', () => {
    expect(ids(index.search('kubernetes')).slice(0, 2)).toEqual(['k8s-title', 'k8s-skill']);
  });

  it('finds Kubernetes despite the typo "kubernets"', () => {
    expect(ids(index.search('kubernets'))).toEqual(
      expect.arrayContaining(['k8s-title', 'k8s-skill']),
    );
  });

  it('finds "Registered Nurse" from "nurse", and matches as you type', () => {
    for (const typed of ['n', 'nu', 'nur', 'nurs', 'nurse']) {
      expect(ids(index.search(typed))).toContain('nurse');
    }
  });

  it('returns nothing special for an empty query: the caller shows everything', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('!?')).toEqual([]);
  });

  it('folds diacritics both ways', () => {
    expect(ids(index.search('zurich'))).toEqual(['zurich']);
    expect(ids(index.search('Züri'))).toEqual(['zurich']);
  });

  it('requires every word, in any field, and drops finished stop words', () => {
    expect(ids(index.search('nurse boston'))).toEqual(['nurse']);
    expect(ids(index.search('nurse in boston'))).toEqual(['nurse']);
    expect(index.search('nurse houston')).toEqual([]);
  });

  it('searches the full text only when asked, ranking field matches first', () => {
    expect(index.search('pediatric')).toEqual([]);
    expect(ids(index.search('pediatric', { fullText: true }))).toEqual(['nurse']);
    const hits = ids(index.search('kubernetes', { fullText: true }));
    expect(hits.slice(0, 2)).toEqual(['k8s-title', 'k8s-skill']);
    expect(hits[2]).toBe('welder');
  });

  it('scores in [0, 1] with hits sorted best first', () => {
    const hits = index.search('kubernetes', { fullText: true });
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
  });

  it('honours the limit', () => {
    expect(index.search('b', { limit: 2 })).toHaveLength(2);
  });

  it('highlights the matched words, the typed prefix and the typo, in original offsets', () => {
    const [nurse] = index.search('nur');
    expect(nurse?.highlights.title).toEqual([{ start: 11, end: 14 }]);
    const skill = index.search('kubernets').find((h) => h.id === 'k8s-skill');
    expect(skill?.highlights.skills).toEqual([[{ start: 0, end: 10 }], []]);
    const [zurich] = index.search('zur');
    // "Zür" in "Zürich, Switzerland": three characters of the original.
    expect(zurich?.highlights.locations).toEqual([[{ start: 0, end: 3 }]]);
    expect(zurich?.highlights.text).toEqual([]);
    const [pediatric] = index.search('pediatric', { fullText: true });
    const text = LIBRARY[0]?.text ?? '';
    const range = pediatric?.highlights.text[0];
    expect(range && text.slice(range.start, range.end)).toBe('pediatric');
  });

  it('keeps up with upserts and removals', () => {
    const live = createSearchIndex(LIBRARY);
    live.upsert(
      doc('chef', {
        title: 'Sous Chef',
        company: 'Bistro',
        skills: ['Pastry'],
        text: 'Croissants daily; pediatric menu.',
      }),
    );
    expect(ids(live.search('chef'))).toEqual(['chef']);
    expect(ids(live.search('croissants', { fullText: true }))).toEqual(['chef']);
    expect(ids(live.search('pediatric', { fullText: true }))).toEqual(['nurse', 'chef']);
    live.upsert(doc('chef', { title: 'Head Baker', company: 'Bistro' }));
    expect(live.search('chef')).toEqual([]);
    expect(ids(live.search('baker'))).toEqual(['chef']);
    expect(live.search('croissants', { fullText: true })).toEqual([]);
    live.remove('chef');
    expect(live.search('baker')).toEqual([]);
    expect(live.size).toBe(LIBRARY.length);
    live.remove('unknown');
    expect(live.size).toBe(LIBRARY.length);
  });

  it('stays correct after compaction of many replaced postings', () => {
    const live = createSearchIndex([]);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 800; i++) {
        live.upsert(doc(`p${i}`, { title: `Role ${round} number${i}`, skills: ['Excel'] }));
      }
    }
    expect(live.size).toBe(800);
    expect(ids(live.search('number17 '))[0]).toBe('p17');
    expect(live.search('excel')).toHaveLength(800);
    expect(live.search('role 2 ')).toHaveLength(800);
  });

  it('treats a duplicated id in the input as one posting (the last wins)', () => {
    const dup = createSearchIndex([doc('a', { title: 'Pilot' }), doc('a', { title: 'Diver' })]);
    expect(dup.size).toBe(1);
    expect(dup.search('pilot')).toEqual([]);
    expect(ids(dup.search('diver'))).toEqual(['a']);
  });
});
