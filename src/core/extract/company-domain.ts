/**
 * The employer named by its own web or mail domain: a recruiter writes from
 * "dana.whitfield@ledgerlane.io" and says "I'm the talent partner at Ledgerlane"; a post links
 * "pennythistle.co.uk/careers" and names "Penny & Thistle". A capitalised phrase of the text
 * whose letters spell the domain's name is the organisation, whatever else the text mentions.
 * Mail providers, job boards and applicant-tracking hosts name no employer and are skipped.
 */
import type { Evidenced } from '../model/posting';
import { evidence } from './context';
import { isJobBoard } from './header-chrome';
import { hasLegalForm, stripLegalForm } from './legal-form';

// Hosts that carry no employer's name: mail, social networks, boards' and ATS vendors' hosts,
// link shorteners and meeting tools.
const NOT_EMPLOYER_HOST = new Set(
  `gmail googlemail outlook hotmail live msn yahoo ymail icloud me mac aol gmx web proton protonmail
  mail email zoho yandex orange free wanadoo laposte sfr t-online freenet libero
  linkedin lnkd indeed glassdoor google facebook fb instagram twitter x youtube tiktok wa whatsapp
  telegram t bit tinyurl forms calendly cal zoom teams microsoft apple office
  workday myworkdayjobs greenhouse boards lever jobs smartrecruiters ashbyhq bamboohr recruitee
  personio teamtailor workable jobvite icims taleo successfactors breezy jazzhr applytojob
  seek reed totaljobs stepstone xing infojobs welcometothejungle naukri jobstreet monster
  ziprecruiter careerbuilder jooble adzuna simplyhired dice hays randstad adecco`.split(/\s+/),
);

// A host: letters, digits and hyphens in dot-separated labels, ending in a known top level.
const HOST =
  /(?:^|[\s(<@/])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]{1,40}\.){1,4}[a-z]{2,6})(?=[/\s>),;:]|\.?$)/gm;
const TOP_LEVEL = new Set(
  `com org net io ai co dev app jobs edu gov info biz
  studio agency tech design digital works team consulting solutions partners media systems software
  cloud health care law legal energy finance capital eu global
  uk de fr es ie au nz ca in sg za ch at be nl it mx br ar cl pe pl se dk no fi pt jp hk my ph ae us lu cz`.split(
    /\s+/,
  ),
);
// Second-level labels under a country ("co.uk", "com.au", "org.nz").
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'gob', 'gouv']);

// Most texts have no host at all: a look for the characters every one needs comes first.
function mayHaveHost(text: string): boolean {
  return (
    text.includes('@') ||
    text.includes('www.') ||
    text.includes('://') ||
    /[a-z]\.[a-z]{2,6}\//.test(text)
  );
}

/** The employer-looking names of the text's hosts ("ledgerlane.io" -> "ledgerlane"). */
function hostNames(text: string): Set<string> {
  const names = new Set<string>();
  HOST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOST.exec(text)) !== null) {
    const parts = (m[1] ?? '').split('.');
    if (!TOP_LEVEL.has(parts[parts.length - 1] ?? '')) continue;
    parts.pop();
    if (parts.length > 1 && SECOND_LEVEL.has(parts[parts.length - 1] ?? '')) parts.pop();
    const name = (parts[parts.length - 1] ?? '').replace(/-/g, '');
    if (name.length >= 3 && !NOT_EMPLOYER_HOST.has(name) && !isJobBoard(name)) names.add(name);
  }
  return names;
}

const FOR_A_CLIENT =
  /\b(?:my|our|a|the) client\b|\bone of our (?:[\w-]+ ){0,3}clients\b|\bon behalf of\b(?![^.\n]{0,60}\b(?:delighted|pleased|happy|excited|thrilled) to offer you)|\b(?:partnering|partnered) (?:exclusively |closely )?with\b|\bworking (?:exclusively |closely )with\b|\b(?:i|we)(?:['’]m|['’]re| am| are)(?: (?:currently|also|now|exclusively|closely))? working with\b|\b(?:i|we)(?:['’]ve| have) been working with\b|\bthey(?:'|’| a)re (?:looking|hiring|seeking)\b|\brecruit(?:ment|ing) (?:agency|firm|partner)\b|\bstaffing (?:agency|firm)\b|\b(?:unser(?:em|en)? kunden?|notre client|nuestro cliente)\b/i;

// A capitalised phrase of up to five words ("Penny & Thistle", "Kestrel Haulage Ltd").
const PHRASE =
  /(?<![\p{L}\d@./-])\p{Lu}[\p{L}\d'’-]*(?:[ \t](?:&|and|of|the|\p{Lu}[\p{L}\d'’.-]*)){0,4}/gu;

// A sentence's full stop or a quote after the name is no part of it; a legal form's dot is.
function withoutEndPunctuation(phrase: string): string {
  const bare = phrase.replace(/['’-]+$/, '');
  return bare.endsWith('.') && !hasLegalForm(bare) ? bare.replace(/\.+$/, '') : bare;
}

// "Sillon Numérique" spells "sillon-numerique.fr": accents are dropped as a domain drops them.
function compact(phrase: string): string {
  return stripLegalForm(phrase)
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z\d]/g, '');
}

// A group's word before the name its domain spells.
const GROUP_WORD = /^(?:Grupo|Group|Groupe|Gruppe|Holding|Fundación|Fondation|Stiftung)$/;

// A town's administration is named by the town's domain: "Stadt Altenwerth" at "altenwerth.de".
const PUBLIC_LEAD =
  /^(?:Stadt|Gemeinde|Markt|Landkreis|Kreis|Stadtverwaltung|City of|Town of|County of|Village of|Borough of|Ville de|Mairie de|Commune de|Ayuntamiento de|Municipalidad de|Municipio de)\s/;

/**
 * The first phrase that spells one of the text's hosts, or null. `isOrganisation` tells when
 * words after the spelled part still belong to the name ("BrightPath Talent Solutions" at
 * "brightpathtalent.com").
 */
export function nameOfOwnDomain(
  text: string,
  isOrganisation: (name: string) => boolean,
): Evidenced<string> | null {
  // An agency's recruiter writes from the agency's domain about a client it may not name ("my
  // client", "I'm partnering with ...", "what they're looking for").
  if (!mayHaveHost(text) || FOR_A_CLIENT.test(text)) return null;
  const names = hostNames(text);
  if (names.size === 0) return null;
  PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHRASE.exec(text)) !== null) {
    const whole = withoutEndPunctuation(m[0]);
    const lead = PUBLIC_LEAD.exec(whole);
    if (lead && names.has(compact(whole.slice(lead[0].length)))) {
      return evidence(whole, m.index, m.index + whole.length);
    }
    // "Penny & Thistle Ltd is ...": the longest run of the phrase's words that spells a host;
    // "Grupo Almazara Digital" for "almazaradigital.es": a run after a first word too.
    const words = m[0].split(/[ \t]/);
    const lastFirst = GROUP_WORD.test(words[0] ?? '') ? 1 : 0;
    for (let first = 0; first <= lastFirst; first++) {
      for (let n = words.length; n > first; n--) {
        const phrase = withoutEndPunctuation(words.slice(first, n).join(' '));
        if (phrase.length < 3 || !names.has(compact(phrase))) continue;
        // "Borealis Oilsands Services Ltd." for "borealisoilsands.ca": the whole name.
        const longer =
          whole.length > phrase.length && (hasLegalForm(whole) || isOrganisation(whole));
        const name = longer || first > 0 ? whole : phrase;
        return evidence(name, m.index, m.index + name.length);
      }
    }
  }
  return null;
}
