/**
 * The visible text of an HTML tree as ordered blocks: headings, list items, paragraphs. Leaves
 * out what a reader of the saved job page would not count as the posting: scripts and styles,
 * navigation and site chrome, hidden elements, cookie banners and "similar jobs" rails.
 */
import { criteriaGridHeader, criteriaGridRow } from './html-criteria-grid';
import type { TextBlock } from '../model/document';
import type { HtmlElement, HtmlNode } from './html-dom';
import { attr, findAll, isTag, isText, rawText } from './html-dom';
import { normaliseText } from './normalise-text';

const SKIPPED_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'nav',
  'button',
  'select',
  'option',
  'textarea',
  'input',
]);
const BLOCK_TAGS = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'header',
  'footer',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'hr',
  'details',
  'summary',
  'fieldset',
  'legend',
  'center',
  'dialog',
  'form',
]);
// Wrappers whose class names say nothing about their content ("page cookie-consent-pending").
const PAGE_WRAPPERS = new Set(['html', 'body', 'main', 'article']);
const SKIPPED_ROLES = new Set([
  'navigation',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'contentinfo',
]);
// Matched against id + class + aria-label, lower-cased with separators removed.
const NOISE_NAMES =
  /cookie|consent|gdpr|similarjob|relatedjob|recommendedjob|morejob|otherjob|peoplealsoviewed|jobsyoumaylike/;
const SIMILAR_HEADING =
  /^(?:similar|related|recommended|more|other)\s+(?:jobs|positions|roles|openings|postings|vacancies)\b|^people\s+(?:also\s+viewed|who\s+viewed)|^jobs\s+you\s+(?:may|might)\s+|^you\s+(?:may|might)\s+also\s+like/i;
// A saved single posting's "Jobs" or "Open positions" list (Teamtailor's footer): the others,
// when the heading opens a block that is only a list of links. The same words over the posting
// itself ("<h1>Current vacancies</h1>" on a careers page) are the page's title.
const JOBS_LIST_HEADING =
  /^(?:jobs|all jobs|open (?:positions|roles|jobs)|current (?:openings|vacancies))$/i;
const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const SPACE_RUN = /\s+/g;
const SENTENCE_END = /[.!?;,]$/;

