/**
 * The few DOM helpers the HTML readers share, over htmlparser2's tree (the worker and Node have
 * no DOMParser). Types are derived from htmlparser2's own exports so core needs no other package.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

/** Parses HTML leniently (entities decoded, tag names lower-cased), as a browser would. */
export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html);
}

/** An attribute, lower-cased and trimmed; '' when absent. */
export function attr(el: HtmlElement, name: string): string {
  return (el.attribs[name] ?? '').trim().toLowerCase();
}

/** The raw text under a node (script bodies included): for JSON-LD and short labels. */
export function rawText(node: HtmlNode | HtmlNode[]): string {
  return DomUtils.textContent(node);
}

export type HtmlText = Extract<HtmlNode, { data: string }>;

/** An element (script and style included). */
export function isTag(node: { type: string }): node is HtmlElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** A text node (not a comment or directive, which also carry `data`). */
export function isText(node: HtmlNode): node is HtmlText {
  return node.type === 'text';
}

export const { findAll, findOne } = DomUtils;
