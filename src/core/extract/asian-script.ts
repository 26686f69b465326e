/**
 * Whether a posting is written in Japanese, Chinese, Korean, Thai or Vietnamese: the title,
 * employer, employment-type and work-mode steps read such postings by their own words. Also
 * whether it holds Cyrillic or Greek, whose words the degree and employment-type steps read apart.
 */

/** Kana, CJK ideographs, Hangul and Thai, as a character class's ranges. */
export const ASIAN_LETTERS = String.raw`\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f`;
const ASIAN_LETTER = new RegExp(`[${ASIAN_LETTERS}]`, 'g');
// Vietnamese by the letters only it uses.
const VIETNAMESE_LETTER = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]/g;
const SAMPLE = 3000;
const ASIAN_SHARE_MIN = 0.2;
const VIETNAMESE_MIN = 8;

// Title, employment type and work mode each ask about the same text: the last answer is kept.
let lastText = '';
let lastAnswer = false;

/** Whether the posting is written in one of the scripts this module reads. */
export function isAsianText(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAnswer = readsAsAsian(text);
  }
  return lastAnswer;
}

const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/;
// Asked by two steps of each posting: the last answer is kept, as for isAsianText.
let lastScriptText = '';
let lastScriptAnswer = false;

/** Whether the text holds any Cyrillic or Greek letter. */
export function hasCyrillicOrGreek(text: string): boolean {
  if (text !== lastScriptText) {
    lastScriptText = text;
    lastScriptAnswer = CYRILLIC_OR_GREEK.test(text);
  }
  return lastScriptAnswer;
}

function readsAsAsian(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const asian = sample.match(ASIAN_LETTER)?.length ?? 0;
  if (asian > 0 && asian >= ASIAN_SHARE_MIN * sample.replace(/\s/g, '').length) return true;
  return (sample.match(VIETNAMESE_LETTER)?.length ?? 0) >= VIETNAMESE_MIN;
}
