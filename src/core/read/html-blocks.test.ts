import { describe, expect, it } from 'vitest';
import { blocksToText, htmlToBlocks } from './html-blocks';
import { parseHtml } from './html-dom';

function text(html: string): string {
  return blocksToText(htmlToBlocks(parseHtml(html).children));
}

describe('htmlToBlocks', () => {
  it('drops a site header whose menu is a list of links', () => {
    expect(
      text(
        '<header><h1>Acme Careers</h1><ul class="menu"><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/about">About</a></li></ul></header><main><h2>Warehouse Associate</h2><p>Texte.</p></main>',
      ),
    ).toBe('Warehouse Associate\nTexte.');
  });

  it("keeps a page's hero header with the job's h1, drops a site header with its menu", () => {
    expect(
      text(
        '<header class="site"><h1>Jobboard</h1><nav><a href="/">Home</a></nav></header><header class="hero"><h1>Aide-soignant(e) de nuit</h1><p>Résidence Les Tilleuls · 4020 Liège</p></header><p>Texte.</p>',
      ),
    ).toBe('Aide-soignant(e) de nuit\nRésidence Les Tilleuls · 4020 Liège\nTexte.');
  });

  it('parts a row of tag elements that only spaces separate', () => {
    expect(
      text(
        '<div><h1>Chef de projet</h1> <span>CDI</span> <span>Paris 9e</span> <span>Marketing</span> <button>Postuler</button></div>',
      ),
    ).toBe('Chef de projet\nCDI · Paris 9e · Marketing');
  });

  it('keeps running text with inline elements as it reads', () => {
    expect(
      text('<p><b>Salary:</b> <i>£40k</i> <a href="#">plus</a> <span>benefits</span></p>'),
    ).toBe('Salary: £40k plus benefits');
    expect(text('<p>We use <b>React</b>, <b>Go</b> and <b>SQL</b> daily.</p>')).toBe(
      'We use React, Go and SQL daily.',
    );
  });

  it('reads a fact table row and a definition list pair as one labelled line', () => {
    expect(
      text(
        "<table><tr><th>Lieu d'affectation</th><td>Dakar, Sénégal</td></tr><tr><th>Type de contrat :</th><td>CDD</td></tr></table>",
      ),
    ).toBe("Lieu d'affectation: Dakar, Sénégal\nType de contrat : CDD");
    expect(text('<dl><dt>Location</dt><dd>Leeds</dd><dt>Salary</dt><dd>£30k</dd></dl>')).toBe(
      'Location: Leeds\nSalary: £30k',
    );
  });

  it('reads paragraphs that open with a bold label as labelled lines, not bold leads into text', () => {
    expect(
      text(
        '<div><p><b>Agency</b> Department of Water</p><p><b>Salary</b> $95,284 - $119,683</p><p><b>Location:</b> Canberra, ACT</p></div>',
      ),
    ).toBe('Agency: Department of Water\nSalary: $95,284 - $119,683\nLocation: Canberra, ACT');
    // One row alone, a lower-case value or a sentence in bold stays as it reads.
    expect(text('<div><p><b>Agency</b> Department of Water</p><p>We are hiring.</p></div>')).toBe(
      'Agency Department of Water\nWe are hiring.',
    );
    expect(
      text(
        '<ul><li><b>Python</b> and SQL</li><li><strong>5+ years</strong> of experience</li></ul>',
      ),
    ).toBe('Python and SQL\n5+ years of experience');
    expect(
      text(
        '<div><p><b>Location</b> Our team works from a bright office in LoDo.</p><p><b>Schedule</b> Monday to Friday, nine to five.</p></div>',
      ),
    ).toBe(
      'Location Our team works from a bright office in LoDo.\nSchedule Monday to Friday, nine to five.',
    );
  });

  it('keeps a table of more columns, and a value cell with blocks, as it reads', () => {
    expect(text('<table><tr><td>Grade</td><td>Min</td><td>Max</td></tr></table>')).toBe(
      'Grade\nMin\nMax',
    );
    expect(text('<table><tr><th>Duties</th><td><ul><li>Drive</li></ul></td></tr></table>')).toBe(
      'Duties\nDrive',
    );
  });
});