function isHidden(el: HtmlElement): boolean {
  if (el.attribs['hidden'] !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  if (style === '') return false;
  const compact = style.replace(SPACE_RUN, '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

function hasNoiseName(el: HtmlElement): boolean {
  if (PAGE_WRAPPERS.has(el.name)) return false;
  const names = `${attr(el, 'id')} ${attr(el, 'class')} ${attr(el, 'aria-label')}`;
  if (names.length < 3) return false;
  return NOISE_NAMES.test(names.replace(/[\s_-]+/g, ''));
}

// Site headers and footers are chrome, but an <article>'s own <header> holds the job title.
function isInsideArticle(el: HtmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if (isTag(p) && (p.name === 'article' || p.name === 'main')) return true;
  }
  return false;
}

// A page's hero header with the job's <h1> and no menu: "<header class=hero><h1>Aide-soignant(e)
// de nuit</h1><p>Résidence Les Tilleuls · 4020 Liège · CDI</p></header>". A site's header has
// its menu (and perhaps a logo in an <h1>).
function isPostingHero(el: HtmlElement): boolean {
  let h1 = false;
  let links = 0;
  for (const e of findAll(
    (n) =>
      n.name === 'h1' || n.name === 'nav' || n.name === 'a' || attr(n, 'role') === 'navigation',
    [el],
  )) {
    if (e.name === 'nav' || attr(e, 'role') === 'navigation') return false;
    if (e.name === 'a') links++;
    else h1 = true;
  }
  // A row of links is a menu, whatever its tag ("<ul class=menu><li><a>Home</a>…").
  return h1 && links <= 2;
}

// ASP.NET and similar sites wrap the whole page in one <form>; only small forms are chrome.
function isPageForm(el: HtmlElement): boolean {
  return (
    findAll((e) => e.name === 'h1' || e.name === 'article' || e.name === 'main', el).length > 0
  );
}

// A sidebar is chrome, but an ATS's job-details panel beside the description (BambooHR's
// "Location", "Employment Type", "Compensation") is the posting's own: a short <aside> inside
// the page's <main> or <article> that names such fields is kept.
// No "\b" at the end: rawText runs a label into its value ("LocationBoise, Idaho").
const DETAILS_LABEL =
  /\b(?:compensation|salary|pay range|location|employment type|job type|work type|schedule|department)/i;
const DETAILS_MAX = 1500;

function isDetailsPanel(el: HtmlElement): boolean {
  if (!isInsideArticle(el)) return false;
  const text = rawText(el);
  return text.length <= DETAILS_MAX && DETAILS_LABEL.test(text);
}

function isSkipped(el: HtmlElement): boolean {
  const name = el.name;
  if (SKIPPED_TAGS.has(name) || isHidden(el) || hasNoiseName(el)) return true;
  if (name === 'aside' && !isDetailsPanel(el)) return true;
  if (SKIPPED_ROLES.has(attr(el, 'role'))) return true;
  if (name === 'footer' && !isInsideArticle(el)) return true;
  if (name === 'header' && !isInsideArticle(el) && !isPostingHero(el)) return true;
  if (attr(el, 'role') === 'banner' && !isInsideArticle(el)) return true;
  return name === 'form' && !isPageForm(el);
}

/**
 * "Similar jobs" sections found by their heading: the heading's container when the heading
 * opens it, else the heading and its following siblings up to the next heading of its level.
 */
function findSimilarJobsSections(roots: HtmlNode[]): Set<HtmlNode> {
  const out = new Set<HtmlNode>();
  const headings = findAll((e) => HEADING_LEVEL[e.name] !== undefined, roots);
  for (const h of headings) {
    const heading = rawText(h).replace(SPACE_RUN, ' ').trim();
    if (JOBS_LIST_HEADING.test(heading)) {
      if (h.name !== 'h1' && h.parent && isTag(h.parent) && isListOfLinks(h.parent, h)) {
        out.add(h.parent);
      }
      continue;
    }
    if (!SIMILAR_HEADING.test(heading)) continue;
    const parent = h.parent;
    const siblings = parent ? parent.children : roots;
    const firstTag = siblings.find((n) => isTag(n) || (isText(n) && n.data.trim() !== ''));
    if (parent && isTag(parent) && firstTag === h && !PAGE_WRAPPERS.has(parent.name)) {
      out.add(parent);
      continue;
    }
    const level = HEADING_LEVEL[h.name] ?? 6;
    for (let i = siblings.indexOf(h); i < siblings.length; i++) {
      const n = siblings[i];
      if (!n) break;
      if (n !== h && isTag(n) && (HEADING_LEVEL[n.name] ?? 7) <= level) break;
      out.add(n);
    }
  }
  return out;
}

// A block opened by `heading` that holds only list items, each with a link: no page wrapper,
// no other heading, no paragraph of its own.
function isListOfLinks(block: HtmlElement, heading: HtmlElement): boolean {
  if (PAGE_WRAPPERS.has(block.name)) return false;
  const first = block.children.find((n) => isTag(n) || (isText(n) && n.data.trim() !== ''));
  if (first !== heading) return false;
  const items = findAll((e) => e.name === 'li', [block]);
  if (items.length === 0) return false;
  const others = findAll((e) => HEADING_LEVEL[e.name] !== undefined || e.name === 'p', [block]);
  if (others.some((e) => e !== heading)) return false;
  return items.every((li) => findAll((e) => e.name === 'a', [li]).length > 0);
}

interface Frame {
  node: HtmlNode;
  exit: boolean;
}

/**
 * Visible text of HTML nodes as blocks. h1-h6 -> heading, li -> list-item, other block
 * boundaries (p, div, td, br...) -> separate paragraphs; a short paragraph that is all bold
 * (Word's "bold line as heading", via mammoth) becomes a level-3 heading.
 */
export function htmlToBlocks(roots: HtmlNode[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const skip = findSimilarJobsSections(roots);
  const kinds: { kind: 'heading' | 'list-item'; level?: number; el: HtmlElement }[] = [];
  let buffer: string[] = [];
  let boldDepth = 0;
  let preDepth = 0;
  let allBold = true;
  const fieldCells = new Map<HtmlNode, FieldCell>();

  const flush = (): void => {
    if (buffer.length === 0) return;
    const text = normaliseText(buffer.join('')).replace(SPACE_RUN, ' ').trim();
    buffer = [];
    const wasBold = allBold;
    allBold = true;
    if (text === '') return;
    const top = kinds[kinds.length - 1];
    if (top?.kind === 'heading') blocks.push({ kind: 'heading', level: top.level ?? 1, text });
    else if (top?.kind === 'list-item') blocks.push({ kind: 'list-item', text });
    else if (wasBold && text.length <= 80 && !SENTENCE_END.test(text)) {
      blocks.push({ kind: 'heading', level: 3, text });
    } else blocks.push({ kind: 'paragraph', text });
  };

  // Iterative walk: saved pages nest thousands of divs deep, which would overflow recursion.
  const stack: Frame[] = [];
  for (let i = roots.length - 1; i >= 0; i--)
    stack.push({ node: roots[i] as HtmlNode, exit: false });
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as Frame;
    if (isText(node)) {
      if (node.data.trim() !== '' && boldDepth === 0) allBold = false;
      if (preDepth > 0 && node.data.includes('\n')) {
        const lines = node.data.split('\n');
        lines.forEach((line, i) => {
          if (i > 0) flush();
          buffer.push(line);
        });
      } else buffer.push(node.data);
      continue;
    }
    if (!isTag(node) || skip.has(node)) continue;
    const name = node.name;
    const pair = fieldCells.get(node);
    if (pair !== undefined) {
      // A label cell and its value read as one line: "Lieu d'affectation: Dakar, Sénégal".
      if (exit) {
        if (pair === LABEL) {
          if (!LABEL_END.test(buffer.join('').trimEnd())) buffer.push(':');
          buffer.push(' ');
        } else flush();
      } else {
        if (pair === LABEL) flush();
        stack.push({ node, exit: true });
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({ node: node.children[i] as HtmlNode, exit: false });
        }
      }
      continue;
    }
    if (exit) {
      if (name === 'b' || name === 'strong') boldDepth--;
      else if (BLOCK_TAGS.has(name)) {
        flush();
        if (name === 'pre') preDepth--;
        if (kinds[kinds.length - 1]?.el === node) kinds.pop();
      }
      continue;
    }
    if (isSkipped(node)) continue;
    if (name === 'tr' || name === 'dl') markFieldCells(node, fieldCells);
    else if (BLOCK_TAGS.has(name)) markBoldLabels(node, fieldCells);
    if (name === 'br') {
      // "<li><span>Location:</span><br><span>Cedar Park, TX</span></li>": a label over its value
      // in one list item reads as one line.
      const sofar = kinds[kinds.length - 1]?.kind === 'list-item' ? buffer.join('').trim() : '';
      if (sofar !== '' && sofar.length <= LABEL_MAX && LABEL_END.test(sofar)) buffer.push(' ');
      else flush();
      continue;
    }
    if (name === 'b' || name === 'strong') boldDepth++;
    else if (BLOCK_TAGS.has(name)) {
      flush();
      if (name === 'pre') preDepth++;
      const level = HEADING_LEVEL[name];
      if (level !== undefined) kinds.push({ kind: 'heading', level, el: node });
      else if (name === 'li') kinds.push({ kind: 'list-item', el: node });
    } else if (name === 'img') {
      continue;
    }
    stack.push({ node, exit: true });
    const parted = chipsAfterChips(node);
    const figure = parted ? null : figureAfterLabel(node);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i] as HtmlNode;
      stack.push({ node: child, exit: false });
      if (parted?.has(child)) stack.push({ node: CHIP_SEPARATOR, exit: false });
      else if (child === figure) stack.push({ node: LABEL_SEPARATOR, exit: false });
    }
  }
  flush();
  return blocks;
}

