import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { normaliseText } from './normalise-text';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('café €'), 'café €', 'utf-8'],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x61), 'a', 'utf-8'],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0xac, 0x20, 0x41, 0x00), '€A', 'utf-16le'],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x20, 0xac, 0x00, 0x41), '€A', 'utf-16be'],
    ['Windows-1252 when not UTF-8', bytes(0x93, 0x80, 0x35, 0x94, 0xe9), '“€5”é', 'windows-1252'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ text, encoding });
  });

  it('keeps valid UTF-8 even when a page declares Latin-1', () => {
    expect(decodeText(new TextEncoder().encode('é'), 'iso-8859-1').text).toBe('é');
  });
});

describe('normaliseText', () => {
  it.each([
    ['soft hyphens go', 'Soft\u00ADware', 'Software'],
    ['no-break spaces become spaces', '60\u00A0000\u202F€', '60 000 €'],
    ['controls and NULs go', 'a\u0000b\u0007c', 'abc'],
    ['CRLF becomes LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['decomposed accents compose (NFC)', 'Cafe\u0301', 'Café'],
    ['LinkedIn bold letters read as letters', '𝐒𝐚𝐥𝐚𝐫𝐲', 'Salary'],
  ])('%s', (_name, input, output) => {
    expect(normaliseText(input)).toBe(output);
  });
});
