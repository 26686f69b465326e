/**
 * Synthetic but realistic postings for benchmarks: varied fields (tech, health, trades,
 * hospitality, finance, logistics, education), cities with diacritics, 2-6 KB of text built from
 * paragraph templates, and product and team names that give the vocabulary a realistic size.
 * Deterministic (seeded), so runs compare.
 */
import { emptyPosting, type ParsedPosting, type PayPeriod } from '../../../src/core/model/posting';
import type { PostingRecord } from '../../../src/persistence/posting-record';

interface Field {
  titles: string[];
  skills: string[];
  duties: string[];
  pay: { currency: string; period: PayPeriod; min: number; spread: number };
}

const FIELDS: Field[] = [
  {
    titles: [
      'Software Engineer',
      'Backend Developer',
      'Frontend Developer',
      'Kubernetes Engineer',
      'Site Reliability Engineer',
      'Data Engineer',
      'Machine Learning Engineer',
      'Python Developer',
      'DevOps Engineer',
      'Mobile Developer',
    ],
    skills: [
      'Python',
      'TypeScript',
      'JavaScript',
      'Go',
      'Rust',
      'Java',
      'Kotlin',
      'Kubernetes',
      'Docker',
      'Terraform',
      'AWS',
      'Google Cloud',
      'Azure',
      'PostgreSQL',
      'React',
      'Node.js',
      'GraphQL',
      'Kafka',
      'Apache Spark',
      'PyTorch',
      'C++',
      'C#',
      'Linux',
      'Git',
    ],
    duties: [
      'design and run distributed services',
      'review code and mentor engineers',
      'own the deployment pipeline',
      'improve observability and on-call',
      'build data pipelines for analytics',
      'ship features to millions of users',
    ],
    pay: { currency: 'USD', period: 'year', min: 90000, spread: 80000 },
  },
  {
    titles: [
      'Registered Nurse',
      'Nurse Practitioner',
      'Care Assistant',
      'Physiotherapist',
      'Pharmacy Technician',
      'Medical Assistant',
      'Paramedic',
      'Midwife',
    ],
    skills: [
      'Patient Care',
      'BLS',
      'ACLS',
      'Medication Administration',
      'Triage',
      'Electronic Health Records',
      'Wound Care',
      'Phlebotomy',
      'Infection Control',
    ],
    duties: [
      'assess and monitor patients',
      'administer medication safely',
      'work with doctors and families',
      'document care in the health record',
      'support patients through recovery',
    ],
    pay: { currency: 'USD', period: 'hour', min: 28, spread: 30 },
  },
  {
    titles: [
      'Welder',
      'Electrician',
      'Forklift Operator',
      'Maintenance Technician',
      'CNC Machinist',
      'Plumber',
      'Warehouse Associate',
      'HGV Driver',
    ],
    skills: [
      'MIG Welding',
      'TIG Welding',
      'Blueprint Reading',
      'Forklift Certification',
      'PLC Programming',
      'Preventive Maintenance',
      'OSHA 30',
      'Inventory Management',
    ],
    duties: [
      'fabricate and repair steel structures',
      'keep production lines running',
      'load and unload deliveries',
      'follow safety procedures on site',
      'maintain tools and equipment',
    ],
    pay: { currency: 'EUR', period: 'hour', min: 16, spread: 14 },
  },
  {
    titles: [
      'Sous Chef',
      'Line Cook',
      'Restaurant Manager',
      'Barista',
      'Hotel Receptionist',
      'Event Coordinator',
      'Pastry Chef',
    ],
    skills: [
      'Food Safety',
      'Menu Planning',
      'Inventory Management',
      'Customer Service',
      'Cash Handling',
      'Scheduling',
    ],
    duties: [
      'prepare dishes to our standards',
      'lead the kitchen brigade on busy nights',
      'welcome guests and handle bookings',
      'order stock and control waste',
    ],
    pay: { currency: 'GBP', period: 'year', min: 24000, spread: 18000 },
  },
  {
    titles: [
      'Accountant',
      'Financial Analyst',
      'Data Analyst',
      'Auditor',
      'Payroll Specialist',
      'Controller',
      'Business Analyst',
      'Product Manager',
    ],
    skills: [
      'Excel',
      'SQL',
      'Power BI',
      'Tableau',
      'SAP',
      'IFRS',
      'Financial Modelling',
      'Budgeting',
      'Stakeholder Management',
      'Agile',
    ],
    duties: [
      'prepare monthly and annual reports',
      'build dashboards for leadership',
      'reconcile accounts and close the books',
      'analyse trends and recommend actions',
    ],
    pay: { currency: 'CHF', period: 'year', min: 85000, spread: 50000 },
  },
  {
    titles: [
      'Teacher',
      'Teaching Assistant',
      'Lecturer',
      'Curriculum Designer',
      'Tutor',
      'School Counsellor',
    ],
    skills: [
      'Lesson Planning',
      'Classroom Management',
      'Safeguarding',
      'Special Educational Needs',
      'Assessment',
      'Communication',
    ],
    duties: [
      'plan and deliver engaging lessons',
      'track pupil progress',
      'work with parents and colleagues',
      'support pupils with additional needs',
    ],
    pay: { currency: 'EUR', period: 'month', min: 3200, spread: 1800 },
  },
];

