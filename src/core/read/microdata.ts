/**
 * schema.org microdata (itemscope/itemtype/itemprop) -> the same object shape JSON-LD has, so
 * one mapper (json-ld.ts) serves both. Follows the HTML microdata algorithm loosely: properties
 * belong to the nearest itemscope; a nested itemscope with an itemprop is an object value.
 */
import type { HtmlElement, HtmlNode } from './html-dom';
import { attr, findOne, isTag, rawText } from './html-dom';
import { blocksToText, htmlToBlocks } from './html-blocks';
import type { JsonObject } from './json-ld';

const URL_PROPS = new Set(['a', 'area', 'link']);
const TEXT_PROPS = new Set([
  'name',
  'title',
  'legalName',
  'addressLocality',
  'addressRegion',
  'addressCountry',
  'streetAddress',
  'employmentType',
  'description',
]);
const SRC_PROPS = new Set(['img', 'audio', 'video', 'source', 'iframe', 'embed']);

function propertyValue(el: HtmlElement, name: string): unknown {
  if (el.attribs['itemscope'] !== undefined) return readItem(el);
  const tag = el.name;
  if (el.attribs['content'] !== undefined) return el.attribs['content'];
  // The algorithm gives a link's URL, but pages mark a name with its link ("<a href=
  // "/empresa/x" itemprop="name">Clínica X</a>"): a text property reads the link's text.
  if (URL_PROPS.has(tag) && (tag !== 'a' || !TEXT_PROPS.has(name))) return el.attribs['href'] ?? '';
  if (SRC_PROPS.has(tag)) return el.attribs['src'] ?? '';
  if (tag === 'time' && el.attribs['datetime'] !== undefined) return el.attribs['datetime'];
  if ((tag === 'data' || tag === 'meter') && el.attribs['value'] !== undefined) {
    return el.attribs['value'];
  }
  // A description keeps its line structure; short properties are one line.
  if (name === 'description') return blocksToText(htmlToBlocks(el.children));
  return rawText(el).replace(/\s+/g, ' ').trim();
}

function addProperty(item: JsonObject, name: string, value: unknown): void {
  const existing = item[name];
  if (existing === undefined) item[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else item[name] = [existing, value];
}

/** One itemscope element -> {"@type": ..., prop: value | value[]}. */
function readItem(scope: HtmlElement): JsonObject {
  const type = scope.attribs['itemtype'] ?? '';
  const item: JsonObject = { '@type': type.trim().split(/\s+/)[0] ?? '' };
  const stack: HtmlNode[] = [...scope.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || !isTag(node)) continue;
    const names = attr(node, 'itemprop');
    if (names !== '') {
      const original = (node.attribs['itemprop'] ?? '').trim().split(/\s+/);
      for (const name of original) addProperty(item, name, propertyValue(node, name));
    }
    // Properties inside a nested item belong to that item, not to this one.
    if (node.attribs['itemscope'] !== undefined) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return item;
}

/** The first microdata JobPosting in a page, as a JSON-LD-shaped object, or null. */
export function readMicrodataJobPosting(roots: HtmlNode[]): JsonObject | null {
  const scope = findOne(
    (el) =>
      el.attribs['itemscope'] !== undefined && /jobposting/i.test(el.attribs['itemtype'] ?? ''),
    roots,
  );
  return scope ? readItem(scope) : null;
}