describe('a pay row of inline elements (session 40)', () => {
  it('parts the label from the first amount', () => {
    expect(
      text(
        '<div class="pay-range"><span>San Francisco Bay Area / New York City</span><span>$210,000</span><span class="divider">&mdash;</span><span>$250,000 USD</span></div>',
      ),
    ).toBe('San Francisco Bay Area / New York City $210,000—$250,000 USD');
  });

  it('leaves a range alone, and words that run on', () => {
    expect(text('<p><span>$182,000</span><span>—</span><span>$218,000</span></p>')).toBe(
      '$182,000—$218,000',
    );
    expect(text('<p><span>Sen</span><span>ior</span> engineer</p>')).toBe('Senior engineer');
  });
});

describe("an ATS's details panel and a saved page's jobs list (session 41)", () => {
  it("keeps a short <aside> of the job's fields inside <main>", () => {
    const out = text(
      '<main><div><h1>Bookkeeper</h1><p>Keep our books.</p></div><aside><div><p>Location</p><p>Boise, Idaho</p></div><div><p>Compensation</p><p>$24 - $28 / hour</p></div></aside></main>',
    );
    expect(out).toContain('Compensation');
    expect(out).toContain('$24 - $28 / hour');
  });

  it('still leaves out a sidebar outside the posting, or one with no fields', () => {
    expect(
      text('<aside><p>Compensation</p><p>$99</p></aside><main><h1>Bookkeeper</h1></main>'),
    ).not.toContain('$99');
    expect(
      text(
        '<main><h1>Bookkeeper</h1><aside><p>Get job alerts for Bookkeeper jobs</p></aside></main>',
      ),
    ).not.toContain('alerts');
  });

  it('leaves out a "Jobs" list of other openings', () => {
    const out = text(
      '<main><h1>Sous Chef</h1><p>£34,000 per year</p></main><section class="jobs-list"><h3>Jobs</h3><ul><li><a href="#">Head Chef</a> Kitchen · Bristol · £42,000</li></ul></section>',
    );
    expect(out).toContain('£34,000');
    expect(out).not.toContain('£42,000');
  });
});

describe('review of session 41: a careers page titled "Jobs"', () => {
  it('keeps the posting under a page heading "Current vacancies" or "Jobs"', () => {
    expect(
      text(
        '<div class="content"><h1>Current vacancies</h1><div class="vacancy"><h2>Dental Nurse</h2><p>£24,000 - £27,000 per year</p></div></div>',
      ),
    ).toContain('Dental Nurse');
    expect(
      text(
        '<main><h2>Open positions</h2><article><h3>Warehouse Operative</h3><p>£12.50 an hour</p></article></main>',
      ),
    ).toContain('Warehouse Operative');
  });
});

describe("a person specification's grid", () => {
  const grid = (rows: string) =>
    `<table><tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr>${rows}</table>`;

  it('reads a ticked row as its criterion and the ticked column', () => {
    expect(
      text(
        grid(
          '<tr><td>Good honours degree in Mathematics</td><td>✔</td><td></td></tr>' +
            "<tr><td>Master's degree in Education</td><td></td><td>✔</td></tr>",
        ),
      ),
    ).toBe(
      "Criteria / Essential / Desirable\nGood honours degree in Mathematics: Essential\nMaster's degree in Education: Desirable",
    );
  });

  it('leaves a row with two ticks, and a table of other columns, as they read', () => {
    expect(text(grid('<tr><td>Driving licence</td><td>✔</td><td>✔</td></tr>'))).toBe(
      'Criteria / Essential / Desirable\nDriving licence\n✔\n✔',
    );
    expect(text('<table><tr><td>Grade</td><td>Min</td><td>Max</td></tr></table>')).toBe(
      'Grade\nMin\nMax',
    );
  });
});

describe('session 61: a label over its value in one list item', () => {
  it('reads "<li>Location:<br>Cedar Park, TX</li>" as one line', () => {
    expect(
      text(
        '<ul><li><span class="label">Location:</span><br><span>Brushy Creek High School, Cedar Park, TX</span></li><li>Line one<br>Line two</li></ul>',
      ),
    ).toBe('Location: Brushy Creek High School, Cedar Park, TX\nLine one\nLine two');
  });
});
