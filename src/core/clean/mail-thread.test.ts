import { describe, expect, it } from 'vitest';
import { postingMessageStart } from './mail-thread';
import { lines } from './lines.test-helper';

const POSTING = [
  'Warehouse Operative (Picker/Packer)',
  'Site: Ambergate Distribution Centre, Derby DE21 7BF',
  'Duties: picking with handheld scanners, packing customer orders, loading cages.',
  'Requirements: able to stand for long periods and lift up to 15kg.',
].join('\n');

describe('postingMessageStart', () => {
  it("keeps a posting's own section rule, and a title that starts with an app's name", () => {
    const posting =
      'Senior Backend Engineer\nAcme Corp\nBoston, MA\n---------- Job Description ----------\nWe are looking for an engineer.';
    expect(postingMessageStart(lines(posting))).toBe(0);
    const signal =
      'Signal Processing Engineer\nRadarCo\nSchedule\nMon 8:00\nAbout us\nWe build radar.';
    expect(postingMessageStart(lines(signal))).toBe(0);
  });

  it('starts the posting under a rule that names it, even under a longer note', () => {
    const note =
      'From: Tamika <t@x.example>\nSubject: ICU openings\nHi! We are so short on nights, and the differentials are real, honestly the best in town, ask anyone on the unit.\nLove,\nTamika';
    const text = `${note}\n-------- Posting --------\nRN - ICU\nTucson, AZ`;
    expect(postingMessageStart(lines(text))).toBe(note.split('\n').length + 1);
  });

  it("finds a chat's posting in the first message giving the job's fields, else the longest", () => {
    const chat = [
      'Microsoft Teams',
      'Chat  |  Kevin Armstrong (External)',
      'Kevin Armstrong (External)   3/10 9:02 AM',
      'Hey Sunita, are you open to a new SAP engagement? It lines up with your S/4 work.',
      'Kevin Armstrong (External)   3/10 9:03 AM',
      'Role: SAP FICO Consultant',
      'End client: Meridian Petrochemical',
      'Kevin Armstrong (External)   3/10 9:04 AM',
      POSTING,
    ];
    expect(postingMessageStart(lines(chat.join('\n')))).toBe(4);
    const plain = chat.slice(0, 4).concat(['Thursday 13:04', POSTING]);
    expect(postingMessageStart(lines(plain.join('\n')))).toBe(4);
  });

  it('finds the posting under a rule in a mail, but not inside a box of rules', () => {
    const note =
      'From: Talent Team <jobs@maplecrest.com>\nSubject: NOW HIRING - CNA Nights\n\nHi,\nBelow is the full posting.';
    const ruled = `${note}\n------------------------------\n${POSTING}`;
    expect(postingMessageStart(lines(ruled))).toBe(note.split('\n').length + 1);
    const boxed = `${note}\n**********\nWarehouse Operative\nAmbergate, Derby\n**********\n${POSTING}`;
    expect(postingMessageStart(lines(boxed))).toBe(note.split('\n').length + 1);
    expect(postingMessageStart(lines(`Intro\n------------------------------\n${POSTING}`))).toBe(0);
    // Under the posting's own header (its pay), a rule divides nothing.
    const header = `${note}\n\nData Engineer\nAcme Ltd\n£70,000 - £80,000 per annum\n--------------------\n${POSTING}`;
    expect(postingMessageStart(lines(header))).toBe(0);
  });

  it('is 0 for a text that is no thread', () => {
    expect(postingMessageStart(lines(POSTING))).toBe(0);
  });

  it('finds the quoted posting under a forward note', () => {
    const text = `From: Bookings <b@agency.example>\nSubject: FW: Pickers needed\nHi all, see below.\n-----Original Message-----\nFrom: Gareth <g@client.example>\nSubject: Temp labour request\n${POSTING}`;
    expect(postingMessageStart(lines(text))).toBe(4);
  });

  it('finds it after "On … wrote:" and in other languages', () => {
    const reply = `Hi Marcus, details below.\nOn Tue, Mar 4, 2025 at 2:17 PM Priya Raman <p@x.example> wrote:\n${POSTING}`;
    expect(postingMessageStart(lines(reply))).toBe(2);
    const de = `Liebe Kolleginnen,\nanbei die Ausschreibung.\n-------- Ursprüngliche Nachricht --------\nVon: Personalabteilung\nBetreff: Stellenangebot\n${POSTING}`;
    expect(postingMessageStart(lines(de))).toBe(3);
  });

  it('keeps the top when the top message is the longest', () => {
    const text = `${POSTING}\nOn Mon, Mar 3, 2025, Bob <bob@x.example> wrote:\nAny roles for me?`;
    expect(postingMessageStart(lines(text))).toBe(0);
  });

  it('reads "From:" under "Subject:" as one header block', () => {
    const text = `Subject: Executive Chef – Dubai\nFrom: Rania <rania@x.example>\nTo: marco@x.example\n${POSTING}`;
    expect(postingMessageStart(lines(text))).toBe(0);
  });

  it("keeps a reply on top that gives the job's own fields", () => {
    const text = `Subject: Senior Data Engineer - Harbor Mutual\nHi Marcus, the details:\nRole: Senior Data Engineer\nLocation: Hartford, CT\nRate: $85-95/hr W2\nOn Mon, Mar 3, 2025 at 4:02 PM Marcus Lee <m@x.example> wrote:\n${POSTING}\n${POSTING}`;
    expect(postingMessageStart(lines(text))).toBe(0);
  });

  it("reads no memo's dates or hours as a mail header", () => {
    const text = `To: All Staff\nFrom: Human Resources\nDate: 3 March 2025\nInternal Vacancy: Payroll Officer\nContract period\nFrom: 1 September 2025\nTo: 31 August 2026\n${POSTING}`;
    expect(postingMessageStart(lines(text))).toBe(0);
  });

  it('takes no mail pasted under a posting for a thread', () => {
    const text = `Sales Assistant\nBordeaux\nGratification : 1 100 € par mois\nFrom: Declan <d@x.example>\nTo:\nSubject: Payroll Senior role\n${POSTING}`;
    expect(postingMessageStart(lines(text))).toBe(0);
  });
});