const SENIORITY = ['', '', 'Senior ', 'Junior ', 'Lead ', 'Principal ', 'Staff '];
const CITIES = [
  'Boston, MA',
  'New York, NY',
  'Austin, TX',
  'Houston, TX',
  'Seattle, WA',
  'Chicago, IL',
  'London',
  'Leeds',
  'Manchester',
  'Berlin',
  'München',
  'Köln',
  'Zürich',
  'Genève',
  'Paris',
  'Lyon',
  'Málaga',
  'Kraków',
  'Göteborg',
  'Amsterdam',
  'Dublin',
  'Toronto',
  'Montréal',
  'Remote',
];
const COMPANY_A = [
  'Acme',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Cyberdyne',
  'Soylent',
  'Hooli',
  'Vandelay',
  'Pied Piper',
  'Blue Harbor',
  'Sunrise',
  'Evergreen',
  'Summit',
  'Riverbank',
  'Bright Path',
  'Ironclad',
  'Silverline',
  'Crème',
  'Nordlys',
  'Østergaard',
  'Brücke',
];
const COMPANY_B = [
  'Health',
  'Labs',
  'Logistics',
  'Foods',
  'Systems',
  'Group',
  'Partners',
  'Hospital',
  'Academy',
  'Metal Works',
  'Bank',
  'Hotels',
  'Analytics',
  'Energy',
];
const COMPANY_C = ['Inc.', 'GmbH', 'Ltd', 'AG', 'LLC', 'SA', ''];
const BENEFITS = [
  'health, dental and vision insurance',
  'a 401(k) with company match',
  '30 days of paid time off',
  'a yearly learning budget',
  'flexible hours and remote days',
  'paid parental leave',
  'an employee stock purchase plan',
  'free lunch and a gym membership',
];
const ABOUT = [
  'We are a fast-growing team that cares about doing things properly.',
  'Founded over twenty years ago, we serve customers in more than forty countries.',
  'Our mission is to make everyday work simpler, safer and fairer for everyone.',
  'You will join a friendly, diverse team that values curiosity and ownership.',
  'We believe in sustainable growth, honest feedback and time to think.',
];
const FILLER = [
  'collaborate',
  'stakeholders',
  'quality',
  'responsibility',
  'initiative',
  'process',
  'improvement',
  'environment',
  'opportunity',
  'development',
  'reliable',
  'detail',
  'communication',
  'organised',
  'motivated',
  'flexible',
  'customers',
  'standards',
  'training',
  'support',
  'schedule',
  'experience',
  'requirements',
  'growth',
  'community',
  'benefits',
  'workplace',
  'equal',
  'applicants',
  'accommodation',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'zen',
  'tor',
  'vi',
  'qu',
  'ex',
  'an',
  'bel',
  'cor',
  'dra',
  'fin',
  'gal',
  'hul',
  'jo',
  'ny',
  'pex',
  'sul',
  'tri',
  'vo',
  'wen',
  'yl',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPosting {
  id: string;
  title: string;
  company: string;
  locations: string[];
  skills: string[];
  text: string;
  posting: ParsedPosting;
}

/** `count` postings, the same for the same seed. */
export function makePostings(count: number, seed = 42): SyntheticPosting[] {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // Product and team names: about one new word per posting, like real libraries.
  const coined: string[] = [];
  for (let i = 0; i < Math.max(500, count); i++) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let j = 0; j < n; j++) w += pick(SYLLABLES);
    coined.push(w.charAt(0).toUpperCase() + w.slice(1));
  }
  const out: SyntheticPosting[] = [];
  for (let i = 0; i < count; i++) {
    const field = pick(FIELDS);
    const title = `${pick(SENIORITY)}${pick(field.titles)}`;
    const company = `${pick(COMPANY_A)} ${pick(COMPANY_B)} ${pick(COMPANY_C)}`.trim();
    const locations = rand() < 0.2 ? [pick(CITIES), pick(CITIES)] : [pick(CITIES)];
    const skills = [
      ...new Set(Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(field.skills))),
    ];
    const product = pick(coined);
    const target = 2000 + Math.floor(rand() * 4000);
    const parts: string[] = [
      title,
      `${company} · ${locations.join(' / ')}`,
      '',
      `About ${company}`,
      pick(ABOUT),
      pick(ABOUT),
      '',
      'The role',
      `As ${/^[AEIOU]/.test(title) ? 'an' : 'a'} ${title} on the ${product} team you will ${pick(field.duties)} and ${pick(field.duties)}.`,
      '',
      'Responsibilities',
    ];
    let text = parts.join('\n');
    while (text.length < target) {
      const sentence = [
        `- ${pick(field.duties)}, working with ${pick(coined)} and ${pick(coined)} teams`,
        `- Use ${pick(field.skills)} and ${pick(field.skills)} to ${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`,
        `- ${pick(FILLER)} ${pick(FILLER)} with ${pick(FILLER)}: ${pick(ABOUT)}`,
        `- We offer ${pick(BENEFITS)} and ${pick(BENEFITS)}.`,
      ];
      text += `\n${pick(sentence)}`;
    }
    const pay = field.pay;
    const min = Math.round(pay.min + rand() * pay.spread);
    const max = Math.round(min * (1.1 + rand() * 0.3));
    text += `\n\nPay: ${min}-${max} ${pay.currency} per ${pay.period}. Equal opportunity employer.`;
    const posting: ParsedPosting = {
      ...emptyPosting(),
      title: { value: title, spans: [] },
      company: { value: company, spans: [] },
      locations: locations.map((value) => ({ value, spans: [] })),
      salary: [{ min, max, currency: pay.currency, period: pay.period, label: null, spans: [] }],
      skills: skills.map((name) => ({ name, category: 'tool', required: rand() < 0.7, spans: [] })),
      workMode: {
        value: locations[0] === 'Remote' ? 'remote' : pick(['hybrid', 'onsite'] as const),
        spans: [],
      },
      employmentType: {
        value: pick(['full-time', 'full-time', 'part-time', 'contract'] as const),
        spans: [],
      },
    };
    out.push({ id: `p${i}`, title, company, locations, skills, text, posting });
  }
  return out;
}

/** A stored record for a synthetic posting, as the import would save it. */
export function toRecord(p: SyntheticPosting, i: number): PostingRecord {
  const bytes = new TextEncoder().encode(p.text);
  return {
    id: p.id,
    createdAt: 1_700_000_000_000 + i * 1000,
    updatedAt: 1_700_000_000_000 + i * 1000,
    contentHash: `hash-${p.id}`,
    source: { name: `${p.id}.txt`, type: 'text/plain', bytes, index: 0 },
    parsed: { format: 'text', text: p.text, posting: p.posting, warnings: [], parserVersion: 1 },
    edits: {},
    status: 'saved',
    tags: i % 7 === 0 ? ['shortlist'] : [],
    notes: '',
    rating: null,
  };
}
