import { describe, expect, it } from 'vitest';
import { parseHtml } from './html-dom';
import { readMicrodataJobPosting } from './microdata';
import { jobPostingToHints } from './json-ld';

describe('readMicrodataJobPosting', () => {
  it('reads a name marked on its link as the link text, a url as the link', () => {
    const html =
      '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Enfermero/a</h1>' +
      '<div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">' +
      '<a href="/empresa/clinica-renal-sanmartin" itemprop="name">Clínica Renal Sanmartín</a>' +
      '<a href="https://sanmartin.example" itemprop="url">web</a></div></div>';
    const posting = readMicrodataJobPosting(parseHtml(html).children);
    expect(posting?.['hiringOrganization']).toEqual({
      '@type': 'https://schema.org/Organization',
      name: 'Clínica Renal Sanmartín',
      url: 'https://sanmartin.example',
    });
  });
});

describe('a microdata employment type in the board’s words', () => {
  it('is read from the words when it is no schema.org code', () => {
    const html =
      '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Advisor</h1>' +
      '<li itemprop="employmentType">Permanent full-time</li></div>';
    const posting = readMicrodataJobPosting(parseHtml(html).children);
    expect(jobPostingToHints(posting ?? {}).hints.employmentType?.value).toBe('full-time');
  });
});
