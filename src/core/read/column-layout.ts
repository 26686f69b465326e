/**
 * Text laid out in columns, as `pdftotext -layout` and copied tables produce it, back into lines
 * a reader can follow:
 *
 *   Funktion      Head of Treasury          ->  Funktion: Head of Treasury
 *   Bereich       Finanzen                  ->  Bereich: Finanzen
 *   Cargo:   Ingeniero de Planificación Mi- ->  Cargo: Ingeniero de Planificación Minera
 *            nera                               (a value wrapped under its own column)
 *   ACME MINING LTD      Senior Engineer    ->  ACME MINING LTD / Senior Engineer (two lines)
 *
 * Left alone, such a line reads as one run of words ("Funktion Head of Treasury"), so a field's
 * label glues onto its value and two columns glue into one nonsense title.
 */

// A column gap: three spaces (two are common after a full stop) or a tab from a copied table.
const GAP = / {3,}|\t+/g;
// A cell that starts a new "Label: value" row rather than continuing the one above.
const LABEL_START = /^[\p{L}][\p{L} .'/&-]{0,30}:(?:\s|$)/u;
const LABEL_VALUE = /^[\p{L}][\p{L} .'/&-]{0,30}:\s+(?=\S)/u;
const BULLET_START = /^(?:[•◦▪●■·*–—-]|\d{1,2}[.)])\s/;
// A value's last word that cannot end it: the line wrapped mid-phrase.
const DANGLING =
  /(?:-|,|(?<![\w\u00C0-\u024F])(?:de|del|la|las|los|y|e|en|of|and|the|in|for|to|und|der|die|das|für|im|et|des|du|le|les|à|pour))$/i;

// A board's star rating beside the company: "★ 4.0".
const RATING = /^[★☆]\s?\d(?:[.,]\d)?$|^\d(?:[.,]\d)?\s?[★☆]$/;

interface Cell {
  text: string;
  column: number;
}

/**
 * Rewrites column-laid-out lines and flattened field rows; text without either comes back as is
 * (the common case).
 */
export function unfoldColumns(text: string): string {
  const columns = hasInnerGap(text);
  const unfolded = columns ? unfoldGaps(text) : text;
  // A one-character search is many times cheaper than a three-character one.
  return unfolded.indexOf('|') === -1 || unfolded.indexOf(' | ') === -1
    ? unfolded
    : splitFieldRows(unfolded);
}

// Three or more spaces between two characters of one line. A regex finds it several times faster
// than `indexOf('   ')`, which stops at every space of a two-byte string.
const INNER_GAP = /[^ \n\r] {3,}[^ \n\r]/;

/**
 * Whether some line has a gap between two words (indentation and trailing spaces alone change
 * nothing): most pasted text has none, and skips the line-by-line pass.
 */
function hasInnerGap(text: string): boolean {
  return text.indexOf('\t') !== -1 || INNER_GAP.test(text);
}

// "Puesto: Oficial 1ª | Empresa: Turia, S.L. | Ubicación: Paterna": a table flattened onto one
// line. A segment that starts with a label; French puts a space before the colon.
const FIELD_SEGMENT = /^[\p{L}][\p{L}\p{N} .'’/&°ºª()-]{0,30}?\s?:\s/u;
const PIPE = /\s+\|\s+/;

/** Puts each "Label: value" segment of a flattened field row on a line of its own. */
function splitFieldRows(text: string): string {
  let out = '';
  let copied = 0;
  // Only the lines holding " | " are looked at.
  for (let at = text.indexOf(' | '); at !== -1;) {
    const start = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const segments = line.length > 600 ? [] : line.split(PIPE).map((segment) => segment.trim());
    const labelled = segments.filter((segment) => FIELD_SEGMENT.test(segment)).length;
    if (segments.length >= 2 && labelled >= 2) {
      out += text.slice(copied, start) + segments.join('\n');
      copied = end;
    }
    at = newline === -1 ? -1 : text.indexOf(' | ', newline);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function unfoldGaps(text: string): string {
  const lines = text.split('\n');
  const rows = lines.map(cellsOf);
  const out: string[] = [];
  // Column where the value of the last row written starts (-1: none to continue).
  let valueColumn = -1;
  for (let i = 0; i < lines.length; i++) {
    const cells = rows[i] ?? [];
    const first = cells[0];
    if (!first) {
      valueColumn = -1;
      out.push('');
      continue;
    }
    if (cells.length === 1) {
      if (valueColumn >= 4 && isContinuation(first, valueColumn, out[out.length - 1] ?? '')) {
        out[out.length - 1] = joinWrapped(out[out.length - 1] ?? '', first.text);
        continue;
      }
      // "Residencia: Antofagasta o Calama (traslado" may wrap under its value too.
      const label = LABEL_VALUE.exec(first.text);
      valueColumn = label ? first.column + label[0].length : -1;
      out.push(lines[i] ?? '');
      continue;
    }
    const second = cells[1];
    // "Job Title        : QA Lead": a label padded to its colon, one field.
    if (cells.length === 2 && second?.text.startsWith(':') && /\p{L}/u.test(first.text)) {
      out.push(`${first.text}: ${second.text.slice(1).trim()}`);
      valueColumn = second.column + 2;
      continue;
    }
    if (cells.length === 2 && second && isLabelRow(rows, i, lines[i] ?? '')) {
      const label = first.text.endsWith(':') ? first.text : `${first.text}:`;
      out.push(`${label} ${second.text}`);
      valueColumn = second.column;
      continue;
    }
    if (
      (cells.length === 2 || (cells.length === 3 && !cells.every(isMenuItem))) &&
      cells.every((cell) => /\p{L}.*\p{L}/u.test(cell.text) || RATING.test(cell.text))
    ) {
      // Independent columns side by side: each cell becomes its own line. (A menu bar, or four
      // and more cells of a table row, reads better as it is.)
      for (const cell of cells) out.push(cell.text);
      valueColumn = cells[cells.length - 1]?.column ?? -1;
      continue;
    }
    // Figures in columns (a pay table): the row stays one line.
    valueColumn = -1;
    out.push(lines[i] ?? '');
  }
  return out.join('\n');
}

/** A menu bar's item: "Search", "Sign in", "Job alerts". */
function isMenuItem(cell: Cell): boolean {
  return cell.text.length <= 16 && cell.text.split(' ').length <= 2;
}

/** The cells of a line and the column each starts at. */
function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  // Not /\s+$/: on a long run of spaces inside the line it would retry from each of them.
  const body = line.trimEnd();
  let start = body.length - body.trimStart().length;
  GAP.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = GAP.exec(body)) !== null) {
    cells.push({ text: body.slice(start, m.index), column: start });
    start = m.index + m[0].length;
  }
  if (start < body.length) cells.push({ text: body.slice(start), column: start });
  return cells;
}

/**
 * A two-cell row whose first cell is a field label: it says so with a colon, or it is short and
 * sits in a table of such rows (a neighbour with its value at the same column), or a tab split it.
 */
function isLabelRow(rows: Cell[][], i: number, line: string): boolean {
  const [label, value] = rows[i] ?? [];
  if (!label || !value) return false;
  if (label.text.endsWith(':')) return label.text.length <= 40;
  if (!isShortLabel(label.text)) return false;
  if (line.includes('\t')) return true;
  return (
    alignedWith(rowAcross(rows, i, -1, value), value) ||
    alignedWith(rowAcross(rows, i, 1, value), value)
  );
}

const WRAPPED_ROWS = 6;

/**
 * The next row above or below, past the lines a value or a label wrapped onto (not past a blank
 * line: "Pastry Chef      Bramble Bakehouse" over a blank and "Portland, OR      Full Time" are
 * two columns, no table):
 * "Job Title, Grade Code" / "Clinical Nurse Manager 2, …" over "(Grade Code: 2239)" under the
 * value, then "Remuneration" and its value at the same column; "Taking up" over "Appointment".
 */
function rowAcross(rows: Cell[][], i: number, step: 1 | -1, value: Cell): Cell[] | undefined {
  const labelColumn = rows[i]?.[0]?.column ?? -9;
  let j = i + step;
  for (let n = 0; n < WRAPPED_ROWS; n++, j += step) {
    const row = rows[j];
    const only = row?.length === 1 ? row[0] : undefined;
    const wrapped =
      only !== undefined &&
      (Math.abs(only.column - value.column) <= 1 ||
        (only.column === labelColumn && isShortLabel(only.text)));
    if (!wrapped) return row;
  }
  return rows[j];
}

/** Whether a row is a short label and a value at the column of `value`. */
function alignedWith(row: Cell[] | undefined, value: Cell): boolean {
  return (
    row?.length === 2 &&
    Math.abs((row[1]?.column ?? -9) - value.column) <= 1 &&
    isShortLabel(row[0]?.text ?? '')
  );
}

// "Job Title, Grade Code": two labels of a row, one cell. Words only: "★ FEATURED ★" is no label.
const LABEL_SHAPE = /^\p{L}[\p{L}\p{M} ,'’()/&-]*:?$/u;

function isShortLabel(text: string): boolean {
  const words = text.split(' ').length - (text.includes(', ') ? 1 : 0);
  return text.length <= 30 && words <= 3 && LABEL_SHAPE.test(text);
}

/** A lone cell indented to the value column above, that does not start a row of its own. */
function isContinuation(cell: Cell, valueColumn: number, previous: string): boolean {
  if (Math.abs(cell.column - valueColumn) > 1) return false;
  if (LABEL_START.test(cell.text) || BULLET_START.test(cell.text)) return false;
  // A lower-case start, or a value cut mid-phrase, is the same value wrapped.
  return /^\p{Ll}/u.test(cell.text) || DANGLING.test(previous.trimEnd());
}

/** Joins a wrapped value; a word hyphenated across the break is mended ("Mi-" + "nera"). */
function joinWrapped(previous: string, next: string): string {
  const head = previous.trimEnd();
  if (/\p{L}-$/u.test(head) && /^\p{Ll}/u.test(next)) return head.slice(0, -1) + next;
  return `${head} ${next}`;
}
