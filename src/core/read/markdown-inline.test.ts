import { describe, expect, it } from 'vitest';
import { stripMarkdownInline } from './markdown-inline';

describe('stripMarkdownInline', () => {
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
});
