// Short examples for degrees: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';

const CASES: [string, unknown][] = [
  // A cue that labels the item holds for each degree in it; "erwünscht", "(preferencial)" prefer;
  // Sweden's "Behörighet" asks; "No pedimos título" asks for none; Polish "wykształcenia
  // wyższego"; Italian "Grado di occupazione" is a workload, not a Spanish "grado".
  [
    'Backend Developer\nCórdoba\n\nRequisitos:\n- Deseable: título de Ingeniería en Sistemas o Licenciatura en Informática',
    [{ level: 'bachelor', fields: ['Ingeniería en Sistemas'], required: false }],
  ],
  [
    'Wissenschaftliche Mitarbeiterin\nMagdeburg\n\nIhr Profil:\n- Abgeschlossenes Hochschulstudium (Master) der Hydrologie\n- Eine Promotion ist erwünscht',
    [
      { level: 'master', fields: ['Hydrologie'], required: true },
      { level: 'phd', fields: [], required: false },
    ],
  ],
  [
    'Lärare\nVasa\n\nBehörighet: högre högskoleexamen (magisterexamen) i svenska',
    [{ level: 'master', fields: [], required: true }],
  ],
  ['Frontend\nMadrid\n\nRequisitos:\n- No pedimos título universitario.', []],
  [
    'Analityk\nGdańsk\n\nWymagania:\n- wykształcenia wyższego (licencjat / inżynier / magister) – kierunki ścisłe',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Specialista Compliance\nLugano\n\nRequisiti:\n- Master universitario in Giurisprudenza\n- Grado di occupazione 80-100%',
    [{ level: 'master', fields: [], required: true }],
  ],
  // Review: "not essential", "nicht verpflichtend" ask for no degree.
  ["Software Engineer\nAcme\nLondon\n\nA master's degree is not essential, but curiosity is.", []],
  ['Entwickler\nAcme\nBerlin\n\nEin Bachelorabschluss ist nicht verpflichtend.', []],
  // "mandatory" asks for the degree wherever it stands; Austria's "Diplomstudium" is a master's;
  // a Mexican notice's "REQUISITOS ACADÉMICOS" heads the requirements.
  [
    'Electrical Site Engineer\n\nExp: min 8 yrs, 4 yrs GCC. B.E./B.Tech Electrical mandatory, SCE registration',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Universitätsassistent*in\n\nAnstellungserfordernisse:\n– Abgeschlossenes Diplomstudium der Rechtswissenschaften an einer Universität',
    [{ level: 'master', fields: [], required: true }],
  ],
  [
    'Médico General\n\nREQUISITOS ACADÉMICOS\n • Título y cédula profesional de Médico Cirujano (Licenciatura en\n   Medicina) expedida por la DGP.\n • Certificado BLS\n\nEXPERIENCIA\n • Deseable: un año en urgencias.',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  // A span of levels asks for the lowest.
  [
    'Chargé de communication\nProfil\n• Formation Bac+3 à Bac+5 en communication ou marketing\n',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  // "bzw." ends no sentence; a recognised foreign diploma is the named one's equivalent.
  [
    'DGKP (w/m/d)\nIhr Profil\n- Diplom bzw. Bachelor in Gesundheits- und Krankenpflege\n',
    [{ level: 'bachelor', fields: ['Gesundheits-', 'Krankenpflege'], required: true }],
  ],
  [
    'Pflegefachperson\nIhr Profil\n- Diplom Pflegefachfrau/-mann HF oder FH bzw. vom SRK anerkanntes ausländisches Diplom\n',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  // A duty line that asks for a degree is a requirement; a preferred MBA asks for no other.
  [
    "Operations Manager\nResponsibilities\n- Lead a team of 12 associates\n- Bachelor's degree in Business or Supply Chain required\nQualifications\n- 5+ years of warehouse leadership\n- MBA a plus",
    [
      { level: 'bachelor', fields: ['Business', 'Supply Chain'], required: true },
      { level: 'master', fields: [], required: false },
    ],
  ],
  // A cue further along the next line belongs to another item.
  [
    "Mechanical Engineer\nQualifications\nBachelor's degree in Mechanical Engineering and 5 years of HVAC design experience with\nknowledge of Revit preferred",
    [{ level: 'bachelor', fields: ['Mechanical Engineering'], required: true }],
  ],
  [
    "Data Engineer\nRequirements\n- Bachelor's degree in Computer Science or a related field and\nideally 5+ years of experience with Spark",
    [{ level: 'bachelor', fields: ['Computer Science'], required: true }],
  ],
  // The cue that makes a degree a plus may close its sentence on the next line.
  [
    'M&E Officer\nRequirements\n• Bachelor’s degree in Statistics\n• A postgraduate diploma in Monitoring & Evaluation will be an added\n  advantage\n',
    [
      { level: 'bachelor', fields: ['Statistics'], required: true },
      { level: 'master', fields: ['Monitoring & Evaluation'], required: false },
    ],
  ],
  // Degrees the duties name are not asked for when the requirements name their own.
  [
    'Lecturer\nThe position\nTeach in the Bachelor of Marine Science and the Master of Marine Policy.\n- Supervise Honours, Masters and PhD candidates\nSelection criteria\n1. A PhD in Marine Policy or International Law\n',
    [{ level: 'phd', fields: ['Marine Policy', 'International Law'], required: true }],
  ],
  [
    'Enfermero/a\nFunciones:\n• Participar en la formación de alumnos de Grado en Enfermería\nRequisitos:\n• Grado o Diplomatura en Enfermería\n',
    [{ level: 'bachelor', fields: ['Enfermería'], required: true }],
  ],
  // A German "Diplom" offered beside the Bachelor, or a Fachhochschule's, is the bachelor's level.
  [
    'Sozialarbeiter (m/w/d)\nIhr Profil:\n* abgeschlossenes Studium der Sozialen Arbeit (Diplom oder Bachelor) mit staatlicher Anerkennung\n',
    [{ level: 'bachelor', fields: ['Sozialen Arbeit'], required: true }],
  ],
  [
    'IT-Referent (m/w/d)\nIhr Profil:\n- abgeschlossenes Hochschulstudium (Bachelor/FH-Diplom) der Informatik\n',
    [{ level: 'bachelor', fields: ['Informatik'], required: true }],
  ],
  // A diploma in a field is an associate's; not after a degree it is the lesser alternative to,
  // not a professional body's, not a graduate diploma.
  [
    'Electrician\nDubai\nRequirements:\n- ITI / Diploma in Electrical\n',
    [{ level: 'associate', fields: ['Electrical'], required: true }],
  ],
  [
    'Logistics Supervisor\nHong Kong\nRequirements\n1. Diploma or above in Logistics / Supply Chain Management\n',
    [{ level: 'associate', fields: ['Logistics', 'Supply Chain Management'], required: true }],
  ],
  [
    'Sales Executive\nPune\nQualification\n* B.Sc. Agriculture or Diploma in Agriculture\n',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  ['Compliance Analyst\nSingapore\nRequirements\n- ICA Diploma in AML preferred\n', []],
  [
    'Compliance Analyst\nDublin\nRequirements\n• CAMS, ICA Certificate or Diploma in AML desirable\n',
    [],
  ],
  // A degree holder, an education level field, a field right after "BS".
  [
    'Relationship Manager\nHong Kong\nRequirements\n- Degree holder in Finance, Business or related disciplines\n',
    [{ level: 'bachelor', fields: ['Finance', 'Business'], required: true }],
  ],
  [
    "Customer Service\nCairo\nEducation Level: Bachelor's Degree\n",
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Registered Nurse\nRiyadh\nQUALIFICATIONS:\n  ✓ BS Nursing graduate with valid PRC license\n',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Analyst\nLondon\nRequirements\n- Advanced MS Office skills (MS Excel)\n- Temps per MA law\n',
    [],
  ],
  // Higher and ordinary national diplomas (HND, OND) and a national diploma are associate; an
  // Irish "Level 8 degree" a bachelor's; a sales "Promotion-Auswertung" no doctorate.
  [
    'Sales Representative\nLagos\nRequirements\n- OND/HND/B.Sc in any discipline',
    [
      { level: 'associate', fields: [], required: true },
      { level: 'bachelor', fields: [], required: true },
    ],
  ],
  // UK and French school certificates; a first degree named by its field, by "MBBS", by an Irish
  // "third-level qualification"; "diploma or degree" asks for the diploma; "nice but not
  // required" prefers.
  [
    'Receptionist\nGloucester\nRequirements\n- GCSE Maths and English at grade C/4 or above',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    'Agent des espaces verts\nProfil\n- CAP/BEP ou Bac pro en aménagements paysagers',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    'Solicitor\nLondon\nRequirements\n- Law degree or GDL/SQE route',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Medical Officer\nDharwad\nEducational Qualification:\na) MBBS degree from a recognised college.',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Dental Hygienist\nCalgary\nQualifications\n- Graduate of an accredited dental hygiene program (diploma or degree)',
    [{ level: 'associate', fields: [], required: true }],
  ],
  [
    'Backend Engineer\nStockholm\nRequirements\n- A degree in Computer Science, Engineering or similar is nice but not required',
    [{ level: 'bachelor', fields: ['Computer Science', 'Engineering'], required: false }],
  ],
  [
    'QA Specialist\nCork\nRequirements\n- Third-level qualification (Level 8 degree) in Science or Engineering',
    [{ level: 'bachelor', fields: ['Science', 'Engineering'], required: true }],
  ],
  ['Werkstudent Data\nAufgaben\n* Ad-hoc-Analysen, z. B. Promotion-Auswertungen', []],
  // Abbreviations are capitals: "PM me or text" and "Ms or Mr" name no master's; India's MCA is
  // one; a degree that may substitute for experience is no requirement.
  ['Farmhand\nGriffith NSW\nPM me or text 0412 555 377 with your experience.', []],
  ['Receptionist\nRequirements\n- Greet every guest as Ms or Mr with their surname', []],
  [
    'Java Developer\nRequirements\n- MCA in Computer Science or related field',
    [{ level: 'master', fields: ['Computer Science'], required: true }],
  ],
  [
    "Civil Engineer\nMinimum qualifications\nA Bachelor's degree in Civil Engineering and two years of experience.\nSubstitution: A master's degree in civil engineering may substitute for one (1) year of the experience.",
    [{ level: 'bachelor', fields: ['Civil Engineering'], required: true }],
  ],
  // "Degree or diploma in", "a relevant degree"; a Peruvian engineer "titulado"; school-leaving
  // levels in the Philippines ("SHS graduate") and Chile ("Enseñanza media completa").
  [
    'Manager\nRequirements\n- Degree or diploma in Hospitality Management',
    [{ level: 'bachelor', fields: ['Hospitality Management'], required: true }],
  ],
  [
    'Teacher\nRequirements\n- A relevant degree (Mathematics, Statistics or similar) and a teaching qualification',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Agrónomo\nRequisitos\n- Ingeniero Agrónomo titulado y colegiado (CIP habilitado)',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'CSR\nQualifications\n✔️ At least HS graduate / SHS graduate (K-12)',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    'Operario\nRequisitos\n• Enseñanza media completa',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  // School-leaving levels: South Africa's Matric and Grade 12, India's 12th pass, Germany's
  // Realschulabschluss; a "Need:" label lists requirements; a messenger's check-mark bullets.
  [
    'Agents\nNeed: Matric, min 6 months sales exp.',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    'Artisan\nRequirements\n- Grade 12\n- Trade test',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    'Delivery\n✅ Own bike\n✅ 10th pass / 12th pass can apply',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    'Azubi\nDein Profil\n• Guter Realschulabschluss oder Fachhochschulreife',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  // "College graduate", a "tertiary qualification", a "postgraduate qualification".
  [
    'VA\nQualifications\n- College graduate preferred',
    [{ level: 'bachelor', fields: [], required: false }],
  ],
  [
    'Advisor\nWhat you bring\n- A relevant tertiary qualification (e.g. public policy, law) - a postgraduate qualification is desirable',
    [
      { level: 'bachelor', fields: [], required: true },
      { level: 'master', fields: [], required: false },
    ],
  ],
  // A cue with its own subject after a dash, or inside a bracket, is not about the degree.
  [
    'Requirements:\n- BCom Accounting degree (completed) — Honours will be an advantage',
    [{ level: 'bachelor', fields: ['Accounting'], required: true }],
  ],
  [
    'Profil :\n- Master 2 en droit des affaires (une double formation école de commerce serait appréciée)',
    [{ level: 'master', fields: [], required: true }],
  ],
  // National forms: an Irish level, Spain's ESO, a Mexican degree "trunca o terminada".
  [
    'Requirements:\n- Degree (Level 7 or 8) in Chemistry, Biochemistry or a related science',
    [{ level: 'bachelor', fields: ['Chemistry', 'Biochemistry'], required: true }],
  ],
  [
    'Requisitos:\n- Estar en posesión del título de Graduado en Educación Secundaria Obligatoria o equivalente.',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    'Requisitos:\n- Licenciatura en Administración, Mercadotecnia o afín (trunca o terminada)',
    [{ level: 'bachelor', fields: ['Administración', 'Mercadotecnia'], required: false }],
  ],
  // A value under an "Études" label; "MS preferred"; "be preferred" is no B.E.
  [
    "Job Bank\nLangues\nFrançais\nÉtudes\nDiplôme d'études secondaires (DES) ou l'équivalent\nExpérience\n1 an",
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    'Qualifications:\n• BS in Mechanical Engineering required; MS preferred',
    [
      { level: 'bachelor', fields: ['Mechanical Engineering'], required: true },
      { level: 'master', fields: [], required: false },
    ],
  ],
  [
    'Requirements:\n• Graduate in any stream (mandatory); MBA in Sales & Marketing will be preferred',
    [
      { level: 'bachelor', fields: [], required: true },
      { level: 'master', fields: ['Sales & Marketing'], required: false },
    ],
  ],
  // A bracket that goes on about the degree keeps its cue; "MS" the disease is no degree.
  [
    'Requirements:\n- PhD (in a quantitative field strongly preferred)',
    [{ level: 'phd', fields: [], required: false }],
  ],
  ['Requirements:\n- Experience caring for patients with MS preferred', []],
  [
    "Requirements:\n- Master's degree – this would be a strong plus",
    [{ level: 'master', fields: [], required: false }],
  ],
  // A student's studies still ahead are no degree asked for.
  ['Dein Profil:\n- Du hast noch mindestens 12 Monate Studium vor dir', []],
  [
    "Requirements:\n- Bachelor's degree in Computer Science or related field",
    [{ level: 'bachelor', fields: ['Computer Science'], required: true }],
  ],
  [
    "Requirements:\n- A Master's or PhD in Computer Science, Machine Learning, or a related field",
    [
      { level: 'master', fields: ['Computer Science', 'Machine Learning'], required: true },
      { level: 'phd', fields: ['Computer Science', 'Machine Learning'], required: true },
    ],
  ],
  [
    'Requirements:\n- High school diploma or GED',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    "Requirements:\n- Master's degree in Statistics preferred",
    [{ level: 'master', fields: ['Statistics'], required: false }],
  ],
  ['Nice to have:\n- PhD in Physics', [{ level: 'phd', fields: ['Physics'], required: false }]],
  ["Benefits:\n- Tuition paid for bachelor's degrees", []],
  [
    'Anforderungen\n- Master in Informatik oder Mathematik',
    [{ level: 'master', fields: ['Informatik', 'Mathematik'], required: true }],
  ],
  [
    'Requisitos\n- Grado en Ingeniería Informática o similar',
    [{ level: 'bachelor', fields: ['Ingeniería Informática'], required: true }],
  ],
  // "Mastering" is no master's degree; a figure right before an abbreviation does not hide it.
  [
    'Requirements:\n- Mastering of SQL; BSc in Physics',
    [{ level: 'bachelor', fields: ['Physics'], required: true }],
  ],
  [
    'Requirements:\n- 2BS in Chemistry',
    [{ level: 'bachelor', fields: ['Chemistry'], required: true }],
  ],
  // A degree without a level word is a first university degree; the level's own "degree" is not.
  [
    'Requirements:\n- Degree in Civil Engineering or Surveying',
    [{ level: 'bachelor', fields: ['Civil Engineering', 'Surveying'], required: true }],
  ],
  [
    "Requirements:\n- Master's degree in Chemistry",
    [{ level: 'master', fields: ['Chemistry'], required: true }],
  ],
  ['Requirements:\n- Works with a high degree in autonomy', []],
  [
    'Anforderungen\n- Abschluss in Elektrotechnik oder Mechatronik (FH/Uni)',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  ['Profil\n- Bachelier en comptabilité', [{ level: 'bachelor', fields: [], required: true }]],
  [
    'Requisitos\n- Profesional en Contaduría Pública',
    [{ level: 'bachelor', fields: ['Contaduría Pública'], required: true }],
  ],
  ['Requisitos\n- Buscamos un Profesional en Ventas', []],
  [
    'Requirements:\n- MS in Physics, or a BS with 4+ years of lab experience',
    [
      { level: 'master', fields: ['Physics'], required: true },
      { level: 'bachelor', fields: [], required: true },
    ],
  ],
  ['Requirements:\n- Please provide me with 2 references', []],
  // A professional doctorate is a doctorate.
  [
    'Requirements:\n- Doctor of Physical Therapy (DPT) from an accredited program',
    [{ level: 'phd', fields: [], required: true }],
  ],
  ['Requirements:\n- PharmD required', [{ level: 'phd', fields: [], required: true }]],
  // "licence" is a degree only in French; "grado medio" and "Ausbildung" are vocational.
  ['Requirements:\n- Full UK driving licence', []],
  ['Requirements:\n- Forklift licence is an advantage', []],
  ['Profil\n- Licence CACES R489 valide', []],
  [
    'Profil\n- Licence en droit ou Master',
    [
      { level: 'bachelor', fields: [], required: true },
      { level: 'master', fields: [], required: true },
    ],
  ],
  ['Requisitos\n- Ciclo formativo de grado medio en electricidad', []],
  [
    'Requisitos\n- Ciclo formativo de grado superior en Administración',
    [{ level: 'associate', fields: ['Administración'], required: true }],
  ],
  ['Anforderungen\n- Abgeschlossene Ausbildung als Mechatroniker', []],
  // Required / preferred per clause, not per sentence.
  [
    'Requirements:\n- Associate degree in Radiography required, Bachelor of Science in Radiography preferred',
    [
      { level: 'associate', fields: ['Radiography'], required: true },
      { level: 'bachelor', fields: ['Radiography'], required: false },
    ],
  ],
  [
    "Profil recherché\n- Diplômé d'un Master, vous avez 3 ans d'expérience en audit, idéalement en cabinet.",
    [{ level: 'master', fields: [], required: true }],
  ],
  [
    "Requirements:\n- Bachelor's degree in Economics, Finance, Statistics, or a related field preferred",
    [{ level: 'bachelor', fields: ['Economics', 'Finance', 'Statistics'], required: false }],
  ],
  // A bullet that opens with the degree is a requirement under any heading; "Ph.D." ends no
  // sentence.
  [
    'Qualifications\nRequired:\n- High school diploma or GED\n- 1 year of retail experience',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    'Qualifications\nRequired:\n- Ph.D. in Molecular Biology, Genetics, or a related field',
    [{ level: 'phd', fields: ['Molecular Biology', 'Genetics'], required: true }],
  ],
  [
    'Ihr Profil\n- Abgeschlossenes Bachelorstudium im Bereich Marketing oder Medien',
    [{ level: 'bachelor', fields: ['Marketing', 'Medien'], required: true }],
  ],
  [
    "Préposé aux bénéficiaires\nÉtudes : Diplôme d'études secondaires (DES) ou l'équivalent",
    [{ level: 'high_school', fields: [], required: true }],
  ],
  ['Requirements\n- Matric (Grade 12)', [{ level: 'high_school', fields: [], required: true }]],
  // "Bachiller en <field>" is a Peruvian university degree; "Título de Bachiller" a school one.
  [
    'Requisitos\n- Bachiller en Psicología o Administración',
    [{ level: 'bachelor', fields: ['Psicología', 'Administración'], required: true }],
  ],
  ['Requisitos\n- Título de Bachiller', [{ level: 'high_school', fields: [], required: true }]],
  [
    'Requisitos\n- Bachiller o Titulado en Contabilidad',
    [{ level: 'bachelor', fields: ['Contabilidad'], required: true }],
  ],
  [
    'Requisitos\n- Ingeniería en Sistemas Computacionales o carrera afín (titulado)',
    [{ level: 'bachelor', fields: ['Sistemas Computacionales'], required: true }],
  ],
  ['Requisitos\n- Experiencia en ingeniería en la nube', []],
  // A degree being studied for is an intern's requirement when the sentence opens with it...
  [
    "Requirements:\n- Currently pursuing a Bachelor's degree in Computer Science",
    [{ level: 'bachelor', fields: ['Computer Science'], required: true }],
  ],
  [
    "Basic qualifications\n- Be pursuing a Bachelor's or Master's degree in Computer Science",
    [
      { level: 'bachelor', fields: ['Computer Science'], required: true },
      { level: 'master', fields: ['Computer Science'], required: true },
    ],
  ],
  // ... not students the hire will teach, nor a student's programme (the degree is not held yet),
  // nor a Werkstudent's enrolment.
  [
    "Profil\n• Étudiant(e) en école de commerce ou Master marketing (Bac+4/5), stage de fin d'études",
    [],
  ],
  ['Responsibilities:\n- Precept nursing students from local BSN programs', []],
  ['Dein Profil\n- Immatrikuliertes Studium im Bereich Marketing, BWL oder vergleichbar', []],
  // a Canadian college diploma; a B.Ed and an M.Ed; Malaysia's SPM school certificate
  [
    'Requirements:\n* College diploma in Accounting or Business Administration',
    [{ level: 'associate', fields: ['Accounting', 'Business Administration'], required: true }],
  ],
  [
    'Requirements:\n- B.Ed (Foundation Phase) or equivalent teaching qualification',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Requirements:\n- M.Ed degree in Education',
    [{ level: 'master', fields: ['Education'], required: true }],
  ],
  ['Requirements:\n- Make the bed and assist patients', []],
  // a driving licence is no French "licence"
  ['Requirements:\n- Cat C licence, max 6 points', []],
  [
    'Profil :\n- Licence / Master en finance',
    [
      { level: 'bachelor', fields: [], required: true },
      { level: 'master', fields: [], required: true },
    ],
  ],
  ['Requirements:\n- SPM holder', [{ level: 'high_school', fields: [], required: true }]],
  [
    'Profil recherché\n- Vous préparez un Bac+3 ou Bac+5 en ressources humaines',
    [
      { level: 'bachelor', fields: [], required: true },
      { level: 'master', fields: [], required: true },
    ],
  ],
  // J.D. Edwards is software, no law degree.
  [
    "Requirements\n- 5+ years of experience with J.D. Edwards EnterpriseOne\n- Bachelor's degree in Information Systems",
    [{ level: 'bachelor', fields: ['Information Systems'], required: true }],
  ],
  // A law degree is a professional doctorate; Ireland's school-leaving certificate and NFQ levels.
  [
    'Qualifications\n- J.D. from an accredited law school and active bar membership',
    [{ level: 'phd', fields: [], required: true }],
  ],
  [
    'Requirements\n- A Leaving Certificate is required; a third-level qualification is an advantage',
    [
      { level: 'high_school', fields: [], required: true },
      { level: 'bachelor', fields: [], required: false },
    ],
  ],
  [
    'QUALIFICATIONS\n(a) hold a degree (level 8 in the National Framework of Qualifications) in Civil Engineering, or equivalent',
    [{ level: 'bachelor', fields: ['Civil Engineering'], required: true }],
  ],
  [
    'Requirements\n- Relevant tertiary qualifications in public policy or economics are desirable',
    [{ level: 'bachelor', fields: [], required: false }],
  ],
  // Spain: the levels in brackets name the generic "titulación universitaria".
  [
    'Requisitos\n· Titulación universitaria (grado o licenciatura) en Ciencias Sociales, Económicas o afines',
    [{ level: 'bachelor', fields: ['Ciencias Sociales'], required: true }],
  ],
  // A Naukri "PG:" field restating the postgraduate degree the posting prefers.
  [
    'Requirements\n- Graduate in any discipline; MBA (Sales & Marketing) preferred\n\nEducation\nUG: Any Graduate\nPG: MBA/PGDM in Marketing',
    [
      { level: 'bachelor', fields: [], required: true },
      { level: 'master', fields: [], required: false },
    ],
  ],
  [
    "Requirements:\n- Bachelor's degree in Psychology; experience supervising students in clinics",
    [{ level: 'bachelor', fields: ['Psychology'], required: true }],
  ],
  // Vocational training is no degree.
  ['Requirements\n- Certificate III in Plumbing', []],
  ['Anforderungen\n- Abgeschlossene Lehre als Elektroinstallateur EFZ', []],
  // Indian / UK / South African named degrees.
  [
    'Qualifications (as per AICTE norms):\n- B.E./B.Tech. and M.E./M.Tech. in Electronics & Communication with First Class',
    [
      { level: 'bachelor', fields: ['Electronics & Communication'], required: true },
      { level: 'master', fields: ['Electronics & Communication'], required: true },
    ],
  ],
  [
    "You'll need:\n- MPharm degree and current GPhC registration",
    [{ level: 'master', fields: ['Pharmacy'], required: true }],
  ],
  [
    'Desired Experience & Qualification\n- B.Com Accounting degree (essential); CTA advantageous',
    [{ level: 'bachelor', fields: ['Accounting'], required: true }],
  ],
  [
    'Qualifications\n- BSc in Agronomy or Soil Science\n- MSc in Agronomy will be an added advantage',
    [
      { level: 'bachelor', fields: ['Agronomy', 'Soil Science'], required: true },
      { level: 'master', fields: ['Agronomy'], required: false },
    ],
  ],
  // "valorará" ends in an accented letter: no `\b` after it.
  [
    'Requisitos:\n- Grado en Enfermería\n- Se valorará Máster en Enfermería Quirúrgica',
    [
      { level: 'bachelor', fields: ['Enfermería'], required: true },
      { level: 'master', fields: ['Enfermería Quirúrgica'], required: false },
    ],
  ],
  // Job Bank: the label on the line above its value.
  [
    'Overview\nEducation\nSecondary (high) school graduation certificate\nExperience\n3 years to less than 5 years',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  // Quebec: "baccalauréat en" is a university degree; a bullet left in the company blurb.
  [
    "Qui sommes-nous\nNotre cabinet accompagne des PME depuis 1990.\n- Baccalauréat en génie logiciel ou dans un domaine connexe\n- Trois ans d'expérience en développement",
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Requisitos:\n- Ingeniero de Minas titulado y colegiado',
    [{ level: 'bachelor', fields: ['Minas'], required: true }],
  ],
  ['Somos una minera. Buscamos un Ingeniero de Minas para el puesto de jefe de guardia.', []],
  [
    'Requirements:\n- B.S. in Electrical Engineering (required); M.S. in Power Systems preferred',
    [
      { level: 'bachelor', fields: ['Electrical Engineering'], required: true },
      { level: 'master', fields: ['Power Systems'], required: false },
    ],
  ],
  [
    "Requirements:\n- Associate or Bachelor's degree required",
    [
      { level: 'associate', fields: [], required: true },
      { level: 'bachelor', fields: [], required: true },
    ],
  ],
  [
    "Qualifications:\n- High school diploma or GED required; associate's or bachelor's degree in business preferred",
    [
      { level: 'high_school', fields: [], required: true },
      { level: 'associate', fields: [], required: false },
      { level: 'bachelor', fields: [], required: false },
    ],
  ],
  [
    'Requirements:\n- Honours degree (Level 8) in Chemistry or a related discipline',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    '🎓 Qualification: Any Graduate (B.Com / BBA preferred)',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Requisitos:\n• Secundario completo\n• Disponibilidad inmediata',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    '¿Qué buscamos?\n• Estudiantes avanzados o graduados de Ingeniería en Sistemas, Licenciatura en Informática o carreras afines (no excluyente)',
    [{ level: 'bachelor', fields: [], required: false }],
  ],
  [
    'Profil\n- CESS ou formation qualifiante en soudure (enseignement de promotion sociale)',
    [{ level: 'high_school', fields: [], required: true }],
  ],
  [
    "Ce que nous recherchons\n- DES (diplôme d'études secondaires) : un atout",
    [{ level: 'high_school', fields: [], required: false }],
  ],
  [
    'EXIGENCES\n- Détenir un baccalauréat en enseignement des mathématiques',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Ihr Profil\n- Abgeschlossenes Studium (Bachelor oder Diplom-FH) im Bauingenieurwesen',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Ihr Profil\n- Diplom als Pflegefachfrau/-mann HF oder Bachelor of Science in Pflege FH',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Ihr Profil\nUniversitätsabschluss (Master) in Wirtschaftswissenschaften oder Mathematik.',
    [{ level: 'master', fields: ['Wirtschaftswissenschaften', 'Mathematik'], required: true }],
  ],
  // Nursing's own degrees; BEng / MEng; French "ADN" is DNA.
  [
    'Requirements\n- BSN required, or ADN with BSN completion within 3 years of hire\n- MSN preferred',
    [
      { level: 'bachelor', fields: ['Nursing'], required: true },
      { level: 'associate', fields: ['Nursing'], required: true },
      { level: 'master', fields: ['Nursing'], required: false },
    ],
  ],
  [
    'Requirements\n- A BEng or MEng in Civil Engineering (2:1 or above expected)',
    [
      { level: 'bachelor', fields: ['Civil Engineering'], required: true },
      { level: 'master', fields: ['Civil Engineering'], required: true },
    ],
  ],
  ["Profil\n- Vous partagez notre ADN et nos valeurs, l'ADN de l'entreprise", []],
  ['Requisitos\n- Extracción de ADN y ARN, PCR\n- Secuenciación de ADN', []],
  [
    'Requirements\n• Bachelor of Science in Nursing (BSN) preferred; ADN accepted with BSN within 3 years of hire',
    [
      { level: 'bachelor', fields: ['Nursing'], required: false },
      { level: 'associate', fields: ['Nursing'], required: true },
    ],
  ],
  ['Duties\n• Receive inbound freight, verify against ASN and put away to location', []],
  // The field in the genitive ("Studium der …"); a generic degree's bracket names its levels.
  [
    'Anforderungen\n- Abgeschlossenes Studium der Elektrotechnik, Energietechnik oder vergleichbar',
    [{ level: 'bachelor', fields: ['Elektrotechnik', 'Energietechnik'], required: true }],
  ],
  [
    'Anforderungen\n- Abgeschlossenes Studium (Bachelor/Master) der Elektrotechnik',
    [
      { level: 'bachelor', fields: ['Elektrotechnik'], required: true },
      { level: 'master', fields: ['Elektrotechnik'], required: true },
    ],
  ],
  [
    'Ihr Profil\n- Abgeschlossene Promotion in Chemie',
    [{ level: 'phd', fields: ['Chemie'], required: true }],
  ],
  ['Requirements:\n- Promotion of safety standards on site', []],
  [
    'Requisitos:\n- Título de Ingeniero(a) Civil de Minas',
    [{ level: 'bachelor', fields: ['Ingeniero'], required: true }],
  ],
  ['Requisitos:\n- Título de Bachiller', [{ level: 'high_school', fields: [], required: true }]],
  [
    'SALARIO: $3.800.000 mensuales\nFormación: Profesional en Enfermería con tarjeta profesional vigente.',
    [{ level: 'bachelor', fields: ['Enfermería'], required: true }],
  ],
  [
    "Profil recherché\n- Titulaire d'un grade Licence en droit",
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Requisitos:\n- Egresado o Bachiller de la carrera de Contabilidad',
    [{ level: 'bachelor', fields: ['Contabilidad'], required: true }],
  ],
  [
    'Exigences\n- Détenir un baccalauréat dans une discipline appropriée',
    [{ level: 'bachelor', fields: [], required: true }],
  ],
  [
    'Exigences\n- DEC en techniques de comptabilité',
    [{ level: 'associate', fields: [], required: true }],
  ],
  // Where the fields end: a closing bracket, a table's column gap, a conjunction left by a line
  // break or standing alone before the next numbered condition.
  [
    'Requirements:\n- A professional qualification (Doctorate in Clinical Psychology), AND',
    [{ level: 'phd', fields: ['Clinical Psychology'], required: true }],
  ],
  [
    'Person specification\nQualifications\nBSc in Town Planning or Geography          E     A',
    [{ level: 'bachelor', fields: ['Town Planning', 'Geography'], required: true }],
  ],
  [
    'Requirements:\n- B.S. in Chemical, Mechanical or Electrical Engineering and\n  3 years of experience',
    [
      {
        level: 'bachelor',
        fields: ['Chemical', 'Mechanical', 'Electrical Engineering'],
        required: true,
      },
    ],
  ],
  [
    'Anforderungen:\n– Abgeschlossenes Studium der Wirtschaftswissenschaften, Wirtschaftsinformatik oder\n  vergleichbar',
    [
      {
        level: 'bachelor',
        fields: ['Wirtschaftswissenschaften', 'Wirtschaftsinformatik'],
        required: true,
      },
    ],
  ],
  // "Degree or postgraduate qualification in": a first degree or a higher one, both in the field.
  [
    'Qualifications\n- Degree or postgraduate qualification in Town Planning',
    [
      { level: 'bachelor', fields: ['Town Planning'], required: true },
      { level: 'master', fields: ['Town Planning'], required: true },
    ],
  ],
  // A doctoral thesis to write is the job, not a doctorate to hold; a "título de Doctor/a" is one.
  [
    'Requisitos:\n- Máster en Química.\nTareas:\n- Elaboración de la tesis doctoral.',
    [{ level: 'master', fields: ['Química'], required: true }],
  ],
  [
    'Requisitos:\n- Estar en posesión del título de Doctor/a.',
    [{ level: 'phd', fields: [], required: true }],
  ],
  // Being admitted to a doctoral programme is a condition of enrolment, no degree held.
  [
    'Requisitos:\n- Máster Universitario en Química o estar en condiciones de ser admitido en un programa de doctorado.',
    [{ level: 'master', fields: [], required: true }],
  ],
  // "título de Máster": the master's, not a profession's degree.
  [
    'Requisitos:\na) Estar en posesión de un título de Máster Universitario en Ingeniería Naval y\n   Oceánica o afín.',
    [{ level: 'master', fields: [], required: true }],
  ],
];

describe('degrees', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).degrees).toEqual(expected);
  });
});

describe('an English trade licence in brackets', () => {
  it('is no degree', () => {
    const text =
      "Forklift Operator\n\nYou'll need:\n- A current forklift ticket (high risk work licence)\n- 2 years' experience";
    expect(parse(text).degrees).toEqual([]);
  });
});

// Levels and required flags only: [posting text, [level, required][]].
const LEVEL_CASES: [string, [string, boolean][]][] = [
  // A degree said not to be needed is no requirement.
  ['Requirements:\n- 6+ years of Go\n- We do not require a college degree for this role.', []],
  ['Dein Profil:\n- Ein abgeschlossenes Studium ist schön, aber nicht zwingend', []],
  // A degree that only shortens the experience asked, or illustrates an equivalent.
  [
    "Requirements:\n- 3+ years of experience, or 2+ years if you hold a Master's degree in Computer Science",
    [],
  ],
  [
    'Essential:\n- BSc (Hons) in Physiotherapy or equivalent (e.g. MSc pre-registration)',
    [['bachelor', true]],
  ],
  // A course at a level is no degree.
  ['Desirable:\n- Postgraduate MSc-level module in MSK', []],
  // India "Graduate in any stream".
  [
    'Requirements:\n• Graduate in any stream (mandatory); MBA in Sales & Marketing will be preferred',
    [
      ['bachelor', true],
      ['master', false],
    ],
  ],
  // "Graduate in" a named field at the head of an item is a first degree; in passing it is not.
  ['Requirements\n- Graduate in Engineering, Statistics or Economics\n- SQL', [['bachelor', true]]],
  ['Requirements\n- Support every new graduate in Marketing through onboarding', []],
  ['Requirements\n- Mentor a graduate in training', []],
  ['Requirements\n- Graduate in December 2026 or later', []],
  // Spanish professions held ("titulado", "recibido/a"), Mexican "Ingeniería X o afín".
  [
    'Requisitos:\n- Ingeniería Industrial, Mecánica, Mecatrónica o afín (titulado)',
    [['bachelor', true]],
  ],
  [
    'Requisitos:\n- Ingeniero de Minas, Ingeniero de Seguridad o Ingeniero Industrial, titulado y colegiado',
    [['bachelor', true]],
  ],
  ['Requisitos:\n- Contador/a Público/a recibido/a (excluyente)', [['bachelor', true]]],
  ['Requisitos:\n- Técnico recibido en electricidad', []],
  // Swiss school types joined by "ou".
  ["Profil:\n- Diplôme d'ingénieur·e HES ou EPF en génie thermique", [['bachelor', true]]],
  // A state word before the fields; a cue about the bracket's own item.
  [
    'Requisitos:\n- Licenciatura trunca o terminada en Administración, Mercadotecnia o afín (deseable)',
    [['bachelor', false]],
  ],
  ['Profil:\n- Bachelier en comptabilité (option fiscalité, un plus)', [['bachelor', true]]],
  // A bracket restating the level; French feminine cues.
  [
    "Profil:\n- Formation Bac+5 (école d'ingénieur ou master en informatique) appréciée",
    [['master', false]],
  ],
  [
    'Profil:\n- Niveau Bac+2 souhaité dans le domaine des ressources humaines',
    [['associate', false]],
  ],
  // Québec's "Maîtrise" under an "Atout" heading; a skill's "maîtrise" is none.
  [
    'Qualifications requises\n- Baccalauréat en enseignement au secondaire\nAtout\n- Maîtrise en éducation',
    [
      ['bachelor', true],
      ['master', false],
    ],
  ],
  ['Profil:\n- Une bonne maîtrise en communication écrite est exigée', []],
  // An "Education:" field after a nice-to-have list states its own requirement.
  [
    "Nice to Haves:\n- Datadog or Splunk\nEducation: Bachelor's degree in Computer Science or equivalent experience.",
    [['bachelor', true]],
  ],
  // A level right after a digit or "_" has no word boundary before it (see LEVEL_CANDIDATE_IN_WORD).
  ['Requirements:\n- A 14-year degree in Nursing', [['bachelor', true]]],
  ['Requirements:\n- Nursing_Bachelor in Nursing', [['bachelor', true]]],
];

describe('degree levels', () => {
  it.each(LEVEL_CASES)('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('a graduate diploma after a degree', () => {
  it('is no associate degree of its own', () => {
    const text =
      'Teacher\nAuckland\nRequirements\n- A teaching qualification (Bachelor of Teaching or Graduate Diploma in Teaching)\n';
    expect(parse(text).degrees.map((d: { level: string }) => d.level)).toEqual(['bachelor']);
  });
});

describe('degrees in Portuguese, Polish, Dutch, Italian, Czech and Swedish', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Dev Back-end\nRequisitos\n- Ensino superior completo em Ciência da Computação',
      [['bachelor', true]],
    ],
    ['Assistente\nRequisitos\n- Ensino médio completo', [['high_school', true]]],
    ['Specjalista\nWymagania:\n- wykształcenie wyższe ekonomiczne', [['bachelor', true]]],
    // "hbo or wo" names a bachelor's or a master's, as "Bachelor's or Master's" does.
    [
      'Data Analist\nWat vragen wij\n- Een afgeronde hbo- of wo-opleiding',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    [
      'Ingegnere di processo\nRequisiti\n- Laurea magistrale in Ingegneria Chimica',
      [['master', true]],
    ],
    ['Účetní\nPožadujeme\n- vysokoškolské vzdělání ekonomického směru', [['bachelor', true]]],
    ['Controller\nKvalifikationer\n- Kandidatexamen i ekonomi', [['bachelor', true]]],
    // Vocational training is enough: no bachelor's asked.
    [
      'Administratief Medewerker\nWat vragen wij\n- Je hebt een afgeronde mbo- of hbo-opleiding.',
      [],
    ],
    // A wish for training is no degree.
    ['Data Analist\nWat bieden wij\n- Een opleidingsbudget van € 1.000', []],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('preferred degrees in Polish, Norwegian, Italian and Portuguese', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'DevOps Engineer\nWymagania\n- Min. 3 lata doświadczenia\nMile widziane\n- Studia magisterskie z informatyki',
      [['master', false]],
    ],
    [
      'Avdelingsleder\nKvalifikasjoner\n- Fagbrev som elektriker, gjerne kombinert med bachelor i elektro',
      [['bachelor', false]],
    ],
    ['Analista\nRequisitos\n- Mestrado em Estatística (desejável)', [['master', false]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('degrees in board fields, UK shorthand and dash-set cues', () => {
  it.each<[string, [string, boolean][]]>([
    ['Bookkeeper\nAcme LLC\nEducation:\n- Associate (Preferred)', [['associate', false]]],
    [
      'Executive Assistant\nAcme Ltd\nRequirements\n- Degree educated preferred',
      [['bachelor', false]],
    ],
    [
      'Project Manager\nAcme Rail\nRequirements\n• Degree (or HNC/HND) in Electrical Engineering or a related discipline',
      [
        ['bachelor', true],
        ['associate', true],
      ],
    ],
    [
      'SAP Consultant\nAcme GmbH\nRequirements\n- University degree in business administration, economics or comparable — desirable',
      [['bachelor', false]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('a merit is a preference (session 27)', () => {
  it.each([
    [
      'Data Engineer\nAcme AB\nRequirements\n- A degree in computer science is a merit',
      [['bachelor', false]],
    ],
    [
      'Data Engineer\nAcme AB\nRequirements\n- A degree in computer science or similar is considered meritorious',
      [['bachelor', false]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('a UK "Merit" grade is no preference (review of session 27)', () => {
  it('keeps the degree required', () => {
    expect(
      parse(
        "Research Assistant\nUniversity of Leeds\nEssential criteria:\n- A Master's degree in Psychology at Merit or above",
      ).degrees.map((d) => [d.level, d.required]),
    ).toEqual([['master', true]]);
  });
});

describe('degrees named in Dutch, Portuguese and Swedish (session 28)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    [
      'Uitvoerder\nBouwbedrijf\nWat vragen wij?\n- Een afgeronde hbo-opleiding\n- 5 jaar',
      [['bachelor', true]],
    ],
    [
      'Verpleegkundige\nZiekenhuis\nWat vragen wij?\n- Je hebt een afgeronde hbo-v-opleiding',
      [['bachelor', true]],
    ],
    // "MBO+/HBO werk- en denkniveau" asks for a level of thinking, not a degree.
    ['Accountmanager\nAcme\nWat vragen wij?\n• MBO+/HBO werk- en denkniveau', []],
    [
      'Leerkracht\nSchool\nProfiel\n- Je bent houder van een bachelor in het onderwijs, óf van een master in de wiskunde',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    [
      'Enfermeiro\nHospital\nRequisitos:\n- Graduação em Enfermagem\n- Desejável: pós-graduação em Terapia Intensiva',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    ['Vendedor\nAcme\nRequisitos:\n- Ensino superior (desejável)', [['bachelor', false]]],
    [
      'Rececionista\nHotel\nRequisitos: 12.º ano, inglês e francês fluentes.',
      [['high_school', true]],
    ],
    [
      'Projektledare\nAcme\nVi söker dig som:\n- Är civilingenjör eller högskoleingenjör inom väg- och vattenbyggnad',
      [
        ['master', true],
        ['bachelor', true],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('an alternative degree, a UK class and a scoped "not required" (session 29)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    // A level-less degree offered instead of a diploma is a second level.
    [
      'Junior Designer\nStudio\n\nYou have: a diploma or degree in graphic design, a portfolio.',
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    [
      'Sales Manager\nAcme\n\n- Diploma or degree in business is an asset',
      [
        ['associate', false],
        ['bachelor', false],
      ],
    ],
    // "Master's degree in" is still one degree.
    ['Analyst\nAcme\n\nRequirements\n- Master’s degree in Statistics', [['master', true]]],
    // A UK degree class names a first degree.
    [
      'Graduate Accountant\nLeeds\n\nRequirements\n- A 2:1 degree (or predicted) in any discipline – you do not need an accounting degree',
      [['bachelor', true]],
    ],
    // "Not required" in a bracket of its own is about what is in it; "welcome" prefers.
    [
      'Engineering Manager\nCambridge\n\nRequirements\n- Degree in Electronic Engineering, Computer Science or similar (MEng/MSc welcome but not required)',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // A "not required" whose clause names no degree is about them all.
    [
      'Frontend Developer\nUtrecht\n\nRequirements\n- HBO-level thinking and working (bachelor’s level), degree not required',
      [],
    ],
    // A waiver in a clause of its own keeps what it waives as welcome.
    ['Picker\nBhiwandi\n\nUG: Any Graduate (not mandatory)', [['bachelor', false]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('education fields, degrees earned later and two-year diplomas (session 29)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    [
      'Product Designer\nParis\n\n- Éducation : Bac +5 / Master\n- Expérience : > 4 ans',
      [['master', true]],
    ],
    [
      'Backend Engineer\nRemote\n\n- Education: Master’s Degree\n- A degree in Computer Science is appreciated but not mandatory',
      [
        ['master', true],
        ['bachelor', false],
      ],
    ],
    [
      'RN ICU\nColumbus\n\nRequirements\nAssociate Degree in Nursing (ADN) required; Bachelor of Science in Nursing (BSN) preferred, or BSN required within five years of hire',
      [
        ['associate', true],
        ['bachelor', false],
      ],
    ],
    [
      'Library Assistant\nKelowna\n\nQualifications\n- Grade 12 and completion of a two-year Library and Information Technology diploma',
      [
        ['high_school', true],
        ['associate', true],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('what the session 29 degree rules must leave alone (review)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    ['Analyst\nAcme\n\nRequirements\n- MBA or equivalent degree in Finance.', [['master', true]]],
    [
      'Engineer\nAcme\n\nRequirements\n- Bachelor’s degree in Mechanical Engineering (graduates welcome)',
      [['bachelor', true]],
    ],
    [
      'Grant Manager\nBrno\n\nRequirements\n* a university degree is welcome but not required',
      [['bachelor', false]],
    ],
    [
      'Cook\nAcme\n\nRequirements\n- Minimum two year experience and high school diploma.',
      [['high_school', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('what "not required" is about, and labelled requirement lines (session 30)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    // Another thing is not required: the degree stays.
    [
      'Physician\nAcme\n\nRequirements\n- Degree of doctor of medicine or an equivalent degree.\n- Transcripts are not required for this position; verification of the MD/DO degree will be completed during credentialing.',
      [['phd', true]],
    ],
    // A clause of the cue alone waives the words before it: they are welcome, not asked.
    ['Picker\nAcme, Bhiwandi\n\nUG: Any Graduate (not mandatory)', [['bachelor', false]]],
    // Spanish.
    [
      'Designer\nAcme, Valencia\n\n**Qué buscamos:** entre 2 y 4 años de experiencia. No necesitas título universitario.',
      [],
    ],
    // A labelled line is in the section its label opens, whatever the line above.
    [
      'Physician\nAcme\nSalary: 275000 - 340000\nBasic Requirements: Degree of doctor of medicine or an equivalent degree.',
      [['phd', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('Nordic, Dutch and Italian levels and requirement labels (session 30)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    [
      'Systemutvecklare Java\nAcme AB, Umeå\n\nVi söker dig som har\n- Högskoleutbildning inom systemvetenskap, datateknik eller motsvarande erfarenhet',
      [['bachelor', true]],
    ],
    [
      'Undersköterska\nAcme AB · Kungälv\n\nKrav: undersköterskeutbildning (gymnasiets vård- och omsorgsprogram eller motsvarande) samt B-körkort.',
      [['high_school', true]],
    ],
    [
      'Produktionschef\nAcme Ab, Jakobstad\n\nVi söker dig som\n- har ingenjörsexamen (YH/AMK) eller diplomingenjörsexamen inom maskinteknik',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    [
      'Verpleegkundige GGZ\nAcme, Groningen\n\nWat vragen wij\n- Een afgerond diploma HBO-V met aantoonbare ervaring in de GGZ',
      [['bachelor', true]],
    ],
    [
      'Addetto vendite\nZagara Moda, Catania\n\nRichiesto diploma di scuola superiore e passione per la moda.',
      [['high_school', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('what the session 30 degree rules must leave alone (review)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    [
      'Auxiliar Contable\nAcme\nGuadalajara, Jalisco\nRequisitos:\n- Licenciatura en Contaduría, no se requiere experiencia',
      [['bachelor', true]],
    ],
    [
      'Staff Accountant\nAcme\nChicago, IL\nPay: $30/hour; requires an associate degree and 2 years of bookkeeping experience',
      [['associate', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('an alternative takes the cue of the degree it is offered with (session 31)', () => {
  it.each<[string, [string, boolean][]]>([
    [
      "Finance Manager\nAcme\nNairobi\n\nRequirements\n- Bachelor's degree in Accounting (required)\n- A Master's degree in Finance or an MBA is an added advantage",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });

  it('not across a dash: the PhD stays required', () => {
    const text =
      "Scientist\nAcme\nBoston\n\nRequirements\n- PhD in Computer Science or a related field — or a Master's degree plus three years of research experience";
    expect(parse(text).degrees.find((d) => d.level === 'phd')?.required).toBe(true);
  });
});

describe('school and degree names of more countries (session 38)', () => {
  const req = (line: string) => `Clerk\nAcme\n\nRequirements\n${line}\n`;
  it.each<[string, [string, boolean][]]>([
    [req('- diploma di ragioneria o equivalente (AFM)'), [['high_school', true]]],
    [req('• Je hebt een bachelordiploma accountancy-fiscaliteit'), [['bachelor', true]]],
    [req('- Minimaal MULO-diploma'), [['high_school', true]]],
    [
      req('- Utbildad undersköterska (gymnasial vård- och omsorgsutbildning) – krav'),
      [['high_school', true]],
    ],
    [req('✔ Minimum 10th Std pass / SSLC'), [['high_school', true]]],
    [req('- KCSE certificate (minimum D+) – copy required'), [['high_school', true]]],
    [req('- Completed secondary education (vyučení or maturita)'), [['high_school', true]]],
    [
      req('- Pendidikan min. D3/S1 semua jurusan (all majors)'),
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    [req('• higher agricultural education (Agronomy);'), [['bachelor', true]]],
    [req('- A veterinary degree (BVSc or equivalent)'), [['bachelor', true]]],
    // Not post-secondary education, not a sector, and the level named after a dash.
    [req('- A post-secondary education in a technical field, or equivalent experience'), []],
    [req('- You will teach in a leader in higher education and research'), []],
    [req("- Higher education — Master's degree (magister) in social sciences"), [['master', true]]],
    // A bracket naming the degree's forms is the same degree, and no clause between it and its cue.
    [
      req("- A Master's degree (MBA, MPA or MA in Arts Management) is an asset"),
      [['master', false]],
    ],
    [req('- Masters in Business Administration (MBA) will get preference'), [['master', false]]],
    // A Quebec "baccalauréat par cumul de certificats" is a university degree.
    [req('- Détenir un baccalauréat par cumul de certificats'), [['bachelor', true]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('review of session 38: a sector is no degree', () => {
  const req = (line: string) => `Teacher\nAcme\n\nRequirements\n${line}\n`;
  it.each<[string, [string, boolean][]]>([
    [req('- Experience of teaching in secondary education'), []],
    [req('- Experience working in a secondary education setting'), []],
    [req('- Familiarity with higher education procurement'), []],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('a German university study, and a cue about its focus (session 40)', () => {
  const req = (line: string) => `Referent (m/w/d)\nAcme GmbH\n\nDein Profil\n${line}\n`;
  it.each<[string, [string, boolean][]]>([
    [
      req(
        '- Abgeschlossenes Hochschulstudium der Wirtschaftswissenschaften, idealerweise mit Schwerpunkt Marketing',
      ),
      [['bachelor', true]],
    ],
    [req('- Abgeschlossenes Hochschulstudium (Master) der Hydrologie'), [['master', true]]],
    [req("- Bachelor's degree, ideally in Finance"), [['bachelor', true]]],
    [
      req("- Bachelor's degree, ideally a Master's"),
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('review of session 40: degrees', () => {
  const req = (line: string) => `Referent (m/w/d)\nAcme GmbH\n\nDein Profil\n${line}\n`;
  it.each<[string, [string, boolean][]]>([
    [req('- Du befindest dich in einem laufenden Hochschulstudium der Informatik'), []],
    [
      req(
        '- Abgeschlossene kaufmännische Ausbildung, alternativ ein abgebrochenes Hochschulstudium',
      ),
      [],
    ],
    [req("- Master's degree, preferred, with coursework in statistics"), [['master', false]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('a diploma beside a degree, and "What we look for" (session 41)', () => {
  const req = (line: string) => `Account Executive\nAcme Sdn Bhd\n\nRequirements\n- ${line}\n`;
  it.each<[string, [string, boolean][]]>([
    [
      req("Candidate must possess at least a Diploma or Bachelor's Degree in Accounting"),
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    [
      req('Diploma/Degree in Engineering'),
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    [req('Culinary diploma or equivalent'), [['associate', true]]],
    [req('High school diploma or equivalent'), [['high_school', true]]],
    [req('Graduate diploma or equivalent in education'), []],
    // The diploma as the lesser alternative after the degree (as "Degree or diploma in X").
    [req('Degree/Diploma in Engineering'), [['bachelor', true]]],
    [
      "Graduate Trainee\nRimba Berhad\n\nWhy Rimba?\nWe are a listed group.\n\nWhat we look for\n• Fresh graduates\n• Bachelor's degree in Engineering, with a minimum CGPA of 3.30\n\nWhat you'll get\n• Starting salary of RM 4,000 per month",
      [['bachelor', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('Nordic degree words and headings, and post-doctoral experience (session 41)', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Systemutvecklare\nÖresund Mjukvara AB\nMalmö\n\nOm tjänsten\nDu bygger vårt system.\n\nVem är du?\n• Du har en högskoleexamen inom datavetenskap eller motsvarande\n\nVi erbjuder\n• 30 semesterdagar',
      [['bachelor', true]],
    ],
    [
      'Lärare i matematik\nFyrisskolan\nUppsala\n\nKvalifikationer\n- Du har lärarexamen och lärarlegitimation med behörighet i matematik',
      [['bachelor', true]],
    ],
    [
      'Fullstack-utvikler\nNidaros Data AS\nTrondheim\n\nKvalifikasjoner\n- Bachelor- eller mastergrad i informatikk eller tilsvarende',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    [
      'Økonomimedarbejder\nKattegat Emballage A/S\nAarhus\n\nDine opgaver\n- Bogføring\n\nDin profil\n- Du har en bachelor i erhvervsøkonomi (HA) eller tilsvarende\n\nVi tilbyder\n- Pension',
      [['bachelor', true]],
    ],
    [
      'Backend Developer\nStadsfiets\nAmsterdam\n\nWat ga je doen?\nJe bouwt.\n\nWat vragen we?\n- Een afgeronde HBO- of WO-opleiding in Informatica.\n\nWat bieden we?\n- Pensioen',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    [
      'Assistant Professor\nCumberland Ridge University\n\nQualifications\n- Ph.D. in Computer Science by the start date\n- At least 1 year of post-doctoral or full-time teaching experience',
      [['phd', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('review of session 41: degrees', () => {
  const req = (line: string) =>
    `Customer Service Rep\nAcme\nCalgary, AB\n\nQualifications\n- ${line}\n`;
  it.each<[string, [string, boolean][]]>([
    [req('Grade 12 diploma or equivalent'), [['high_school', true]]],
    [req('Grade 12 Diploma/equivalent'), [['high_school', true]]],
    [req('12th grade diploma or equivalent'), [['high_school', true]]],
    [req('Completed doctoral research in molecular biology'), [['phd', true]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe("US civil service's words for a bachelor's", () => {
  const req = (line: string) =>
    `Staff Services Analyst\nState of Acme\nSacramento, CA\n\nMinimum Qualifications\n${line}\n`;
  it.each<[string, [string, boolean][]]>([
    [req('Education: Equivalent to graduation from college.'), [['bachelor', true]]],
    [
      req(
        '1. A baccalaureate degree from an accredited college in engineering, and 18 months of experience',
      ),
      [['bachelor', true]],
    ],
    // The school programme is no degree.
    [req('- Experience teaching the International Baccalaureate curriculum'), []],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('review of session 42: degrees', () => {
  const req = (line: string) => `Case Manager\nCounty of Acme\n\nMinimum Qualifications\n${line}\n`;
  it.each<[string, [string, boolean][]]>([
    [
      req(
        "Graduation from an accredited college or university with a Master's degree in Social Work.",
      ),
      [['master', true]],
    ],
    [
      req(
        "Graduation from an accredited college or university with an Associate's degree in social work.",
      ),
      [['associate', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('degrees in Finnish, Estonian, Czech, Hungarian, Romanian and Danish (session 43)', () => {
  it.each([
    [
      'Ohjelmistokehittäjä\nOdotamme sinulta\n- soveltuvaa korkeakoulututkintoa (esim. AMK-insinööri)',
      [['bachelor', true]],
    ],
    ['Asiantuntija\nOdotamme sinulta\n- ylempää korkeakoulututkintoa', [['master', true]]],
    [
      'Myyjä\nOdotamme\n• Soveltuvaa koulutusta, esim. merkonomin tutkinto, on eduksi',
      [['high_school', false]],
    ],
    ['Projektijuht\nOotame\n• kõrgharidust ehituse erialal', [['bachelor', true]]],
    ['Účetní\nPožadujeme\n- vzdělání ekonomického směru s maturitou', [['high_school', true]]],
    ['Könyvelő\nElvárások\n• Felsőfokú gazdasági végzettség', [['bachelor', true]]],
    ['Contabil\nCerințe\n- Studii superioare economice (ASE sau echivalent)', [['bachelor', true]]],
    ['Agent vânzări\nCerințe\n- Studii medii (bacalaureat)', [['high_school', true]]],
    [
      'Projektleder\nVi forventer\n• har en relevant uddannelse, fx cand.polyt. eller diplomingeniør',
      [
        ['master', true],
        ['bachelor', true],
      ],
    ],
    ['Salgskonsulent\nVi forventer\n• er uddannet markedsføringsøkonom', [['associate', true]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('degrees in Japanese, Korean and Chinese (session 44)', () => {
  it.each<[string, [string, boolean][]]>([
    [
      '法人営業\n株式会社トーホー\n\n応募資格\n・大卒以上\n・法人営業経験2年以上',
      [['bachelor', true]],
    ],
    [
      '백엔드 개발자\n지원자격\n  경력   경력 3년 이상\n  학력   대졸(4년) 이상',
      [['bachelor', true]],
    ],
    ['会计\n苏州-工业园区 | 1年经验 | 大专 | 招1人', [['associate', true]]],
    ['Java高级开发工程师\n25k-40k·15薪 /上海 /经验5-10年 /本科及以上 /全职', [['bachelor', true]]],
    // A board's field lists the accepted levels; a later clause welcomes the higher one.
    [
      '資深後端工程師\n學歷要求：大學、碩士\n\n加分條件\n4. 碩士學歷者佳',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // A preference in its clause; a minimum after the level; a year's condition is no minimum.
    [
      '算法工程师\n任职要求：\n1. 硕士及以上学历，计算机相关专业；博士优先；\n2. 3年以上NLP算法相关工作经验（博士毕业可放宽至1年）；',
      [
        ['master', true],
        ['phd', false],
      ],
    ],
    // Under a heading of the preferred qualifications.
    [
      '데이터 엔지니어\n[자격요건]\n- 관련 전공 학사 이상\n\n[우대사항]\n- 컴퓨터공학 석사 이상',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    ['物業主任\n入職要求\n- 持有物業管理高級文憑、副學士或以上學歷', [['associate', true]]],
    ['倉務員\n學歷：中學', [['high_school', true]]],
    // No level asked; a university in the company's blurb.
    ['販売スタッフ\n応募資格\n学歴不問・未経験歓迎', []],
    ['研究员\n公司与清华大学合作开展研究', []],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe("Canada's public service: its degree wording and asset qualifications (session 44)", () => {
  it.each<[string, [string, boolean][]]>([
    [
      "Policy Analyst\nESSENTIAL QUALIFICATIONS\nEDUCATION:\nGraduation with a degree from a recognized post-secondary institution with acceptable specialization in economics.\n\nASSET QUALIFICATIONS\nGraduation with a master's degree from a recognized post-secondary institution in public policy.",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      "Analyste\nQUALIFICATIONS ESSENTIELLES\nÉtudes :\nDiplôme d'un établissement d'enseignement postsecondaire reconnu avec spécialisation en économie.\n\nQUALIFICATIONS CONSTITUANT UN ATOUT\nDiplôme de maîtrise ou de doctorat en politiques publiques.",
      [
        ['bachelor', true],
        ['master', false],
        ['phd', false],
      ],
    ],
    [
      'IT Security Analyst\nESSENTIAL QUALIFICATIONS\nEducation:\nSuccessful completion of two years of an acceptable post-secondary educational program in computer science.',
      [['associate', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('the review of session 44: degrees named before "from an accredited", school words', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Dentist\nBright Smiles Dental\nAustin, TX\n\nRequirements\n- DDS or DMD degree from an accredited dental school\n- Texas dental license',
      [],
    ],
    ['高中数学教师\n北京某教育集团\n\n岗位职责\n1. 负责高中数学教学工作 / 备课与批改作业', []],
    ['普工\n任职要求\n1. 高中及以上学历', [['high_school', true]]],
    ['Java开发\n任职要求\n1. 本科及以上学历\n2. 985/211高校毕业优先', [['bachelor', true]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 45: a bracket after the fields, professional diplomas, cues, benefits', () => {
  it.each<[string, [string, string[], boolean][]]>([
    [
      'Teamleiter Analytik\n\nIhr Profil\n• Abgeschlossenes Studium der Chemie oder Pharmazie (Diplom oder Master) mit Promotion',
      [
        ['master', ['Chemie', 'Pharmazie'], true],
        ['phd', [], true],
      ],
    ],
    [
      'Leiter Finanzen\n\nIhr Profil\n- Studium in Betriebswirtschaft (FH/Uni) oder eidg. Diplom als Experte in Rechnungslegung',
      [['bachelor', ['Betriebswirtschaft'], true]],
    ],
    [
      'DGKP\n\nIhr Profil\n* Diplom in der allgemeinen Gesundheits- und Krankenpflege oder Bachelor in Gesundheits- und Krankenpflege (FH)',
      [['bachelor', [], true]],
    ],
    [
      'Infermiere\n\nRequisiti\n• Laurea triennale in Infermieristica\n\nSi offre\n• formazione ECM gratuita e possibilità di master in area critica',
      [['bachelor', [], true]],
    ],
    [
      "Tutor\n\nAbout you\n- A Bachelor of Nursing (essential); a Master's degree in a relevant clinical specialty is highly regarded",
      [
        ['bachelor', ['Nursing'], true],
        ['master', [], false],
      ],
    ],
    [
      'Speech Pathologist\n\nEssential\n- An appropriate degree in speech pathology\n\nDesirable\n- Post-graduate qualifications in a relevant area',
      [
        ['bachelor', [], true],
        ['master', [], false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.fields, d.required])).toEqual(expected);
  });
});

describe('session 45: the doctorate a job works towards, programmes taught, instruments', () => {
  it.each<[string, [string, boolean][]]>([
    [
      "PhD student in Computer Science\n\nQualifications\nTo qualify as a PhD student, you must have a Master's degree in Computer Science.",
      [['master', true]],
    ],
    [
      "Doctoral Researcher\n\nThe position offers the chance to obtain further academic qualification (PhD).\n\nYour profile\n- Master's degree in physics",
      [['master', true]],
    ],
    [
      "Doctoral Candidate\n\nEligibility criteria\n- A Master's degree in chemistry\n- At the date of recruitment, candidates must not have been awarded a doctoral degree",
      [['master', true]],
    ],
    [
      'Senior Lecturer\n\nYou will teach in our growing Bachelor of Data Science and lead research.\n\nAbout you\n- PhD in Statistics or a related discipline',
      [['phd', true]],
    ],
    [
      'Assistant Professor\n\nRequired Qualifications\n- Ph.D. in Chemistry\n- Research experience with modern instrumentation (e.g., LC-MS/MS, GC-MS)',
      [['phd', true]],
    ],
    [
      "Head of Science\n\nWe are looking for someone who:\n- Holds QTS and a degree in a science subject\n- Has 3 years' experience teaching Science to GCSE",
      [['bachelor', true]],
    ],
    [
      'Finance Officer\n\nRequirements\n- Educated to GCSE level including English and Maths (grade C/4 or above)',
      [['high_school', true]],
    ],
    [
      'Trainee Solicitor\n\nRequirements\n- Minimum AAB at A-level or equivalent',
      [['high_school', true]],
    ],
    [
      'Data Engineer\n\nRequirements\n- BS/MS in Computer Science',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 45: Nordic, Dutch and Finnish requirement headings and school levels', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Pædagog\n\nVi forventer, at du\n• er uddannet pædagog (professionsbachelor)\n• har erfaring med børn',
      [['bachelor', true]],
    ],
    [
      'Sjuksköterska\n\nKvalifikationer\nKrav:\n• Legitimerad sjuksköterska med högskoleexamen (sjuksköterskeexamen, 180 hp)',
      [['bachelor', true]],
    ],
    [
      'Ohjelmistokehittäjä\n\nOdotamme\n• Soveltuva korkeakoulututkinto (AMK tai yliopisto) on eduksi',
      [['bachelor', false]],
    ],
    [
      'Lähihoitaja\n\nToivomme, että sinulla on\n• Lähihoitajan tutkinto (sosiaali- ja terveysalan perustutkinto) – edellytys',
      [['high_school', true]],
    ],
    [
      'Klantenservice\n\nWat vragen wij?\n- Je hebt minimaal een afgeronde MBO 4-opleiding',
      [['high_school', true]],
    ],
    ['Productiemedewerker\n\nOpleidingsniveau: MBO 2 (gewenst)', [['high_school', false]]],
    [
      'IT Project Manager\n\nJouw profiel\n- Je hebt een masterdiploma, bij voorkeur in informatica.',
      [['master', true]],
    ],
    [
      'Ekonomichef\n\nKvalifikationer\n- Civilekonomexamen eller annan högskoleexamen inom ekonomi',
      [
        ['master', true],
        ['bachelor', true],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 45: Spanish and Portuguese degree words', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Contador Sr.\n\nRequisitos\n- Contador Público\n- Deseable posgrado en Tributación.',
      [['master', false]],
    ],
    [
      'Ingeniero de Software\n\nRequisitos\n- Bachillerato universitario en Ingeniería en Computación o carrera afín.',
      [['bachelor', true]],
    ],
    [
      'Supervisor de Producción\n\nRequisitos\n• Título de tercer nivel en Ingeniería Industrial.',
      [['bachelor', true]],
    ],
    [
      'Practicante\n\nRequisitos\n- Egresado universitario (Bachiller) de Economía o Finanzas',
      [['bachelor', true]],
    ],
    [
      'Analista de Suporte\n\nRequisitos\n• Curso técnico em Informática ou áreas afins (obrigatório);',
      [['associate', true]],
    ],
    [
      'Rececionista\n\nPerfil pretendido:\n  » Ensino secundário completo (12.º ano);',
      [['high_school', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 45: a reference code is no degree', () => {
  it('reads no MS in "HVC/MS/11"', () => {
    const text =
      'Medical Secretary\n\nRequirements\n- GCSE English and Maths\n\nTo apply, send your CV quoting reference HVC/MS/11.';
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual([['high_school', true]]);
  });
});

describe('the review of session 45: degrees', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Engineer\n\nRequirements\n- BS/MS/PhD in Computer Science',
      [
        ['bachelor', true],
        ['master', true],
        ['phd', true],
      ],
    ],
    [
      'Psychologist\n\nRequirements\n- Graduate of an APA-accredited doctoral program in Clinical Psychology',
      [['phd', true]],
    ],
    [
      "Engineer\n\nRequirements\n- University degree in Computer Science or a related field (Master's preferred)",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Architect\n\nRequirements\n- A qualification equivalent to the Master of Architecture',
      [['master', true]],
    ],
    [
      'Assistant\n\nRequirements\n- Maths and English qualifications equivalent to GCSE (grade 4 or above)',
      [['high_school', true]],
    ],
    [
      'Nurse\n\nRequirements\n- Bachelor of Nursing from a highly regarded university',
      [['bachelor', true]],
    ],
    [
      'Informatiker\n\nIhr Profil\n- Diplom-Informatiker (Uni) mit Erfahrung in der Datenpflege',
      [['master', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 46: school and diploma levels of South-East Asia, Australia and Canada', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Barista\n\nRequirements\n- Minimum SMA / SMK graduate (high school) — D3 is a plus',
      [
        ['high_school', true],
        ['associate', false],
      ],
    ],
    [
      "Admin\n\nQualifications\n- Diploma (D3) or Bachelor's degree (S1) in Logistics",
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    ['Crew\n\nRequirements\n- Minimum N-Level / O-Level, or Nitec', [['high_school', true]]],
    ["Packer\n\nRequirements\n- Minimum GCE 'O' Level / ITE Nitec", [['high_school', true]]],
    ['Retail Assistant\n\nAbout you\n• Year 12 completion', [['high_school', true]]],
    [
      'Line Cook\n\nAssets\n- Culinary diploma or Red Seal certification is an asset',
      [['associate', false]],
    ],
    [
      'Supervisor\n\nRequirements\n- College or university degree in Hospitality Management is preferred',
      [
        ['associate', false],
        ['bachelor', false],
      ],
    ],
    // A forklift's licence class, and a degree the job does not ask for.
    ['Forklift Driver\n\nRequirements\n- Valid forklift licence for Reach (D1)', []],
    [
      'Warehouse Team Member\n\nRequirements\n- No high school diploma or prior experience required',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 46: Central and Eastern Europe, the Baltics, Greece and Turkey', () => {
  it.each<[string, [string, boolean][]]>([
    ['Бухгалтер\nКиїв\n\nВимоги:\n— вища освіта (економічна);', [['bachelor', true]]],
    [
      'Менеджер\nОдеса\n\nВимоги:\n— вища освіта бажана (технічна або економічна);',
      [['bachelor', false]],
    ],
    [
      'Специалист\nСофия\n\nИзисквания\n• Завършено средно образование; висше образование е предимство;',
      [
        ['high_school', true],
        ['bachelor', false],
      ],
    ],
    [
      'Счетоводител\nВарна\n\nИзисквания\n• Висше образование – образователно-квалификационна степен „магистър“',
      [['master', true]],
    ],
    ['Λογιστής\nΑθήνα\n\nΑπαιτούμενα προσόντα\n• Πτυχίο ΑΕΙ Λογιστικής', [['bachelor', true]]],
    ['Πωλητής\nΛάρισα\n\nΠροσόντα\n• Απολυτήριο Λυκείου', [['high_school', true]]],
    [
      'Магационер\nНиш\n\nУслови\n• ССС (III или IV степен стручне спреме);',
      [['high_school', true]],
    ],
    [
      'Uzman\nİstanbul\n\nGENEL NİTELİKLER\n- Bilgisayar Mühendisliği bölümlerinden lisans mezunu,\n- Yüksek lisans yapmış olmak tercih sebebidir,\n\nEğitim Seviyesi: Üniversite (Mezun), Yüksek Lisans (Mezun)',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      "Analyst\n\nQualifications\n- Bachelor's degree (lisans) in Statistics; a master's degree (yüksek lisans) is a plus;",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Contabil\n\nCerințe\n• Studii superioare finalizate (licență) în Economie;',
      [['bachelor', true]],
    ],
    [
      'Elemző\n\nElvárások\n- Főiskolai vagy egyetemi végzettség (pénzügy)',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    ['Grāmatvedis\n\nPrasības\n• augstākā izglītība ekonomikā (bakalaurs);', [['bachelor', true]]],
    [
      'Buhalteris\n\nReikalavimai\n• aukštasis universitetinis išsilavinimas (bakalauras);',
      [['bachelor', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 46: West African school certificates and a first degree', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Cashier\n\nRequirements\n- SSCE / WAEC with credit in Mathematics and English (minimum)',
      [['high_school', true]],
    ],
    [
      'Supervisor\n\nRequirements\n• HND or first degree in Marketing or Economics',
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('the review of session 46: words that name no degree', () => {
  it.each<[string, [string, boolean][]]>([
    ["Solicitor\n\nRequirements\n- Experience of advocacy in the Magistrates' Court", []],
    ['Sysadmin\n\nRequirements\n- VSS (Volume Shadow Copy Service) and backups', []],
    ['RF Engineer\n\nRequirements\n- RF connectors (SMA/N-type) and cabling', []],
    ['Driver\n\nRequirements\n- Driving licence with D1/D1E entitlement', []],
    ['Seller\n\nRequirements\n- Experience on the Neco, Jumia or Konga platforms', []],
    ['Менеджер\n\nВимоги:\n- Вища освіта буде перевагою', [['bachelor', false]]],
    ['Оператор\n\nТребования:\n- Высшее образование не обязательно', []],
    ['Сетевой инженер\n\nТребования:\n- Опыт работы с магистральными сетями', []],
    ["Доцент\n\nОбов'язки:\n- Викладання на програмах бакалаврату та магістратури", []],
    [
      "Analyst\n\nEducation: Bachelor's degree required\n\nPreferred Qualifications\n- Bachelor's degree in Finance or Accounting preferred",
      [
        ['bachelor', true],
        ['bachelor', false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 48: Arabic qualifications', () => {
  it.each<[string, [string, boolean][]]>([
    ['محاسب\n\nالمتطلبات:\n• المؤهل العلمي: بكالوريوس محاسبة.', [['bachelor', true]]],
    ['مدرس\n\nالمتطلبات:\n- المؤهل العلمي: ليسانس آداب قسم لغة إنجليزية', [['bachelor', true]]],
    [
      'سائق\n\nالمتطلبات:\nالمؤهل: دبلوم أو ثانوية عامة',
      [
        ['associate', true],
        ['high_school', true],
      ],
    ],
    [
      'فني\n\nالمتطلبات:\n١- المؤهل: دبلوم المدارس الثانوية الصناعية أو دبلوم معهد فني صناعي سنتين.',
      [
        ['associate', true],
        ['high_school', true],
      ],
    ],
    [
      'موظف\n\nالمتطلبات:\n- ثانوية عامة كحد أدنى، ويفضّل حملة الدبلوم أو البكالوريوس.',
      [
        ['high_school', true],
        ['bachelor', false],
        ['associate', false],
      ],
    ],
    [
      'أخصائي\n\nالمتطلبات:\n- المؤهل العلمي: بكالوريوس في علوم الأغذية.\n- يفضل الحاصلون على ماجستير في سلامة الأغذية.',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'أستاذ\n\nالشروط:\n- المؤهل العلمي: الإجازة في الرياضيات على الأقل، وتعطى الأولوية لحاملي الماستر.',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'ممرض\n\nالمتطلبات:\n- بكالوريوس في التمريض؛ لا يقبل الدبلوم لهذه الوظيفة.',
      [['bachelor', true]],
    ],
    // Annual leave, the secondary school a teacher teaches at: no degree.
    ['محاسب\n\nالمزايا:\n- إجازة سنوية ٣٠ يوماً مدفوعة', []],
    ['أستاذ\n\nالمنصب: أستاذ الرياضيات – السلك الثانوي الإعدادي', []],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 48: UK and Irish person specifications, Nordic and Finnish levels', () => {
  it.each<[string, [string, boolean][]]>([
    ['Officer\n\nEssential:\n- Educated to degree level', [['bachelor', true]]],
    [
      'Officer\n\nQualifications\n- A relevant third-level qualification (QQI Level 7 / ordinary degree) in Social Care',
      [['bachelor', true]],
    ],
    [
      'Chief Executive\n\nQualifications\nA professional qualification (e.g. CIH, CIPFA) or a degree is desirable but not essential.',
      [['bachelor', false]],
    ],
    // Not a degree asked for: a degree apprentice must not hold one; "a high degree of".
    [
      'Degree Apprentice\n\nRequirements\n- You must not already hold a degree-level qualification',
      [],
    ],
    ['Clerk\n\nRequirements\n- A high degree of accuracy', []],
    [
      'Tømrer\n\nKvalifikasjoner\n- Fullført videregående skole med fagbrev i tømrerfaget',
      [['high_school', true]],
    ],
    [
      'Undersköterska\n\nKvalifikationer\n- Undersköterskeutbildning från gymnasiet eller motsvarande',
      [['high_school', true]],
    ],
    ['Lärare\n\nKvalifikationer\n- Erfarenhet av undervisning på gymnasiet är meriterande', []],
    [
      'Kanslist\n\nBehörighetskrav och önskemål\n- Merkantil examen (merkonom) eller annan lämplig yrkesexamen',
      [['high_school', true]],
    ],
    [
      'Ohjelmistokehittäjä\n\nOdotamme\n• soveltuva AMK- tai yliopistotutkinto (esim. tietotekniikka)',
      [['bachelor', true]],
    ],
    [
      'Sairaanhoitaja\n\nKelpoisuusvaatimukset\n- sairaanhoitajan tutkinto (AMK) tai aiempi opistoasteen tutkinto',
      [
        ['bachelor', true],
        ['associate', true],
      ],
    ],
    ['Hjúkrunarfræðingur\n\nHæfniskröfur\n- BS próf í hjúkrunarfræði', [['bachelor', true]]],
    [
      'مصمم\n\nماذا ستفعل؟\n• تصميم منشورات\n\nماذا نحتاج منك؟\n• بكالوريوس أو دبلوم في التصميم الجرافيكي',
      [
        ['bachelor', true],
        ['associate', true],
      ],
    ],
    [
      'مدير موارد بشرية\n\nالمتطلبات:\n• يفضل الحصول على درجة الماجستير أو ماجستير إدارة الأعمال MBA.',
      [['master', false]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 48: Russian education levels', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Бухгалтер\n\nТребования:\n- высшее экономическое образование (учёт и аудит)',
      [['bachelor', true]],
    ],
    [
      'Разработчик\n\nТребования:\n- высшее техническое образование — будет плюсом',
      [['bachelor', false]],
    ],
    // Specialised secondary (a college or technikum) is past school: an associate's.
    [
      'Медсестра\n\nТребования:\n- Среднее специальное медицинское образование',
      [['associate', true]],
    ],
    [
      'Электромонтажник\n\nТребования:\n- среднее профессиональное образование',
      [['associate', true]],
    ],
    ['Оператор\n\nТребования:\n- образование не ниже среднего', [['high_school', true]]],
    ['Водитель\n\nОбразование: Среднее', [['high_school', true]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('the review of session 48: words that ask for no degree', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Lecturer in Nursing\n\nAbout the role\nYou will teach on our BSc and MSc programmes and support students to gain their qualifications.',
      [],
    ],
    ['Tutor\n\nOur students are educated to A-level and beyond.', []],
    ['Lärare\n\nBehörighetskrav:\n- Erfarenhet av undervisning från gymnasiet', []],
    ['Lektor\n\nKrav:\n- Undervisningserfaring fra videregående skole', []],
    ['مدرس\n\nالمتطلبات:\n- خبرة في التدريس للمرحلة الثانوية', []],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('desirable columns, predicates and a level read twice on one line', () => {
  it.each<[string, [string, boolean][]]>([
    // A person specification's row with its columns flattened, under its header.
    [
      'Data Analyst\nNHS Trust\n\nPerson specification\nCriteria Essential Desirable\nDegree in a numerate discipline or equivalent experience E\nPostgraduate qualification in data science, statistics or health informatics  D',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // The cue is the sentence's predicate, past a long list of fields; "not essential" asks nothing.
    [
      'Senior Policy Officer\nAcme\n\nQualifications\nRelevant tertiary qualifications in economics, public policy, law or natural resource management are desirable but not essential.',
      [['bachelor', false]],
    ],
    [
      "Inventory Clerk\nAcme\n\nQualifications:\n• Graduate of any 4-year course; Bachelor's degree in Business Administration is an advantage",
      [['bachelor', true]],
    ],
    // On lines of their own, a master's required and one preferred both stand.
    [
      "Data Scientist\nAcme\n\nBasic qualifications:\n- Master's degree in Statistics\n\nPreferred qualifications:\n- Master's degree in Machine Learning",
      [
        ['master', true],
        ['master', false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(
      parse(text).degrees.map((d: { level: string; required: boolean }) => [d.level, d.required]),
    ).toEqual(expected);
  });
});

describe('session 50: a bare "Degree", technical degrees, other scripts and a cue about another thing', () => {
  it.each<[string, [string, boolean][]]>([
    // "Degree preferred" heading an item; a hyphenated accreditation before "degree".
    ['Quantity Surveyor\nAcme\n\nRequirements\n- Degree preferred', [['bachelor', false]]],
    [
      'Quantity Surveyor\nAcme\n\nRequirements\n- RICS-accredited degree preferred',
      [['bachelor', false]],
    ],
    // A label "Degree Preferred:" names the degree after it, not a degree of its own.
    [
      'Deals Manager\nAcme\n\nRequirements\n- Minimum Degree Required: Bachelor Degree\n- Degree Preferred: Master Degree',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    ['Analyst\nAcme\n\nRequirements\n- High degree of autonomy required', []],
    ['Analyst\nAcme\n\nRequirements\n- A high degree required in self-motivation', []],
    // Latin America's technical degrees are associate's, beside a university one as alternatives.
    [
      'Auxiliar contable\nAcme\n\nRequisitos:\n* Técnico o tecnólogo en Contabilidad, Contabilidad y Finanzas o áreas afines.',
      [['associate', true]],
    ],
    [
      'Analista de compras\nAcme\n\nRequisitos:\n- Tecnólogo o Profesional en Administración de Empresas o Comercio Exterior.',
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    [
      'Ejecutivo comercial\nAcme\n\nRequisitos:\n- Enseñanza media completa; deseable título técnico en Ventas o carrera afín.',
      [
        ['high_school', true],
        ['associate', false],
      ],
    ],
    [
      'Asistente\nAcme\n\nRequisitos:\nEducación mínima: Técnico / Tecnólogo',
      [['associate', true]],
    ],
    ['Tecnólogo Médico\nAcme\n\nRequisitos:\n- Tecnólogo Médico con mención en Laboratorio', []],
    // Turkish university graduates, Polish technical studies.
    [
      'Satış Temsilcisi\nAcme\n\nAranan Nitelikler\n- En az lise mezunu; üniversitelerin ilgili bölümlerinden mezun olmak tercih sebebidir',
      [
        ['high_school', true],
        ['bachelor', false],
      ],
    ],
    ['Satış Temsilcisi\nAcme\n\nAranan Nitelikler\n- Üniversite mezunu', [['bachelor', true]]],
    [
      'Tester\nAcme\n\nWymagania\n- mile widziane studia techniczne (informatyka, automatyka lub pokrewne)',
      [['bachelor', false]],
    ],
    // Cyrillic: a field's "высшее", Serbian "високо образовање", welcome though not required.
    ['Инженер\nООО «Ромашка»\n\nТребования:\nОбразование: высшее', [['bachelor', true]]],
    ['Инженер\nООО «Ромашка»\n\nТребования:\nОбразование: высшее неоконченное', []],
    [
      'Референт\nЈКП Топлана\n\nУслови:\n– стечено високо образовање на основним академским студијама',
      [['bachelor', true]],
    ],
    [
      'Python-разработчик\nООО «Ромашка»\n\nТребования:\n• высшее техническое образование приветствуется, но не обязательно.',
      [['bachelor', false]],
    ],
    ['Инженер\nООО «Ромашка»\n\nТребования:\nВысшее образование не обязательно', []],
    // "working towards it" is about the chartered status named after the degree.
    [
      'Civil Engineer\nAcme\n\nKey selection criteria\n1. Bachelor of Engineering (Civil) or equivalent, with Chartered status (CPEng) or working towards it',
      [['bachelor', true]],
    ],
    [
      "Intern\nAcme\n\nRequirements\n- Bachelor's degree in Finance or currently working towards one",
      [],
    ],
    // "plus" joining a second thing asked for is no Italian or Portuguese "plus" (a bonus).
    [
      "Paralegal\nAcme LLP\n\nRequirements\n• Bachelor's degree, OR an Associate degree plus an ABA-approved paralegal certificate",
      [
        ['bachelor', true],
        ['associate', true],
      ],
    ],
    ["Analyst\nAcme\n\nRequirements\n• Master's degree is a plus", [['master', false]]],
    // A heading of pluses in Finnish and Hungarian.
    [
      'Myyntipäällikkö\nAcme Oy\n\nEduksi katsomme\n• soveltuvaa korkeakoulututkintoa (esim. tradenomi tai KTM)\n• kokemusta HubSpotista',
      [
        ['bachelor', false],
        ['master', false],
      ],
    ],
    [
      'Elemző\nAcme Zrt.\n\nElvárások\n• felsőfokú gazdasági végzettség (BSc – pénzügy)\n\nElőny\n• MSc végzettség vagy folyamatban lévő CFA tanulmányok',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // Danish engineers, Swedish "kandidat- eller civilingenjörsexamen"; "gerne inden for" is about
    // the field.
    [
      'Projektleder\nAcme A/S\n\nKvalifikationer\n- Uddannet ingeniør – civilingeniør eller diplomingeniør, gerne inden for maskin',
      [
        ['master', true],
        ['bachelor', true],
      ],
    ],
    [
      'Backend-utvecklare\nAcme AB\n\nKvalifikationer\n- kandidat- eller civilingenjörsexamen inom datavetenskap',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    // Indonesian and Vietnamese levels under their own headings.
    [
      'Staf Admin\nPT Acme\n\nKualifikasi:\n- Pendidikan minimal D3 semua jurusan, diutamakan S1 Teknik Industri',
      [
        ['associate', true],
        ['bachelor', false],
      ],
    ],
    [
      'Product Manager\nPT Acme\n\nKualifikasi:\n- Pendidikan minimal S1 semua jurusan; S2 / MBA menjadi nilai tambah',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Lập Trình Viên Backend\nCông ty TNHH Lạc Hồng\n\nYêu cầu\n• Tốt nghiệp Đại học chuyên ngành Công nghệ Thông tin',
      [['bachelor', true]],
    ],
    [
      'Kế toán\nCông ty TNHH Hồng Hà\n\nYêu cầu\n- Tốt nghiệp Cao đẳng trở lên chuyên ngành Kế toán',
      [['associate', true]],
    ],
    // Greek secondary school; a Brazilian specialisation is no master's.
    [
      'Πωλητής\nΜΕΛΙΣΣΙ Α.Ε.\n\nΑπαιτούμενα προσόντα\n• Απόφοιτος/η Λυκείου',
      [['high_school', true]],
    ],
    [
      'Enfermeiro\nHospital Vale Verde\n\nRequisitos\n- Graduação completa em Enfermagem;\n- Desejável pós-graduação (especialização) em Terapia Intensiva.',
      [['bachelor', true]],
    ],
    // A physician's "MD or DO"; not "md or do" in lower case.
    [
      'Hospitalist\nAcme Health\n\nRequirements\n- MD or DO degree from an accredited medical school',
      [['phd', true]],
    ],
    ['Clerk\nAcme\n\nRequirements\n- md or do not apply', []],
    // A US federal "leading to such a degree in a field" names the PhD again.
    [
      'Budget Analyst\nAcme Agency\n\nQualifications\nEducation: Ph.D. or equivalent doctoral degree; OR three (3) full years of progressively higher-level graduate education leading to such a degree in a field which demonstrates the knowledge',
      [['phd', true]],
    ],
    // Degrees a department or institution offers are no requirement.
    [
      "Assistant Professor\nNorthern State University\n\nThe department offers ACS-certified B.S. degrees in Chemistry and an M.S. in Chemistry.\n\nRequired Qualifications\n- Ph.D. in Chemistry by the date of hire\n- A research plan feasible at a primarily undergraduate institution with a master's program.",
      [['phd', true]],
    ],
    // The review of session 50: a department that offers something and seeks a degree; "KTM" as
    // a station or a brand; "with honours"; a bare "plus" joining things; a current student's
    // studies; a Danish "kandidat-"; a secondary school's technical title.
    [
      "Lecturer\nAcme College\n\nQualifications\nThe department offers a collegial environment and seeks candidates who hold a Master's degree in Chemistry.",
      [['master', true]],
    ],
    ['Analyst\nAcme\n\nBenefits\n- Office is a 5 minute walk from KTM, LRT and MRT stations', []],
    ['Analyst\nAcme\n\nRequirements\n- Experience with Honda, Yamaha or KTM', []],
    [
      "Intern\nAcme\n\nRequirements\n- Bachelor's degree with honours in Finance, or currently working towards one",
      [],
    ],
    [
      "Auditor\nAcme\n\nRequirements\n- Bachelor's degree in Accounting plus relevant experience in audit",
      [['bachelor', true]],
    ],
    ['Analista\nAcme\n\nRequisitos\n- Mestrado em Finanças é um plus a mais', [['master', false]]],
    // A record, a trade's master: no degree.
    [
      'Firefighter\nUSFS\n\nRequirements\n- Master electrician license\n- Your IQCS Master Record',
      [],
    ],
    [
      'Stażysta\nAcme\n\nWymagania\n- Jesteś studentem: studia na kierunku Informatyka (min. 3 rok)',
      [],
    ],
    ['Técnico\nAcme\n\nRequisitos\n- Título técnico secundario (Escuela de Educación Técnica)', []],
    [
      'Java Developer\nAcme\n\nEducation\nUG: B.Tech/B.E. in Any Specialization\nPG: MBA/PGDM in Finance - Mandatory',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    // An Indian board's "PG:" line under its "UG:" line: the postgraduate degrees are optional.
    [
      'Java Developer\nAcme\n\nEducation\nUG: B.Tech/B.E. in Any Specialization\nPG: MCA in Computers, M.Tech in Any Specialization',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(
      parse(text).degrees.map((d: { level: string; required: boolean }) => [d.level, d.required]),
    ).toEqual(expected);
  });
});

describe('Serbian, Macedonian, Bulgarian and Russian school levels, Greek sections (session 51)', () => {
  it.each([
    [
      'Medicinska sestra\nAcme\n\nUslovi:\n• završena srednja medicinska škola – smer medicinska sestra;',
      [['high_school', true]],
    ],
    ['Inženjer\nAcme\n\nUslovi:\n• završen fakultet tehničkog smera;', [['bachelor', true]]],
    [
      'Инженер\nАкме\n\nУслови:\n• завршен Факултет за електротехника или сличен технички факултет;',
      [['bachelor', true]],
    ],
    ['Оператор\nАкме\n\nИзисквания:\n• средно техническо образование;', [['high_school', true]]],
    [
      'Кладовщик\nАкме\n\nТребования:\n- образование не ниже общего среднего;',
      [['high_school', true]],
    ],
    // Under "Απαραίτητα προσόντα" after "Αρμοδιότητες" (duties): read as requirements.
    [
      'Νοσηλευτής\nΚλινική\n\nΑρμοδιότητες\n• Παροχή φροντίδας\n\nΑπαραίτητα προσόντα\n• Πτυχίο Νοσηλευτικής ΤΕ ή ΑΕΙ\n\nΕπιθυμητά προσόντα\n• Μεταπτυχιακός τίτλος σπουδών',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // A person specification's "Essential:" over its list is the requirements.
    [
      'Healthcare Support Worker\nNHS\n\nQualifications\nEssential:\n- Good standard of literacy and numeracy, e.g. GCSE English and Maths\nDesirable:\n- NVQ Level 3',
      [['high_school', true]],
    ],
    // Pluses under their own headings, and the Italian, Portuguese, Swedish and Swiss doctorates.
    [
      'Ingegnere\nAcme\n\nRequisiti:\n- Laurea magistrale in Ingegneria Chimica;\n\nCostituiranno titolo preferenziale:\n- Dottorato di ricerca in Ingegneria Chimica;',
      [
        ['master', true],
        ['phd', false],
      ],
    ],
    [
      'Enfermero\nAcme\n\nRequisitos mínimos\n- Grado universitario en Enfermería.\n\nRequisitos deseados\n- Máster en Enfermería Quirúrgica.',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Civil Engineer\nAcme\n\nAbout you\n• Bachelor of Engineering (Civil) or equivalent\n\nHighly regarded\n• Master of Engineering (Water or Environmental)',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Engenheiro\nAcme\n\nRequisitos:\n- Mestrado ou Doutorado em Computação',
      [
        ['master', true],
        ['phd', true],
      ],
    ],
    ['Utvecklare\nAcme\n\nKrav:\n- Teknologie doktorsexamen inom reglerteknik', [['phd', true]]],
    // Dutch "wo" (university) is a master's, "hbo" a bachelor's: "hbo- of wo-opleiding" names both;
    // a "werk- en denkniveau" is a level of thinking, the lower one.
    [
      'Beleidsadviseur\nAcme\n\nWat vragen wij\n- Je hebt een afgeronde hbo- of wo-opleiding, bijvoorbeeld Bestuurskunde;',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    [
      'Beleidsadviseur\nAcme\n\nWat vragen wij\n- Een afgeronde wo-opleiding (master);',
      [['master', true]],
    ],
    [
      'Analist\nAcme\n\nWat vragen wij\n- Je hebt minimaal HBO/WO-werk- en denkniveau',
      [['bachelor', true]],
    ],
    // "Degree-level education" and Brazil's "Formação superior completa" are a bachelor's; an
    // apprentice who must not hold one is asked for none.
    [
      'CEO\nAcme\n\nRequirements\n- Degree-level education; an engineering background would be valued',
      [['bachelor', true]],
    ],
    [
      'Gerente\nAcme\n\nRequisitos\n- Formação superior completa em Engenharia de Produção',
      [['bachelor', true]],
    ],
    [
      'Apprentice\nAcme\n\nRequirements\n- You must not already hold a degree-level qualification',
      [],
    ],
    // The review's cases: a clause that is no requirement stays none.
    [
      'Apprentice\nAcme\n\nRequirements\n- You cannot already hold a degree-level qualification',
      [],
    ],
    ['Inženjer\nAcme\n\nUslovi:\n- Završen ili nezavršen fakultet', []],
    ['Analista\nAcme\n\nRequisitos\n- Doutorado em andamento', []],
    ['Analista\nAcme\n\nRequisitos\n- Formação superior completa ou incompleta', []],
    [
      'Medewerker\nAcme\n\nWat vragen wij\n- Minimaal mbo/hbo/wo werk- en denkniveau',
      [['bachelor', true]],
    ],
    // A sentence's last word wrapped onto its own line is no heading of pluses.
    [
      'Analyst\nAcme\n\nRequirements\n- Knowledge of SAP would be\nadvantageous\n- Bachelor degree in Finance',
      [['bachelor', true]],
    ],
    // "A-level" as the level taught or known is no qualification.
    [
      'Teacher of Maths\nAcme\n\nEssential\n- A good honours degree in Mathematics\n- Secure subject knowledge up to A-level\n\nDesirable\n- Experience of teaching A-level Further Mathematics',
      [['bachelor', true]],
    ],
    // The job's own tasks name no requirement; "высшее образование" in the requirements does.
    [
      'Аналитик\nАкме\n\nЗадачи:\n- анализ данных\n\nМы ждём, что вы\n- окончили вуз (высшее образование обязательно).',
      [['bachelor', true]],
    ],
  ])('%s', (text, expected) => {
    expect(
      parse(text).degrees.map((d: { level: string; required: boolean }) => [d.level, d.required]),
    ).toEqual(expected);
  });
});

describe('a level offered as another way in', () => {
  it.each<[string, [string, boolean][]]>([
    // Preferred elsewhere, a later alternative or a shortcut to fewer years is preferred only.
    [
      'Nurse Practitioner\nAcme\n\nMinimum Qualifications\n- Master of Science in Nursing (MSN) or Doctor of Nursing Practice (DNP)\n\nPreferred Qualifications\n- DNP preferred',
      [
        ['master', true],
        ['phd', false],
      ],
    ],
    [
      'RN\nAcme\n\nRequired:\n- Graduate of an accredited school of nursing (ADN, diploma or BSN)\n\nPreferred:\n- BSN preferred',
      [
        ['associate', true],
        ['bachelor', false],
      ],
    ],
    [
      'Data Scientist\nAcme\n\nMinimum qualifications\n- MS in Statistics\n- 4+ years of experience (or 2+ years with a PhD)\n\nPreferred qualifications\n- PhD in Statistics strongly preferred',
      [
        ['master', true],
        ['phd', false],
      ],
    ],
    [
      'Data Scientist\nAcme\n\nQualifications\n- Master’s degree required; PhD preferred\n- 6 years of experience (or 3 years post-PhD)',
      [
        ['master', true],
        ['phd', false],
      ],
    ],
    // Not preferred anywhere: the alternative stays what the requirements say.
    [
      'Data Scientist\nAcme\n\nRequirements\n- An MS or PhD in Computer Science',
      [
        ['master', true],
        ['phd', true],
      ],
    ],
    // A level required on its own line stays required beside a preference for it.
    [
      'Pharmacist\nAcme\n\nRequirements\n- PhD in Pharmacology\n\nPreferred\n- PhD from a research university preferred',
      [
        ['phd', true],
        ['phd', false],
      ],
    ],
    // A LinkedIn tag's "DNP" (do not post) is no doctorate.
    ['Nurse\nAcme\n\nRequirements\n- 5 years as a nurse\n\n#LI-DNP #LI-Remote', []],
    // Pluses in French and Italian words.
    [
      "Data Engineer\nAcme\n\nProfil recherché\n- Diplôme Bac+5 en informatique\nLes petits plus : un doctorat ou une expérience dans l'énergie.",
      [
        ['master', true],
        ['phd', false],
      ],
    ],
    [
      'Avvocato\nAcme\n\nRequisiti\n- Laurea magistrale in Giurisprudenza\n\nCostituiscono titoli preferenziali\n- Dottorato di ricerca in Diritto del Lavoro',
      [
        ['master', true],
        ['phd', false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(
      parse(text).degrees.map((d: { level: string; required: boolean }) => [d.level, d.required]),
    ).toEqual(expected);
  });

  it('reads the fields after "of Science in"', () => {
    expect(
      parse('RN\nAcme\n\nRequirements\n- Bachelor of Science in Nursing (BSN) required').degrees,
    ).toEqual([expect.objectContaining({ level: 'bachelor', fields: ['Nursing'] })]);
  });
});

describe('degree words in more languages and layouts', () => {
  it.each<[string, [string, boolean][]]>([
    // Brazil: the degree finished or under way is what is asked.
    [
      'Dev\nAcme\n\nRequisitos:\n- Ensino superior completo ou cursando em Ciência da Computação',
      [['bachelor', true]],
    ],
    // Nursing abbreviations in a list, and a master's "welcome".
    [
      'RN\nAcme\n\nRequired:\n- Graduate of an accredited school of nursing (ADN, diploma or BSN)\n\nPreferred:\n- BSN preferred; MSN welcome',
      [
        ['associate', true],
        ['bachelor', false],
        ['master', false],
      ],
    ],
    // Belgium's nursing diploma below the bachelor's, Chile's "Magíster", Turkish "doktora".
    [
      "Infirmier\nAcme\n\nProfil\n- Bachelier infirmier responsable de soins généraux ou Brevet d'infirmier hospitalier (HBO5)",
      [
        ['bachelor', true],
        ['associate', true],
      ],
    ],
    [
      'Ingeniero\nAcme\n\nRequisitos\n- Título de Ingeniero Civil\n\nDeseable\n- Diplomado o Magíster en Gestión de la Construcción',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Mühendis\nAcme\n\nAranan Nitelikler\n- Üniversitelerin Elektrik-Elektronik Mühendisliği bölümlerinden lisans mezunu\n\nTercih Sebepleri\n- İlgili alanlarda yüksek lisans veya doktora yapmış olmak',
      [
        ['bachelor', true],
        ['master', false],
        ['phd', false],
      ],
    ],
    // "tercihen" before the fields prefers the field, not the degree; "artı değer" is a plus.
    [
      'Müdür\nAcme\n\nAranan Nitelikler\n- Üniversitelerin tercihen İşletme, İktisat veya Pazarlama bölümlerinden mezun\n- MBA yapmış olmak artı değerdir',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // A heading in two languages.
    [
      'Data Scientist\nAcme\n\nRequirements / Gereksinimler\n- BSc in Statistics\n\nNice to have / Tercihen\n- MSc or PhD in a quantitative field',
      [
        ['bachelor', true],
        ['master', false],
        ['phd', false],
      ],
    ],
    // Romanian headings and levels.
    [
      'Asistent\nAcme\n\nCondiții de participare:\n• absolvent al Școlii Postliceale Sanitare SAU studii superioare de licență',
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    [
      'Analist\nAcme\n\nCe căutăm\n• Absolvent de studii superioare economice\n• Studii de masterat în Finanțe – constituie un avantaj',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // Hungarian, Czech and Polish.
    [
      'Elemző\nAcme\n\nElvárások\n• Felsőfokú pénzügyi, közgazdasági vagy gazdaságinformatikai végzettség',
      [['bachelor', true]],
    ],
    [
      'Controller\nAcme\n\nPožadavky\n• VŠ vzdělání ekonomického směru (Ing. / Mgr. výhodou)',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Sestra\nAcme\n\nPožadavky\n• vyšší odborné vzdělání (DiS.) nebo vysokoškolské vzdělání bakalářského stupně (Bc.)',
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    [
      'Księgowa\nAcme\n\nWymagania\n- wykształcenie wyższe lub średnie ekonomiczne (rachunkowość, finanse)',
      [
        ['bachelor', true],
        ['high_school', true],
      ],
    ],
    // A stipend for a degree is pay, not a requirement.
    [
      "Teacher\nAcme\n\nRequirements\n- Bachelor's degree\n- Additional annual stipends: Master's degree $1,800; Doctorate $3,000",
      [['bachelor', true]],
    ],
  ])('%s', (text, expected) => {
    expect(
      parse(text).degrees.map((d: { level: string; required: boolean }) => [d.level, d.required]),
    ).toEqual(expected);
  });
});

describe("the review's cases for another way in, stipends, Hungarian and Czech", () => {
  it.each<[string, [string, boolean][]]>([
    // Years "with a" degree, no "or": the degree is asked for.
    [
      "Engineer\nAcme\n\nRequired Qualifications\n- 5+ years of relevant experience with a Bachelor's degree\n\nPreferred Qualifications\n- Bachelor's degree in Computer Science preferred",
      [
        ['bachelor', true],
        ['bachelor', false],
      ],
    ],
    // A stipend in the same line pays for nothing the degree asks.
    [
      'Fellow\nAcme\n\nQualifications\nApplicants must hold a PhD in Neuroscience by the start date. The fellowship provides a competitive stipend and health insurance.',
      [['phd', true]],
    ],
    // Secondary education accepted: no bachelor's.
    [
      'Asszisztens\nAcme\n\nElvárások\n– felsőfokú vagy középfokú végzettség',
      [['high_school', true]],
    ],
    // "BC." (British Columbia) ends the sentence; its "must" is not the next one's.
    [
      'Marketer\nAcme\n\nRequirements\n- Must be legally entitled to work in Canada and reside in Kelowna, BC. Degree in Marketing is an asset.',
      [['bachelor', false]],
    ],
  ])('%s', (text, expected) => {
    expect(
      parse(text).degrees.map((d: { level: string; required: boolean }) => [d.level, d.required]),
    ).toEqual(expected);
  });

  it('keeps the fields of a shortcut the posting prefers', () => {
    expect(
      parse(
        'Chemist\nAcme\n\nRequirements\n- 5+ years of experience, or 3+ years with a PhD in Chemistry\n\nPreferred\n- PhD strongly preferred',
      ).degrees,
    ).toEqual([expect.objectContaining({ level: 'phd', fields: ['Chemistry'], required: false })]);
  });
});

describe('welcome, waived and "without" degrees (session 53)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    [
      'Writer\nAcme\n\nRequirements\n- A degree in English, Communications, Computer Science or a related field is welcome but not required',
      [['bachelor', false]],
    ],
    ['Designer\nAcme\n\nRequirements\n- A degree is a plus', [['bachelor', false]]],
    ['Designer\nAcme\n\nRequirements\n- A degree is not required', []],
    [
      'Engineer\nAcme\n\nRequirements\n- A Master’s or PhD in a systems-related area — not required',
      [
        ['master', false],
        ['phd', false],
      ],
    ],
    [
      'Engineer\nAcme\n\nRequirements\n- Bachelor’s degree in CS or a related field (not required – we hire many self-taught engineers)',
      [['bachelor', false]],
    ],
    // The applicants are welcome, not the degree.
    [
      'Agent\nAcme\n\nRequirements\n- Bachelor’s degree in any discipline (fresh graduates are welcome).',
      [['bachelor', true]],
    ],
    [
      'Developer\nAcme\n\nRequirements\n- technical degree (completed or final year of study);',
      [['bachelor', true]],
    ],
    // The longer path is for those without one.
    [
      'Technician\nAcme\n\nRequirements\n- Minimum 3 years of maintenance experience (5 years without a technical degree).',
      [],
    ],
    [
      'Clerical Officer\nAcme\n\nEligibility Criteria - Qualifications and/or experience\n(a) Have obtained at least a grade D in five subjects in the Leaving Certificate Examination, OR\n(b) Have completed a relevant QQI level 5 certificate course',
      [['high_school', true]],
    ],
    ['Водитель\nАстана\n\nОбразование / Білімі: Среднее', [['high_school', true]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('an Arabic diploma at the secondary level (session 53)', () => {
  it.each<[string, Array<[string, boolean]>]>([
    [
      'كاشير\nالقاهرة\n\nالمتطلبات:\nالمؤهل الدراسي: الثانوية العامة أو دبلوم تجارة (مؤهل متوسط)',
      [['high_school', true]],
    ],
    [
      'سائق\nمسقط\n\nالمتطلبات:\n- يفضل حملة شهادة الدبلوم العام (الثانوية العامة).',
      [['high_school', false]],
    ],
    // A diploma beside a bachelor's is the post-secondary one.
    [
      'محاسب\nدبي\n\nالمتطلبات:\n- بكالوريوس أو دبلوم في المحاسبة',
      [
        ['bachelor', true],
        ['associate', true],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe("the review's cases for waived, welcome and 'without' degrees (session 53)", () => {
  it.each<[string, Array<[string, boolean]>]>([
    // Only the degrees the waiver follows are waived; another's ask stays.
    [
      'Analyst\nAcme\n\nRequirements\n- Bachelor’s degree (required) - Master’s (not required)',
      [['bachelor', true]],
    ],
    [
      'Analyst\nAcme\n\nRequirements\n- Bachelor’s degree in Accounting is required, a Master’s degree – not required.',
      [['bachelor', true]],
    ],
    // The waiver is about something else.
    [
      'Analyst\nAcme\n\nRequirements\n- Bachelor’s degree required – not required to relocate',
      [['bachelor', true]],
    ],
    // People are welcome, not the degree.
    [
      'Agent\nAcme\n\nRequirements\n- Bachelor’s degree in any discipline (fresh graduate is welcome)',
      [['bachelor', true]],
    ],
    [
      'Agent\nAcme\n\nRequirements\n- Bachelor’s degree in any field - career changer is welcome',
      [['bachelor', true]],
    ],
    // "Without" before a degree that is still asked for.
    [
      'Nurse\nAcme\n\nRequirements\n- Candidates without a bachelor’s degree will not be considered.',
      [['bachelor', true]],
    ],
    // A technical degree beside an associate's or a certificate is that level.
    [
      'Technician\nAcme\n\nRequirements\n- Associate degree or technical degree in electronics',
      [['associate', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('a Japanese degree named with 号 (session 54)', () => {
  it('reads "情報系の修士号" under 歓迎要件 as a preferred master\'s', () => {
    const degrees = parse(
      '【バックエンドエンジニア】\n株式会社ソラノロジ\n東京都渋谷区\n\n■ 必須要件\n・バックエンド開発経験 5年以上\n\n■ 歓迎要件\n・情報系の修士号\n・英語でのコミュニケーション',
    ).degrees.map((d) => [d.level, d.required]);
    expect(degrees).toEqual([['master', false]]);
  });
});

describe('Malay, Indonesian and Thai degrees (session 54)', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Jururawat Terlatih\nHospital Permata\nJohor Bahru\n\nKelayakan\n- Diploma Kejururawatan daripada institusi yang diiktiraf oleh LJM.\n- Ijazah Sarjana Muda Kejururawatan adalah diutamakan.',
      [
        ['associate', true],
        ['bachelor', false],
      ],
    ],
    [
      'Pegawai Khidmat Pelanggan\nTelekita\nShah Alam\n\nKelayakan\n- Sekurang-kurangnya SPM dengan kepujian Bahasa Melayu; pemegang Diploma dalam apa-apa bidang digalakkan memohon.',
      [
        ['high_school', true],
        ['associate', false],
      ],
    ],
    [
      'Guru Matematika\nSMP Cendekia\nBandung\n\nKualifikasi\n1. Pendidikan S1 Pendidikan Matematika atau S1 Matematika',
      [['bachelor', true]],
    ],
    // A field preferred after "diutamakan" leaves the degrees required.
    [
      'Digital Marketing\nPT Acme\nJakarta\n\nKualifikasi\n• Pendidikan minimal D3/S1 semua jurusan, diutamakan Manajemen Pemasaran atau Ilmu Komunikasi',
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    ['พนักงานบัญชี\nบริษัท สยาม จำกัด\nกรุงเทพฯ\n\nคุณสมบัติ\n2. วุฒิปริญญาตรี สาขาการบัญชี', [['bachelor', true]]],
    ['ช่างซ่อมบำรุง\nบริษัท อีสเทิร์น จำกัด\nชลบุรี\n\nคุณสมบัติ\n- วุฒิ ปวส. ขึ้นไป', [['associate', true]]],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe("the review's cases: state codes are no degrees (session 54)", () => {
  it('reads no degree in "Territory covers ME, MA, NH and VT"', () => {
    expect(
      parse('Sales Rep\nAcme\n\nRequirements\n- Territory covers ME, MA, NH and VT').degrees,
    ).toEqual([]);
  });
});

describe('school levels in Czech, Polish and Italian, and an Israeli "Advantages" list (session 56)', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Senior Frontend Developer\nVltava Mobility s.r.o.\nPraha 7\n\nPožadované vzdělání: Středoškolské nebo odborné vyučení s maturitou',
      [['high_school', true]],
    ],
    ['Analytik\nAcme s.r.o.\nBrno\n\nVzdělání: Vysokoškolské', [['bachelor', true]]],
    [
      'Pielęgniarka\nSzpital Miejski\nGdańsk\n\nWymagania:\n- wykształcenie wyższe pielęgniarskie (licencjat lub magister pielęgniarstwa) lub średnie medyczne,',
      [
        ['bachelor', true],
        ['master', true],
        ['high_school', true],
      ],
    ],
    [
      'Cameriere\nTrattoria Da Nino\nRoma\n\nRequisiti:\n- Diploma di scuola alberghiera gradito ma non indispensabile',
      [['high_school', false]],
    ],
    [
      'Embedded Engineer\nAcme\nHaifa\n\nRequirements\n- B.Sc. in Computer Science – must.\n\nAdvantages\n- M.Sc. in Electrical Engineering.',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // Not a school: a teacher's experience of the International Baccalaureate.
    [
      'Profesor de Matemáticas\nColegio San Martín\nLima\n\nRequisitos\n• Licenciado/a en Educación.\n• Deseable: experiencia en Bachillerato Internacional.',
      [['bachelor', true]],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });

  it('reads "Advantages" after other sections as benefits, not preferred qualifications', () => {
    expect(
      parse(
        'Embedded Engineer\nAcme\nHaifa\n\nAbout us\nWe build chips.\n\nAdvantages\n- Annual bonus\n- M.Sc. sponsorship',
      ).degrees,
    ).toEqual([]);
  });
});

describe("the review's cases for school levels and pluses (session 56)", () => {
  it.each<[string, [string, boolean][]]>([
    [
      'Učitel/ka matematiky\nGymnázium Jana Nerudy\nPraha 1\n\nPožadujeme\n- Zkušenost s výukou na středoškolské úrovni\n- Aprobace matematika',
      [],
    ],
    [
      'Key Account Manager\nTechnoSoft Polska Sp. z o.o.\nWarszawa\n\nWymagania\n- Wykształcenie wyższe i doświadczenie w sprzedaży do firm z sektora MŚP (małe lub średnie przedsiębiorstwa)',
      [['bachelor', true]],
    ],
    [
      'Tecnico di automazione\nMeccanica Veneta S.p.A.\nVicenza\n\nRequisiti\n- Diploma di Istituto Tecnico Superiore (ITS) in Meccatronica',
      [],
    ],
    [
      'Project Manager\nSoftServe Partners\nKyiv, Ukraine\n\nRequirements:\n- 4+ years as PM\n\nAdvantages:\n- Remote work or office, your choice\n- Paid vacation 24 days\n- Compensation of master degree studies',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('Spanish "carrera" naming a degree (session 57)', () => {
  it.each([
    [
      'Desarrollador\nAcme\nGuadalajara\n\nRequisitos:\n- Carrera universitaria en Sistemas o afín',
      [['bachelor', true]],
    ],
    [
      'Desarrollador\nAcme\nGuadalajara\n\nRequisitos:\n- Carrera en Ingeniería en Sistemas, Computación o afín (trunca o titulado); no es indispensable si tu portafolio lo demuestra',
      [['bachelor', false]],
    ],
    [
      'Ejecutivo de Ventas\nAcme\nMonterrey\n\nRequisitos:\n- Impulsa tu carrera en ventas con nosotros',
      [],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('German studies under way, and a preferred focus of a required degree (session 57)', () => {
  it.each([
    [
      'Praktikum Finance\nAcme GmbH\nMünchen\n\nDein Profil\n- Fortgeschrittenes Bachelor- oder Masterstudium der Wirtschaftswissenschaften\n- Teamgeist',
      [],
    ],
    [
      'Controller\nAcme GmbH\nMünchen\n\nDein Profil\n- Abgeschlossenes Studium und fortgeschrittene Excel-Kenntnisse',
      [['bachelor', true]],
    ],
    [
      'Manager Treasury\nAcme AG\nFrankfurt\n\nIhr Profil\n- Erfolgreich abgeschlossenes wirtschaftswissenschaftliches Hochschulstudium (Master oder Diplom), gerne mit Schwerpunkt Finance oder Banking',
      [['master', true]],
    ],
    [
      'Entwickler\nAcme AG\nFrankfurt\n\nIhr Profil\n- Abgeschlossenes Studium der Informatik, gerne auch Master',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe("the review's cases for degrees (session 57)", () => {
  it.each([
    [
      'Chemiker (m/w/d)\nMusterfirma GmbH\nMünchen\n\nIhr Profil\n- Abgeschlossenes Masterstudium der Chemie, eine Promotion gerne mit Schwerpunkt Katalyse',
      [
        ['master', true],
        ['phd', false],
      ],
    ],
    [
      'Ejecutivo de Ventas\nGrupo S.A. de C.V.\nMonterrey\n\nRequisitos\n- Carrera universitaria en curso (últimos semestres)',
      [],
    ],
    [
      'Ejecutivo de Ventas\nGrupo S.A. de C.V.\nMonterrey\n\nRequisitos\n- Carrera (trunca o terminada) en Ingeniería Industrial',
      [['bachelor', false]],
    ],
    [
      'Praktikant Controlling (m/w/d)\nMusterfirma GmbH\nMünchen\n\nDein Profil\n- Fortgeschrittenes Bachelor-/Masterstudium der Wirtschaftswissenschaften',
      [],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('Nordic degree levels and studies under way (session 58)', () => {
  it.each([
    [
      'Seniorrådgiver\nSjøfartsdirektoratet\nOslo\n\nKvalifikasjoner\n- Høyere utdanning på mastergradsnivå, fortrinnsvis innen rettsvitenskap',
      [['master', true]],
    ],
    [
      'Rådgiver\nFirma AS\nBergen\n\nKvalifikasjoner\n- Relevant utdanning på bachelornivå',
      [['bachelor', true]],
    ],
    [
      'Ohjelmistokehittäjä\nFirma Oy\nTampere\n\nOdotamme sinulta\n- Soveltuva kandidaatin tutkinto',
      [['bachelor', true]],
    ],
    [
      'Säljare\nFirma AB\nStockholm\n\nKvalifikationer\n- Fullständig studentexamen',
      [['high_school', true]],
    ],
    [
      'Sommerstudent geoteknikk\nFirma AS\nTrondheim\n\nKvalifikasjoner\n- Studerer på masternivå (4. år) innen geoteknikk',
      [],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('a generic degree whose bracket names its level (session 58)', () => {
  it.each([
    [
      "Process Engineer\nOCP Group\nJorf Lasfar\n\nEducation: Engineering degree (Master's level / Bac+5)",
      [['master', true]],
    ],
    [
      'Ingénieur qualité\nAutoparts SA\nTanger\n\nYour profile\n- Engineering degree (Bac+5, "Diplôme d\'Ingénieur d\'État") in Industrial Engineering',
      [['master', true]],
    ],
    ["Analyst\nFirma\nRabat\n\nProfile\n- University degree (Master's)", [['master', true]]],
    [
      "Analyst\nFirma\nRabat\n\nProfile\n- A university degree (master's level) in economics",
      [['master', true]],
    ],
    // Guards: a bracket that prefers a higher level, and a degree with its own level.
    [
      "Analyst\nFirma\nRabat\n\nRequirements\n- Degree in Economics (Master's preferred)",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      "Analyst\nFirma\nRabat\n\nRequirements\n- Bachelor's degree (Master's a plus)",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('more ways to prefer a degree (session 58)', () => {
  it.each([
    [
      'Android Developer\nAcme\nBengaluru\n\nDesired Candidate Profile\n- B.E./B.Tech in Computer Science or a related discipline; M.Tech/MCA also welcome',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Data Engineer\nAcme\nBengaluru\n\nWhat we are looking for\nB.E. / B.Tech in Computer Science\n\nGood to have\nM.Tech or MCA',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Project Manager IT\nAcme SRL\nBucurești\n\nCerințe\n- Studii superioare finalizate\n\nConstituie un avantaj\n- Studii de masterat în management de proiect sau MBA',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Controlling manager\nAcme Kft.\nBudapest\n\nElvárások\nFelsőfokú közgazdasági végzettség\n\nElőny\nMSc vagy MBA végzettség',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Diretor de RH\nAcme\nPorto\n\nPerfil\n- Licenciatura em Gestão; pós-graduação ou mestrado em RH valorizado',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Директор по маркетингу\nАкме\nМосква\n\nТребования:\n- высшее образование (маркетинг, экономика); MBA — будет преимуществом;',
      [
        ['master', false],
        ['bachelor', true],
      ],
    ],
    // A field of its own after a list of pluses is no plus.
    [
      'Java Developer\nTalentKart\nBangalore\n\n*Good to have:*\n🔸 Kafka, Redis\n\n*Qualification:* B.E / B.Tech / MCA (full-time) – 60% throughout academics',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
    // Freshers welcome is no plus for the degree.
    [
      'Accounts Executive\nAcme\nSurat\n\nRequirements\n▪ B.Com / M.Com (fresh M.Com pass-outs also welcome)',
      [
        ['bachelor', true],
        ['master', true],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('French accounting diplomas, Belgian secondary school and "ou un" (session 58)', () => {
  it.each([
    [
      "Comptable général\nDelorme SA\nLyon\n\nProfil recherché\n- Titulaire d'un BTS CG, d'un DCG ou équivalent",
      [
        ['associate', true],
        ['bachelor', true],
      ],
    ],
    [
      'Comptable général\nDelorme SA\nNantes\n\nProfil recherché :\n- Formation Bac+3 minimum en comptabilité (DCG ou Licence CCA) ; un DSCG ou un Master CCA serait apprécié',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Directeur administratif et financier\nFerrand Emballages\nMérignac\n\nLe profil\n- Formation supérieure Bac+5 (école de commerce, DSCG ou équivalent) ; DEC apprécié',
      [['master', true]],
    ],
    [
      "Welcome to the Jungle\nMachine Learning Engineer\nCorvelle AI\nParis\n\nThe position\nWe evaluate models.\n\nPreferred experience\n- Master's degree in machine learning; a PhD in NLP is a plus",
      [
        ['master', true],
        ['phd', false],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe("the review's cases for degrees (session 58)", () => {
  it.each([
    // A bare "Degree" keeps its level unless its bracket states one.
    [
      'Quantity Surveyor\nAcme Construction\nBirmingham\n\nRequirements\n- Degree in Quantity Surveying (HNC/HND with relevant experience considered)',
      [
        ['bachelor', true],
        ['associate', true],
      ],
    ],
    // "Preferred Experience" outside Welcome to the Jungle means what it says.
    [
      "Program Analyst\nCounty of Riverside\nRiverside, CA\n\nRequired Experience\n- Bachelor's degree in Public Administration and 2 years of analytical experience\n\nPreferred Experience\n- Master's degree in Public Administration",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // Students at master's level hold no master's.
    [
      'Sommerstudent geoteknikk\nMulticonsult\nTrondheim\n\nKvalifikasjoner\n- Student på masternivå innen geoteknikk eller bygg',
      [],
    ],
    [
      'Sommerstudent\nMulticonsult\nTrondheim\n\nKvalifikasjoner\n- Pågående utdanning på masternivå innen geoteknikk',
      [],
    ],
    // Intel's Data Center Group is no diploma.
    [
      "Sales Engineer\nIntel\nSanta Clara, CA\n\nRequirements\n- Experience selling into Intel's DCG (Data Center Group) accounts",
      [],
    ],
    // A Cyrillic plus about something else leaves the degree required.
    [
      "Аналитик\nАкме\nМосква\n\nТребования:\n- Bachelor's degree in Finance, знание английского будет плюсом",
      [['bachelor', true]],
    ],
    [
      "QA Engineer\nSoftServe\nЛьвів\n\nВимоги:\n- Bachelor's degree in Computer Science, бажання розвиватися в автоматизації",
      [['bachelor', true]],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('Nordic level words, optional and good-to-have degrees (session 59)', () => {
  it.each([
    // Finnish object case, Danish levels and upper-secondary exam.
    [
      'Ohjelmistokehittäjä\nAcme Oy\nTampere\n\nOdotamme\n- kandidaatin tutkinnon tietojenkäsittelystä',
      [['bachelor', true]],
    ],
    [
      'Udvikler\nAcme A/S\nAarhus\n\nKvalifikationer\n- Uddannelse på bachelorniveau inden for datalogi',
      [['bachelor', true]],
    ],
    [
      'Udvikler\nAcme A/S\nAarhus\n\nKvalifikationer\n- Uddannelse på kandidatniveau inden for datalogi',
      [['master', true]],
    ],
    [
      'Lagerarbejder\nAcme A/S\nKolding\n\nKvalifikationer\n- Studentereksamen eller tilsvarende',
      [['high_school', true]],
    ],
    // An optional master's is not asked for; the bracket sits between the degree and its field.
    [
      "Analyst\nAcme\nLeeds\n\nRequirements\n- Degree (Master's optional) in Economics",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      "Analyst\nAcme\nLeeds\n\nRequirements\n- Bachelor's degree in Economics (Master's optional)",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    [
      'Data Scientist\nAcme\nLondon\n\nRequirements\n- A degree (2:1 or above) in a quantitative subject such as statistics',
      [['bachelor', true]],
    ],
    // A bracket that lists levels names the degree's own.
    [
      "Consultant Psychiatrist\nNHS Trust\nLincoln\n\nDesirable\n- Higher degree (MD, PhD or Master's) in a relevant subject",
      [
        ['phd', false],
        ['master', false],
      ],
    ],
    // An optional cover letter leaves the degree asked for.
    [
      "Analyst\nAcme\nLeeds\n\nRequirements\n- Bachelor's degree required; cover letter optional",
      [['bachelor', true]],
    ],
    // "Good to have:" as a lead-in, like "Nice to have:".
    [
      'Design Engineer\nAcme\nPune\n\nRequirements\n- B.Tech in Mechanical Engineering\n- 3 years experience\nGood to have: M.Tech in Thermal Engineering',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // "Le profil idéal" heads the requirements.
    [
      "Comptable\nAcme SA\nLyon\n\nLe profil idéal\nVous avez un Master en finance et 3 ans d'expérience.",
      [['master', true]],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe("an item's lead cue holds for its later clauses (session 59)", () => {
  it.each([
    [
      'Analista Financeiro\nAcme\nCampinas\n\nRequisitos\n- Graduação em Economia\n- Desejável: experiência no setor de saúde; pós-graduação em Finanças ou MBA; CPA-20',
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
    // A cue inside a later clause only is that clause's.
    [
      "Analyst\nAcme\nLeeds\n\nRequirements\n- Bachelor's degree in Finance; Master's degree preferred",
      [
        ['bachelor', true],
        ['master', false],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe("the review's cases: a clause's own label ends the lead cue; Finnish partitive (session 59)", () => {
  it.each([
    [
      'Analista Financeiro\nAcme\nCampinas\n\nRequisitos\n- Desejável: inglês avançado; obrigatório: graduação em Economia ou Administração',
      [['bachelor', true]],
    ],
    [
      "Analyst\nAcme\nLondon\n\nRequirements\n- Preferred: SQL; required: Bachelor's degree in Statistics",
      [['bachelor', true]],
    ],
    [
      'Ohjelmistokehittäjä\nAcme Oy\nTampere\n\nOdotamme\n- Edellytämme kandidaatin tutkintoa tietojenkäsittelystä',
      [['bachelor', true]],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('student programmes, degree standing, more local degrees (session 60)', () => {
  it.each([
    // A student's programme is no degree held; a degree asked beside it is.
    [
      "Stagiaire marketing\nAcme\n\nProfil\n- Étudiant(e) en école de commerce ou en master marketing digital (Bac+4/5), titulaire d'un Bac+3 minimum ;",
      [{ level: 'bachelor', fields: [], required: true }],
    ],
    [
      "Werkstudent Marketing\nAcme\n\nYour profile\n- You are enrolled at a German university in a Bachelor's or Master's programme in Marketing",
      [],
    ],
    // A wish about the degree's standing leaves it required.
    [
      'Graduate Engineer\nAcme\n\nWhat we are looking for\n- A BEng or MEng degree in Civil Engineering (achieved or expected in 2025), ideally accredited by the JBM',
      [
        { level: 'bachelor', fields: ['Civil Engineering'], required: true },
        { level: 'master', fields: ['Civil Engineering'], required: true },
      ],
    ],
    // "MBA or progress toward an MBA is a plus": one preferred MBA.
    [
      "Financial Analyst\nAcme\n\nQualifications\n- Bachelor's degree in Finance required\n- MBA or progress toward an MBA is a plus",
      [
        { level: 'bachelor', fields: ['Finance'], required: true },
        { level: 'master', fields: [], required: false },
      ],
    ],
    // Dutch teaching grades, Colombia's tecnólogo, the LL.M.
    [
      'Docent Wiskunde\nMaaspoort College\n\nWat vragen wij?\n- Een afgeronde tweedegraads lerarenopleiding wiskunde (hbo) of een eerstegraads bevoegdheid wiskunde;',
      [
        { level: 'bachelor', fields: [], required: true },
        { level: 'master', fields: [], required: true },
      ],
    ],
    [
      'Analista de Cartera\nAcme\n\nRequisitos:\n- Tecnólogo(a) o profesional en Contaduría Pública',
      [
        { level: 'associate', fields: ['Contaduría Pública'], required: true },
        { level: 'bachelor', fields: ['Contaduría Pública'], required: true },
      ],
    ],
    ['Legal Counsel\nAcme\n\nRequirements\n- Experience with LLM in production', []],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees).toEqual(expected);
  });

  it('reads an LL.M. as a master', () => {
    expect(
      parse(
        'Juriste\nAcme\n\nVotre profil\n- Un LL.M. en droit des affaires est un atout.',
      ).degrees.map((d) => [d.level, d.required]),
    ).toEqual([['master', false]]);
  });
});

describe('what the session 60 degree rules must leave alone (review)', () => {
  it.each([
    [
      "Tax Preparer\nAcme\n\nRequirements\n- Enrolled Agent (EA) or CPA and a Bachelor's degree in Accounting",
      [['bachelor', true]],
    ],
    ["Analyste\nAcme\n\nProfil\n- Étudiant ou diplômé d'un Master en finance", [['master', true]]],
    [
      'Ingegnere\nAcme\n\nRequisiti\n- Studente o laureato in Laurea Magistrale in Ingegneria',
      [['master', true]],
    ],
    ['Producer\nAcme\n\nRequirements\n- Experience with premium cable networks (HBO)', []],
    [
      'Nurse\nAcme\n\nRequirements\n- BSN preferred, from an accredited school of nursing',
      [['bachelor', false]],
    ],
    [
      "Analyst\nAcme\n\nRequirements\n- Bachelor's degree in Finance preferred, with a GPA of 3.0 or higher",
      [['bachelor', false]],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 61: generic field tails, an eligible route, listed courses, a Kaggle rank, Japanese alternatives', () => {
  it.each([
    [
      'Assistant Professor\nQualification\n- First Class in B.E./B.Tech. and M.E./M.Tech. in Mechanical Engineering or the relevant specialisation (as per AICTE norms)\n- Ph.D. in Mechanical Engineering or a relevant area is preferred\nExperience\n- Candidates with Ph.D. may apply as freshers',
      [
        ['bachelor', true],
        ['master', true],
        ['phd', false],
      ],
    ],
    [
      'Staff Nurse\nMumbai\nEducation\nUG: B.Sc in Nursing, Diploma in Nursing\nKey Skills\nICU',
      [['bachelor', true]],
    ],
    [
      'データサイエンティスト\n株式会社テスト\n歓迎スキル\n・統計学、情報科学、経済学などの修士号または博士号\n・Kaggle Master以上の称号',
      [
        ['master', false],
        ['phd', false],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('session 61: Nordic requirement headings, a degree that is nice but not essential', () => {
  it.each([
    [
      'Backend-utvecklare\nNorthloop Energy AB\n\nOm rollen\n- Bygga integrationer\n\nVi tror att du\n- Har minst 3 års erfarenhet av backendutveckling\n- Har en högskoleexamen inom datavetenskap eller liknande – eller motsvarande erfarenhet',
      [['bachelor', true]],
    ],
    [
      'Pædagog\nOdense Kommune\n\nVi søger en pædagog, der\n• er uddannet pædagog (professionsbachelor i socialpædagogik)\n• har lyst til at arbejde med naturen',
      [['bachelor', true]],
    ],
    [
      'Product Designer\nAcme ApS\n\nYou have\n- A degree in interaction design or similar is nice, but not essential',
      [['bachelor', false]],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });
});

describe('what the session 61 rules must leave alone (review)', () => {
  it.each([
    [
      'Software Engineer\nAcme Pvt Ltd, Bangalore\nRequirements:\n- Candidates with B.Tech/B.E. in Computer Science can apply.\n- 2+ years of Java experience.',
      [['bachelor', true]],
    ],
    [
      "Engineer\nRequirements:\n- Master's degree is nice, but a Bachelor's degree is required.",
      [
        ['master', true],
        ['bachelor', true],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).degrees.map((d) => [d.level, d.required])).toEqual(expected);
  });

  it('keeps a listed diploma out of the degree fields', () => {
    const [degree] = parse(
      'Staff Nurse\nEducation\nUG: B.Sc in Nursing, Diploma in Nursing',
    ).degrees;
    expect(degree?.fields).toEqual(['Nursing']);
  });
});
