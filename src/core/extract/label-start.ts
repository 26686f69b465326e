/**
 * A cheap first test for the anchored, case-insensitive label regexes run on every line
 * ("Location:", "Company:"): the line's first two letters, after an optional "- " list marker,
 * looked up in a table of the labels' first two letters. Most lines fail here and skip the
 * regex, which costs far more per call.
 */

/**
 * A test that is true for every line the labels can start (and some others). `pairs` holds the
 * labels' first two letters, space-separated ("lo ci" for "location", "city"); each pair must be
 * two ASCII letters: the i flag folds no other character onto an ASCII letter.
 */
export function labelStart(pairs: string): (text: string) => boolean {
  const table = new Uint8Array(26 * 26);
  for (const pair of pairs.split(' ')) {
    const first = pair.charCodeAt(0) - 97;
    const second = pair.charCodeAt(1) - 97;
    if (pair.length !== 2 || !(first >= 0 && first < 26 && second >= 0 && second < 26)) {
      throw new Error(`labelStart: "${pair}" is not two lower-case ASCII letters`);
    }
    table[first * 26 + second] = 1;
  }
  return (text) => {
    const skip = text.charCodeAt(0) === 45 && text.charCodeAt(1) === 32 ? 2 : 0;
    const first = (text.charCodeAt(skip) | 0x20) - 97;
    const second = (text.charCodeAt(skip + 1) | 0x20) - 97;
    return (
      first >= 0 && first < 26 && second >= 0 && second < 26 && table[first * 26 + second] === 1
    );
  };
}
