import { describe, expect, it } from 'vitest';
import { stripChatBold } from './chat-markup';

describe('stripChatBold', () => {
  it('drops messenger bold stars when the post bolds its labels', () => {
    expect(
      stripChatBold('🏭 *Empresa:* Plásticos SA\n📍 *Zona:* Querétaro\n*¡Contratación!*'),
    ).toBe('🏭 Empresa: Plásticos SA\n📍 Zona: Querétaro\n¡Contratación!');
  });

  it('keeps stars in text that is not a messenger post', () => {
    const text = '* Python\n* SQL\nSalary: 5 * 3 units*\n*Note: one bold line only*';
    expect(stripChatBold(text)).toBe(text);
  });
});