// Fact tables and definition lists: "<tr><th>Lieu d'affectation</th><td>Dakar</td></tr>",
// "<dt>Location</dt><dd>Leeds</dd>". A browser shows label and value side by side; read as text
// each cell would be a line of its own, and a label line without a colon looks like a heading. A
// short label and a value without blocks inside are read as one "Label: value" line.
const LABEL = 1;
const VALUE = 2;
type FieldCell = typeof LABEL | typeof VALUE;
const LABEL_MAX = 50;
const LABEL_END = /[:：]$/;
// How deep a cell is searched for blocks: fact cells hold a few inline tags at most.
const CELL_DEPTH = 4;

function markFieldCells(node: HtmlElement, out: Map<HtmlNode, FieldCell>): void {
  const cells = node.children.filter(
    (c): c is HtmlElement => isTag(c) && !isSkipped(c) && c.name !== 'script',
  );
  if (node.name === 'tr') {
    // "Master's degree in Education | | ✔" under "Criteria | Essential | Desirable": read as
    // "Master's degree in Education: Desirable", the tick replaced by its column's name (the
    // tree is this reading's own).
    const names = criteriaGridHeader(node);
    if (names) {
      node.children = [{ type: 'text', data: names } as HtmlNode];
      return;
    }
    const grid = criteriaGridRow(node);
    if (grid) {
      grid.ticked.children = [{ type: 'text', data: grid.column } as HtmlNode];
      node.children = [grid.criterion, grid.ticked];
      out.set(grid.criterion, LABEL);
      out.set(grid.ticked, VALUE);
      return;
    }
    const [label, value] = cells;
    if (cells.length === 2 && label && value && isLabelCell(label) && hasNoBlock(value, 0)) {
      out.set(label, LABEL);
      out.set(value, VALUE);
    }
    return;
  }
  for (let i = 0; i + 1 < cells.length; i++) {
    const label = cells[i];
    const value = cells[i + 1];
    if (label?.name !== 'dt' || value?.name !== 'dd') continue;
    if (isLabelCell(label) && hasNoBlock(value, 0)) {
      out.set(label, LABEL);
      out.set(value, VALUE);
      i++;
    }
  }
}

