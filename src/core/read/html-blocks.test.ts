import { describe, expect, it } from 'vitest';
import { blocksToText, htmlToBlocks } from './html-blocks';
import { parseHtml } from './html-dom';

function text(html: string): string {
  return blocksToText(htmlToBlocks(parseHtml(html).children));
}

describe('htmlToBlocks', () => {
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
});
