/**
 * A mail copied from a webmail window (Gmail, Outlook on the web, Yahoo Mail) brings the app's
 * chrome along above the message: the app's name, "Compose", "Inbox 1,284", the folder and label
 * list, the tabs ("[Primary]  [Promotions 48]"), a sponsored ad, the conversation's label chips
 * ("Inbox ×") and "to me". None of it is the posting: the app's name would read as the title and
 * the ad's pay as the salary. Only the top of the text is looked at, and only when the window's
 * name and its "Compose" / "Inbox" items are both there.
 */
import type { Line } from './lines';

// How far down the window's chrome may reach (folders, labels and an ad above the message).
const TOP_LINES = 40;
const APP_LINES = 6;

const APP_NAME =
  /^(?:[≡☰]\s*)?(?:gmail|outlook|outlook on the web|yahoo!? mail|proton ?mail|mail)(?:\s{2,}.*|\s*[-–—|]\s.*)?$/i;
// A folder, a category or a menu item, maybe with its count: "Inbox 1,284", "Drafts  3".
const MENU_ITEM =
  /^(?:[✎✉⭐☆]\s*)?(?:search mail|compose|new mail|new message|inbox|starred|snoozed|important|sent|sent items|sent mail|drafts|spam|junk(?: email)?|trash|bin|deleted items|archive|more|less|labels|categories|social|promotions|updates|forums|all mail|scheduled|chats|meet|folders|favorites|favourites|notes|primary)(?:\s+[\d,.]+)?$/i;
// Gmail's tabs and a conversation's label chips: "[Primary]  [Promotions 48]", "Inbox ×".
const TABS = /^(?:\[[^\]\n]{2,24}\]\s*){2,}$/;
const CHIPS = /^(?:[^\s×][^×\n]{0,24}\s×\s*)+$/;
const RULE = /^[─━═_=-]{5,}$/;
// An ad in the inbox: "Sponsored · CodeCraft Bootcamp", "Ad · Chime — Get paid up to …".
const AD = /^(?:sponsored\b|ad\s?[·•|:–—-]\s)/i;
const RECIPIENT = /^to (?:me|you|myself)\b(?:,.*)?$/i;
// A label under "Labels" or "Categories": a short name, maybe with a count.
const LIST_NAME = /^[\p{L}\d][\p{L}\d &'’-]{0,24}?(?:\s+[\d,]+)?$/u;

function isListName(text: string): boolean {
  return text.length <= 30 && LIST_NAME.test(text) && !MENU_ITEM.test(text);
}

/** A line of the window's own: a label, a folder, the tabs, an ad or a rule. */
function isWindowLine(text: string): boolean {
  return (
    isListName(text) || MENU_ITEM.test(text) || TABS.test(text) || AD.test(text) || RULE.test(text)
  );
}

/** Whether the lines open with a webmail window: its name, then its Compose or Inbox item. */
function isWebmailTop(lines: Line[]): boolean {
  const app = lines.slice(0, APP_LINES).findIndex((l) => APP_NAME.test(l.text));
  if (app < 0) return false;
  return lines
    .slice(app + 1, app + 12)
    .some((l) => /^(?:[✎✉]\s*)?(?:compose|new mail|new message|inbox\b)/i.test(l.text));
}

/** The lines without a webmail window's chrome at the top, and how many were cut. */
export function cutWebmailChrome(lines: Line[]): { lines: Line[]; removed: number } {
  if (!isWebmailTop(lines)) return { lines, removed: 0 };
  const out: Line[] = [];
  let removed = 0;
  let inList = false;
  let afterAdHead = false;
  for (const [i, line] of lines.entries()) {
    if (i >= TOP_LINES) {
      out.push(line);
      continue;
    }
    const text = line.text.trim();
    const adHead = AD.test(text);
    // "Sponsored · CodeCraft Bootcamp" over the ad's own line.
    const adBody = afterAdHead && !MENU_ITEM.test(text);
    afterAdHead = adHead && text.length < 50;
    // A label is followed by more of the window: the subject after the last one is no label.
    const listed = inList && isListName(text) && isWindowLine(lines[i + 1]?.text.trim() ?? '');
    if (/^(?:labels|categories|folders)$/i.test(text)) inList = true;
    else if (!listed) inList = false;
    if (
      (i < APP_LINES && APP_NAME.test(text)) ||
      MENU_ITEM.test(text) ||
      listed ||
      TABS.test(text) ||
      CHIPS.test(text) ||
      RULE.test(text) ||
      adHead ||
      adBody ||
      RECIPIENT.test(text)
    ) {
      removed++;
      continue;
    }
    out.push(line);
  }
  return { lines: out, removed };
}