describe('session 46: a rule under the posting’s own fields', () => {
  it("keeps an ATS mail's box of job fields with the description under it", () => {
    const rule = '-'.repeat(40);
    const text = `Subject: Thank you for applying: Financial Analyst II\nFrom: Careers <no-reply@x.example>\nTo: sam@x.example\n${rule}\nHi Sam,\nWe have received your application for the position below.\n${rule}\nJob Title: Financial Analyst II\nReq ID: FIN-25-0317\nLocation: Atlanta, GA\nTime Type: Full time\nWorker Type: Regular\nRemote Type: Hybrid\nCompensation:\nPosting Date: 03/03/2025\n${rule}\n${POSTING}\n${POSTING}\n${POSTING}`;
    expect(postingMessageStart(lines(text))).toBe(4);
  });
});

describe('session 56: mails in Italian, Portuguese, Dutch and Polish', () => {
  it.each([
    'Da: Selezione Personale <selezione@x.example>\nA: Giulia Ferrero\nOggetto: Offerta: Insegnante di Inglese – part-time, Torino\nGentile Giulia,\nti inoltro il testo completo dell’annuncio.\nCordiali saluti,\nMarta\n----- Annuncio -----',
    'De: RH <rh@x.example>\nPara: Ana\nAssunto: Vaga de analista\nOlá Ana,\nsegue a vaga abaixo.\n---------- Mensagem encaminhada ----------',
    'Van: HR <hr@x.example>\nAan: Sanne\nOnderwerp: Vacature\nHoi Sanne,\nhieronder de vacature.\n-------- Vacature --------',
    'Od: Kadry <hr@x.example>\nDo: Anna\nTemat: Oferta pracy\nDzień dobry,\nprzesyłam ogłoszenie.\n----- Ogłoszenie -----',
  ])('starts the posting under the note of %s', (note) => {
    expect(postingMessageStart(lines(`${note}\n${POSTING}`))).toBe(note.split('\n').length);
  });
});

describe("the review's case for a notice that opens with its subject (session 56)", () => {
  it('keeps an Italian public notice whole: "Oggetto:" alone is no mail', () => {
    const text =
      'Oggetto: Avviso pubblico di selezione per n. 1 Istruttore Amministrativo - Categoria C\nComune di Castelfranco Emilia\nCastelfranco Emilia (MO)\n------------------------------------------------------------\nIL RESPONSABILE DEL SERVIZIO PERSONALE\nrende noto che è indetta una selezione pubblica.';
    expect(postingMessageStart(lines(text))).toBe(0);
  });
});