// A fact list set as paragraphs that open with a bold label and no colon: "<p><b>Agency</b>
// Department of Climate …</p><p><b>Location</b> Canberra, ACT</p>". Read as text each would run
// label and value together ("Agency Department of …"); with two or more such rows in one block,
// each bold label reads as "Agency: …". Not a bold lead into running text ("<p><b>Python</b> and
// SQL</p>", "<b>5+ years</b> of …"): the value must start with a capital, a figure or a sign.
// Not list items: a requirement list leads its bullets with bold words ("<li><strong>Location
// </strong> Able to travel to Bristol</li>").
const BOLD_ROW_TAGS = new Set(['p', 'div', 'dd']);
const BOLD_LABEL = /^\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,3}$/u;
const BOLD_VALUE_START = /^\s*[\p{Lu}\d$€£¥₹]/u;
const BOLD_ROWS_MIN = 2;

function markBoldLabels(node: HtmlElement, out: Map<HtmlNode, FieldCell>): void {
  const labels: HtmlElement[] = [];
  for (const row of node.children) {
    if (!isTag(row) || !BOLD_ROW_TAGS.has(row.name)) continue;
    const label = boldLabelOf(row);
    if (label) labels.push(label);
  }
  if (labels.length < BOLD_ROWS_MIN) return;
  for (const label of labels) out.set(label, LABEL);
}

/** The bold first child of `row` when it labels the short value after it, else null. */
function boldLabelOf(row: HtmlElement): HtmlElement | null {
  let label: HtmlElement | null = null;
  let value = '';
  for (const child of row.children) {
    if (isText(child)) {
      if (label) value += child.data;
      else if (child.data.trim() !== '') return null;
    } else if (isTag(child)) {
      if (isSkipped(child)) continue;
      if (!label) {
        if (child.name !== 'b' && child.name !== 'strong') return null;
        if (!BOLD_LABEL.test(rawText(child).trim()) || !hasNoBlock(child, 0)) return null;
        label = child;
      } else {
        if (BLOCK_TAGS.has(child.name) || child.name === 'br') return null;
        value += rawText(child);
      }
    }
  }
  const trimmed = value.trim();
  // A sentence in prose after a bold lead ("<b>Location</b> Our team works from …") is no value.
  const sentence = /[.!?](?:\s|$)/.test(trimmed);
  return label && value.length <= LABEL_MAX * 4 && !sentence && BOLD_VALUE_START.test(value)
    ? label
    : null;
}

