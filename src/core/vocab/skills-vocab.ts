/**
 * The skills vocabulary: JSON data files (one per domain) read into typed entries and compiled,
 * lazily at first use, into one phrase lexicon. The data format, per file:
 *
 *   { "<category>": [ "Name" | ["Name", "alias", ...] | { "name", "aliases"?, "ambiguous"?,
 *     "standalone"? } ] }
 *
 * An ambiguous surface form ("Go", "R", "Excel") is matched only under its rules (see
 * `AmbiguousForm`). A `standalone` entry (soft skills) counts only as an item of its own in a
 * list ("Skills: teamwork, communication"), never inside prose ("strong communication skills").
 */
import { SKILL_CATEGORIES } from '../model/posting';
import type { SkillCategory } from '../model/posting';
import { addPhrase, createLexicon } from './lexicon';
import type { Lexicon } from './lexicon';
import { WORDS } from './tokenize';
import cuesData from './skill-cues.json';
import businessData from './skills-business.json';
import cloudData from './skills-cloud.json';
import dataMlData from './skills-data-ml.json';
import designData from './skills-design.json';
import educationData from './skills-education.json';
import healthcareData from './skills-healthcare.json';
import softData from './skills-soft.json';
import softwareData from './skills-software.json';
import tradesData from './skills-trades.json';

/** Rules for a surface form that is a skill only in context. All given rules must pass. */
export interface AmbiguousForm {
  form: string;
  /** The text must match `form` letter for letter ("Go", not "go"). */
  caseSensitive: boolean;
  /** Needs a plain (unambiguous) skill nearby, or one of `cues` / the tech cues, in the sentence. */
  context: boolean;
  /** Word ids (see `WORDS`), like every word set below. */
  cues: ReadonlySet<number>;
  /** Words that may not follow / precede the form (lowercase tokens). */
  notBefore: ReadonlySet<number>;
  notAfter: ReadonlySet<number>;
  /** The next token may not be a word, except a conjunction or one of `allowNext`. */
  isolated: boolean;
  allowNext: ReadonlySet<number>;
  /** Not right after a capitalised word ("John R. Smith", "Johnny Ray"). */
  notAfterName: boolean;
  /** None of these words may be in the sentence ("AWS" next to "bonus" is a wage supplement). */
  notNear: ReadonlySet<number>;
  /** No number right before or after: "PHP 22,000" is an amount in Philippine pesos. */
  notNextToNumber: boolean;
}

export interface SkillEntry {
  name: string;
  category: SkillCategory;
  aliases: string[];
  ambiguous: AmbiguousForm[];
  standalone: boolean;
  /** The data file it came from, for messages. */
  source: string;
}

export type SkillPayload =
  | { kind: 'skill'; entry: SkillEntry; form: AmbiguousForm | null }
  | { kind: 'cue'; cue: 'preferred' };

/**
 * "AWS (S3, Glue, Lambda)": the items of a list in brackets after a vendor name are that
 * vendor's products ("AWS Glue"); after a product kind ("WMS (Manhattan)") they are its brands
 * ("Manhattan WMS"). Each item is looked up with the name before / after it.
 */
export interface ListNames {
  /** Lowercased vendor and product-kind forms ("aws", "azure", "wms"). */
  prefixes: ReadonlySet<string>;
  suffixes: ReadonlySet<string>;
  /** The word ids of their last words: most brackets follow none, and a number rejects them. */
  lastWords: ReadonlySet<number>;
  /** Every lowercased name and alias of a skill, to look the joined names up. */
  byName: ReadonlyMap<string, SkillEntry>;
}

/** "<Name> is a ...", "We are a ...": the words of a sentence that describes the company. */
export interface CompanyIntroWords {
  /** Subject pronouns that may open it ("we", "wir", "nous"). */
  subjects: ReadonlySet<number>;
  /** The verb after the subject ("is", "are", "'re", "ist", "est", "es"). */
  verbs: ReadonlySet<number>;
  /** The article right after the verb ("a", "an", "ein", "une", "una"). */
  articles: ReadonlySet<number>;
  /** Words that end the description part ("looking", "hiring", "sucht"). */
  stops: ReadonlySet<number>;
  /** Capitalised words that open other sentences ("This is a...", "Experience is a..."). */
  notSubjects: ReadonlySet<number>;
}

