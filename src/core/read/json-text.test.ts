// JSON exports of messages: a chat channel, a mail client's message, a conversation.
import { describe, expect, it } from 'vitest';
import { parseDocument, toPlainPosting } from '../index';
import { readJson } from './json';

function parseAll(value: unknown) {
  const read = readJson(JSON.stringify(value));
  if (!read.ok) throw new Error(read.error);
  return read.documents.map((doc) => {
    const result = parseDocument(doc);
    if (!result.ok) throw new Error(result.error);
    return { ...toPlainPosting(result), warnings: result.warnings };
  });
}

const QA_POST = [
  { type: 'bold', text: '🔥 Senior QA Automation Engineer' },
  '\n🏢 Paloverde Software (US-based SaaS, 120 ppl)\n📍 100% remoto – LATAM\n💰 USD 3,500 – 4,500 / month\n📄 Contractor\n\nRequisitos:\n• 5+ años en QA\n• Playwright o Cypress\n\n👉 Aplicar: ',
  { type: 'link', text: 'https://paloverde.example/careers/qa-senior' },
];

describe('a JSON export of messages', () => {
  it("reads a channel's job posts as postings of their own, not its one-line notices", () => {
    const postings = parseAll({
      name: 'Remote Jobs LATAM',
      type: 'public_channel',
      id: 1784420931,
      messages: [
        {
          id: 1,
          type: 'message',
          date: '2025-01-20T13:05:41',
          from: 'Remote Jobs LATAM',
          from_id: 'c1',
          text: QA_POST,
        },
        {
          id: 2,
          type: 'message',
          from: 'Remote Jobs LATAM',
          text: '📣 ¿Quieres publicar tu vacante aquí? Escríbenos.',
        },
        {
          id: 3,
          type: 'message',
          from: 'Remote Jobs LATAM',
          text: 'Junior Support Analyst\n🏢 Tallyhop\n📍 Remoto – México\n💰 MXN 18,000 / mes\n📄 Tiempo completo',
        },
      ],
    });
    expect(postings.map((p) => [p.title, p.company])).toEqual([
      ['Senior QA Automation Engineer', 'Paloverde Software'],
      ['Junior Support Analyst', 'Tallyhop'],
    ]);
    expect(postings[0]?.salary).toEqual([
      { min: 3500, max: 4500, currency: 'USD', period: 'month', label: null },
    ]);
    expect(postings[0]?.warnings[0]).toContain('text of its messages');
  });

  it("reads a mail client's message: its subject and its body, not its ids or snippet", () => {
    const [p] = parseAll({
      id: '18e4b2c7a91f03d2',
      labelIds: ['INBOX', 'UNREAD'],
      internalDate: '1709652480000',
      headers: {
        From: 'Natalie Brooks <nbrooks@kestrelsearch.example>',
        Subject: 'Confidential: Director of Finance – Harbor & Pine Hospitality (Charleston, SC)',
      },
      snippet:
        'Hi Gregory, Alan and I are partnering with Harbor & Pine Hospitality on a Director…',
      body_text:
        'Hi Gregory,\n\nAlan and I are partnering with Harbor & Pine Hospitality on a Director of Finance search. The base salary is $160,000 – $180,000 plus a 20% bonus target. You would need 10+ years of finance experience.\n\nBest,\nNatalie',
      sizeEstimate: 4812,
    });
    expect(p?.title).toBe('Director of Finance');
    expect(p?.company).toBe('Harbor & Pine Hospitality');
    expect(p?.salary).toEqual([
      { min: 160000, max: 180000, currency: 'USD', period: 'year', label: null },
    ]);
  });

  it('reads a conversation between two people as one posting', () => {
    const postings = parseAll({
      messages: [
        {
          from: 'Ana',
          text: 'hey! are you open to a contract? We need a Smart Contract Auditor, fully remote.',
        },
        { from: 'Ben', text: 'maybe, what is the rate and how long?' },
        {
          from: 'Ana',
          text: 'USD 8,000 – 12,000 per month, 3 months, starting in June. 2+ years of audits.',
        },
      ],
    });
    expect(postings).toHaveLength(1);
    expect(postings[0]?.salary).toEqual([
      { min: 8000, max: 12000, currency: 'USD', period: 'month', label: null },
    ]);
  });

  it('still refuses JSON that says nothing about a job', () => {
    const read = readJson(
      JSON.stringify({ name: 'job-compare', version: '1.0.0', description: 'A package manifest' }),
    );
    expect(read.ok).toBe(false);
  });
});

