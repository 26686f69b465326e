/**
 * Where a posting's own text ends and other ads or replies begin: a board's "Similar jobs" block,
 * a digest's next item, a recruiter's "other roles that may be of interest", a chat's replies.
 * Salary and work mode leave that part out; the title skips a chat message's header.
 */
import type { Line } from '../clean/lines';
import { chatStampSender, isChatExportTop } from '../clean/mail-thread';
import { isLetter } from '../text/char-codes';

// A line that opens other ads: a board's "Similar jobs", a digest's "Next in the digest:", a
// group's "Also hiring", a post's "Comments:" or "View all 64 comments". It may follow an emoji
// or a poster's name ("Mark T: Also hiring – Dental Receptionist, $32/hr"); a channel bot's "📢
// New post in #job-offers: …". Tested on each line's start only.
const OTHER_ADS =
  /^[^a-zA-Z0-9\u00C0-\u024F]{0,8}(?:[A-Z][a-zA-Z]{1,15}(?: [A-Z][a-zA-Z]{0,12}\.?)?:\s)?(?:new (?:post|job|listing|ad)s? in #[\w-]+|similar (?:jobs|roles|positions|vacancies|listings|offers|ads|adverts)|similar (?:postings|openings|opportunities|careers)\s?:?\s*$|(?:customers|visitors|shoppers) also viewed\b|similar\s?:|anuncios (?:similares|relacionados)|other (?:jobs|openings|vacancies|calls|ads|listings)\b|more jobs|more (?:vacancies|openings|roles|positions)\b|other (?:open|live|current) (?:roles|positions|jobs)\b|also (?:currently )?(?:recruiting|hiring)\b|also (?:they|we)(?:'re| are)? (?:need|needs|looking|hiring|recruiting)\b|also worth a (?:look|peek)\s?:?\s*$|other (?:roles|positions)\b|jobs similar to|mehr (?:jobs|stellen(?:angebote)?)\b|next in (?:the|this) digest|jobs you (?:may|might) (?:like|be interested in)|people also viewed|(?:people|students|candidates|job ?seekers|others|members|users|applicants) who viewed this(?: job| posting| role| listing)? also viewed|(?:personen|nutzer|bewerber)(?:\*innen|:innen)?, die diese (?:stelle|anzeige|jobanzeige) (?:angesehen|angeschaut) haben, haben sich auch|recommended jobs|related jobs|(?:more )?jobs near\b|comments?\s?:|(?:comments|comentarios|commentaires|kommentare|replies|respuestas|réponses)\s?$|(?:top|all|newest|most relevant) (?:comments|replies)\s?$|commentaires les plus pertinents|comentarios más relevantes|(?:view|see) all \d+ comments|voir (?:les|tous les) \d+ commentaires|ver (?:los )?\d+ comentarios|alle \d+ kommentare|write a (?:public )?comment|weitere (?:(?:offene|freie|aktuelle|spannende) )?(?:stellen|jobs|stellenangebote|ausbildungsplätze|angebote)|ähnliche (?:jobs|stellen|stellenangebote|angebote|anzeigen)|autres offres|(?:voir aussi|see also|siehe auch|ver también)\s?:(?=[^\n]*(?:[$€£]|\d\s?€|\s[–—·|]\s))|autres (?:postes|emplois) (?:ouverts|à pourvoir|disponibles)|otr(?:as vacantes|os puestos) (?:abiert[oa]s|disponibles)|(?:d'autres |les )?offres similaires|ces offres pourraient|ces missions (?:peuvent|pourraient)|otras personas (?:también )?han visto|otras ofertas|ofertas similares|otros? avisos?|empleos similares|más ofertas|(?:avisos|empleos|ofertas) relacionad[oa]s|annonces similaires|jobs,? die (?:dich|sie) interessieren|das könnte (?:dich|sie) (?:auch )?interessieren|(?:you|vous) (?:may|might|pourriez) (?:also |aussi )?(?:like|aimer)|(?:salary|pay|wage)s? (?:information |info |ranges? )?for other (?:[\w-]+ ){0,2}(?:positions|roles|jobs|vacancies)|vous pourriez (?:aussi |également )?être intéress[ée]+s?(?:\(e\))? par|(?:you|you may|you might) (?:also )?be interested in|(?:empleos|ofertas) que (?:te|le) (?:pueden|podr[ií]an) interesar|te recomendamos (?:estos |estas )?(?:empleos|ofertas|avisos|vacantes)|recomendamos (?:estas |estes )?vagas|vagas (?:semelhantes|relacionadas|recomendadas|similares)|voc[êe] (?:também )?(?:pode|poderá) (?:gostar|se interessar))/i;
// A chat export's message header: "[09:41, 12/03/2025] Name:", "[08/04, 7:15 am] Name:" or
// "12/03/2025, 09:41 - Name:".
// The time may be on a 12-hour clock: "[09/11/25, 7:42:15 PM]".
const CHAT_MESSAGE =
  /^(?:\[\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?:,? \d{1,2}[./-]\d{1,2}[./-]\d{2,4})?\]|\[\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)? [-–] )/;
