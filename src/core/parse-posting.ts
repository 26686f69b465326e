/**
 * The pipeline: SourceDocument -> ParseResult. Pure and synchronous (well under a millisecond
 * for a typical posting); the async entry only waits for the readers. Errors are data: nothing
 * here throws to the caller.
 */
import { nativeScriptCountry } from './extract/native-script-country';
import { cleanDocument } from './clean/clean-text';
import type { ReaderEngines, SourceDocument, SourceInput } from './model/document';
import type { ParsedPosting, ParseResult } from './model/posting';
import { readSource } from './read/index';
import { readText } from './read/text';
import { splitSections } from './sections/split-sections';
import { buildContext, withWesternDigits } from './extract/context';
import { countryNamed, guessCountry, kroneOfText, withSuperannuation } from './extract/country';
import { extractTitle, withoutCompanyTail } from './extract/title';
import { extractCompany } from './extract/company';
import { extractLocations } from './extract/location';
import { extractWorkMode } from './extract/work-mode';
import { extractEmploymentType } from './extract/employment-type';
import { extractSeniority } from './extract/seniority';
import { extractSalary } from './extract/salary';
import { extractExperience } from './extract/experience';
import { extractDegrees } from './extract/degrees';
import { extractResponsibilities, extractRequirements } from './extract/list-items';
import { extractPostedDate } from './extract/posted-date';
import { extractBonus, extractEquity } from './extract/pay-flags';
import { mergeStructured } from './extract/structured';
import { extractSkills } from './extract/skills';
import { extractBenefits } from './extract/benefits';
import { PARSER_VERSION } from './version';

/** Parses one read document. Output spans point into `result.text` (the cleaned text). */
export function parseDocument(doc: SourceDocument): ParseResult {
  try {
    // 1. Join the reader's blocks into lines and clean the noise away.
    const cleaned = cleanDocument(doc);
    // 2. Split into sections by headings.
    const sections = splitSections(cleaned.text, cleaned.lines);
    const ctx = buildContext(cleaned.text, cleaned.lines, sections);
    // 3. Extract each field from the text.
    const headline = extractTitle(ctx);
    // Boards print title, company, place in that order: each helps find the next.
    const company = extractCompany(ctx, headline);
    const title = withoutCompanyTail(headline, company);
    const locations = extractLocations(ctx, company);
    const places = locations.map((l) => l.value).join('; ');
    const country = withSuperannuation(
      guessCountry(places) ??
        nativeScriptCountry(places) ??
        (doc.structured?.country ? countryNamed(doc.structured.country) : null) ??
        guessCountry(ctx.text) ??
        nativeScriptCountry(ctx.text),
      ctx.text,
      places,
    );
    // Pay and years are read with Eastern Arabic digits written as 0-9 (same offsets).
    const figures = withWesternDigits(ctx);
    const experience = extractExperience(figures);
    const fromText: ParsedPosting = {
      title,
      company,
      locations,
      workMode: extractWorkMode(ctx),
      employmentType: extractEmploymentType(ctx),
      seniority: extractSeniority(ctx, title),
      salary: extractSalary(figures, {
        country,
        krone: () => kroneOfText(ctx.text),
        title: title?.value ?? null,
      }),
      yearsExperienceMin: experience.min,
      requirementPaths: experience.paths,
      degrees: extractDegrees(ctx),
      skills: extractSkills(ctx.text, sections),
      benefits: extractBenefits(ctx.text, sections),
      // After skills: bonus and equity reuse the tokens skills made of this text (they fall back
      // to a plain scan when there are none, so the order is for speed, not correctness).
      bonus: extractBonus(ctx),
      equity: extractEquity(ctx),
      responsibilities: extractResponsibilities(ctx),
      requirements: extractRequirements(ctx),
      postedDate: extractPostedDate(ctx),
    };
    // 4. Cross-check with the JSON-LD the source carried, if any.
    const warnings = [...doc.warnings, ...cleaned.warnings];
    const posting = doc.structured
      ? mergeStructured(fromText, doc.structured, warnings, ctx.text)
      : fromText;
    // 5. The result: cleaned text plus the posting whose spans point into it.
    return {
      ok: true,
      format: doc.format,
      text: cleaned.text,
      posting,
      warnings,
      parserVersion: PARSER_VERSION,
    };
  } catch (error) {
    return {
      ok: false,
      error: `parse failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Parses pasted text (plain text; Markdown headings are read when `markdown` is true). */
export function parsePostingText(text: string, markdown = false): ParseResult {
  return parseDocument(readText(text, markdown ? 'markdown' : 'text'));
}

/**
 * Reads a file of any supported format and parses every posting it holds (a JSON file may hold
 * several). A read error becomes one `{ ok: false, error }`.
 */
export async function parsePostingFile(
  input: SourceInput,
  engines: ReaderEngines,
): Promise<ParseResult[]> {
  try {
    const read = await readSource(input, engines);
    if (!read.ok) return [{ ok: false, error: read.error }];
    if (read.documents.length === 0) return [{ ok: false, error: 'no posting found in the file' }];
    return read.documents.map(parseDocument);
  } catch (error) {
    return [
      {
        ok: false,
        error: `read failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
}
