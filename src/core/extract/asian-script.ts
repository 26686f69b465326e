/**
 * Whether a posting is written in Japanese, Chinese, Korean, Thai or Vietnamese: the title,
 * employer, employment-type and work-mode steps read such postings by their own words. Also
 * whether it holds Cyrillic, Greek or Arabic, whose words several steps read apart.
 */

/** Kana, CJK ideographs, Hangul and Thai, as a character class's ranges. */
export const ASIAN_LETTERS = String.raw`\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f`;
const ASIAN_LETTER = new RegExp(`[${ASIAN_LETTERS}]`, 'g');
// Vietnamese by the letters only it uses.
const VIETNAMESE_LETTER = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]/g;
const SAMPLE = 3000;
const ASIAN_SHARE_MIN = 0.2;
const VIETNAMESE_MIN = 8;

/**
 * A test of a posting's whole text that several steps ask in turn: the last answer is kept, so a
 * posting is scanned once per test, not once per step.
 */
function keepingLastAnswer(test: (text: string) => boolean): (text: string) => boolean {
  let lastText = '';
  let lastAnswer = false;
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      lastAnswer = test(text);
    }
    return lastAnswer;
  };
}

/** Whether the posting is written in one of the scripts this module reads. */
export const isAsianText = keepingLastAnswer((text) => readsAsAsian(text));

const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/;

/** Whether the text holds any Cyrillic or Greek letter. */
export const hasCyrillicOrGreek = keepingLastAnswer((text) => CYRILLIC_OR_GREEK.test(text));

/** A Cyrillic letter, for a test of a short text. */
export const CYRILLIC_LETTER = /[\u0400-\u04ff]/;

/** An Arabic letter (hamza to yeh), for a test of a short text. */
export const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Whether the text holds any Arabic letter (asked of the whole posting by four steps). */
export const hasArabic = keepingLastAnswer((text) => ARABIC_LETTER.test(text));

function readsAsAsian(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const asian = sample.match(ASIAN_LETTER)?.length ?? 0;
  if (asian > 0 && asian >= ASIAN_SHARE_MIN * sample.replace(/\s/g, '').length) return true;
  return (sample.match(VIETNAMESE_LETTER)?.length ?? 0) >= VIETNAMESE_MIN;
}
