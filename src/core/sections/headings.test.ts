import { describe, expect, it } from 'vitest';
import { classifyHeading, matchHeading } from './headings';
import { normaliseHeading } from './normalise-heading';

describe('classifyHeading', () => {
  it.each([
    ['requirements', 'requirements'],
    ['roles & responsibilities', 'responsibilities'],
    ["what you'll need", 'requirements'],
    ['nice-to-haves', 'preferred'],
    ['¿qué ofrecemos?', 'benefits'],
    ['about acme corp', 'about'],
    ['about the role', 'other'],
    ['qui sommes-nous ?', 'about'],
    ['pay by shift', 'salary'],
    // Indeed's "Full job description" ends its chips ("Salaire", "Benefits") above.
    ['full job description', 'other'],
    ['description complète du poste', 'other'],
    ['descripción completa del empleo', 'other'],
    ['vollständige stellenbeschreibung', 'other'],
    ['requirements apply to some benefits.', null],
    // Whoever's requirements they are.
    ['driver requirements', 'requirements'],
    ['candidate qualifications', 'requirements'],
    ['our team', null],
    // Employer pitches and offer headings in EN/DE/FR/ES.
    ['why coastline?', 'benefits'],
    ['why join acme health?', 'benefits'],
    ['why us?', 'benefits'],
    ['benefits of working with horizon', 'benefits'],
    ['das bieten wir', 'benefits'],
    ['notre offre', 'benefits'],
    ['nos avantages', 'benefits'],
    ['lo que ofrecemos', 'benefits'],
    ['se ofrece', 'benefits'],
    ['you will', 'responsibilities'],
    ['¿qué vas a hacer?', 'responsibilities'],
    ['ce que vous ferez', 'responsibilities'],
    ['ce que nous recherchons', 'requirements'],
    ['about the internship', 'other'],
    ['company overview', 'about'],
    // Common headings of real postings in EN/DE/FR/ES.
    ['key accountabilities', 'responsibilities'],
    ['essential duties and responsibilities', 'responsibilities'],
    ['funciones principales', 'responsibilities'],
    ['nature du travail', 'responsibilities'],
    ['tes tâches', 'responsibilities'],
    ['was dich erwartet', 'responsibilities'],
    ["you'll need", 'requirements'],
    ['essential criteria', 'requirements'],
    ['perfil requerido', 'requirements'],
    ['exigences', 'requirements'],
    ['du bringst mit', 'requirements'],
    ['desirable', 'preferred'],
    ['package complémentaire', 'benefits'],
    ['conditions', 'benefits'],
    ['das angebot', 'benefits'],
    ['the good stuff', 'benefits'],
    ['traitement', 'salary'],
    ['notre entreprise', 'about'],
    // Summaries, application steps and appended ads end the section above them.
    ['job purpose', 'other'],
    ['objetivo del cargo', 'other'],
    ['propósito del cargo', 'other'],
    ['déroulement des entretiens', 'other'],
    ['jobs similar to this', 'other'],
    ['more new jobs this week', 'other'],
    ['weitere passende jobs', 'other'],
    // Questions that are not the employer's pitch.
    ['why this role matters', null],
    ['why are you interested in this role?', null],
  ])('%s -> %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('matchHeading', () => {
  const lines = [
    'Driver requirements',
    'CANDIDATE QUALIFICATIONS:',
    'Ihre Aufgaben',
    'YOUR PROFILE:',
    '**Benefits**',
    '## What We Offer',
    'Über uns',
    'About Acme',
    'About the Role',
    'Qui sommes-nous ?',
    'What you’ll do',
    'Our team',
    'Salary: 60 000 € per year',
    'Location',
    'Paid time off',
    'Ωmega benefits',
    'Remote, US',
    '📝 Job Role:',
    '✅ Beneficios:',
    'Role :',
    'Rate *',
    'Why Acme?',
    'Benefits of joining Acme',
    'The company',
    'Our offer',
    'The candidate will',
    'Qui sommes-nous',
  ];

  it.each(lines)('agrees with normaliseHeading + classifyHeading: %s', (line) => {
    const match = matchHeading(line);
    const kind = classifyHeading(normaliseHeading(line));
    if (match === false) expect(kind).toBeNull();
    if (typeof match === 'string') expect(match).toBe(normaliseHeading(line));
    if (kind) expect(match).not.toBe(false);
  });

  it('spells vocabulary headings without normalising them', () => {
    expect(matchHeading('Ihre Aufgaben')).toBe('ihre aufgaben');
    expect(matchHeading('Your Profile:')).toBe('your profile');
    expect(matchHeading('Our team')).toBe(false);
    expect(matchHeading('ABOUT US')).toBe('about us');
    expect(matchHeading('Über uns:')).toBe('über uns');
    expect(matchHeading('Requirements:  ')).toBe(true);
  });

  it('reads a heading behind the emoji or bullet of a chat post', () => {
    expect(classifyHeading(normaliseHeading('📝 Job Role:'))).toBe('responsibilities');
    expect(classifyHeading(normaliseHeading('✅ Requisitos:'))).toBe('requirements');
    expect(classifyHeading(normaliseHeading('• Benefits'))).toBe('benefits');
  });

  it('looks only at the label before an inline colon', () => {
    const line = 'Benefits: dental, vision';
    expect(matchHeading(line, line.indexOf(':'))).toBe(true);
    expect(matchHeading('Our team: five people', 8)).toBe(false);
  });

  it('reads a list item from its text after the marker', () => {
    for (const line of ['- YOUR PROFILE:', '- Benefits', '- Our team', '- ✅ Beneficios:']) {
      expect(matchHeading(line, line.length, 2)).toBe(matchHeading(line.slice(2)));
    }
  });
});

describe('headings asked as questions, and Dutch headings (session 28)', () => {
  it.each([
    ['wat vragen wij?', 'requirements'],
    ['wat bieden wij?', 'benefits'],
    ['what we offer?', 'benefits'],
    ['was erwartet dich?', 'responsibilities'],
    ['was bringst du mit?', 'requirements'],
    ['was bieten wir dir?', 'benefits'],
    ['profiel', 'requirements'],
    ['wie zoeken we?', 'requirements'],
    ['ons aanbod', 'benefits'],
    ['wat doe je?', 'responsibilities'],
    ['functieomschrijving', 'responsibilities'],
    // A question that names no section stays none.
    ['interested?', null],
  ])('%s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('Cyrillic and Greek headings (session 51)', () => {
  it.each([
    ['условия', 'benefits'],
    ['мы предлагаем', 'benefits'],
    ['ми пропонуємо', 'benefits'],
    ['ние предлагаме', 'benefits'],
    ['нудимо', 'benefits'],
    ['η εταιρεία προσφέρει', 'benefits'],
    ['παροχές', 'benefits'],
    ['задачи', 'responsibilities'],
    ['чем предстоит заниматься', 'responsibilities'],
    ['что нужно будет делать', 'responsibilities'],
    ['καθήκοντα', 'responsibilities'],
    ['что мы ждём от кандидата', 'requirements'],
    ['мы ждём, что вы', 'requirements'],
    ['наши ожидания', 'requirements'],
    ['кого мы ищем', 'requirements'],
    ['απαραίτητα προσόντα', 'requirements'],
    ['будет плюсом', 'preferred'],
    ['буде перевагою', 'preferred'],
    ['επιθυμητά προσόντα', 'preferred'],
    ['essential', 'requirements'],
    ['les petits plus', 'preferred'],
    ['requisitos preferenciais', 'preferred'],
    ['costituiscono titolo preferenziale', 'preferred'],
    ['highly regarded', 'preferred'],
    ['pluspunkte', 'preferred'],
    // A two-column PDF's wrapped "Annual profit-sharing" over "bonus" is no heading.
    ['bonus', null],
    // Serbian "Uslovi" are the conditions a candidate meets: requirements, not an offer.
    ['услови', 'requirements'],
    ['похожие вакансии', null],
  ])('%s', (heading, kind) => {
    expect(classifyHeading(normaliseHeading(heading))).toBe(kind);
  });
});

describe('classifyHeading: headings in two languages and more words', () => {
  it.each([
    ['nice to have / tercihen', 'preferred'],
    ['requirements / 자격 요건', 'requirements'],
    ['tercih sebepleri', 'preferred'],
    ['ce căutăm', 'requirements'],
    ['condiții de participare', 'requirements'],
    ['ce vei face', 'responsibilities'],
    ['ce oferim', 'benefits'],
    ['costituiscono titoli preferenziali', 'preferred'],
    ['requirements for applying', 'other'],
  ])('%s is %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it('leaves a bare "condiții" alone', () => {
    expect(classifyHeading('condiții')).toBeNull();
  });
});

describe('two names of one section joined by a dash (session 53)', () => {
  it.each<[string, string | null]>([
    ['eligibility criteria - qualifications and/or experience', 'requirements'],
    ['eligibility criteria', 'requirements'],
    // Halves of different kinds, or a job before a heading, are no pair.
    ['requirements - benefits', null],
    ['payroll - benefits', null],
  ])('%s is %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('preferred qualifications in Turkish and Israeli postings (session 55)', () => {
  it.each([
    ['tercih sebebi', 'preferred'],
    ['tercih sebeplerimiz', 'preferred'],
  ])('%s is %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('Italian and Portuguese role, terms and pay headings (session 56)', () => {
  it.each([
    ['il ruolo', 'responsibilities'],
    ['o papel', 'responsibilities'],
    ['condizioni', 'benefits'],
    ['condizioni contrattuali', 'benefits'],
    ['condições', 'benefits'],
    ['trattamento economico', 'salary'],
  ])('%s is %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('profile headings with their article, and pluses (session 58)', () => {
  it.each([
    ['le profil', 'requirements'],
    ['le profil recherché', 'requirements'],
    ['profil du candidat', 'requirements'],
    ['il profilo', 'requirements'],
    ['el perfil', 'requirements'],
    ['ideal profile', 'requirements'],
    ['good to have', 'preferred'],
    ['constituie un avantaj', 'preferred'],
    ['előny', 'preferred'],
    ['előnyt jelent', 'preferred'],
  ])('%s is %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('the ideal profile, and good-to-have skills (session 59)', () => {
  it.each([
    ['le profil idéal', 'requirements'],
    ['profil idéal', 'requirements'],
    ['el perfil ideal', 'requirements'],
    ['perfil ideal', 'requirements'],
    ['il profilo ideale', 'requirements'],
    ['good to have skills', 'preferred'],
    ['good-to-have', 'preferred'],
  ])('%s is %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});
