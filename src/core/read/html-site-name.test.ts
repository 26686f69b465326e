import { describe, expect, it } from 'vitest';
import { readHtml } from './html';

const page = (head: string): string =>
  `<html><head>${head}</head><body><h1>HVAC Technician</h1><p>Fix things.</p></body></html>`;

describe('the site name of a saved page', () => {
  it('is the last part of "<Job> | Careers | <Site>"', () => {
    const doc = readHtml(
      page('<title>HVAC Technician | Careers | Saguaro Air &amp; Heating</title>'),
    );
    expect(doc.structured?.siteName).toBe('Saguaro Air & Heating');
  });

  it('is the part before a closing careers section: "<Job> – <Site> – Carrières"', () => {
    const doc = readHtml(
      page('<title>Chef de projet (H/F) – Lumière &amp; Co. Cosmétiques – Carrières</title>'),
    );
    expect(doc.structured?.siteName).toBe('Lumière & Co. Cosmétiques');
  });

  it('is the part before a closing employment section: "<Job> | <Site> – Employment"', () => {
    const doc = readHtml(
      page('<title>Custodian I – Night Shift | Platte Valley Public Schools – Employment</title>'),
    );
    expect(doc.structured?.siteName).toBe('Platte Valley Public Schools');
  });

  it('prefers og:site_name', () => {
    const doc = readHtml(
      page('<meta property="og:site_name" content="Acme Dental"><title>Jobs | Acme</title>'),
    );
    expect(doc.structured?.siteName).toBe('Acme Dental');
  });

  it('is not a section word or a single-part title', () => {
    expect(readHtml(page('<title>Acme | Careers</title>')).structured).toBeUndefined();
    expect(readHtml(page('<title>HVAC Technician</title>')).structured).toBeUndefined();
  });
});

describe('session 50: a careers site lead and a page label in the site name', () => {
  it('drops "Werken bij" and "Careers at" before the name', () => {
    const doc = readHtml(
      page('<meta property="og:site_name" content="Werken bij Maasdelta Logistics">'),
    );
    expect(doc.structured?.siteName).toBe('Maasdelta Logistics');
  });

  it('skips a closing "Job Details" as it skips "Careers"', () => {
    const doc = readHtml(
      page(
        '<title>Director of Financial Reporting - Gulf Coast State University - Job Details</title>',
      ),
    );
    expect(doc.structured?.siteName).toBe('Gulf Coast State University');
  });
});

describe('session 61: the site first, its section, then the job', () => {
  it('keeps the first part for when the last one is the job', () => {
    const doc = readHtml(
      page(
        '<title>Cedar Valley ISD - Job Postings - High School Mathematics Teacher (Algebra II / Pre-Calculus)</title>',
      ),
    );
    expect(doc.structured?.siteNameFirst).toBe('Cedar Valley ISD');
  });

  it('still reads "<Job> - <Section> | <Site>" as the site last', () => {
    const doc = readHtml(
      page('<title>Senior Data Scientist - Lavora con noi | Assicurazioni Adriatiche</title>'),
    );
    expect(doc.structured?.siteName).toBe('Assicurazioni Adriatiche');
  });
});