/** "Bachelor's degree in Physical Therapy": the words that open a list of fields of study. */
export interface FieldOfStudyWords {
  /** Degree words ("degree", "Studium", "grado"); see `leadsBeforeOf` for "bachelor" / "master". */
  leads: ReadonlySet<number>;
  /** Leads only when one of `of` follows ("Master of", "Bachelor's"), not "Scrum Master". */
  leadsBeforeOf: ReadonlySet<number>;
  of: ReadonlySet<number>;
  /** Words between the lead and a skill that end the fields ("with", "license", "years"). */
  stops: ReadonlySet<number>;
}

export interface SkillsVocabulary {
  entries: SkillEntry[];
  lexicon: Lexicon<SkillPayload>;
  /** Words that make an ambiguous language or framework name plausible ("framework", "stack"). */
  techCues: ReadonlySet<number>;
  /** Conjunctions that may sit between list items (and, or, und, et, y...), as word ids. */
  conjunctions: ReadonlySet<number>;
  /** Words in an 'about' heading that mean it is about the role, not the company. */
  roleHeadingWords: ReadonlySet<string>;
  /** Names that a parenthesised list of their products follows (see `ListNames`). */
  listNames: ListNames;
  /** Words of a company's self-description ("Acme is a physiotherapy clinic"). */
  companyIntro: CompanyIntroWords;
  /** Words that open the fields of study of a degree. */
  fieldOfStudy: FieldOfStudyWords;
  /** Data problems found while loading (empty when the data is sound; checked by a test). */
  problems: string[];
}

