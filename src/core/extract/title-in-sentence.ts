// The job named only in a message's sentence, the last way to find a title: "We need a picking
// team supervisor for this season", "Looking for a Vehicle Technician, full time", "we're hiring
// line cooks for the spring", "buscamos ayudante de cocina para …". Chats with small employers
// write it in lower case and nowhere else.

import type { Line } from '../clean/lines';

// The call and its article, a pictogram between ("Hiring 📢 Deputy Store Manager"); an opening
// named ("Got a spot for a 2nd or 3rd yr apprentice plumber", "Urgent opening for Java Full Stack
// Developer @ Infopark Kochi"); a staffing app's job alert. Not a seeker's "looking for a job" (no
// title word follows) and not "are you still looking for a groomer spot?" (YOU_BEFORE).
const HIRE_CALL =
  /(?<![\p{L}])(?:needs?|needing|looking (?:for|to hire)|(?:got|have|has) (?:a|an) (?:\w+ )?(?:spot|opening|vacancy) for|(?:opening|vacancy|requirement) for|(?:new )?job (?:match|alert)(?:es)?:?|(?:we['’]re|we are|i['’]m|i am|still) after|hiring(?: for)?|seeking|searching for|recruiting(?: for)?|buscamos|buscando|busco|necesitamos|necesito|ocupamos|cherchons|recherchons|(?:on|je) (?:re)?cherche|suchen|sucht|cercasi|cerchiamo|ricerchiamo|si cerca|cerca|se busca|se buscan|se necesitan?|se requieren?|se solicitan?|precisa-se|procuramos|procura-se|contratamos|zoeken|zoekt|söker|søker)\s+(?:[\p{Extended_Pictographic}\u{FE0F}]+\s+)?((?:a new|an?|one|another|two|three|\d{1,3}|some|more|un|une|un[·.]e|un\(e\)|una|uno|unos|unas|um|uma|einen|eine|ein|neue)\s+)?/giu;
// A staffing app's text: "New job match 🔔 Reach Truck Operator @ Tri-County Distribution".
const JOB_ALERT = /^job (?:match|alert)|^new job/i;
// Calls that carry their subject ("Buscamos camarero", "Cerchiamo cameriere") or need none
// ("CERCASI PIZZAIOLO", "Se busca camarero", "Precisa-se garçom"): a line may start with them.
const SUBJECT_IN_CALL =
  /^(?:buscamos|busco|necesitamos|necesito|ocupamos|cherchons|recherchons|cercasi|cerchiamo|ricerchiamo|si cerca|se busca|se buscan|se necesitan?|se requieren?|se solicitan?|precisa-se|procura-se|procuramos|contratamos)\s/i;
const SUBJECT_BEFORE =
  /(?:^|[.!?:,]|\b(?:we|i|they|team|who|is|are|am|still|now|currently|also|urgently|urgent|immediate)|['’]re|['’]m|estamos|estoy|ando|andamos|on)\s+$/i;
// Words before the job's name that are not part of it: "an experienced Team Leader", "a
// reliable Pick Packer", "a contract Gameplay Programmer". ("a qualified electrician" keeps it.)
const NOT_OF_NAME =
  /^(?:(?:the )?(?:role|position|post) of\s+|\d(?:st|nd|rd|th)(?: or \d(?:st|nd|rd|th))?[- ](?:yr|year)\s+|(?:new|young|energetic|experienced|passionate|motivated|reliable|friendly|talented|skilled|dedicated|enthusiastic|hard-?working|hands-on|great|good|strong|keen|full[- ]time|part[- ]time|contract|freelance|casual|temporary|temp|permanent)(?:,|\s+and)?\s+)+/i;
// The days or times the job is worked, after its name: "a dental assistant Tues/Thurs".
const WHEN_AFTER_NAME =
  /(?:\s+(?:(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)(?:day)?s?|weekends?|nights?|evenings?|mornings?)(?:\s?[/&-]\s?(?:(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)(?:day)?s?|weekends?|nights?|evenings?|mornings?))*)+$/i;
