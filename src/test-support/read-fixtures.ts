/**
 * The binary fixtures of the reader tests and of the shared end-to-end fixture suite, as code.
 * `src/core/read/fixtures.test.ts` checks that the committed files equal what these produce and
 * rewrites them when run with WRITE_FIXTURES=1. Postings here are invented.
 */
import { makeDocx, makeZip } from './make-docx';
import type { PdfLine } from './make-pdf';
import { flowLines, makePdf } from './make-pdf';

const encoder = new TextEncoder();

function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++)
    view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), true);
  return out;
}

const CP1252_BACK: Record<string, number> = {
  '€': 0x80,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  '…': 0x85,
  '•': 0x95,
};

function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = CP1252_BACK[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in cp1252: ${ch}`);
    return code;
  });
}

// ---- Reader fixtures (src/core/read/fixtures) ----

const SAMPLE_PDF_PAGE_1 = [
  '# Senior Data Engineer',
  'Northwind Analytics · Austin, TX',
  '## About the role',
  'You will own our batch and streaming pipelines and the respon-',
  'sibilities that come with them: data quality, cost and on-call.',
  'This is a full-time role with a hybrid schedule and a self\u00adservice data platform.',
  '## Requirements',
  '• 5+ years of data engineering experience',
  '• Python, SQL and Apache Spark',
];

const TWO_COLUMN_LEFT = [
  'About the role',
  'You will run the clinic schedule',
  'and triage walk-in patients with',
  'the nursing team every weekday.',
  'Requirements',
  'Current RN licence in Ontario',
  'Two years of clinical experience',
];
const TWO_COLUMN_RIGHT = [
  'Details',
  'Location: Ottawa, ON',
  'Schedule: Part-time',
  'Pay: $42 to $48 per hour',
  'Benefits',
  'Health and dental plan',
  'Paid vacation days',
];

function twoColumnPage(): PdfLine[] {
  const lines: PdfLine[] = [{ text: 'Clinic Nurse (RN)', x: 56, y: 740, size: 18, bold: true }];
  TWO_COLUMN_LEFT.forEach((text, i) => lines.push({ text, x: 56, y: 700 - i * 15, size: 10 }));
  TWO_COLUMN_RIGHT.forEach((text, i) => lines.push({ text, x: 340, y: 700 - i * 15, size: 10 }));
  return lines;
}

const SAMPLE_DOCX = [
  { text: 'Pharmacy Technician', style: 'Heading1' as const },
  { text: 'Harbor Pharmacy — Portland, OR' },
  { text: 'Pay: $22.50 - $26.00 per hour', bold: true },
  { text: 'What you will do', style: 'Heading2' as const },
  { text: 'Fill prescriptions accurately', bullet: true },
  { text: 'Help patients at the counter', bullet: true },
  { text: 'Benefits', bold: true },
  { text: 'Employee discount & paid sick leave', bullet: true },
];

/** A 1x1 PNG. */
const PNG = Uint8Array.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f00000000049454e44ae426082'.match(
    /../g,
  ) ?? [],
  (h) => parseInt(h, 16),
);

export const READ_FIXTURES: Record<string, () => Promise<Uint8Array>> = {
  'sample.pdf': async () => {
    const pages = flowLines(SAMPLE_PDF_PAGE_1);
    pages[0]?.push({ text: 'Page 1 of 2', x: 280, y: 40, size: 8 });
    pages.push([
      { text: 'Benefits', x: 56, y: 740, size: 13, bold: true },
      { text: '• Medical, dental and vision insurance', x: 56, y: 720, size: 10.5 },
      { text: 'Page 2 of 2', x: 280, y: 40, size: 8 },
    ]);
    return makePdf(pages);
  },
  'two-column.pdf': async () => makePdf([twoColumnPage()]),
  'no-text.pdf': async () => makePdf([[]]),
  'corrupt.pdf': async () =>
    encoder.encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\nthis file was cut sho'),
  'sample.docx': () => makeDocx(SAMPLE_DOCX),
  'zip-bomb.docx': () =>
    makeZip([
      { name: 'word/document.xml', data: encoder.encode('<w:document/>') },
      { name: 'word/media/huge.bin', data: new Uint8Array(1024), declaredSize: 4_000_000_000 },
    ]),
  'utf16le-bom.txt': async () => utf16le('Löwe & Co – Köln\n• Gehalt: 55.000 € pro Jahr\n'),
  'utf8-bom.txt': async () => encoder.encode('\uFEFFCafé “Crème” – São Paulo\n'),
  'cp1252.txt': async () =>
    cp1252('Rôle : “Chef de projet” – 48 000 € par an\n• Télétravail partiel\n'),
  'image.png': async () => PNG,
};

// ---- End-to-end fixtures (src/core/fixtures), parsed by the whole pipeline ----

const NORTHWIND_PDF = [
  '# Senior Data Engineer',
  'Northwind Analytics',
  'Austin, TX (Hybrid) · Full-time',
  '## About the role',
  'Northwind Analytics helps regional grocers forecast demand. You will design and operate the',
  'batch pipelines behind our forecasts and mentor two junior engineers. Our platform team is',
  'small, so you will also shape the data models and the on-call rota.',
  '## Responsibilities',
  '• Build and maintain ETL pipelines in Python and SQL',
  '• Run large jobs on Apache Spark and tune their cost on AWS',
  '• Work with analysts on data quality checks',
  '## Requirements',
  "• Bachelor's degree in Computer Science or a related field",
  '• 5+ years of experience in data engineering',
  '• Strong Python and SQL',
  '## Compensation and benefits',
  'The base salary range for this role is $140,000 - $165,000 per year.',
  '• Medical, dental and vision insurance',
  '• 401(k) with 4% company match',
  '• 20 days of paid time off',
];

const BRIGHTWAVE_PDF = [
  '# Backend-Entwickler (m/w/d)',
  'Brightwave GmbH',
  'München · Vollzeit · Hybrid',
  '## Deine Aufgaben',
  '• Du entwickelst und betreibst unsere Zahlungs-APIs in Java und Kotlin',
  '• Du verbesserst Monitoring und Zuverlässigkeit unserer Dienste',
  '## Dein Profil',
  '• Mindestens 3 Jahre Berufserfahrung in der Backend-Entwicklung',
  '• Sehr gute Deutsch- und Englischkenntnisse',
  '## Was wir bieten',
  'Gehalt: 62.000 € – 74.000 € brutto pro Jahr',
  '• 30 Tage Urlaub',
  '• Jobticket und betriebliche Altersvorsorge',
];

const LUMEN_DOCX = [
  { text: 'Staff Product Designer', style: 'Title' as const },
  { text: 'Lumen Health' },
  { text: 'Location: Toronto, ON (Remote within Canada)', bold: true },
  { text: 'Employment type: Full-time', bold: true },
  { text: 'About the role', style: 'Heading1' as const },
  {
    text: 'Lumen Health builds scheduling software for family clinics. As our first staff designer you will set the direction for the patient app and the clinic dashboard.',
  },
  { text: 'What you will do', style: 'Heading1' as const },
  { text: 'Lead design for the booking and reminders experience', bullet: true },
  { text: 'Run usability studies with patients and clinic staff', bullet: true },
  { text: 'What we look for', style: 'Heading1' as const },
  { text: '8+ years of product design experience', bullet: true },
  { text: 'A portfolio of shipped work in Figma', bullet: true },
  { text: 'Compensation', style: 'Heading1' as const },
  { text: 'Salary: $150,000 - $175,000 CAD per year.', bold: true },
];

const HARBOR_DOCX = [
  { text: 'Pharmacy Technician (Part-Time)', style: 'Title' as const },
  { text: 'Harbor Pharmacy' },
  { text: 'Portland, OR' },
  { text: 'Overview', style: 'Heading1' as const },
  {
    text: 'Harbor Pharmacy is an independent neighbourhood pharmacy. This is a part-time, on-site position, 24 hours a week including alternate Saturdays.',
  },
  { text: 'Duties', style: 'Heading1' as const },
  { text: 'Fill and label prescriptions under pharmacist supervision', bullet: true },
  { text: 'Help patients at the counter and on the phone', bullet: true },
  { text: 'Requirements', style: 'Heading1' as const },
  { text: 'High school diploma or equivalent', bullet: true },
  { text: 'At least 1 year of pharmacy or retail experience', bullet: true },
  { text: 'Pay', style: 'Heading1' as const },
  { text: 'Pay: $22.50 - $26.00 per hour', bold: true },
];

const ATELIER_CP1252 = `Développeur Full-Stack
Atelier Numérique
Lyon, France

À propos
Atelier Numérique conçoit des outils de réservation pour les théâtres et les musées. Nous cherchons un développeur pour notre équipe “produit”.

Vos missions
• Développer de nouvelles fonctionnalités en TypeScript et React
• Améliorer l’API et la base de données PostgreSQL

Votre profil
• Au moins 2 ans d’expérience en développement web
• Vous aimez le travail en équipe

Rémunération
Salaire : 45 000 € – 52 000 € brut par an
`;

const KESTREL_UTF16 = `Backend Developer
Kestrel Systems
Bengaluru, Karnataka (Hybrid)

About us
Kestrel Systems builds logistics software for mid-sized shippers across India.

Responsibilities
- Design and build services in Go and PostgreSQL
- Own the deployment of your services on Kubernetes

Requirements
- 4+ years of backend development experience
- Experience with Go

Compensation
CTC: ₹18 LPA - ₹24 LPA
`;

export const E2E_FIXTURES: Record<string, () => Promise<Uint8Array>> = {
  'northwind-senior-data-engineer.pdf': async () => makePdf(flowLines(NORTHWIND_PDF)),
  'brightwave-backend-entwickler.pdf': async () => makePdf(flowLines(BRIGHTWAVE_PDF)),
  'lumen-staff-product-designer.docx': () => makeDocx(LUMEN_DOCX),
  'harbor-pharmacy-technician.docx': () => makeDocx(HARBOR_DOCX),
  'atelier-developpeur-cp1252.txt': async () => cp1252(ATELIER_CP1252.replace(/\n/g, '\r\n')),
  'kestrel-backend-developer-utf16.txt': async () => utf16le(KESTREL_UTF16),
};
