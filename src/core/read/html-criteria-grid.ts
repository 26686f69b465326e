/**
 * A person specification's grid: a header row "Criteria | Essential | Desirable" over rows that
 * tick one of the columns ("Master's degree in Education | | ✔"). A browser shows which column
 * is ticked; read cell by cell the tick is a line of its own and the column is lost. Such a row
 * reads as "Master's degree in Education: Desirable".
 */
import { isTag, rawText, type HtmlElement, type HtmlNode } from './html-dom';

/** A ticked row: its criterion cell, the ticked cell and that column's name. */
export interface GridRow {
  criterion: HtmlElement;
  ticked: HtmlElement;
  column: string;
}

// The columns' names: what the criterion is to the job.
const COLUMN =
  /^(?:essential|desirable|required|preferred|desired|minimum|ideal|must have|nice to have|erforderlich|wünschenswert|obligatoire|souhaitable|imprescindible|deseable|valorable)$/i;
// A tick: a check mark, a cross used as one, a bullet, or the column's initial.
const TICK = /^(?:[✔✓☑✅✗✘×xX•●*]|yes|[EDRP])$/;

const headers = new WeakMap<HtmlElement, string[] | null>();

/**
 * The header row's names as one line ("Criteria / Essential / Desirable") when `row` heads a
 * criteria grid, else null: cell by cell, a lone "Desirable" line would read as a heading over
 * what follows.
 */
export function criteriaGridHeader(row: HtmlElement): string | null {
  const table = tableOf(row);
  const header = table ? headerOf(table) : null;
  return header && table && firstRow(table) === row ? header.join(' / ') : null;
}

/** The row's criterion and ticked column when it is a row of a criteria grid, else null. */
export function criteriaGridRow(row: HtmlElement): GridRow | null {
  const table = tableOf(row);
  if (!table) return null;
  const header = headerOf(table);
  if (!header) return null;
  const cells = cellsOf(row);
  if (cells.length !== header.length) return null;
  let ticked: HtmlElement | null = null;
  let column = '';
  for (let k = 1; k < cells.length; k++) {
    const text = rawText(cells[k] as HtmlElement).trim();
    if (text === '') continue;
    if (!TICK.test(text) || ticked) return null;
    ticked = cells[k] as HtmlElement;
    column = header[k] ?? '';
  }
  const criterion = cells[0];
  return ticked && criterion ? { criterion, ticked, column } : null;
}

function tableOf(row: HtmlElement): HtmlElement | null {
  let node = row.parent as HtmlElement | null;
  for (let depth = 0; node && depth < 2; depth++, node = node.parent as HtmlElement | null) {
    if (isTag(node) && node.name === 'table') return node;
  }
  return null;
}

// The names of the table's columns when its first row names criteria columns: "Criteria |
// Essential | Desirable". Asked once per table.
function headerOf(table: HtmlElement): string[] | null {
  const known = headers.get(table);
  if (known !== undefined) return known;
  const first = firstRow(table);
  const names = first ? cellsOf(first).map((cell) => rawText(cell).trim()) : [];
  const header =
    names.length >= 3 && names.slice(1).every((name) => COLUMN.test(name)) ? names : null;
  headers.set(table, header);
  return header;
}

function firstRow(node: HtmlElement): HtmlElement | null {
  for (const child of node.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') return child;
    if (child.name === 'thead' || child.name === 'tbody') return firstRow(child);
  }
  return null;
}

function cellsOf(row: HtmlElement): HtmlElement[] {
  return row.children.filter(
    (c: HtmlNode): c is HtmlElement => isTag(c) && (c.name === 'td' || c.name === 'th'),
  );
}