const SHOUTED_NAME = /^\p{Lu}{3,}[\p{Lu}/()-]*(?:\s|$)/u;
const YOU_BEFORE = /\byou(?:['’]re| are)?(?: still)?\s*$/i;
// Where the name of the job ends: a stop, or a word that starts what the job is for.
const NAME_END =
  /[,.;:!?()\n@]|\s(?:as|als|como|comme|for|to|who|that|which|with|on|in|at|from|start(?:ing)?|asap|now|this|next|please|pls|para|pour|für|con|avec|que|qui|y|et|und|mit|bei|en|à|au|dans|ab|sur|ya|dès|zum|zur|ab|per|presso|em)(?![\p{L}])/iu;
const WORD = /^[\p{L}'’/&·-]+$/u;
const ADDRESSEE = /^(?:sie|ihr|du|you|vous|tu|usted|ustedes)$/i;
const ROMANCE_JOINER = /^(?:de|del|di|da|do|della|dos|das|d['’]\p{L}+)$/iu;
const SMALL_WORD = /^(?:of|and|de|del|des|du|la|le|d['’]|y|et|und)$/i;
const MAX_WORDS = 5;
const AFTER_ROMANCE_NAME =
  /^(?:espert[oaie]|qualificat[oaie]|motivat[oaie]|seri[oa]|capace|experiente|qualificad[oa]|experimentad[oa]|cualificad[oa]|intern[oa]|extern[oa])$/i;
// A licence class or a grade after the job's name: "CONDUCTOR CLASE A5", "Driver Class 1".
const GRADE_AFTER_NAME =
  /\s(?:clase|class|grade|grado|categoría|categoria|nivel|level|band)\s[A-Z\d][A-Z\d+]{0,2}$/i;
// A chat's pictograms between the subject and the call: "Hola a todas! 😊 Buscamos …".
const PICTOGRAMS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+/gu;

/**
 * The title a hiring sentence names in the first lines, or null. `titleWord` matches a word of
 * a job title ("supervisor", "cook", "ayudante"); the name must end on one ("picking team
 * supervisor") or, in French and Spanish, start on one ("ayudante de cocina"). A plural after
 * the call names one job ("line cooks" is a Line Cook); a lower-case name is given capitals.
 */
export function titleInHiringSentence(lines: Line[], titleWord: RegExp): NamedTitle | null {
  // "CAMERIERE/A", "Koch/Köchin": a name in both genders.
  const isTitleWord = (w: string) =>
    whole(titleWord).test(w) || (w.includes('/') && whole(titleWord).test(w.split('/')[0] ?? ''));
  return firstMatch(lines, HIRE_CALL, (m, text, lineStart) => {
    const before = text.slice(Math.max(0, m.index - 20), m.index).replace(PICTOGRAMS, '');
    if (YOU_BEFORE.test(before)) return null;
    // Without an article only after a subject: "we're hiring line cooks", not "the hiring
    // manager" or "(Recruiting Partner".
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    // "… Rimini Marina Centro cerca CAMERIERE/A DI SALA": a job's name shouted in capitals.
    const shouted = SHOUTED_NAME.test(rest);
    if (m[1] === undefined && !SUBJECT_BEFORE.test(before) && !JOB_ALERT.test(m[0]) && !shouted) {
      if (before.trim() !== '' || !SUBJECT_IN_CALL.test(m[0])) return null;
    }
    const stop = rest.search(NAME_END);
    const named = (stop < 0 ? rest : rest.slice(0, stop))
      .replace(/[*_]+/g, ' ')
      .trim()
      .replace(NOT_OF_NAME, '')
      .replace(WHEN_AFTER_NAME, '');
    const grade = GRADE_AFTER_NAME.exec(named)?.[0] ?? '';
    const name = named.slice(0, named.length - grade.length);
    const words = name.split(/\s+/);
    if (name === '' || words.length > MAX_WORDS || !words.every((w) => WORD.test(w))) return null;
    // A question to the other side: "Suchen Sie noch eine Verkäuferin?".
    if (ADDRESSEE.test(words[0] ?? '')) return null;
    // "PIZZAIOLO ESPERTO", "cocinero cualificado": Romance adjectives follow the job's name.
    const head = words.length > 1 && AFTER_ROMANCE_NAME.test(words[words.length - 1] ?? '') ? 2 : 1;
    const last = words[words.length - head] ?? '';
    const singular = /[^s]s$/i.test(last) ? last.slice(0, -1) : '';
    const headLast = isTitleWord(last) || (singular !== '' && isTitleWord(singular));
    const headFirst =
      words.length >= 3 && isTitleWord(words[0] ?? '') && ROMANCE_JOINER.test(words[1] ?? '');
    if (!headLast && !headFirst && !(words.length === 1 && isTitleWord(words[0] ?? ''))) {
      return null;
    }
    if (headLast && !isTitleWord(last)) words[words.length - head] = singular;
    const value = capitalised(words.join(' ')) + grade;
    const start = lineStart + from + rest.indexOf(words[0] ?? '');
    return { value, start, end: start + value.length };
  });
}

export interface NamedTitle {
  value: string;
  start: number;
  end: number;
}

/** The first title `pick` accepts among the matches of the global regex `re`, line by line. */
function firstMatch(
  lines: Line[],
  re: RegExp,
  pick: (m: RegExpExecArray, text: string, lineStart: number) => NamedTitle | null,
): NamedTitle | null {
  for (const line of lines) {
    re.lastIndex = 0;
    for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
      const found = pick(m, line.text, line.start);
      if (found) return found;
    }
  }
  return null;
}

const wholeCache = new WeakMap<RegExp, RegExp>();
function whole(re: RegExp): RegExp {
  let w = wholeCache.get(re);
  if (!w) {
    w = new RegExp(`^(?:${re.source})$`, re.flags.replace('g', ''));
    wholeCache.set(re, w);
  }
  return w;
}

/** A lower-case name given capitals ("picking team supervisor" -> "Picking Team Supervisor"). */
export function capitalised(name: string): string {
  if (/\p{Lu}/u.test(name)) return name;
  return name
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORD.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

// A chat names the job it is about: "your resume off Seek for the landscape labourer job", "your
// application from Indeed for the Crew Lead spot", "applying online for our part-time Sales
// Associate position", "still keen on the barista job?"; or the places it has: "We've got
// packhouse grader spots at Rangiuru", "We have Grade C Security Officer posts at a site".
const JOB_MENTION =
  /\b(?:(?:for|about|re:?|regarding|keen on|interested in) (?:the|your|our|this|that)|(?:we(?:['’]ve| have)? got|we have|there are)(?: \d{1,3}| some| a few| several| two| three)?) ((?:(?!(?:the|your|our|this|that|about|for|an?|message|application|resume|cv|open|new|more|other|any)\b)[\p{L}'’/&-]+ ){0,4}?[\p{L}'’/&-]+) (?:role|position|job|spot|opening|vacancy|gig|(?<=(?:got|have|are) [^.!?]{1,60})(?:spots|posts|positions|openings|vacancies)(?= (?:at|in|for|available|open|going)\b))\b/giu;
// A job that is gone: "we already hired for the driver position", "… role. We've filled it".
const JOB_GONE_BEFORE = /\b(?:already|just) (?:hired|filled)\b[^.!?]{0,20}$/i;
const JOB_GONE_AFTER =
  /^[^.!?]{0,40}[.!?]?\s?(?:we['’]ve|we have|it['’]s|it has been|has been|was) (?:already )?(?:filled|taken|gone)\b/i;

/**
 * The title a message names when it says which job it is about, or null: the name must end on
 * a word of a job title ("labourer", "lead", "associate"); adjectives before it are left out.
 */
export function titleOfJobMention(lines: Line[], titleWord: RegExp): NamedTitle | null {
  const isTitleWord = (w: string) => whole(titleWord).test(w);
  return firstMatch(lines, JOB_MENTION, (m, text, lineStart) => {
    const raw = m[1] ?? '';
    if (JOB_GONE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
    if (JOB_GONE_AFTER.test(text.slice(m.index + m[0].length))) return null;
    const name = raw.replace(NOT_OF_NAME, '');
    const words = name.split(' ');
    const last = words[words.length - 1] ?? '';
    if (name === '' || !isTitleWord(last)) return null;
    const value = capitalised(name);
    const start = lineStart + m.index + m[0].indexOf(raw) + (raw.length - name.length);
    return { value, start, end: start + value.length };
  });
}

// A public body's call for applications names the post it fills, often first in capitals:
// "PROVISIÓN … DE UNA PLAZA DE TÉCNICO/A DE ADMINISTRACIÓN GENERAL, SUBGRUPO A1", then "una
// plaza de Técnico/a de Administración General, vacante en la plantilla"; Italy's "concorso …
// per la copertura di n. 1 posto di Istruttore Amministrativo – categoria C".
const POST_OF_NOTICE =
  /(?<![\p{L}])(?:(?:una|dos|tres|cuatro|cinco|\d{1,3}) plazas? de|(?:n\.\s?\d{1,3}|un|uno|\d{1,3}) post[oi] (?:a tempo (?:pieno|parziale)(?: e (?:in)?determinato)? )?di) ([\p{L}][\p{L}/().'’-]*(?: [\p{L}][\p{L}/().'’-]*){0,7}?)(?=[,.;:–—]| - | \(| (?:vacantes?|mediante|por|para|del? (?:grupo|subgrupo|escala|personal|la (?:escala|plantilla|subescala))|en (?:r[ée]gimen|la plantilla|el ayuntamiento)|categoria|cat\.|area|profilo|a tempo)(?![\p{L}])|$)/giu;

/**
 * The post a public call for applications fills ("una plaza de Técnico/a de Administración
 * General"), or null. The name must start on a word of a job title; a name written in capitals
 * is taken only when the notice never writes it otherwise.
 */
export function titleOfPublicNotice(lines: Line[], titleWord: RegExp): NamedTitle | null {
  const isTitleWord = (w: string) =>
    whole(titleWord).test(w) || (w.includes('/') && whole(titleWord).test(w.split('/')[0] ?? ''));
  let shouted: NamedTitle | null = null;
  const found = firstMatch(lines, POST_OF_NOTICE, (m, _text, lineStart) => {
    const name = m[1] ?? '';
    if (!isTitleWord(name.split(' ')[0] ?? '')) return null;
    const start = lineStart + m.index + m[0].length - name.length;
    const title = { value: name, start, end: start + name.length };
    if (!/\p{Ll}/u.test(name)) {
      shouted ??= title;
      return null;
    }
    return title;
  });
  return found ?? shouted;
}