// Boards in Chinese, Japanese, Korean, Vietnamese and Thai: "看过该职位的人还看了", "—— 相似职位推荐
// ——", "熊班推薦｜附近的工作", "この近くのお仕事", "근처 인기 알바", "この求人を見た人はこんな求人も見ています", "この求人に似た求人", "이 공고를 본 구직자가 함께 본 공고", "연관 포지션",
// "Việc làm tương tự", "งานที่คล้ายกัน", "同じような求人". Tested on short lines only.
const ASIAN_OTHER_ADS =
  /^[^\p{L}\d]{0,6}(?:[^\n]{0,20}?(?:也看了|还看了|還看了|こんな(?:求人|お仕事)に?も|募集を見た人は|こちらの求人も|関連する求人$|に似た求人$|同じ(?:事業所|会社|企業)の(?:他の)?求人|この(?:会社|企業)の(?:他の)?求人$|다른 공고$|비슷한 (?:채용)?공고$|비슷한 채용\s?정보$|유사한 (?:채용\s?)?(?:공고|정보)$|추천\s?(?:채용)?공고$)|(?:[^\n｜|]{1,12}[｜|]\s?)?附近的?(?:兼職|兼职|打工)?(?:工作|職缺|职位|打工)$|你可能(?:也|会)?喜(?:歡|欢)$|(?:この)?近くの(?:似た)?(?:お仕事|求人|バイト)$|(?:同じエリアの|あなたに)?おすすめ(?:の)?(?:求人|お仕事)$|(?:주변|근처)(?: 인기)? (?:알바|채용|일자리)(?: 추천)?$|함께 보면 좋은 (?:채용)?공고$|相似工作|相似職位|類似職位|推薦職位|附近的(?:兼職|兼职)?工作|你可能感(?:兴|興)趣|(?:주변|근처) 알바$|其他\p{sc=Han}{0,4}(?:职位|職位|職缺|职缺)|看過此職缺的人也看了|相似职位|相似職缺|类似职位|類似職缺|推荐职位|推薦職缺|其他职位|其他職缺|更多职位|更多職缺|热门职位|熱門職缺|類似の求人|似ている求人|似た求人|同じような(?:求人|お仕事)|同様の求人|近くの求人|(?:주변|근처) (?:알바|채용|일자리) 추천|추천 알바|おすすめの求人|関連する求人|この求人を見た人|この求人を見ている人|こんな求人も|他の求人|이 공고를 본|함께 본 공고|비슷한 (?:채용)?공고|추천 (?:채용)?공고|연관 포지션|관련 공고|다른 공고|Việc làm tương tự|Việc làm liên quan|Gợi ý việc làm|Công việc tương tự|งานที่คล้ายกัน|ตำแหน่งงานที่คล้ายกัน|งานแนะนำ)/u;
