import { describe, expect, it } from 'vitest';
import { stripMarkdownInline } from './markdown-inline';

describe('stripMarkdownInline', () => {
  it('drops struck-out text: it is withdrawn', () => {
    expect(stripMarkdownInline('~~ Barista ~~')).toBe('~~ Barista ~~');
    expect(
      stripMarkdownInline('- ~~Vergütung 16,00 €/h~~ → ab 01/2027 auf 17,50 €/h angehoben'),
    ).toBe('-  → ab 01/2027 auf 17,50 €/h angehoben');
  });

  it('keeps the words of emphasis, links and images', () => {
    expect(stripMarkdownInline('**Salary:** [apply](https://x.example) ![logo](logo.svg)')).toBe(
      'Salary: apply logo',
    );
  });

  it("drops a README's status badges, alt text and all", () => {
    expect(
      stripMarkdownInline(
        '[![Estado](https://img.shields.io/badge/b%C3%BAsqueda-abierta-success)](#) [![Modalidad](https://img.shields.io/badge/modalidad-remoto-informational)](#)',
      ),
    ).toBe('');
  });

  it('decodes HTML entities, as Markdown shows them, and only whole ones', () => {
    expect(stripMarkdownInline('📍 Basel, Schweiz &nbsp;|&nbsp; 🕒 Vollzeit')).toBe(
      '📍 Basel, Schweiz  |  🕒 Vollzeit',
    );
    expect(stripMarkdownInline('R&D at AT&T &amp; &lt;p&gt;')).toBe('R&D at AT&T & <p>');
  });
});