const SOURCES: Record<string, unknown> = {
  'skills-software.json': softwareData,
  'skills-data-ml.json': dataMlData,
  'skills-cloud.json': cloudData,
  'skills-business.json': businessData,
  'skills-healthcare.json': healthcareData,
  'skills-education.json': educationData,
  'skills-trades.json': tradesData,
  'skills-design.json': designData,
  'skills-soft.json': softData,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCategory(value: string): value is SkillCategory {
  return (SKILL_CATEGORIES as readonly string[]).includes(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function lowerSet(value: unknown): Set<string> {
  return new Set(stringList(value).map((v) => v.toLowerCase()));
}

/** Lowercased words as ids in the shared word table, so tokens compare by number. */
function lowerIds(value: unknown): Set<number> {
  return new Set(stringList(value).map((v) => WORDS.intern(v.toLowerCase())));
}

function readForm(raw: unknown): AmbiguousForm | null {
  if (!isRecord(raw) || typeof raw.form !== 'string') return null;
  return {
    form: raw.form,
    caseSensitive: raw.caseSensitive === true,
    context: raw.context === true,
    cues: lowerIds(raw.cues),
    notBefore: lowerIds(raw.notBefore),
    notAfter: lowerIds(raw.notAfter),
    isolated: raw.isolated === true,
    allowNext: lowerIds(raw.allowNext),
    notAfterName: raw.notAfterName === true,
    notNear: lowerIds(raw.notNear),
    notNextToNumber: raw.notNextToNumber === true,
  };
}

function readEntry(
  raw: unknown,
  category: SkillCategory,
  source: string,
  problems: string[],
): SkillEntry | null {
  if (typeof raw === 'string') {
    return { name: raw, category, aliases: [], ambiguous: [], standalone: false, source };
  }
  if (Array.isArray(raw)) {
    const [name, ...aliases] = stringList(raw);
    if (name === undefined || aliases.length !== raw.length - 1) {
      problems.push(`${source}: bad entry ${JSON.stringify(raw)}`);
      return null;
    }
    return { name, category, aliases, ambiguous: [], standalone: false, source };
  }
  if (isRecord(raw) && typeof raw.name === 'string') {
    const ambiguous: AmbiguousForm[] = [];
    for (const f of Array.isArray(raw.ambiguous) ? raw.ambiguous : []) {
      const form = readForm(f);
      if (form === null) problems.push(`${source}: bad ambiguous form in ${raw.name}`);
      else ambiguous.push(form);
    }
    return {
      name: raw.name,
      category,
      aliases: stringList(raw.aliases),
      ambiguous,
      standalone: raw.standalone === true,
      source,
    };
  }
  problems.push(`${source}: bad entry ${JSON.stringify(raw)}`);
  return null;
}

/** Reads every data file into entries; problems are collected, never thrown. */
export function readSkillEntries(problems: string[]): SkillEntry[] {
  const entries: SkillEntry[] = [];
  for (const [source, data] of Object.entries(SOURCES)) {
    if (!isRecord(data)) {
      problems.push(`${source}: not an object`);
      continue;
    }
    for (const [category, list] of Object.entries(data)) {
      if (!isCategory(category) || !Array.isArray(list)) {
        problems.push(`${source}: unknown category "${category}"`);
        continue;
      }
      for (const raw of list) {
        const entry = readEntry(raw, category, source, problems);
        if (entry !== null) entries.push(entry);
      }
    }
  }
  return entries;
}

/** Accent-free and apostrophe-free spellings are added for every form ("equipe", "drivers"). */
function variantsOf(form: string): string[] {
  const variants = [form];
  const plain = form.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain !== form) variants.push(plain);
  for (const v of [...variants]) {
    const noApostrophe = v.replace(/['’]/g, '');
    if (noApostrophe !== v) variants.push(noApostrophe);
  }
  return variants;
}

function readListNames(cues: Record<string, unknown>, entries: SkillEntry[]): ListNames {
  const byName = new Map<string, SkillEntry>();
  for (const entry of entries) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = alias.toLowerCase();
      if (!byName.has(key)) byName.set(key, entry);
    }
  }
  const prefixes = lowerSet(cues.listVendors);
  const suffixes = lowerSet(cues.listProductKinds);
  const lastWords = new Set<number>();
  for (const name of [...prefixes, ...suffixes]) {
    lastWords.add(WORDS.intern(name.slice(name.lastIndexOf(' ') + 1)));
  }
  return { prefixes, suffixes, lastWords, byName };
}

function readCompanyIntro(raw: unknown): CompanyIntroWords {
  const data = isRecord(raw) ? raw : {};
  return {
    subjects: lowerIds(data.subjects),
    verbs: lowerIds(data.verbs),
    articles: lowerIds(data.articles),
    stops: lowerIds(data.stops),
    notSubjects: lowerIds(data.notSubjects),
  };
}

function readFieldOfStudy(raw: unknown): FieldOfStudyWords {
  const data = isRecord(raw) ? raw : {};
  return {
    leads: lowerIds(data.leads),
    leadsBeforeOf: lowerIds(data.leadsBeforeOf),
    of: lowerIds(data.of),
    stops: lowerIds(data.stops),
  };
}

function buildVocabulary(): SkillsVocabulary {
  const problems: string[] = [];
  const entries = readSkillEntries(problems);
  const lexicon = createLexicon<SkillPayload>();
  const add = (phrase: string, payload: SkillPayload, owner: string): void => {
    const existing = addPhrase(lexicon, phrase, payload);
    if (existing === undefined) return;
    const other = existing.kind === 'skill' ? existing.entry.name : 'a cue';
    if (other !== owner) problems.push(`"${phrase}" maps to both ${other} and ${owner}`);
  };
  const cues: Record<string, unknown> = isRecord(cuesData) ? cuesData : {};
  for (const cue of stringList(cues.preferred)) {
    for (const v of variantsOf(cue)) add(v, { kind: 'cue', cue: 'preferred' }, 'a cue');
  }
  const names = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) problems.push(`duplicate canonical name ${entry.name}`);
    names.add(entry.name);
    const ambiguousKeys = new Set(entry.ambiguous.map((f) => f.form.toLowerCase()));
    for (const form of entry.ambiguous) {
      for (const v of variantsOf(form.form)) add(v, { kind: 'skill', entry, form }, entry.name);
    }
    for (const alias of [entry.name, ...entry.aliases]) {
      if (ambiguousKeys.has(alias.toLowerCase())) continue;
      for (const v of variantsOf(alias)) add(v, { kind: 'skill', entry, form: null }, entry.name);
    }
  }
  return {
    entries,
    lexicon,
    techCues: lowerIds(cues.tech),
    conjunctions: lowerIds(cues.conjunctions),
    roleHeadingWords: lowerSet(cues.roleHeadingWords),
    listNames: readListNames(cues, entries),
    companyIntro: readCompanyIntro(cues.companyIntro),
    fieldOfStudy: readFieldOfStudy(cues.fieldOfStudy),
    problems,
  };
}

let vocabulary: SkillsVocabulary | null = null;

/** The compiled vocabulary, built on first use (a few milliseconds) and kept. */
export function getSkillsVocabulary(): SkillsVocabulary {
  vocabulary ??= buildVocabulary();
  return vocabulary;
}
