// Each reader through the one entry point, on committed fixture files: what a user who drops
// the file would notice (the posting's text, its structure, its data, or a clear error).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeEngines } from '../../../scripts/node-engines';
import type { SourceDocument } from '../model/document';
import { readSource } from './index';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));

async function read(path: string): Promise<SourceDocument[]> {
  const name = path.split('/').pop() ?? path;
  const result = await readSource({ name, bytes: fixture(path) }, nodeEngines);
  if (!result.ok) throw new Error(result.error);
  return result.documents;
}

async function readError(path: string): Promise<string> {
  const name = path.split('/').pop() ?? path;
  const result = await readSource({ name, bytes: fixture(path) }, nodeEngines);
  return result.ok ? 'no error' : result.error;
}

const texts = (doc: SourceDocument | undefined) => doc?.blocks.map((b) => b.text) ?? [];

describe('text encodings', () => {
  it.each([
    ['./fixtures/utf16le-bom.txt', 'Löwe & Co – Köln', '55.000 €'],
    ['./fixtures/utf8-bom.txt', 'Café “Crème” – São Paulo', null],
    ['./fixtures/cp1252.txt', 'Rôle : “Chef de projet” – 48 000 € par an', 'Télétravail'],
  ])('%s', async (path, first, listItem) => {
    const [doc] = await read(path);
    expect(texts(doc)[0]).toBe(first);
    if (listItem) expect(doc?.blocks[1]?.kind).toBe('list-item');
    if (listItem) expect(texts(doc)[1]).toContain(listItem);
  });
});