describe('an outreach sequence export (session 28)', () => {
  it("reads the steps' mails, not the sequence's name, its owner or the prospect", () => {
    const postings = parseAll({
      export_version: '2.3',
      sequence: {
        name: 'EM Payments – Dublin – Q2 sourcing',
        owner: 'Siobhán Gallagher',
        owner_title: 'Senior Technical Recruiter, Parcelo',
      },
      prospect: {
        name: 'Mateusz Kowalczyk',
        current_title: 'Tech Lead',
        location: 'Dublin, Ireland',
      },
      steps: [
        {
          step: 1,
          channel: 'email',
          subject: 'Engineering Manager, Payments @ Parcelo',
          body: "Hi Mateusz,\n\nWe're hiring an Engineering Manager for our Payments team in Dublin. It's a hybrid role.\n\nSalary is €130,000–€150,000 plus stock options and a 10% bonus.\n\nBest,\nSiobhán",
        },
        { step: 2, channel: 'email', body: 'Hi Mateusz, just bumping this up. Siobhán' },
      ],
      reply: {
        body: 'Hi Siobhán, the EM role sounds interesting. Could we talk Thursday? Mateusz',
      },
    });
    expect(postings).toHaveLength(1);
    expect([postings[0]?.title, postings[0]?.company]).toEqual(['Engineering Manager', 'Parcelo']);
    expect(postings[0]?.salary).toEqual([
      { min: 130000, max: 150000, currency: 'EUR', period: 'year', label: null },
    ]);
  });
});

describe('JSON that is no job stays refused (review of session 28)', () => {
  it.each([
    [
      'a ride receipt',
      {
        id: '18f2a9c3',
        headers: {
          From: 'Uber Receipts <noreply@uber.com>',
          Subject: 'Your Thursday evening trip with Uber',
        },
        body_text:
          'Thanks for riding, Dana\nWe hope you enjoyed your ride this evening.\n\nTotal: $23.41\nTrip fare: $18.90\nBooking fee: $2.75\nTip: $1.76\n\nRate your experience with your driver, Marco, in the app.',
      },
    ],
    [
      'a channel of exchange rates',
      {
        name: 'FX Daily',
        messages: [1, 2, 3].map((n) => ({
          from: 'FX Daily',
          text: `Day ${n}\nEUR/USD rate: 1.0${n}\nGBP/USD rate: 1.2${n}\nUSD/JPY rate: 15${n}.2\nSee you tomorrow.`,
        })),
      },
    ],
  ])('%s', (_name, value) => {
    expect(readJson(JSON.stringify(value)).ok).toBe(false);
  });
});

describe("a Slack export's sender profile and ids (session 29)", () => {
  it("reads the post, not the sender's job title or the app's ids", () => {
    const postings = parseAll([
      {
        client_msg_id: '6f1c2d8e',
        type: 'message',
        text: ':wave: *Kelpie Cloud is hiring a Site Reliability Engineer* (remote, Canada only)\n\nWe run managed Postgres for ~2k customers.\n\n• *Base:* CAD $130–155k + stock options\n• *You:* 4+ yrs running prod infra',
        user: 'U03KQ8N2LMD',
        ts: '1718030412.118209',
        team: 'T01DEVOPSCA',
        user_profile: {
          real_name: 'Maëlle Tremblay',
          display_name: 'maelle',
          title: 'Engineering Manager, Infra @ Kelpie Cloud',
        },
      },
      {
        type: 'message',
        text: 'is there a US option? :eyes:',
        user: 'U05TT1B9Q0R',
        ts: '1718031055.339119',
        user_profile: { real_name: 'Devon Price', display_name: 'devonp', title: '' },
      },
    ]);
    expect(postings).toHaveLength(1);
    expect(postings[0]?.title).toBe('Site Reliability Engineer');
    expect(postings[0]?.company).toBe('Kelpie Cloud');
    expect(postings[0]?.salary).toEqual([
      { min: 130000, max: 155000, currency: 'CAD', period: 'year', label: null },
    ]);
  });
});

describe("a Slack thread's replies (session 36)", () => {
  it('reads the post, not the replies with other rates and places', () => {
    const postings = parseAll([
      {
        type: 'message',
        text: '*Staff Data Engineer* at Tidewell Analytics. We are building our data platform. Boston (Seaport) or remote anywhere in the US. $185k–$215k base.',
        ts: '1718030412.118209',
        thread_ts: '1718030412.118209',
        username: 'priya.k',
      },
      {
        type: 'message',
        text: 'we pay our contractors $95/hr in Denver fwiw',
        ts: '1718031055.339119',
        thread_ts: '1718030412.118209',
        username: 'devon.price',
      },
    ]);
    expect(postings).toHaveLength(1);
    expect(postings[0]?.locations).toEqual(['Boston']);
    expect(postings[0]?.salary).toEqual([
      { min: 185000, max: 215000, currency: 'USD', period: 'year', label: null },
    ]);
    expect(JSON.stringify(postings[0])).not.toMatch(/devon|Denver|95/);
  });
});

describe('review of session 37: jobs posted as replies to a hiring thread', () => {
  it('reads a reply whose thread was opened by a prompt, not a job', () => {
    const postings = parseAll([
      {
        type: 'message',
        text: 'Weekly hiring thread — post your openings as replies',
        ts: '1718000000.000100',
        thread_ts: '1718000000.000100',
      },
      {
        type: 'message',
        text: '*Senior Backend Engineer* at Tidewell Analytics (Boston, hybrid). We build data tools. $170k–$200k base, 5+ years of Go or Python.',
        ts: '1718030412.118209',
        thread_ts: '1718000000.000100',
      },
    ]);
    expect(postings).toHaveLength(1);
    expect(postings[0]?.salary).toEqual([
      { min: 170000, max: 200000, currency: 'USD', period: 'year', label: null },
    ]);
  });
});