function isLabelCell(cell: HtmlElement): boolean {
  const text = rawText(cell).trim();
  return text.length > 0 && text.length <= LABEL_MAX && hasNoBlock(cell, 0);
}

function hasNoBlock(el: HtmlElement, depth: number): boolean {
  if (depth > CELL_DEPTH) return false;
  for (const child of el.children) {
    if (!isTag(child)) continue;
    if (child.name === 'br' || BLOCK_TAGS.has(child.name) || !hasNoBlock(child, depth + 1)) {
      return false;
    }
  }
  return true;
}

// A row of tags or facts, each in its own inline element with only spaces between:
// "<p class=tags><span>CDI</span> <span>Paris 9e</span> <span>Marketing</span></p>". A browser
// styles them apart; read as text they would run together ("CDI Paris 9e Marketing"), so they are
// parted with " · ", as boards print such rows. Running text always has words between its
// elements, so it is never read this way.
const CHIP_MIN = 3;
// Emphasis (b, i, strong, em) marks words inside running text: a row holding any is not a row.
const CHIP_TAGS = new Set(['span', 'a', 'small', 'time', 'label', 'data']);
// A tag has a word in it; an amount or a dash alone is part of a figure.
const CHIP_WORD = /\p{L}{2}/u;
const CHIP_MAX_LENGTH = 60;
const CHIP_SEPARATOR = { type: 'text', data: ' · ' } as HtmlNode;

/** The chips that follow another chip (to be parted from it), or null when `node` holds no row. */
function chipsAfterChips(node: HtmlElement): Set<HtmlNode> | null {
  let chips = 0;
  let afterChip = false;
  const parted = new Set<HtmlNode>();
  for (const child of node.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') return null;
    } else if (isTag(child)) {
      if (isSkipped(child)) continue;
      if (BLOCK_TAGS.has(child.name) || child.name === 'br') {
        afterChip = false;
        continue;
      }
      if (!CHIP_TAGS.has(child.name)) return null;
      const chip = rawText(child).trim();
      const length = chip.length;
      // "<span>$182,000</span><span>—</span><span>$218,000</span>" is one range, not three tags.
      if (length > CHIP_MAX_LENGTH || (length > 0 && !CHIP_WORD.test(chip))) return null;
      if (length === 0) continue;
      if (afterChip) parted.add(child);
      afterChip = true;
      chips++;
    }
  }
  return chips >= CHIP_MIN ? parted : null;
}

// A pay row of inline elements, a label and then the figures: "<span>San Francisco Bay Area /
// New York City</span><span>$210,000</span><span>—</span><span>$250,000 USD</span>". Read as
// text the label would run into the first amount ("City$210,000"); a space parts them.
const LABEL_SEPARATOR = { type: 'text', data: ' ' } as HtmlNode;
const FIGURE_START = /^[$€£¥₹\d]|^[A-Z]{3}\s?\d/;

/** The first figure after a label in such a row, or null. */
function figureAfterLabel(node: HtmlElement): HtmlNode | null {
  let label = false;
  for (const child of node.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') return null;
      continue;
    }
    if (!isTag(child) || isSkipped(child)) continue;
    if (!CHIP_TAGS.has(child.name)) return null;
    const text = rawText(child).trim();
    if (text === '') continue;
    if (!label) {
      if (!CHIP_WORD.test(text) || text.length > CHIP_MAX_LENGTH || FIGURE_START.test(text)) {
        return null;
      }
      label = true;
      continue;
    }
    return FIGURE_START.test(text) ? child : null;
  }
  return null;
}

/** Blocks as plain text, one block per line. */
export function blocksToText(blocks: TextBlock[]): string {
  return blocks.map((b) => b.text).join('\n');
}