describe('HTML saved job page', () => {
  it('keeps the posting and drops nav, cookie banner, similar jobs, scripts and hidden text', async () => {
    const [doc] = await read('../fixtures/copperleaf-backend-engineer.html');
    const all = texts(doc).join('\n');
    expect(doc?.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Backend Engineer' });
    expect(all).toContain('Salary: £55,000 – £65,000 per year');
    expect(all).toContain('What you’ll do');
    expect(doc?.blocks).toContainEqual({ kind: 'list-item', text: '25 days paid holiday' });
    for (const noise of [
      'cookies',
      'Find jobs',
      'Fintrail',
      'Sablewood',
      'job alerts',
      '© 2025',
      'Hidden',
      'Invisible',
      'JavaScript',
      '999,999',
    ]) {
      expect(all).not.toContain(noise);
    }
  });

  it('reads JSON-LD from @graph despite a broken second script, and says so', async () => {
    const [doc] = await read('../fixtures/copperleaf-backend-engineer.html');
    expect(doc?.structured).toMatchObject({
      title: { value: 'Backend Engineer' },
      company: { value: 'Copperleaf Labs' },
      locations: [{ value: 'London' }],
      employmentType: { value: 'full-time' },
      postedDate: { value: '2025-03-04' },
      description: 'Copperleaf Labs builds energy-trading software.',
    });
    expect(doc?.structured?.salary).toBeUndefined();
    expect(doc?.warnings.join(' ')).toContain('could not be read');
  });

  it('maps a JSON-LD list with remote work, salary and months of experience', async () => {
    const [doc] = await read('../fixtures/tidepool-ml-engineer.html');
    expect(doc?.structured).toMatchObject({
      company: { value: 'Tidepool Robotics' },
      workMode: { value: 'remote' },
      yearsExperienceMin: { value: 4 },
      salary: [{ min: 160000, max: 200000, currency: 'USD', period: 'year', label: null }],
    });
    expect(texts(doc)).not.toContain('Robotics Engineer, Remote, $120,000');
    expect(texts(doc)).toContain('Tidepool Robotics • Remote (US) • Full-time');
  });

  it('reads microdata when there is no JSON-LD', async () => {
    const [doc] = await read('../fixtures/st-brigid-icu-nurse-microdata.html');
    expect(doc?.structured).toMatchObject({
      title: { value: 'Registered Nurse – ICU' },
      company: { value: 'St. Brigid Hospital' },
      locations: [{ value: 'Sydney, NSW' }],
      employmentType: { value: 'full-time' },
      postedDate: { value: '2025-01-20' },
      salary: [{ min: 95000, max: 110000, currency: 'AUD', period: 'year' }],
    });
    expect(doc?.structured?.description).toContain('24-bed intensive care unit');
    expect(texts(doc)).not.toContain('Home');
  });
});

describe('JSON', () => {
  it('makes one document per JobPosting in an @graph', async () => {
    const docs = await read('./fixtures/postings.json');
    expect(docs.map((d) => d.structured?.title?.value)).toEqual(['Line Cook', 'Sous Chef']);
    expect(texts(docs[0]).slice(0, 4)).toEqual([
      'Line Cook',
      'Blue Fern Bistro',
      'Denver, CO; Boulder, CO',
      'What you will do',
    ]);
    expect(texts(docs[0])).toContain('Prep & cook the dinner menu');
    expect(docs[0]?.structured).toMatchObject({
      employmentType: { value: 'part-time' },
      salary: [{ min: 18.5, max: 22, currency: 'USD', period: 'hour' }],
    });
    expect(docs[1]?.structured).toMatchObject({
      company: { value: 'Blue Fern Bistro' },
      locations: [{ value: 'US' }],
      employmentType: { value: 'full-time' },
      salary: [{ min: 58000, max: 58000, currency: 'USD', period: 'year' }],
      yearsExperienceMin: { value: 1.5 },
    });
  });

  it('refuses JSON that is not a posting', async () => {
    expect(await readError('./fixtures/not-a-posting.json')).toContain('not a job posting');
  });
});

describe('PDF', () => {
  it('rebuilds lines, headings by font size, bullets and hyphenated words', async () => {
    const [doc] = await read('./fixtures/sample.pdf');
    expect(doc?.format).toBe('pdf');
    expect(doc?.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Senior Data Engineer' });
    expect(doc?.blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Requirements' });
    expect(doc?.blocks).toContainEqual({ kind: 'list-item', text: 'Python, SQL and Apache Spark' });
    const all = texts(doc).join('\n');
    expect(all).toContain('our batch and streaming pipelines and the responsibilities');
    expect(all).toContain('that come with them: data quality');
    expect(all).toContain('selfservice data platform');
    expect(all).not.toContain('\u00AD');
    expect(all).not.toContain('Page 1 of 2');
    expect(all).toContain('Medical, dental and vision insurance');
  });

  it('reads a two-column page column by column', async () => {
    const [doc] = await read('./fixtures/two-column.pdf');
    const lines = texts(doc);
    expect(lines[0]).toBe('Clinic Nurse (RN)');
    expect(lines.indexOf('Two years of clinical experience')).toBeLessThan(
      lines.indexOf('Details'),
    );
    expect(lines).toContain('Pay: $42 to $48 per hour');
  });

  it.each([
    ['./fixtures/no-text.pdf', 'no text layer'],
    ['./fixtures/corrupt.pdf', 'could not be read'],
  ])('%s -> error', async (path, reason) => {
    expect(await readError(path)).toContain(reason);
  });
});

describe('DOCX', () => {
  it('keeps headings, bold labels and bulleted lists', async () => {
    const [doc] = await read('./fixtures/sample.docx');
    expect(doc?.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Pharmacy Technician' },
      { kind: 'paragraph', text: 'Harbor Pharmacy — Portland, OR' },
      { kind: 'paragraph', text: 'Pay: $22.50 - $26.00 per hour' },
      { kind: 'heading', level: 2, text: 'What you will do' },
      { kind: 'list-item', text: 'Fill prescriptions accurately' },
      { kind: 'list-item', text: 'Help patients at the counter' },
      { kind: 'heading', level: 3, text: 'Benefits' },
      { kind: 'list-item', text: 'Employee discount & paid sick leave' },
    ]);
  });

  it('refuses a zip bomb before unpacking it', async () => {
    expect(await readError('./fixtures/zip-bomb.docx')).toContain('zip bomb');
  });
});

describe('unsupported input', () => {
  it('explains a PNG', async () => {
    expect(await readError('./fixtures/image.png')).toBe(
      'This looks like an image (PNG); import text, HTML, JSON, PDF or DOCX.',
    );
  });

  it('reports a missing engine instead of throwing', async () => {
    const result = await readSource({ name: 'a.pdf', bytes: fixture('./fixtures/sample.pdf') }, {});
    expect(result).toEqual({ ok: false, error: 'PDF reading is not available here.' });
  });

  it('turns an engine that fails to load into an error', async () => {
    const failing = { loadMammoth: () => Promise.reject(new Error('chunk failed')) };
    const result = await readSource(
      { name: 'a.docx', bytes: fixture('./fixtures/sample.docx') },
      failing,
    );
    expect(result.ok === false && result.error).toContain('chunk failed');
  });
});