const ASIAN_OTHER_ADS_MAX = 60;

// A recruiter's mail offering more roles after the one it is about: "I've also attached a couple
// of other roles that may be of interest:". Anywhere in the line, gated on INTEREST.
const OTHER_ROLES =
  /\b(?:other|more|similar|further) (?:[\w-]+ )?(?:roles|positions|vacancies|opportunities|jobs|openings)\b[^.!?\n]{0,40}\b(?:of interest|interest you|interesting)|\b(?:autres|d'autres|une autre|un autre) (?:postes?|offres?|missions?|opportunités?|fonctions?)\b[^.!?\n]{0,60}(?:intéress|correspondre)|\botr[oa]s (?:vacantes|posiciones|ofertas|puestos|oportunidades)\b[^.!?\n]{0,40}interes|\bweitere (?:positionen|vakanzen|stellen|projekte)\b[^.!?\n]{0,40}interess/i;

const OTHER_ROLES_FROM = 0.5;
// A word OTHER_ROLES needs ("interest", "intéressé", "correspondre"): one cheap scan per line.
const INTEREST = /nt(?:eres|éress)|orrespondre/;
const PS_ALSO = /^P\.?\s?S\.?[:\s][^\n]{0,80}\balso\b/i;
// "Also: we will advertise a PhD student position in the same project in the autumn (…)".
const ALSO_ANOTHER =
  /^also[:,]?\s(?:we(?:['’]ll| will| are|['’]re)?\s(?:also\s)?(?:advertise|post|open|be (?:hiring|recruiting|advertising))|(?:we(?:['’]re| are)|i(?:['’]m| am)) (?:also )?(?:hiring|recruiting))\b/i;

/**
 * Where a chat export's message text starts on its line ("[12/03/25, 19:42] Paco: Busco ..." ->
 * the offset of "Busco"); 0 when the line is no message.
 */
export function chatMessageStart(text: string): number {
  const c = text.charCodeAt(0);
  const header = c === 0x5b || (c >= 48 && c <= 57) ? CHAT_MESSAGE.exec(text) : null;
  return header ? messageStart(text, header[0].length) : 0;
}

// After the header, the sender's name and its colon, if one follows within 60 characters.
function messageStart(text: string, headerEnd: number): number {
  const colon = text.indexOf(': ', headerEnd);
  return colon < 0 || colon - headerEnd > 60 ? headerEnd : colon + 2;
}

/**
 * The sender of a chat export's message and where the name starts: "[9/1/25, 19:32] Academia
 * Brightside Valencia: Hola ..." -> "Academia Brightside Valencia"; null when the line is no
 * message or names no sender.
 */
export function chatSender(text: string): { name: string; start: number } | null {
  const c = text.charCodeAt(0);
  const header = c === 0x5b || (c >= 48 && c <= 57) ? CHAT_MESSAGE.exec(text) : null;
  if (!header) return null;
  const name = senderOf(text, header[0].length);
  return name === '' ? null : { name, start: text.indexOf(name, header[0].length) };
}

const PAY_GUIDE = /^what can i earn\b/i;

// A forum thread's comment header: "▲ plover_jen 4 days ago | parent | context", or copied
// without the vote arrow, "okabe_r 3 hours ago | parent | next [–]", or a reply's bare "jpl_dev 3
// days ago [–]". Another user's comment is a reply or another company's post, not the posting.
const FORUM_COMMENT =
  /^(?:▲\s?(\S{1,40}) \d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago\b|([\w-]{1,40}) \d{1,3} (?:minutes?|hours?|days?) ago (?:\| (?:parent|prev|next|root)\b|\[[–-]\]\s*$))/;

// The name between a chat header and its colon: "[12/03/25, 19:43] Paco Reformas: ..." ->
// "Paco Reformas"; '' when the line has no colon soon after.
function senderOf(text: string, from: number): string {
  const colon = text.indexOf(':', from);
  return colon < 0 || colon - from > 60 ? '' : text.slice(from, colon).trim();
}

// Boards append other ads at the end: a marker in the first quarter of the text is more likely a
// sidebar printed before the posting, so only later ones count.
const OTHER_ADS_FROM = 0.25;

// The first three letters (lower-cased) of each marker in OTHER_ADS: "similar jobs" -> "sim",
// "d'autres offres" -> "d'a". The first letters of a line rule most lines out before the regex.
const MARKER_STARTS = new Set(
  ['sim', 'oth', 'mor', 'job', 'meh', 'als', 'nex', 'peo', 'rec', 'rel', 'com', 'wei', 'ähn']
    .concat(['aut', "d'a", 'les', 'off', 'ces', 'otr', 'ofe', 'emp', 'más', 'avi', 'ann', 'das'])
    .concat(['you', 'vou', 'vie', 'see', 'voi', 'ver', 'all', 'wri', 'anu', 'top', 'new', 'mos'])
    .concat([
      'kom',
      'sal',
      'pay',
      'wag',
      'rep',
      'res',
      'rép',
      'te ',
      'vag',
      'voc',
      'per',
      'nut',
      'bew',
      'stu',
      'can',
      'mem',
      'use',
      'app',
      'cus',
      'vis',
      'sho',
    ])
    .map((p) => markerKey(p, 0)),
);
// "Mark T: Also hiring": OTHER_ADS allows a name of at most 31 characters before its colon.
const NAME_COLON_MAX = 32;

// The three letters at `i` as one number, lower-cased as the regex's `i` flag folds them ("É" ->
// "é"); -1 past the end or for a letter beyond Latin-1, which no marker has.
function markerKey(text: string, i: number): number {
  if (i + 2 >= text.length) return -1;
  const a = lower(text.charCodeAt(i));
  const b = lower(text.charCodeAt(i + 1));
  const c = lower(text.charCodeAt(i + 2));
  return a < 256 && b < 256 && c < 256 ? (a << 16) | (b << 8) | c : -1;
}

function lower(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

function mayOpenOtherAds(text: string): boolean {
  let i = 0;
  while (i < 8 && i < text.length && !isLetter(text.charCodeAt(i))) i++;
  if (MARKER_STARTS.has(markerKey(text, i))) return true;
  // A name, a colon and a space first: only the first colon counts.
  const colon = text.indexOf(':', i);
  return colon > 0 && colon < i + NAME_COLON_MAX && MARKER_STARTS.has(markerKey(text, colon + 2));
}

/**
 * Index of the first line, up to `last`, from which the text holds other ads or replies rather
 * than this posting: a marker line (see OTHER_ADS) past the first quarter, or a chat's first
 * message from someone other than its poster (a reply, or another ad). `lines.length` when none.
 */
export function findOtherAdsStart(lines: Line[], last: number): number {
  // Salary and work mode both ask, about the same lines: one scan serves both.
  if (lines !== scannedLines) {
    scannedLines = lines;
    scannedStart = scanOtherAds(lines);
  }
  return scannedStart <= last ? scannedStart : lines.length;
}

let scannedLines: Line[] | null = null;
let scannedStart = 0;
// When the scan stopped at a chat's reply: the poster whose messages came before it.
let scannedPoster: string | null = null;

/**
 * The poster of a chat whose text `findOtherAdsStart` ends at a reply (see scanOtherAds); null
 * when it ends otherwise, or not at all.
 */
export function posterBeforeReply(lines: Line[]): string | null {
  findOtherAdsStart(lines, lines.length);
  return scannedPoster;
}

// A social post's engagement bar, after which its comments follow: "👍❤️ 47 · 23 comments · 9
// shares", "💬 34 comentarios", "45 likes  12 comments"; or a channel message's view count,
// with the time it was sent, after which the channel's next post follows: "👁 7,9K  ✏️ modifié
// 🕐 09:12" (a board's "👁 1,203 views" under the title is no such footer).
const ENGAGEMENT =
  /^👁\uFE0F?\s?\d[\d.,]*[KkMm]?\s[^\n]{0,40}\b\d{1,2}:\d{2}\s*$|^[^a-zA-Z\u00C0-\u024F]{0,80}(?:\d[\d.,]*[KkMm]? (?:likes?|reactions?|réactions?|reacciones|j'aime|me gusta)[^a-zA-Z\u00C0-\u024F]{1,16})?\d[\d.,]*[KkMm]? (?:comments?|commentaires?|comentarios?|kommentare?)\b/i;
const ENGAGEMENT_MAX = 100;

const REDDIT_COMMENT = /^\*{0,2}u\/[\w-]{2,30}\*{0,2}\s·\s(?:\d|hace|il y a|vor)/;

// The ad in a group chat is the first message that runs over several lines or calls for hires.
// Not a seeker's "Sí, busco para mayo-octubre", "busco trabajo".
const HIRING_CALL =
  /\b(?:hiring|needed|wanted|recruiting|looking for|vacanc\w*|job opening|busco(?!\s(?:trabajo|empleo|curro|chamba|para|algo)\b)|buscamos|se busca|recrute|recherche|suchen|sucht)\b/i;
// How many messages into a chat the ad may start.
const AD_WITHIN = 12;

/** The sender of the chat's ad, looking from the first message at `from`; null if none. */
function adSender(lines: Line[], from: number): string | null {
  const ad = firstMessage(
    lines,
    from,
    (text, headerEnd, runsOn) => runsOn || callsForHires(text.slice(headerEnd)),
  );
  return ad ? senderOf(ad.text, ad.headerEnd) : null;
}

/**
 * Whether a message calls for hires: not a question about them ("Was sucht ihr denn genau?"). A
 * call may end in one ("Hiring baristas for our café, anyone interested?").
 */
function callsForHires(message: string): boolean {
  const m = HIRING_CALL.exec(message);
  if (!m) return false;
  const end = message.slice(m.index).search(/[.!?]/);
  if (end < 0 || message.charAt(m.index + end) !== '?') return true;
  const start = Math.max(message.lastIndexOf('. ', m.index), message.lastIndexOf('! ', m.index));
  return !QUESTION_START.test(message.slice(start < 0 ? 0 : start + 2).trimStart());
}

const QUESTION_START =
  /^(?:was|wer|wen|wo|wie|welche\w*|what|who|which|where|how|do|does|did|is|are|anyone|any|qui|que|quoi|quel\w*|qué|quién|cuál|dónde|cómo)\b/i;

/** Whether a later message from `poster`, within a few messages, runs on over several lines. */
function posterAdLater(lines: Line[], from: number, poster: string | null): boolean {
  const ad = firstMessage(
    lines,
    from,
    (text, headerEnd, runsOn) => runsOn && senderOf(text, headerEnd) === poster,
  );
  return ad !== null;
}

/**
 * The first of the next AD_WITHIN chat messages from line `from` that `test` accepts, given its
 * line, where its header ends and whether it runs on over the lines below; null if none.
 */
function firstMessage(
  lines: Line[],
  from: number,
  test: (text: string, headerEnd: number, runsOn: boolean) => boolean,
): { text: string; headerEnd: number } | null {
  let seen = 0;
  for (let i = from; i < lines.length && seen < AD_WITHIN; i++) {
    const text = lines[i]?.text ?? '';
    const header = CHAT_MESSAGE.exec(text);
    if (!header) continue;
    seen++;
    const next = lines[i + 1]?.text ?? '';
    const runsOn = next !== '' && !CHAT_MESSAGE.test(next);
    if (test(text, header[0].length, runsOn)) return { text, headerEnd: header[0].length };
  }
  return null;
}

/**
 * The sender of each line of a chat between two people ("[14.03.25 18:33] Sam:" or, in a chat
 * export, a stamp line "Hannah Okafor  20:15" opens each message), and the hiring side: the one
 * who opens the talk about a job ("We're after a Sous Chef", "the Data Analyst role at …"). Null
 * for any other text, and when the talk opens otherwise (a seeker's "looking for a job?").
 */
export function chatDialogue(lines: Line[]): ChatDialogue | null {
  // Once per text: the other-ads scan and the salary's choice both ask.
  if (lines !== dialogueOf) {
    dialogueOf = lines;
    dialogue = findDialogue(lines);
  }
  return dialogue;
}

interface ChatDialogue {
  senders: (string | null)[];
  main: string;
  seekerOpened: boolean;
}

let dialogueOf: Line[] | null = null;
let dialogue: ChatDialogue | null = null;

function findDialogue(lines: Line[]): ChatDialogue | null {
  const senders = lineSenders(lines);
  const people = new Set<string>();
  for (const sender of senders) {
    if (sender !== null) people.add(sender);
    if (people.size > 2) return null;
  }
  const [first, second] = [...people];
  if (people.size !== 2 || !first || !second) return null;
  const opening = openingOf(lines, first);
  // A seeker who opens ("Suchen Sie noch eine Verkäuferin?") talks to the hiring side.
  if (opensAsSeeker(opening)) return { senders, main: second, seekerOpened: true };
  return opensJobTalk(opening) ? { senders, main: first, seekerOpened: false } : null;
}

/**
 * The sender of the chat message each line belongs to: the nearest message header at or above
 * it ("[14.03.25 18:33] Sam:" or, in a chat export, a stamp line "Hannah Okafor  20:15"); null
 * above the first. Once per text: salary asks for several lines of it.
 */
export function lineSenders(lines: Line[]): (string | null)[] {
  if (lines === sendersOf) return senders;
  const chat = isChatExportTop(lines[0]?.text ?? '');
  const found: (string | null)[] = [];
  let current: string | null = null;
  for (const line of lines) {
    const text = line.text;
    const c = text.charCodeAt(0);
    const header = c === 0x5b || (c >= 48 && c <= 57) ? CHAT_MESSAGE.exec(text) : null;
    const named = header ? senderOf(text, header[0].length) : chat ? chatStampSender(text) : null;
    if (named) current = named;
    found.push(current);
  }
  sendersOf = lines;
  senders = found;
  return found;
}

let sendersOf: Line[] | null = null;
let senders: (string | null)[] = [];

/** What `sender` writes in a chat before anyone else answers: from their first message on. */
export function openingOf(lines: Line[], sender: string): string {
  const of = lineSenders(lines);
  let text = '';
  for (let i = of.indexOf(sender); i >= 0 && i < lines.length && of[i] === sender; i++) {
    text += ` ${lines[i]?.text ?? ''}`;
  }
  return text;
}

// A hiring side's opening names the job; a seeker's asks for one.
const JOB_TALK =
  /\b(?:hiring|role|position|vacanc\w*|opening|job|shift|we(?:['’]re| are) (?:after|looking for)|we need|salary|pay|rate|poste|puesto|vacante|stelle|suchen)\b/i;
// First person, or a message opening on it ("hey, looking for a new kitchen job"): not a
// recruiter's "says you're … and looking for work".
const SEEKER =
  /(?:\b(?:i['’]?m|i am) (?:\w+ )?(?:looking for|after)|(?::|^|[.!?]|\b(?:hey|hi|hello|hiya))[,!]?\s+looking for) (?:a |some )?(?:new )?(?:\w+ )?(?:job|work|role|gig)\b|\b(?:any|do you have any|got any) (?:\w+ )?(?:work|shifts?|jobs?|openings?) going\b|\b(?:the |your )?(?:job|ad|advert|post) you posted\b|(?<!\b(?:are you|you)\s)\bstill (?:available|open)\?|\b(?:are you|you guys|y['’]all) (?:still )?(?:hiring|looking for (?:more )?(?:staff|people|help|workers|someone))\b|\b(?:i|we) saw your sign\b|\bich habe (?:ihren|deinen|euren) aushang\b|\b(?:busco (?:trabajo|empleo)|suche (?:einen )?(?:job|arbeit)|je cherche (?:un )?(?:emploi|travail|job))\b/i;

// The hiring side's own words, which no seeker's opening has: "We need a barista", "Wir suchen
// eine Reinigungskraft", "Je cherche une garde d'enfants", "Tenemos una vacante".
const HIRING_SIDE =
  /\b(?:we need|we['’]re (?:after|hiring|looking for)|we are (?:hiring|looking for)|wir suchen|wir haben eine stelle|je cherche (?:une?|des) (?!emploi|travail|job)|on cherche|nous cherchons|on a une mission|buscamos|tenemos una vacante)\b/i;

/** Whether a chat's opening comes from a seeker: asks for a job, with no hiring words of its own. */
function opensAsSeeker(text: string): boolean {
  return seeksJob(text) && !HIRING_SIDE.test(text);
}

/** Whether a chat's first message opens a talk about a job from the hiring side. */
export function opensJobTalk(text: string): boolean {
  return JOB_TALK.test(text) && !seeksJob(text);
}

/** Whether a chat message asks for a job ("hey, looking for a new kitchen job, know anything?"). */
export function seeksJob(text: string): boolean {
  return SEEKER.test(text);
}

/** Whether a chat message (or a line) turns to other jobs: "PS our warehouse also needs …". */
export function turnsToOtherJobs(text: string): boolean {
  const body = text.slice(chatMessageStart(text));
  return PS_ALSO.test(body) || (mayOpenOtherAds(body) && OTHER_ADS.test(body));
}

// A public notice's post heading: the post's name in capitals as a numbered item, with its count
// or its reference ("SENIOR PHARMACIST (1)" over "Ref: MHSS/OSH/17/01", "MEDICAL OFFICER - JOB
// GROUP M (CSG 8)" over "3 POSTS"), or a circular's "POST 14/201: DEPUTY DIRECTOR: LEGAL SERVICES".
const LISTED_POST = /^- \p{Lu}[\p{Lu}\d ,&/'’.:()-]{3,80}$/u;
const POST_COUNT = /\(\d{1,3}\)$/;
const POST_BELOW =
  /^(?:- )?(?:\d{1,3} (?:POSTS?|POSITIONS?|VACANC(?:Y|IES))$|ref(?:erence)?\b|job group\b|grade\b|salary scale\b)/i;
const CIRCULAR_POST = /^POST \d{1,3}\/\d{1,4}\s?:/;
// A vacancy bulletin's posts: "VACANCY: SENIOR LAND SURVEYOR (D2)".
const BULLETIN_POST = /^VACANCY\s?:\s?\p{Lu}{3}/u;
const POST_LINES_MIN = 3;

// A post's name without its note: "VACANCY: SENIOR NURSE – TERMS AND CONDITIONS" and "VACANCY:
// ACCOUNTS OFFICER (Re-advertisement)" head the same post again.
function postName(text: string): string {
  return text
    .replace(/\s*(?:\s[-–—]\s|\().*$/, '')
    .trim()
    .toLowerCase();
}

function isPostHeading(lines: Line[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  if (CIRCULAR_POST.test(text) || BULLETIN_POST.test(text)) return true;
  if (!LISTED_POST.test(text) || !/\p{Lu}{3}/u.test(text)) return false;
  return POST_COUNT.test(text) || POST_BELOW.test(lines[i + 1]?.text.trim() ?? '');
}

function scanOtherAds(lines: Line[]): number {
  scannedPoster = null;
  const from = Math.floor(lines.length * OTHER_ADS_FROM);
  // A notice's first post heading ("1. MEDICAL OFFICER - JOB GROUP M - 3 POSTS"): the next one
  // starts another post, with its own pay and requirements.
  let firstPost = -1;
  // The poster of the chat's ad (see adSender): their later messages go on with the posting.
  let poster: string | null = null;
  // Messages from others before the poster's first one are the group's chatter, not replies.
  let posterSpoke = false;
  // Whether the poster's ad, a message running on over several lines, has been posted.
  let adPosted = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const text = line.text;
    const c = text.charCodeAt(0);
    const header = c === 0x5b || (c >= 48 && c <= 57) ? CHAT_MESSAGE.exec(text) : null;
    const forum =
      c === 0x25b2 || text.includes(' ago | ') || text.endsWith(' ago [–]')
        ? FORUM_COMMENT.exec(text)
        : null;
    const sender = forum
      ? (forum[1] ?? forum[2] ?? '')
      : header
        ? senderOf(text, header[0].length)
        : '';
    // A line with a stamp and no sender is the app's own note ("12/09/2024 07:58 - Les messages
    // et les appels sont chiffrés de bout en bout."), neither the ad nor a reply.
    if (forum || (header && sender !== '')) {
      // A group's chatter before the ad ("Good morning ladies ☀️"): the ad's sender is the poster.
      if (poster === null) poster = header ? (adSender(lines, i) ?? sender) : sender;
      if (sender === poster) {
        posterSpoke = true;
        const next = lines[i + 1]?.text ?? '';
        if (next !== '' && !CHAT_MESSAGE.test(next)) adPosted = true;
      }
      // A reply before the poster's ad itself ("Hi yes I am! What is the job?" and then the
      // advert pasted in the poster's next message) is chatter, not the end of the posting.
      else if (
        posterSpoke &&
        (adPosted || !(header && posterAdLater(lines, i + 1, poster))) &&
        // A seeker who opens the chat ("I saw your sign in the window") gets the job's details
        // in the replies.
        !(header && chatDialogue(lines)?.seekerOpened === true)
      ) {
        scannedPoster = poster;
        return i;
      }
    }
    if ((c === 0x2d || c === 0x50 || c === 0x56) && isPostHeading(lines, i)) {
      // A list of openings ("- PICKERS (10)" over "- PACKERS (5)") shares the terms below it:
      // each post of a notice has its own lines. The same heading again is a repeated header.
      if (
        firstPost >= 0 &&
        i - firstPost >= POST_LINES_MIN &&
        postName(text) !== postName(lines[firstPost]?.text ?? '')
      ) {
        return i;
      }
      firstPost = i;
    }
    // A bullet is a line of the posting (or of an ad), never the marker that opens the ads.
    if (i >= from && line.kind !== 'list-item') {
      if (mayOpenOtherAds(text) && OTHER_ADS.test(text)) return i;
      if (text.length < ASIAN_OTHER_ADS_MAX && ASIAN_OTHER_ADS.test(text)) return i;
      // The poster's own later message: "[11/10/25, 9:43 AM] Rashid HR: Also hiring ...".
      if (header && i > 0) {
        const body = text.slice(messageStart(text, header[0].length));
        if (mayOpenOtherAds(body) && OTHER_ADS.test(body)) return i;
      }
      if (text.length < ENGAGEMENT_MAX && ENGAGEMENT.test(text)) return i;
      // A Reddit thread's first comment: "u/throwaway_backend22 · 7h" (the replies quote other
      // people's pay and other ads).
      if ((c === 0x75 || c === 0x2a) && REDDIT_COMMENT.test(text)) return i;
      // A board's pay guide: "What can I earn as a Customer Service Representative".
      if ((c | 0x20) === 0x77 && text.length < 120 && PAY_GUIDE.test(text)) return i;
      // "P.S. I'm also working on a Corporate Controller search ($165-185K)": another role.
      if ((c | 0x20) === 0x70 && PS_ALSO.test(text)) return i;
      if ((c | 0x20) === 0x61 && ALSO_ANOTHER.test(text)) return i;
      // Only in the mail's second half: an offer of other roles early on comes before the pay.
      if (i >= lines.length * OTHER_ROLES_FROM && INTEREST.test(text) && OTHER_ROLES.test(text)) {
        return i;
      }
    }
  }
  return lines.length;
}
