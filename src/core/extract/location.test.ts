// Short examples for location: [posting text, expected].
import { describe, expect, it } from 'vitest';
import { parse } from './parse-plain.test-helper';
import { parsePostingText } from '../index';

// 40 distinct sentences: what follows is past the header block.
const LONG_BODY = Array.from(
  { length: 40 },
  (_, i) => `We ship tool number ${i + 1} each week.`,
).join('\n');

const CASES: [string, unknown][] = [
  // Review: a shouted town with its state, or a single shouted word, stays a place.
  ['Welder\nAcme Fabrication\nSYDNEY NSW\n\nWe need a welder. $40/hr.', ['SYDNEY NSW']],
  ['Welder\nAcme Fabrication\nGREYMOUTH\n\nWe need a welder. $40/hr.', ['GREYMOUTH']],
  // The employer's name (and its acronym) before the town on one line; not a state's code after a
  // town read as the employer; "Ltd." after "Co.," is no place.
  [
    'Freelance Interpreter\nRed Sea Events & Conferences (RSEC), Jeddah\n\nWe run events.',
    ['Jeddah'],
  ],
  [
    'Digital Marketing Executive\nLanna Craft Collective Co., Ltd.\nChiang Mai\n\nWe sell handmade goods.',
    ['Chiang Mai'],
  ],
  // Review: a short line under "Location" is read whole; a country in brackets stays a note.
  [
    'Data Analyst\nBrightpath Analytics\nLocation\nHybrid – London. Two days a week in office.\nAbout the role\nYou analyse data.',
    ['London'],
  ],
  ['Engineer\nAcme\nLocation: Toronto Office (Canada)', ['Toronto Office (Canada)']],
  // The line under a "Work location" heading: its first sentence when that is a place, and an
  // office's address in brackets; a sentence about the office is read for its town.
  [
    'Bilingual Sales Engineer\n\n■ Work location\nOsaka Head Office (Umeda, Kita-ku, Osaka). Occasional travel to the Kyoto factory and overseas (about 4 trips a year).\n\n■ Job description\n- Technical pre-sales\n',
    ['Umeda, Kita-ku, Osaka'],
  ],
  [
    "Chief Financial Officer\n\nLocation\nCopperleaf's headquarters are in Denver, CO (RiNo). The CFO is expected on-site at HQ at least four days per week, with travel.\n\nI would welcome a conversation.",
    ['Denver, CO'],
  ],
  // "Location of Post" in a table of labels without colons, past a label wrapped over two lines.
  [
    'Shannon Valley Hospital Group\n\nJob Title and Grade      Clinical Nurse Manager 2\nClosing Date             Thursday 20th February 2025 at 12 noon\nTaking up                A start date will be indicated at job offer stage.\nAppointment\nLocation of Post         Ennis General Hospital, Gort Road, Ennis, Co. Clare\n\n                         There is currently one permanent whole-time vacancy\n',
    ['Ennis, Co. Clare'],
  ],
  // Sweden's "Placering:"; the shouted title under the employer is no place.
  [
    'Ålands Sjöfartsrekrytering · Lediga tjänster · Om oss · Kontakt\n\nRederiaktiebolaget Gyllene Havsörnen söker\n\nSTYRMAN (vikariat)\ntill M/S Havsörnen – Mariehamn–Kapellskär\n\nPlacering: Mariehamn, Åland\nAnställningsform: Vikariat\n\nArbetsuppgifter\nSom styrman ansvarar du för navigationsvakt på bryggan.\n',
    ['Mariehamn, Åland'],
  ],
  [
    'Rederiaktiebolaget Gyllene Havsörnen AB\n\nKOCK (vikariat)\n\nArbetsuppgifter\nSom kock lagar du mat.\n',
    [],
  ],
  // Dutch writes the town after "te".
  [
    'VACATURE\n\nSaramacca Handelsmaatschappij N.V., importeur en groothandel in bouwmaterialen, zoekt op korte termijn een\n\nBOEKHOUDER (m/v)\n\nvoor haar hoofdkantoor aan de Indira Gandhiweg te Paramaribo.\n\nTaken:\n* het verzorgen van de financiële administratie\n',
    ['Paramaribo'],
  ],
  // The employer after a title's dash, its town in brackets: the town is the place.
  [
    'Senior Subsea Controls Engineer – Havbris Energi (Stavanger)\n\nHi Ola,\n\nA great role.',
    ['Stavanger'],
  ],
  [
    'Senior iOS Developer — Mtsvane Apps (Tbilisi)\n[Forwarded from Mtsvane Apps HR]\nWe pay well.',
    ['Tbilisi'],
  ],
  // A site word before or after the place, a sentence after it, quote marks: no part of it.
  ['Picker Packer\nAcme\nLocation: In person, Brampton, ON', ['Brampton, ON']],
  [
    'Policy Officer\nEuropean Commission\nPlace of employment: Brussels, Belgium',
    ['Brussels, Belgium'],
  ],
  [
    'Ejecutivo de ventas\nAcme\nUbicación: Presencial en oficinas de Apodaca, N.L.',
    ['Apodaca, N.L.'],
  ],
  ['Technicien\nAcme\nLieu : site de Clermont-Ferrand', ['Clermont-Ferrand']],
  [
    'Attaché\nAcme\nLieu : Site de Toulouse-Auzeville, 31320 Castanet-Tolosan',
    ['Site de Toulouse-Auzeville, 31320 Castanet-Tolosan'],
  ],
  ['Payroll Officer\nAcme\nLocation: Head office, Naas Road, Dublin 12', ['Naas Road, Dublin 12']],
  ['Bus Operator\nAcme\nLocation: Multiple Divisions - Dayton, OH', ['Dayton, OH']],
  ['Project Manager\nAcme\nLocation: Raleigh, NC office', ['Raleigh, NC']],
  ['Billing Specialist\nAcme\nLocation: Phoenix, AZ - Corporate Office', ['Phoenix, AZ']],
  [
    'Security Engineer\nAcme\nLocation: Portland, ME – Fore Street operations center',
    ['Portland, ME'],
  ],
  ['Magasinier\nAcme\nLieu : Satigny (GE), Zone industrielle du Bois-de-Bay', ['Satigny (GE)']],
  [
    'VP Finance\nAcme\nLocation: Watertown, MA (Arsenal Yards HQ). In office Tuesday through Thursday',
    ['Watertown, MA'],
  ],
  ['Nurse\nAcme\nLocation: St. Louis, MO. Three twelve-hour shifts a week', ['St. Louis, MO']],
  ['Front Desk Agent\nAcme\nLocation: "Beaufort, SC"', ['Beaufort, SC']],
  ['Vendeur\nAcme\nLieu : Norwich – Chapelfield', ['Norwich – Chapelfield']],
  // A long line's field ends with its first sentence ("Co. Offaly" ends none).
  [
    `Senior ML Engineer\nAcme\n- Location: Pittsburgh, PA (Strip District). We work on-site 4 days a week because so much of the work involves the robots and our test greenhouse. Some travel.`,
    ['Pittsburgh, PA'],
  ],
  // A recruiter's sentence names the employer; the posting pasted below names it again, over
  // its place.
  [
    `Contact: Tasha\n\nHi Luis, this is Tasha Greer, kitchen manager at Marigold Kitchen & Bar on Haywood Rd. Chef Anton gave me your number.\n\nSure, what hours?\n\nMostly dinner, 3:30pm-close. Wed-Sun.\n\nHere's the posting we put on Indeed:\n\nLINE COOK - Marigold Kitchen & Bar\nAsheville, NC (West Asheville)\nPart-time`,
    ['Asheville, NC'],
  ],
  // A town after the dash is no site; a long line's first sentence that names no place is no
  // place; a quote inside the value stays.
  [
    'Hygienist\nAcme\nLocation: Nassau County - Rockville Centre, NY',
    ['Nassau County - Rockville Centre, NY'],
  ],
  [
    `Warehouse Associate\nAcme\nLocations: Multiple openings. Des Moines, IA; Cedar Rapids, IA; Davenport, IA; Sioux City, IA; Waterloo, IA; Iowa City, IA and more sites opening soon across the state.`,
    [],
  ],
  // "Stadtwerke Augsburg" is no "Stadt": its town is no place of the job.
  [
    'Ingenieur (m/w/d)\nim Namen der Stadtwerke Augsburg freuen wir uns, Ihnen die Stelle anzubieten.',
    [],
  ],
  // A state or canton code is no legal form.
  ['Registered Nurse\nRoper Healthcare\nLocation: Charleston SC, USA', ['Charleston SC, USA']],
  ['Dealer\nWynn Resorts\nLocation: Las Vegas NV, United States', ['Las Vegas NV, United States']],
  // An employer with its legal form before the place; the days at home after it.
  [
    'Softwareentwickler\nAcme\nArbeitsort: Alpenfirn Informatik AG, Zürich-Oerlikon',
    ['Zürich-Oerlikon'],
  ],
  [
    'Werkstudent\nAcme\nStandort: Hamburg-Altona, 1–2 Tage Remote pro Woche möglich',
    ['Hamburg-Altona'],
  ],
  // A work mode alone is no place: the header's place is.
  ["Préposé à l'entrepôt\nAcme\nLaval, QC\n\nLieu de travail : en personne", ['Laval, QC']],
  // A pin line's place ends where the next chip's symbol starts.
  ['Laborant\nAcme AG\n📍 Basel, Schweiz   🕒 Vollzeit   🏢 Vor Ort', ['Basel, Schweiz']],
  // A letterhead's numbered street before the town.
  [
    'Warehouse Associate\nTri-County Cold Storage, Inc.\n4410 Industrial Parkway West, Stockton, CA 95206\nFull time',
    ['Stockton, CA 95206'],
  ],
  // "our drop-in centre in Whanganui East": the place after the venue's words.
  [
    'Youth Worker\nTe Awa Tupu Youth Trust\nLocation: our drop-in centre in Whanganui East – this is an in-person role',
    ['Whanganui East'],
  ],
  // A header line's UK postcode, or its district, after the town.
  ['Payroll Administrator\nHartwell & Crane LLP\nBirmingham, B3\nFull time', ['Birmingham, B3']],
  ['Staff Nurse\nAcme NHS Trust\nNorwich, NR4 7UY\nFull time', ['Norwich, NR4 7UY']],
  // A comma inside a bracket parts no street or venue from the place; a venue's town in its
  // bracket; a note after a dash or a comma is no part of the place (a district is).
  [
    'Java Developer\nAcme\nLocation : Bengaluru (Outer Ring Road, Bellandur) - Hybrid, 3 days WFO',
    ['Bengaluru'],
  ],
  ['Research Coordinator\nAcme\nLocation: Main Campus (Bellgrove, NC)', ['Bellgrove, NC']],
  ['Consultant SAP\nAcme\nLieu : Grenoble (38) – 3 jours sur site', ['Grenoble (38)']],
  ['Comptable\nAcme\nLieu : Bruxelles (Ixelles – avenue Louise)', ['Bruxelles']],
  ['Vendeur\nAcme\nLieu : Norwich – Chapelfield', ['Norwich – Chapelfield']],
  [
    'Elektriker (m/w/d)\nAcme GmbH\nArbeitsort: 8020 Graz, Einsätze in Graz und Graz-Umgebung',
    ['8020 Graz'],
  ],
  [
    'Elektroinstallateur\nAcme AG\nArbeitsort: Zürich-Oerlikon und Einsatzgebiet Stadt Zürich',
    ['Zürich-Oerlikon'],
  ],
  [
    'DevOps Engineer\nAcme AG\nLocation: 8004 Zürich, 6 minutes from Zürich Hardbrücke station',
    ['8004 Zürich'],
  ],
  // A list under the company is a place only when known as one.
  ['Backend Engineer\nAcme Corp\n- Kotlin\n- Spring Boot', []],
  // A table's header row names columns ("| Role | Location | Status |"); a pinned section heading
  // ("📍 Ubicación") names no place.
  [
    '# Careers\n\n| Role | Location | Status |\n|---|---|---|\n| Software Engineering Intern | Pittsburgh, PA | open |\n\nBuild things.',
    ['Pittsburgh, PA'],
  ],
  ['Desarrollador Backend\n\n📍 Ubicación\n\n100 % remoto.', []],
  // A location field among a row of chips; Spanish "Localidad".
  [
    'Kanton Thurgau\n\nSystem Engineer (w/m/d) 80–100 %\n\nStellen-ID: 25-0687 · Arbeitsort: Frauenfeld · Publiziert: 20.05.2025',
    ['Frauenfeld'],
  ],
  ['ENFERMERO/A\nRef.: SRS-2025-031\nLocalidad: Calahorra (La Rioja)', ['Calahorra']],
  // A saved page's list of facts under the company: its first item is the place.
  [
    'Comercial de zona (Sector Agroalimentario)\nHortalizas del Turia S.L.\n- Valencia\n- Publicada hace 2d\n- Salario: 24.000€ - 28.000€ Bruto/año\n\nBuscamos un comercial.',
    ['Valencia'],
  ],
  // NHS Jobs' address one part per line under "Job locations"; a place under a name with a
  // Luxembourg or Swiss legal form.
  [
    'Staff Nurse\nAshbourne Vale Hospitals NHS Foundation Trust\nJob locations\nRoyal Ashbourne Hospital\nUttoxeter Road\nDerby\nDE22 3NE\nJob description\nCare for patients.',
    ['Derby, DE22 3NE'],
  ],
  ['Comptable\nFiduciaire Moselle S.à r.l.\nStrassen, Luxembourg\nCDI', ['Strassen, Luxembourg']],
  // A department after the employer on a signature row is no place.
  [
    'Pflegefachkraft (m/w/d)\nIhre Aufgaben:\n- Pflege\nKlinikum Hörde-Ost gGmbH · Personalabteilung · Frau Jana Pieper',
    [],
  ],
  // "Workplace type: hybrid" names a mode, not a place.
  [
    'Product Designer\nDepartment: Design\nWorkplace type: hybrid\nLocation: Minneapolis, MN, US\n',
    ['Minneapolis, MN, US'],
  ],
  // The part after the company on a chip line; a long mode bracket; a postcode town and its
  // district; a family that runs the hotel is no place.
  ['Logistics Coordinator\n**Vandermolen Fresh Logistics B.V.** · Venlo · 32–40 hours', ['Venlo']],
  ['Data Engineer\nLondon (Hybrid - 2 days per week in Canary Wharf)\n', ['London']],
  ['Kellner (m/w/d)\nCafé Donaublick\n1020 Wien, Leopoldstadt\n', ['1020 Wien, Leopoldstadt']],
  [
    'Koch (m/w/d)\nHotel Hahnenkamm-Alm ****S · Familie Obermoser\n6370 Kitzbühel, Tirol\n',
    ['6370 Kitzbühel, Tirol'],
  ],
  // An address field with the number before the street; an operator's legal name is no place.
  ['Aide-soignant(e)\nEHPAD du Parc\nAdresse : 14 rue Marietton, 69009 Lyon\n', ['69009 Lyon']],
  [
    'Jungkoch (m/w/d)\nGasthaus Zur Alten Donau – Familie Pichler OG\n1220 Wien, Österreich\nVollzeit',
    ['1220 Wien, Österreich'],
  ],
  // A district in brackets before the province; a part of town; two regions and the state.
  [
    'Profesor\nAcademia Albor\nSevilla (Nervión), Sevilla provincia\n',
    ['Sevilla (Nervión), Sevilla provincia'],
  ],
  [
    '*** CALL CENTRE SALES AGENTS NEEDED - CAPE TOWN CBD ***\nBlue Protea Direct',
    ['Cape Town CBD'],
  ],
  ['Fitter\nIronbark Mining\nPilbara & Kimberley WA\n', ['Pilbara & Kimberley WA']],
  // Field work is no place.
  [
    'Elektroniker\n33609 Bielefeld\n\nArbeitsort: Im Außendienst / auf Baustellen in Bielefeld und Umgebung\n',
    ['33609 Bielefeld'],
  ],
  // A branch's name, its street, then the postcode and town.
  ['Verkäufer\nFiliale Graz Murpark, Ostbahnstraße 3, 8041 Graz\n', ['8041 Graz']],
  // A pin before the place in a chip line.
  ['SAP Berater\n**Donaublick Consulting GmbH** | 📍 Wien (1030, Landstraße) | Hybrid', ['Wien']],
  // A place with its postal code, as written.
  ['Préposé\nEntrepôt\nLaval (Québec) H7L 4R9\n', ['Laval (Québec) H7L 4R9']],
  ['Barista\nPebble & Crumb\nHove BN3\n', ['Hove BN3']],
  // The place in a mode's bracket among a title line's parts.
  [
    'SAP FI/CO Consultant - 6 month contract - Outside IR35 - Hybrid (Manchester)\n\nRate: £625/day',
    ['Manchester'],
  ],
  // Mid-sized towns in Ireland, South Africa and Germany's regions.
  ['Barista\nGalway\nPart-time', ['Galway']],
  ['Call Centre Agent\nSandton, Gauteng | Posted 06 Nov 2025', ['Sandton, Gauteng']],
  // The place after the company on its line, a town no list knows.
  ['Koch (m/w/d)\nHotel Alpenrose ****S, Obertauern\n', ['Obertauern']],
  // A street address line: the postcode and town.
  [
    'Steuerfachangestellte (m/w/d)\n\nKanzlei Dr. Hoffmann & Partner mbB\nSteuerberater · Wirtschaftsprüfer\nAugsburger Str. 12, 86551 Aichach\n',
    ['86551 Aichach'],
  ],
  // A postcode and town on its own header line.
  [
    'Infirmier (H/F)\nEHPAD du Parc\nUnité de soins\n\n69300 Caluire-et-Cuire\nCDI',
    ['69300 Caluire-et-Cuire'],
  ],
  // No known place name: the line under the company, where every board prints the place.
  [
    'Asistente de RRHH\nInca Textil Export S.A.C.\nMiraflores, Lima\nTiempo completo',
    ['Miraflores, Lima'],
  ],
  [
    'Java Developer\nZentrix Technologies Pvt Ltd\nBengaluru (Whitefield)\n5-8 Yrs',
    ['Bengaluru (Whitefield)'],
  ],
  ['Sales Representative\nBoksburg Packaging (Pty) Ltd\nFull Time\nR 35 000 per month', []],
  // A French arrondissement and department number.
  ['Aide-soignant H/F\nClinique Saint-Roch\nMarseille 8e - 13\nCDI', ['Marseille 8e - 13']],
  // A count in the location slot: the places follow, at once or further on.
  [
    'IT Specialist\nDepartment of Labor\nLocation: 2 vacancies in the following locations:\nKansas City, MO\nDenver, CO\nRemote job: No',
    ['Kansas City, MO', 'Denver, CO'],
  ],
  [
    'Branch Manager\nlocations\n2 Locations\ntime type\nFull time\nJob Description\nLead our branches in\nCharlotte, NC | Raleigh, NC',
    ['Charlotte, NC', 'Raleigh, NC'],
  ],
  ['Engineer\nAcme\nSunnyvale, CA', ['Sunnyvale, CA']],
  ['Work Location 1375 Crossman Avenue, Sunnyvale, CA 94089', ['Sunnyvale, CA']],
  ['Location: San Francisco, CA or Seattle, WA', ['San Francisco, CA', 'Seattle, WA']],
  ['Engineer\nAcme\nHamburg', ['Hamburg']],
  ['Engineer\nAcme · Toronto, ON · Hybrid', ['Toronto, ON']],
  [
    'Key Account Manager (m/w/d)\n\nHegerich Antriebstechnik GmbH · Stuttgart / Außendienst · Vollzeit\nWir sind ein Hersteller.',
    ['Stuttgart'],
  ],
  ['Staff Nurse\nWard 4\nTown: Leeds\nBand 5', ['Leeds']],
  ['Walmart Canada is a leading retailer seeking a Senior Data Scientist to join its team.', []],
  ['Standort: München', ['München']],
  // Far down the posting, and as a list item.
  [`Engineer\n${LONG_BODY}\n- Location: Austin, TX`, ['Austin, TX']],
  // Postcode first, district or river suffix, département prefix with arrondissement.
  ['Lagerhelfer (m/w/d)\nElbkai Logistik GmbH\n20457 Hamburg', ['20457 Hamburg']],
  ['Erzieher (m/w/d)\nKita Sonnenblume\nBerlin-Pankow', ['Berlin-Pankow']],
  ['Referent (m/w/d)\nMainova Partner AG | Frankfurt am Main | Vollzeit', ['Frankfurt am Main']],
  ['Comptable H/F\nCabinet Roux\n75 - Paris 8e', ['75 - Paris 8e']],
  // Cities outside the currency gazetteer; a capital district's full stop.
  ['Desarrollador Java\nAndes Soft\nMedellín, Colombia', ['Medellín, Colombia']],
  ['Analista de datos\nCafé Andino S.A.S.\nBogotá D.C.', ['Bogotá D.C.']],
  // Labels the field list lacks; iCIMS codes; Indeed's "Company - City, ST"; SG postcode.
  ['Travel Nurse - ICU\nFacility location: Tucson, AZ 85719', ['Tucson, AZ']],
  ['Electrician\nJob Locations US-CO-Denver\nCategory Skilled Trades', ['US-CO-Denver']],
  ['Sales Associate\nPine Ridge Outfitters - Boise, ID\nFull-time', ['Boise, ID']],
  [
    'Accounts Executive\nMarina Holdings Pte. Ltd.\nTanjong Pagar, 088540',
    ['Tanjong Pagar, 088540'],
  ],
  // A note in a bracket at the end and a work mode after a dash are not the place; a town in
  // the bracket names the larger place and stays. A town of the world list alone on its line.
  ['Office Administrator\nLocation: Austin, TX 78701 (Downtown area)', ['Austin, TX']],
  ['Java Developer (C2C)\nLocation: Jersey City, NJ - Hybrid - LOCALS ONLY', ['Jersey City, NJ']],
  ['Data Analyst\n📍 Bengaluru (Koramangala) – Work from office, 5 days', ['Bengaluru']],
  [
    'Comptable (H/F)\nLieu : Avenue Louise 367, 1050 Ixelles (Bruxelles)',
    ['1050 Ixelles (Bruxelles)'],
  ],
  ['Software Engineer II\nCharlotte, NC or Remote (US)\nFull-time', ['Charlotte, NC']],
  ['Kitchen Porter\nThe Fox & Lantern\nYork\nFull time', ['York']],
  // A river or a region's code in a bracket tells the town apart; a company named like a town.
  ['Lagerist (m/w/d)\nAcme Logistik GmbH\nFrankfurt (Oder)\n\nLager.', ['Frankfurt (Oder)']],
  ['Analyst\nLocation: Washington (DC)', ['Washington (DC)']],
  ['Serveur (H/F)\nLieu : Lyon 1er (69)', ['Lyon 1er (69)']],
  ['Sales Associate\nGap\nSan Francisco, CA\n\nHelp customers.', ['San Francisco, CA']],
  // A label before the place: "Standort", a JSON key printed with its value.
  [
    'Pflegeassistenz (m/w/d)\nLandeskrankenhaus Hochalm – Standort Leoben\nSteiermärkische Gesundheitsverbund GmbH',
    ['Leoben'],
  ],
  // A list inside a bracket is one place's note; a preference after the place.
  ['Engineer\nLocation: Remote (US or Canada)', ['Remote (US or Canada)']],
  ['VP Engineering\nLocation: Nashville, TN preferred', ['Nashville, TN']],
  // A work mode in the place slot; a board's search heading; "Lieu d'exercice".
  ['Repartidor\nZapopan, Jal.\nLugar de trabajo: Empleo presencial', ['Zapopan, Jal.']],
  ['Care Assistant\nAshgrove House\nCare Assistant jobs in Ipswich, Suffolk', ['Ipswich, Suffolk']],
  // Who or what is there before the place; a webmail's folder, a date or a number is no place.
  ['Farmhand\nWalsh Pastoral Co.\nLives in Dubbo, New South Wales', ['Dubbo, New South Wales']],
  ['Ejecutivo de Ventas\nGrupo Norte\nOficinas en Azcapotzalco, CDMX', ['Azcapotzalco, CDMX']],
  ['Inbox 58\nDevelopment Director\nPrairie Lantern Foundation', []],
  ['Serveur H/F\nLieu : Marseille 13\nSalaire : 1 800 € brut par mois', ['Marseille 13']],
  ["Aide-soignant(e)\nLieu d'exercice : Hôpital Pellegrin, Bordeaux", ['Bordeaux']],
  [
    'Clinical Pharmacist\nLocation: Many vacancies in the following locations: Tucson, AZ; Green Valley, AZ',
    ['Tucson, AZ', 'Green Valley, AZ'],
  ],
  // A work-mode value in the location slot is not a place.
  ['Vendeur H/F\nMaison Clair\n69002 Lyon\nLieu du poste : En présentiel', ['69002 Lyon']],
  ['Pflegekraft (m/w/d)\nKlinik Nord\nBremen\nEinsatzort: vor Ort auf Station 4', ['Bremen']],
  // A city's district after a dash, under the company; a district number.
  ['Merchandiser\nSunrise Foods Limited\nAccra - Osu\nFull Time', ['Accra - Osu']],
  ['Tax Senior\nKilbride Partners\nDublin 4', ['Dublin 4']],
  // Places between the parts of a header line: an email subject, a title line, a board's
  // capitalised city after the département, a breadcrumb, an address ending in a PIN code.
  ['Subject: Payroll Officer - Leeds - £32k\n\nHi,\nA client of mine is hiring.', ['Leeds']],
  ['Juriste (H/F) – CDI – Lyon (Vaise)\n\nNotre cabinet recrute.', ['Lyon']],
  ['Offre n° 12345\nCuisinier (H/F)\n44 - NANTES - Voir la carte', ['Nantes']],
  ['craigslist > denver, CO > jobs > retail\nSTOCK ASSOCIATE wanted', ['Denver, CO']],
  ['ACME COLLEGE OF ENGINEERING\nPlot 12, Sector 5, Pune - 411014\nWanted: Lecturers', ['Pune']],
  ['CL  denver > jobs > retail\nSTOCK ASSOCIATE wanted', ['Denver']],
  // Mid-sized cities from extra-places.json, as a part of a title line or an email subject.
  ['HVAC Service Tech needed ASAP – Tucson\nDesert Air Mechanical', ['Tucson']],
  ['Subject: [Jobs BC] Physiotherapist – Part Time – Kelowna – $48–$62/hr\n\nHi all,', ['Kelowna']],
  // An emoji before the label; the 📍 of chat ads; prose and lists in brackets after the place.
  ['🔥 HIRING 🔥\n📍 Location: Pune (Hadapsar / Kharadi branches)\n💰 CTC: 3.5 LPA', ['Pune']],
  [
    'LAGERHELFER gesucht!\n📍 Hamburg-Billbrook (gut erreichbar mit S-Bahn)\n💶 14,50 €',
    ['Hamburg-Billbrook'],
  ],
  ['CHAUFFEUR PL H/F\n📍 Lesquin (59) – zone aéroport, tournées métropole', ['Lesquin (59)']],
  ['Community Manager\n📍 Buenos Aires (CABA), trabajo 100% remoto', ['Buenos Aires (CABA)']],
  // The building before the place is not the place.
  ['CARE ASSISTANTS\n📍 Meadowbank Care Home, Headingley, Leeds LS6', ['Headingley, Leeds LS6']],
  // A label in a table row's cell; a later part must read as a place.
  [
    'Puesto: Electricista | Empresa: Turia S.L. | Ubicación: Paterna (Valencia) | Vacantes: 2',
    ['Paterna (Valencia)'],
  ],
  ['Location | About the job | Benefits\nEngineer', []],
  ['Location: Austin, TX · Remote (US) OK · Full-time', ['Austin, TX']],
  // A work mode is never the place: the place after it, or none.
  ['Engineer\nLocation: Hybrid - London', ['London']],
  ['Entwickler\nStandort: Hybrid (2 Tage Büro), München', ['München']],
  ['Développeur\nLieu : Télétravail partiel – Paris', ['Paris']],
  ['Engineer\nLocation: Hybrid, 3 days in office', []],
  ['Engineer\nLocation: Fully remote (EU time zones)', []],
  ['Développeur\nLieu de travail : 100% télétravail', []],
  ['Dev\n📍 Hybrid – Madrid', ['Madrid']],
  // Labels of emails, NHS job descriptions, contractors; pay is not a base.
  [
    'Role: Intern\nWhere: one-north, Singapore (on-site at our office, 5 days a week)',
    ['one-north, Singapore'],
  ],
  ["Job title: Staff Nurse\nBase: St James's Wing, Leeds", ['Leeds']],
  [
    'POSITION: Electrician\nSITE: Germiston, Johannesburg, Gauteng',
    ['Germiston, Johannesburg, Gauteng'],
  ],
  ['Account Executive\nBase: $120,000 + commission', []],
  ['Engineer\nOffice: London (Shoreditch)', ['London']],
  ['Engineer\nOffice: 3 days a week', []],
  ['Ingeniero\nUbicación: Madrid, España (Híbrido)', ['Madrid, España']],
  // A header part: a place with its region or district in brackets, a postcode and town, a
  // work mode in brackets; a long chip line.
  ["COMMIS D'ENTREPÔT\nDistributions Boréal inc. – Laval (Québec)", ['Laval (Québec)']],
  [
    'Data Engineer\nTrivance Pvt. Ltd.\n4 - 8 Years | ₹ 18-25 Lacs P.A. | Bengaluru( Whitefield )',
    ['Bengaluru'],
  ],
  ['Data Engineer\n4 - 7 years | Bengaluru (Hybrid - 3 days WFO)', ['Bengaluru']],
  ['Koch (m/w/d)\nHotel Gletscherblick · 6450 Sölden\nSaisonstelle · Vollzeit', ['6450 Sölden']],
  [
    'Comptable H/F\nMaison Vérany\nCDI  ·  Lyon  ·  Salaire : 38K à 42K €  ·  Télétravail fréquent  ·  Début : 1 septembre 2025  ·  Expérience : > 3 ans',
    ['Lyon'],
  ],
  // A document heading under the letterhead is no place.
  ['MINERA ALTIPLANO SpA\nPERFIL DE CARGO\nCódigo: MA-2025', []],
  // A sentence saying where the job is; the country a remote job may be done from.
  ['COMPTABLE H/F\nCDI – Temps plein – Poste basé à Nantes (Saint-Herblain)', ['Nantes']],
  [
    'Wir suchen am Standort Rottenburg am Neckar eine*n\n\nBauingenieur*in (m/w/d)',
    ['Rottenburg am Neckar'],
  ],
  [
    'Buchhalter\nWir suchen für unseren Standort in Stuttgart-Vaihingen eine*n Buchhalter*in.',
    ['Stuttgart-Vaihingen'],
  ],
  ['Assistant\nThe position is based in Dublin 2 with hybrid working.', ['Dublin 2']],
  [
    'Desarrollador Backend\nModalidad: 100% remoto desde cualquier provincia de Argentina',
    ['Argentina'],
  ],
  // A careers site's menu item "Locations" is no label: the place is on the chip line.
  [
    'Parcelwise\nTeams\nLocations\nLife at Parcelwise\nStudents\nSoftware Engineer II\nSan Francisco, CA · New York, NY\nHybrid',
    ['San Francisco, CA', 'New York, NY'],
  ],
  // A label's next line: a known place, then its building.
  [
    'Quant Analyst\nLocation\nSingapore, Marina Bay Financial Centre Tower 3\nFunction',
    ['Singapore, Marina Bay Financial Centre Tower 3'],
  ],
  // USAJobs: the count and the place on one line.
  [
    'IT Specialist\nLocation\n1 vacancy in the following location: Kansas City, MO\nRemote job\nNo',
    ['Kansas City, MO'],
  ],
  // An email subject's part with its mode after a comma.
  [
    'From: Tom <tom@search.example>\nSubject: Employment Solicitor | Top 50 firm | London, hybrid | £65k-£80k\nDear Hannah,',
    ['London'],
  ],
  // LinkedIn's place and posted-age chips under a long menu.
  [
    `${Array.from({ length: 16 }, (_, i) => `Menu ${i}`).join('\n')}\nAccount Executive\nUnited States · 2 weeks ago · Over 100 people clicked apply`,
    ['United States'],
  ],
  // A street address and its postcode town among a letterhead's parts.
  [
    "GROUPE VELORIA\n12, rue des Trois-Fontanot – 92000 Nanterre\nOFFRE D'EMPLOI\nJURISTE (H/F)",
    ['92000 Nanterre'],
  ],
  // A rating in German between the company and the place.
  [
    'Fachkraft Lagerlogistik (m/w/d)\nRhein-Ruhr Kontraktlogistik GmbH\n3,6 von 5 Sternen\n45478 Mülheim an der Ruhr\nJetzt bewerben',
    ['45478 Mülheim an der Ruhr'],
  ],
  // Field labels of universities and French public-sector boards.
  ['Postdoc\nCampus: Portland, Oregon (OHSC Research Campus)', ['Portland, Oregon']],
  ['Gestionnaire paie\nSecteur du lieu de travail : Saint-Lauremont', ['Saint-Lauremont']],
  // A Singapore street with its number and postcode.
  [
    'Logistics Coordinator\nMERIDIAN PTE. LTD.\nTuas South Avenue 12, 637396\nFull Time',
    ['Tuas South Avenue 12, 637396'],
  ],
  // The country of a remote job, in the German genitive.
  ['Data Engineer\nHallo,\nwir bieten 100 % Remote innerhalb Deutschlands.', ['Deutschland']],
  // A school before the town under the title.
  ['Lehrperson Sekundarstufe I\nSchule Rosental, Winterthur\nPensum: 60–80 %', ['Winterthur']],
  // A title's bracket with the place and the mode.
  ['InMail\nVice President, Finance — Series C SaaS (SF / hybrid)\nHi Alex,', ['SF']],
  // A classified ad: the town near which the farm is.
  [
    'HELP WANTED — HERDSPERSON. Family dairy near Viroqua, WI seeks a herdsperson.',
    ['Viroqua, WI'],
  ],
  // A UK postcode district after the city, a Mexican state abbreviated after it.
  [
    'indeed\n\nCare Assistant - Days\nWillowbrook Care Homes\nLeicester LE3\n£12.60 an hour',
    ['Leicester LE3'],
  ],
  [
    'OCC\n\nDesarrollador Backend Sr.\nGrupo Nopal, S.A. de C.V.\nEmpresa verificada\nGuadalajara, Jal.\nSueldo no mostrado',
    ['Guadalajara, Jal.'],
  ],
  // Header parts cut by "·"; a district number; a postcode in brackets; a FIFO tail.
  [
    'Data Analyst\nCorrib Insurance\nDublin 2, Ireland · Hybrid · Permanent · Full-time',
    ['Dublin 2, Ireland'],
  ],
  ['Chargé(e) marketing (alternance)\nMaison Lumeau · Paris 11e (75011)', ['Paris 11e (75011)']],
  [
    'A-Grade Electrician\nPilbara Edge Electrical\nKarratha & Pilbara, Western Australia (FIFO)',
    ['Karratha & Pilbara, Western Australia'],
  ],
  // A table's label cell, box-drawn or after a pin; Job Bank's "Sur place" is a mode; Dienstsitz.
  [
    'Enfermero/a\nHospital X\n│ Jornada            │ 44 horas semanales              │\n│ Lugar de desempeño │ Temuco, Región de La Araucanía   │',
    ['Temuco, Región de La Araucanía'],
  ],
  ['DevOps Engineer\n| 📍 Location | Kraków, Poland (Zabłocie) · Hybrid |', ['Kraków, Poland']],
  ["Préposé à l'entrepôt\nDistributions Laurentides\nSur place\nLaval, QC", ['Laval, QC']],
  [
    'Sachbearbeitung (m/w/d)\nZweckverband Bauaufsicht\n\nWir sind eine Behörde. Dienstsitz ist Lüdenscheid.',
    ['Lüdenscheid'],
  ],
  // "<Company> — <place> (<mode>)": the mode bracket is no part of the place.
  [
    'Analista de Datos Semi Senior\nPampa Seguros — Ciudad Autónoma de Buenos Aires (Modalidad híbrida)\nÁrea: BI',
    ['Ciudad Autónoma de Buenos Aires'],
  ],
];

describe('location', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('the place under a company with a star rating', () => {
  it('skips the rating line', () => {
    const text =
      'Auxiliar de Almacén\nDistribuidora Ferretera del Valle, S.A. de C.V.\n★ 4.0\nTlalnepantla de Baz\nHace 3 días\n';
    expect(parse(text).locations[0]).toBe('Tlalnepantla de Baz');
  });
});

describe('the town of a hiring sentence at the top', () => {
  it.each([
    [
      '📣 Wir suchen eine:n Werkstudent:in Performance Marketing (m/w/d) in Hamburg! 📣\n\nDeine Aufgaben:\n- Kampagnen',
      ['Hamburg'],
    ],
    [
      'Walmart Canada is seeking a Pharmacy Manager to lead a busy pharmacy in Mississauga, Ontario.\nResponsibilities:\n- Lead',
      ['Mississauga, Ontario'],
    ],
    // A ward, not a town: no place.
    ['We are looking for a nurse in Intensive Care.\nRequirements:\n- RN licence', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('places in headers, with notes, modes and public employers', () => {
  it.each([
    [
      'Credit Risk Analyst\nStraits Meridian Bank\nSingapore (Marina Bay Financial Centre Tower 3)\n\nAbout us\n',
      ['Singapore'],
    ],
    [
      'Ingeniero de Planificación\nMinera del Norte\nAntofagasta, Región de Antofagasta, Chile (faena a 180 km de la ciudad)\n\nSobre nosotros\n',
      ['Antofagasta, Región de Antofagasta, Chile'],
    ],
    [
      'Junior Frontend Developer\nPebblestack Studio — London (Shoreditch) / Hybrid — £32,000–£38,000\n\nAbout the role\nWe build.\n',
      ['London'],
    ],
    [
      'Farmhand – mixed cropping & sheep, near Wagga Wagga NSW\n\nWe run 3,800 ha.\n',
      ['Wagga Wagga NSW'],
    ],
    [
      "COMMUNE DE SAINT-HERBLAIN                                        AVIS DE VACANCE DE POSTE\nDirection des Ressources Humaines                                          Réf. : 2026-DRH-0458\n\nLa Ville de Saint-Herblain (Loire-Atlantique, 46 500 habitants), commune de Nantes\nMétropole, recrute par voie statutaire (mutation, détachement, liste d'aptitude) ou à\ndéfaut contractuelle (art. L332-8 du CGFP) :\n\nUN RESPONSABLE DE LA COMMANDE PUBLIQUE (F/H)\nCadre d'emplois des attachés territoriaux – Catégorie A\n",
      ['Saint-Herblain'],
    ],
    // Surrey is also in British Columbia: the county alone names no country
    ['Class 1 Driver\nSurrey, BC\n\nPay: $34.00 to $38.00 per hour\n', ['Surrey, BC']],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('a work mode in the location field', () => {
  it('is no place', () => {
    expect(
      parse('Asistente Dental\nClínica Bayou\n\nLugar de trabajo: En persona\n').locations,
    ).toEqual([]);
  });
});

describe('a location field that opens with the street', () => {
  it('gives the town after it, its evidence on the town', () => {
    const r = parsePostingText(
      'Préposé à l’entrepôt\nDistributions Boréal inc.\n\nDescription\nNous livrons.\n\nLieu de travail : 4500, boulevard Industriel, Laval (Québec) H7C 2M4\n',
    );
    if (!r.ok) throw new Error(r.error);
    const place = r.posting.locations[0];
    expect(place?.value).toBe('Laval (Québec) H7C 2M4');
    expect(r.text.slice(place?.spans[0]?.start, place?.spans[0]?.end)).toBe(place?.value);
  });
});

describe("France Travail's département before the town", () => {
  it('reads the town after the number', () => {
    expect(
      parse(
        'Infirmier de nuit (H/F)\nPublié le 13 mai 2024\n\n33 - Mérignac - Localiser avec Mappy\n',
      ).locations,
    ).toEqual(['Mérignac']);
  });
});

describe('the employer read where a place stands', () => {
  it('is no place, a town hall stands for its town, a town and its state stay', () => {
    expect(
      parse(
        'RECEPCIONISTA BILINGÜE\nInversiones Turísticas Qhapaq S.A.C. – Casa Qhapaq Hotel Boutique\n\nRemuneración: S/ 1,800 mensuales\n',
      ).locations,
    ).toEqual([]);
    expect(parse('Warehouse Associate\nReno, NV\n\nPay: $19/hr\n').locations).toEqual(['Reno, NV']);
  });
});

describe('a restaurant group outlet and an NGO duty station', () => {
  it.each([
    ['Chef de Partie\nOutlet: Dempsey Hill, Singapore\n', ['Dempsey Hill, Singapore']],
    ['Programme Officer\nDuty Station: Nairobi, with frequent travel\n', ['Nairobi']],
    // "OUTLETS: 7 (all-day dining, …)" counts a hotel's restaurants: no place.
    ['F&B Manager\nDubai\nOUTLETS: 7 (all-day dining, beach club, pool bar)\n', ['Dubai']],
  ])('%j', (text, places) => {
    expect(parse(text).locations).toEqual(places);
  });
});

describe('places with two names, units, sites and limits', () => {
  it.each<[string, string[]]>([
    [
      'QA Engineer\nAcme Pvt. Ltd.\n5 - 8 Years | 18-24 Lacs P.A. | Bangalore/Bengaluru',
      ['Bangalore/Bengaluru'],
    ],
    ['Data Scientist\nAcme Insurance Group\nLondon or UK-wide (hybrid)\n\nAbout us', ['London']],
    ['Support Lead\nAcme\nLocation: Remote – Canada only', ['Canada']],
    ['Support Lead\nAcme\nLocation: Remote (US only)', ['Remote (US only)']],
    [
      'Technical Writer\nAcme Robotics\nLocation: This is a remote position open only to people who live in British Columbia (for payroll reasons).',
      ['British Columbia'],
    ],
    [
      'Support Lead\nAcme\nLocation: Remote – Canada only. Candidates must reside in Ontario, British Columbia or Quebec.',
      ['Canada', 'Quebec'],
    ],
    [
      'MEP Engineer\nAcme\nLocation: Project site in Al Wakrah, with the project office at West Bay, Doha',
      ['Al Wakrah'],
    ],
    [
      'Analyste\nAcme\nLocation: 1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec) H3B 4W8',
      ['Montréal (Québec) H3B 4W8'],
    ],
    [
      'Compliance Officer\nAcme Pte. Ltd.\nLocation: 1 Raffles Place, #20-61, One Raffles Place Tower 2, Singapore 048616',
      ['Singapore 048616'],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('what the new place rules must leave alone', () => {
  it.each<[string, string[]]>([
    [
      'Registered Nurse\nMercy Medical Center\nRockville Centre, NY\n\nProvide patient care.',
      ['Rockville Centre, NY'],
    ],
    [
      'Account Executive\nAcme\nLocation: New York, NY or San Francisco, CA (candidates based in Chicago also considered)',
      ['New York, NY', 'San Francisco, CA'],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('a unit of the employer after its name is no place (session 27)', () => {
  it.each([
    [
      'IT Security Analyst (IT-02)\nCanadian Grain Standards Agency – Information Technology Security Directorate\n\nSalary: $78,336 to $91,364 (per year)',
      [],
    ],
    ['Analyst\nNorthwind Logistics – Rotterdam\n\nYou will plan routes.', ['Rotterdam']],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('a known town named in passing, as a last resort (session 27)', () => {
  it.each([
    [
      "Hi this is Rick w/ Blue Mesa Freight. We're hiring CDL-A Regional drivers out of our Amarillo TX terminal. Home weekly.",
      ['Amarillo TX'],
    ],
    [
      'hey! we need a freelance motion designer for 3 weeks, ideally someone in Lisbon 🙂',
      ['Lisbon'],
    ],
    [
      'Quick q — are you open to a contract? 6 months, mostly remote with a day a month in Leeds.',
      ['Leeds'],
    ],
    // No known town: nothing.
    [
      'Hi Sam, are you open to a chat about a role at Northwind? It sits in Platform Engineering.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('no place from other sentences (review of session 27)', () => {
  it.each([
    ['Developer\nAcme\n\nWe need experience in Python OR Go.', []],
    ['Developer\nAcme\n\nOur founders met as postdocs at Michigan State University.', []],
    ['Developer\nAcme\n\nWe have offices in London and Berlin but this role is remote.', []],
    [
      'Sales Rep\nSellCo\n\nSellCo is headquartered in Austin, Texas and you will cover the Northeast.',
      [],
    ],
    [
      'Motion Designer\n\n• Our studio is in Lisbon (Cais do Sodré) but remote is fine on CET hours',
      ['Lisbon'],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('a town in passing or before the work mode (session 28)', () => {
  it.each([
    // The sentence's full stop ends the name.
    [
      "Hi Elena – I'm recruiting for a Senior Data Analyst at Windy Harbor Insurance in Chicago. We're looking for someone with 5+ years in analytics.",
      ['Chicago'],
    ],
    // "NV" after a name is a Dutch or Belgian N.V. as often as Nevada: no place.
    [
      'Senior Firmware Engineer\nYou will work at Signify NV, the global leader in connected lighting.\nRequirements\n- 5 years embedded C',
      [],
    ],
    // A known town and its district.
    [
      'wir suchen eine:n Werkstudent:in\nbei Elbwerk Logistik in Hamburg-Hammerbrook (5 Min. von der S-Bahn).',
      ['Hamburg-Hammerbrook'],
    ],
    // A place, then the work mode: in a list, or as a title line's last part.
    ['Roles:\n* Austin, TX – hybrid, in our Domain office Tues–Thurs\nfoo', ['Austin, TX']],
    ['Details:\n- NYC (Hudson Yards), hybrid — in office Tue/Wed/Thu\n- Salary 100k', ['NYC']],
    ['InMail\nSenior Backend Engineer (Go) – Ledgerline – London, hybrid\n\nHi Tom,', ['London']],
    // Not a known town, not a state's code, or a company's "-based": nothing.
    ['Details:\n- Remote first, hybrid optional\n- Salary 100k', []],
    ['Details:\n- Platform Team, hybrid setup\n- Salary 100k', []],
    ['Hi! We are a Berlin-based startup looking for engineers. Message me.', []],
    ['Details:\n- Philips NV, remote', []],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('a town after Romance "a", "en", "em" (session 28)', () => {
  it.each([
    ['CERCASI PIZZAIOLO ESPERTO per pizzeria a Bergamo centro. Forno a legna.', ['Bergamo']],
    ['Precisa-se garçom para restaurante em Lisboa. Salário 900€.', ['Lisboa']],
    // An article before a capitalised word that is no known town: nothing.
    ['Hi! We are a Friendly Team looking for engineers. Message me.', []],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('what the session 28 place rules must leave alone (review)', () => {
  it.each([
    // English "a" is an article.
    [
      'Senior Elixir Engineer\nRemote (EU time zones)\nYou will own a Phoenix application that serves 2 million requests a day.',
      [],
    ],
    [
      'Software Engineer\nQuillstack\nWe sell to a Paris hotel chain and a Madrid bank. Work from home.',
      [],
    ],
    // A company named after its town.
    [
      'Medical Science Liaison\nField-based, Eastern Europe\nYou will represent our cardiology portfolio at Berlin-Chemie. Travel 60%.',
      [],
    ],
    // "remote-friendly" is no work mode after a place.
    [
      'Backend Engineer\nQuillstack\nHow we work\nNice, remote-friendly culture with quarterly offsites.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('a US town with its state code and no comma (session 29)', () => {
  it.each([
    [
      'OTR CDL-A Driver\nCall/text Dale @ Ridgeback Freight (417) 555-0142 - Joplin MO terminal\nHome weekly.',
      ['Joplin MO'],
    ],
    [
      'Line Cook\nThe Hearth\n\nWe need a line cook.\n\nApply in person:\n41 Wall St, Asheville NC 28801',
      ['Asheville NC'],
    ],
    [
      'NOW HIRING dishwasher/prep - Taqueria El Güero, Yakima WA\nCome work with us.',
      ['Yakima WA'],
    ],
    // Without a ZIP code, a site or a comma, "NV" may be a Dutch company's form.
    ['Lighting Engineer - Signify NV\nWe design lights.', []],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('what the session 29 place rules must leave alone (review)', () => {
  it.each([
    ['Physician, Family Medicine MD\nAcme Health\nWe treat patients.', []],
    [
      'Engenheiro Civil\nConstrutora Beira Litoral, Lda\nViseu\n\nSalário: 1.200 - 1.500 por mês.',
      ['Viseu'],
    ],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('French and Italian place labels (session 31)', () => {
  it.each([
    ['Cariste\nAcme\nLieu de mission : Montoir-de-Bretagne (44)', ['Montoir-de-Bretagne (44)']],
    ['Tecnico\nAcme\nSede di lavoro: Sondrio (SO)', ['Sondrio (SO)']],
  ])('%s', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("a forum's long pipe header (session 36)", () => {
  it('reads the place before the other mode offered', () => {
    const text =
      'Ferrolith Works s.r.o. | Embedded Rust Engineer | Brno, CZ (ONSITE) or REMOTE (EU time zones) | Full-time | CZK 110,000–150,000/month gross (or EUR equivalent for remote contractors)\nWe build motor controllers.';
    expect(parse(text).locations).toEqual(['Brno, CZ']);
  });
});

describe("a place before 'or remote' in a message's long prose line (session 36)", () => {
  it('reads the sentence that starts with the place', () => {
    const text = `Hi all! ${'We are a small team building tools for logistics companies and we care a lot about data quality. '.repeat(2)}Boston (Seaport) or remote anywhere in the US. DM me.`;
    expect(parse(text).locations).toEqual(['Boston']);
  });
});

describe("a message's town named as the employer's site or in a street address (session 37)", () => {
  it.each([
    [
      "Hey mate it's Rob from Coastline Electrical. Still after a 2nd yr apprentice sparky for our Mackay jobs. $28.40/hr.",
      ['Mackay'],
    ],
    [
      'Harbourview Inn: Hi Jenna! Reminder – your interview for Night Auditor is Tue Jun 4 @ 2pm w/ Gemma MacLeod, 18 Queen St, Charlottetown PE. Role is $19.75/hr.',
      ['Charlottetown PE'],
    ],
    // A colleague's team elsewhere is not the job's site.
    ['Senior QA Engineer\nGood English communication (daily meetings with our Singapore team)', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('notes around a place: a mode, a site, a district-wide lead (session 38)', () => {
  it.each([
    ['Java Developer\nHybrid - Pune(Baner)\n\nWe build lending software.', ['Pune']],
    // Not a lower-case note after the mode: that names no place.
    ['Head of Fundraising\nLocation: Hybrid - minimum two days per week at the Hospice\n', []],
    ['React Native Developer\nOnly Ukraine · Remote work · Office (Lviv)', ['Lviv']],
    [
      'OTR Driver\nOzark Ridge Freight Lines, Inc. | Springfield, MO terminal | Posted 2d ago',
      ['Springfield, MO'],
    ],
    [
      'Social Media Coordinator\nLocation: Salamanca Place, Hobart. Hybrid – at least 2 of your 3 days in the office\n',
      ['Salamanca Place, Hobart'],
    ],
    ['Substitute Teacher\nLocation: District-wide, Burlington, VT\n', ['Burlington, VT']],
    // A town among the first lines' parts, a region after a town no list knows, a UK postcode.
    [
      'Dispatcher needed ASAP - nights - Red River Towing & Recovery, Fargo ND.\n$21/hr + $1.50 night diff.',
      ['Fargo ND'],
    ],
    [
      'NIGHT AUDITOR wanted at The Harbourview Hotel, Ahuriri, Napier. 4 nights/wk.',
      ['Ahuriri, Napier'],
    ],
    ['Conveyancing Paralegal – Galway city centre. We are a law firm.', ['Galway']],
    ['CLEANER WANTED – Hobart CBD offices\nText 0412 555 555', ['Hobart']],
    ['Head of Science\n\nKenwyn Valley Academy, Truro, Cornwall\n\nWe teach.', ['Truro, Cornwall']],
    [
      'Medical Secretary\nRoyal Kernow Hospital, Treliske, Truro, TR1 3LJ\n\nWe care.',
      ['Treliske, Truro'],
    ],
    // Not a currency's code, nor the towns a team is spread across.
    ['Data Engineer | REMOTE | $140,000 - $165,000 (US) / equivalent local for EU', []],
    [
      'Technical Writer\nRemote, anywhere in Africa (our team is spread across Nairobi, Lagos, Accra)',
      [],
    ],
    // A hiring sentence's town from the world list.
    [
      'Penobscot Community Food Bank is hiring a part-time Volunteer Coordinator in Bangor. 25 hrs/week, $19.50/hr.',
      ['Bangor'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('review of session 38: terms, skills and working days are no places', () => {
  it.each([
    ['Account Manager\nGlobex\nLocation: Hybrid - 2 days per week in Manchester', ['Manchester']],
    ['Warehouse Operative\nFull-time, Wigan\n£12.50 per hour', ['Wigan']],
    ['Salesforce Developer (Apex, LWC)\nGlobex Consulting\nFull-time', []],
    [
      "Salesforce Developer\nGlobex Consulting\nWe're hiring a developer in Apex, Visualforce and LWC.",
      [],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('Asia-Pacific boards: their regions, labels and company lines', () => {
  it.each([
    // A company's name with its legal form after a comma is no place.
    [
      'REGISTERED NURSE\nMindanao Samaritan Medical Center, Inc.\nBajada, Davao City, Davao del Sur\nJob type: Full-time',
      ['Bajada, Davao City, Davao del Sur'],
    ],
    // Two towns of one region; a Malaysian state.
    [
      'Account Assistant\nSinar Kencana Plastik Sdn Bhd\nShah Alam/Subang, Selangor\nFull time',
      ['Shah Alam/Subang, Selangor'],
    ],
    [
      'Farm Assistant\nEdendale Pastures Ltd.\nEdendale, Southland\nStart 1 Aug.',
      ['Edendale, Southland'],
    ],
    ['Assistant Manager, Procurement\nKarnaphuli Steel\nJob Location\nChattogram', ['Chattogram']],
    // Vietnamese and Indonesian labels; a bilingual label; "(WFO)" is a mode.
    ['Nhân Viên Kinh Doanh\nMức lương: 9 - 12 triệu\nĐịa điểm: Đà Nẵng', ['Đà Nẵng']],
    [
      'Warehouse Supervisor\nPenempatan / Placement: Gudang Rungkut Industri, Surabaya',
      ['Gudang Rungkut Industri, Surabaya'],
    ],
    [
      'Admin Gudang\nLokasi kerja: Jl. Rungkut Industri Raya No. 18, Surabaya (WFO)',
      ['Jl. Rungkut Industri Raya No. 18, Surabaya'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });

  it.each([
    // A title with a slash is no pair of towns; a company named after a region stays one.
    ['Profesor/a de inglés – Academia Lingua Turia, Valencia', ['Valencia']],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });

  it.each([
    // Companies named after a town or region stay companies; a shift or title before a slash is
    // no town.
    [
      'Weekend Supervisor\nSouthland Home & Hardware\nInvercargill',
      'Southland Home & Hardware',
      ['Invercargill'],
    ],
    [
      'Technician\nSouthland\nGarden Grove, CA\n\nPay: $30 - $40 per hour',
      'Southland',
      ['Garden Grove, CA'],
    ],
    ['Line Cook\nKobe Steakhouse\nAustin, TX\nFull-time', 'Kobe Steakhouse', ['Austin, TX']],
    [
      'Warehouse Associate\nAcme Logistics\nDay/Night Shift, Chicago, IL\nFull-time',
      'Acme Logistics',
      ['Chicago, IL'],
    ],
    ['UX/UI Designer, Berlin\nAcme GmbH', 'Acme GmbH', ['Berlin']],
  ])('%j', (text, company, locations) => {
    const p = parse(text);
    expect([p.company, p.locations]).toEqual([company, locations]);
  });
});

describe("a headline beside the sender's employer is no place (session 40)", () => {
  it('LinkedIn: "… at Tarangini Fintech | Hiring Engineers"', () => {
    expect(
      parse(
        'LinkedIn\nMessaging\nRitika Sharma  · 2nd\nTalent Acquisition Lead at Tarangini Fintech | Hiring Engineers\nOct 29\nHi Arjun,\nWe are hiring for a Senior Backend Engineer.',
      ).locations,
    ).toEqual([]);
  });
});

describe("a board's chrome is no place (session 41)", () => {
  it.each<[string, string[]]>([
    [
      'Senior React Native Developer\nCobalt Harbor Labs\n\nMeet the hiring team\nDaniela R. · Talent Partner at Cobalt Harbor Labs · Message',
      [],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('Japanese, Korean and Chinese addresses, largest division first (session 44)', () => {
  it.each<[string, string[]]>([
    // The work-location field, its value on the line below; the street is dropped.
    [
      '法人営業\n株式会社トーホー\n\n勤務地\n本社／東京都港区芝浦3-4-1 グランパークタワー18F\n\n勤務時間\n9:00〜18:00',
      ['東京都港区'],
    ],
    ['倉庫内軽作業\n【勤務地】\n埼玉県川口市領家5-14-3 ロジスティクス朝日', ['埼玉県川口市']],
    ['施工管理\n■ 勤務地\n福岡県福岡市博多区博多駅東2-9-1', ['福岡県福岡市博多区']],
    [
      'SREエンジニア\n株式会社クラウド\n勤務地：東京都（フルリモート可）\n\n仕事内容\n運用',
      ['東京都'],
    ],
    // Korea: the province or city, then its district, after spaces as a table sets them.
    [
      '백엔드 개발자\n근무조건\n  지역       서울 강남구 테헤란로 427 (삼성역 4번 출구)',
      ['서울 강남구'],
    ],
    ['생산직\n- 근무지 : 경기도 화성시 팔탄면 공단로 512', ['경기도 화성시']],
    ['데이터 엔지니어\n근무지역  경기 성남시 분당구 판교역로 235', ['경기 성남시 분당구']],
    // A single space after "지역" is a sentence's: only an address is read after it.
    ['영업 담당\n지역 인재 우대\n서울 마포구 월드컵북로 400', ['서울 마포구']],
    // Mainland China and Taiwan: city and district, with or without the label.
    ['销售经理\n上班地址：广州市天河区天河北路233号中信广场45楼', ['广州市天河区']],
    ['Java开发工程师\n工作地址\n上海市浦东新区张江碧波路690号', ['上海市浦东新区']],
    ['前端工程師\n上班地點　　台北市信義區松仁路100號 15樓', ['台北市信義區']],
    ['會計助理\n公司地址：桃園市中壢區中華路二段761號', ['桃園市中壢區']],
    // A Chinese board's chip when nothing else names the place.
    [
      '会计\n苏州-工业园区 | 1年经验 | 大专 | 招1人\n\n岗位职责\n1. 负责日常账务处理',
      ['苏州-工业园区'],
    ],
    // Hong Kong: the district, also in an English posting's Chinese field.
    ['倉務員\n工作地點：新界葵涌葵昌路 51 號 九龍貿易中心', ['新界葵涌']],
    [
      'Chef de Partie\nHarbour Grill\nLocation 工作地點：Shop G12, 168 Canton Road, Tsim Sha Tsui 尖沙咀廣東道 168 號地下\nWe cook.',
      ['尖沙咀'],
    ],
    // "位于广州市": no address starts inside a run of ideographs.
    ['销售代表\n我们位于广州市天河区的办公室', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('the review of session 44: fields that name no place, other fields first, words like districts', () => {
  it.each<[string, string[]]>([
    ['営業職\n株式会社ミナト\n勤務地：応相談', []],
    ['営業職\n株式会社ミナト\n勤務地：フルリモート', []],
    ['営業\n勤務地：東京都、大阪府', ['東京都']],
    [
      'Senior Backend Engineer\nLumina Tech Ltd.\nLocation: Singapore\n\nRequirements\n- 5+ years of backend development\n\n公司地址：上海市浦东新区张江高科技园区碧波路690号',
      ['Singapore'],
    ],
    [
      '2025届校园招聘-软件开发工程师\n深圳某科技有限公司\n\n宣讲会安排\n时间：10月15日 14:00\n地点：武汉大学信息学部\n\n工作地点：深圳市南山区',
      ['深圳市南山区'],
    ],
    ['区域销售经理\n上海云帆医疗器械有限公司\n\n职位描述\n1. 完成市场区域的销售任务', []],
    ['연구원\n(주)에이비씨\n\n대전 연구 개발 센터에서 근무합니다.', []],
    ['渠道经理-华南区\n某医疗科技有限公司\n\n岗位职责\n1. 开拓渠道', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('session 45: Nordic, Dutch and Czech place labels, a body and its unit', () => {
  it.each<[string, string[]]>([
    ['Sjuksköterska\nVästkustens Vårdcentraler AB\nKommun: Göteborg', ['Göteborg']],
    ['Beleidsmedewerker\nGemeente Den Haag\nPlaats: Den Haag', ['Den Haag']],
    [
      'Obchodní zástupce\nSlezské Stavebniny a.s.\n\nMísto výkonu práce: Ostrava (pobočka Ostrava-Hrabová), práce v terénu',
      ['Ostrava'],
    ],
    ['Pædagog\n\nAarhus Kommune, Børn og Unge\nAarhus V', ['Aarhus V']],
    ['Sykepleier\nPolarbyen kommune, Helse og omsorg\nTromsø', ['Tromsø']],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('session 45: a title with its place in brackets', () => {
  it.each<[string, string[]]>([
    [
      'JobStreet\n\nRetail Sales Executive (Petaling Jaya)\nLuminara Home Living Sdn Bhd\nPetaling Jaya, Selangor',
      ['Petaling Jaya, Selangor'],
    ],
    [
      'Retail Sales Executive (Petaling Jaya)\nLuminara Home Living Sdn Bhd\n\nAbout the role\nSell.',
      ['Petaling Jaya'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('the review of session 45: places', () => {
  it.each<[string, string[]]>([
    ['Beleidsmedewerker\nStad Gent\nPlaats van tewerkstelling: Gent', ['Gent']],
    ['Utvikler\nAcme AS\n\nSted for intervju: vårt kontor i sentrum', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('session 48: Arabic location fields', () => {
  it.each<[string, string[]]>([
    ['أخصائي\n\nالمدينة: الدمام\nالمنطقة: المنطقة الشرقية', ['الدمام']],
    ['أخصائي\n\nمقر العمل: جدة\nنوع التعاقد: عقد سنوي', ['جدة']],
    ['منسق\n\nمكان العمل: زحلة – البقاع', ['زحلة – البقاع']],
    ['محاسب\n\nالموقع الإلكتروني: www.example.com', []],
    ['ممرض\n\nالموقع الوظيفي: الرياض – حي الملقا', ['الرياض – حي الملقا']],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('places in Cyrillic and Arabic script', () => {
  it.each<[string, string[]]>([
    // The town line under a salary and the employer.
    [
      'Водитель категории C\nз/п 60 000 – 90 000 руб./мес.\nООО «ТрансЛогистик-Юг»\nКраснодар, ул. Уральская, 98/7\nОпыт работы от 2 лет',
      ['Краснодар'],
    ],
    [
      'Senior Product Manager\nТравелбит\nЕреван · Можно удаленно · Полный рабочий день',
      ['Ереван'],
    ],
    // Russian and Ukrainian labels.
    [
      'Бухгалтер\n\nМесто работы:         г. Тамбов, Моршанское шоссе, 22, работа в офисе',
      ['г. Тамбов'],
    ],
    [
      'Водитель автобуса\n\nНаселённый пункт: г. Шымкент, Каратауский район\nАдрес: мкр. Нурсат',
      ['г. Шымкент, Каратауский район'],
    ],
    ['Менеджер\n\nГород: Новосибирск', ['Новосибирск']],
    // A label's word inside a longer one is no label.
    ['Go Developer\n\nМестоположение и тип занятости: Можно удаленно • Полный рабочий день', []],
    ['مصمم\n\nالمقر: عمّان – جبل اللويبدة، الأردن', ['عمّان – جبل اللويبدة، الأردن']],
    ['صيدلي/ة – فرع سموحة\nصيدليات الشفاء المتحدة – الإسكندرية، مصر', ['الإسكندرية، مصر']],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('capitals beyond Latin-1, Polish voivodeships, Turkish province and district', () => {
  it.each<[string, string[]]>([
    ['Specjalista\nAcme Sp. z o.o.\nWarszawa, mazowieckie\n\nOpis', ['Warszawa, mazowieckie']],
    ['Yazılım\nAcme A.Ş.\nİstanbul (Avrupa) / Şişli\n\nOpis', ['İstanbul (Avrupa) / Şişli']],
    ['Yazılım\nAcme A.Ş.\nİzmir / Bornova · Uzaktan\n\nOpis', ['İzmir / Bornova']],
    ['Key Account Manager\n\nAcme GmbH · Stuttgart / Außendienst · Vollzeit', ['Stuttgart']],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('location labels abroad and a Brazilian address (session 53)', () => {
  it.each<[string, string[]]>([
    [
      'Analista Contábil\nAcme Ltda\n\nLocal: Belo Horizonte/MG (bairro Funcionários) – Presencial',
      ['Belo Horizonte'],
    ],
    ['Satış Müdürü\nAcme A.Ş.\n\nLokasyon: Kayseri (bölge: Kayseri, Nevşehir)', ['Kayseri']],
    ['Analist\nAcme SA\n\nLocație: București, Sector 2 (Floreasca)', ['București, Sector 2']],
    ['HR asszisztens\nAcme Kft.\n\nMunkavégzés helye: Debrecen', ['Debrecen']],
    // The town with its state's code, not the road.
    [
      'Estágio\nAcme Ltda\n\nLocal: Rodovia SP-340, km 172 – Distrito Industrial – Mogi Guaçu/SP.',
      ['Mogi Guaçu/SP'],
    ],
    // A careers page's name is no place.
    ['Finanças Ipê - Carreiras\n\nDesenvolvedor Backend Pleno\nSão Paulo', ['São Paulo']],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("the review's cases for 'Local:' and Brazilian addresses (session 53)", () => {
  it.each<[string, string[]]>([
    // A union local is no place.
    ['Electrician\nAcme\n\nLocal: 46\nLocation: Seattle, WA', ['Seattle, WA']],
    [
      'Nurse\nAcme\n\nLocal: Yes – candidates must live within 50 miles\nLocation: Tampa, FL',
      ['Tampa, FL'],
    ],
    // A mode before the address, a street without a town.
    [
      'Assistente\nAcme\n\nLocal de trabalho: Presencial - Distrito Industrial, Campinas/SP',
      ['Campinas/SP'],
    ],
    [
      'Assistente\nAcme\nCuritiba\n\nLocal: Rua das Flores, 120 - Centro - Presencial - SP',
      ['Curitiba'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("a board's region above the town in it, and a heading under the employer (session 54)", () => {
  it.each<[string, string[]]>([
    [
      'Careers24-style listing | IT & Telecommunications | Western Cape\n\nDevOps Team Lead\nFynbos Digital (Pty) Ltd\nCape Town, Western Cape (Woodstock)\nSalary: R 820 000 - R 960 000 per annum',
      ['Cape Town, Western Cape'],
    ],
    // A mode before the town is no town in the region.
    [
      'Engineering · Oslo\nSenior Backend Engineer (Kotlin)\nFast stilling · Full-time · Hybrid, Oslo (Vulkan)',
      ['Oslo'],
    ],
    ['Senior Technical Writer\nLoomwork\n\nAbout\nWe build tools.', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("the review's cases for a region and headings (session 54)", () => {
  it.each<[string, string[]]>([
    ['Store Manager\nAcme Retail\nTexas\nCompany address\nHouston, Texas', ['Texas']],
    ['Writer\nLoomwork\n\nIntroduction\nWe build.', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('a location label needs its own colon (session 56)', () => {
  it.each<[string, string[]]>([
    [
      'Customer Support Team Lead\nBayanihan Contact Solutions Inc.\nMakati City, Metro Manila\n\nHow to apply\nApply now or walk in Monday to Friday, 10:00 AM – 6:00 PM at 20F Tower One, Ayala Avenue, Makati\nCity 1226. Look for the recruitment team. Contact: 0917 555 0199.',
      ['Makati City, Metro Manila'],
    ],
    [
      'Housekeeping Supervisor\nRed Sea Palace Hotel\n\nالموقع | Location: جدة – الكورنيش الشمالي | Jeddah – North Corniche',
      ['جدة – الكورنيش الشمالي'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('a town near a city, a legal form after a comma, a suburb and town after a street (session 56)', () => {
  it.each<[string, string[]]>([
    [
      'Bauingenieur (m/w/d) Tiefbau\nStadtwerke Isartal GmbH\nFreising bei München\n\nKennziffer: 2025-143',
      ['Freising bei München'],
    ],
    [
      'Desarrollador Frontend\nTequila Labs Software, S.A.P.I. de C.V. · Guadalajara, Jalisco (remoto desde México)\nTiempo completo',
      ['Guadalajara, Jalisco'],
    ],
    [
      '# Pharmacy Technician\n\n**Harbourview Pharmacy Ltd** · 214 Lambton Quay, Wellington Central, Wellington 6011\nPart time · Permanent',
      ['Wellington Central, Wellington'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("the review's cases for labels, towns near a city and units (session 56)", () => {
  it.each<[string, string[]]>([
    [
      'Vacature: Magazijnmedewerker\nWerken bij Rotterdam\nRotterdam\n\nWat ga je doen\n- Orders verzamelen',
      ['Rotterdam'],
    ],
    [
      'Office Administrator\nHarbour Legal Ltd\nAddress: Unit 3, Kingsway Business Park, Bristol BS5 9AB\n\nThe role\n- Manage reception',
      ['Bristol'],
    ],
    [
      'Projektleiter Elektrotechnik\nBauer Gebäudetechnik GmbH\nStandort Nürnberg | Start: ab sofort | Vollzeit\n\nIhre Aufgaben\n- Leitung von Projekten',
      ['Nürnberg'],
    ],
    [
      'Operador de Producción\nAcme S.A. de C.V.\nCiudad Juárez, Chihuahua',
      ['Ciudad Juárez, Chihuahua'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('a small Polish town before its voivodeship, and a Swedish workplace unit (session 57)', () => {
  it.each([
    [
      'Magazynier / Magazynierka\nPolnord Fulfillment sp. z o.o.\n\n31,50 zł brutto / godz.\nStryków (pow. zgierski), łódzkie\numowa o pracę\n\nOpis\nPraca w magazynie.',
      ['Stryków (pow. zgierski), łódzkie'],
    ],
    [
      'Undersköterska till hemtjänsten\nÄlvstranda Omsorg AB\nGöteborg\n\nOm jobbet\nOmfattning: Heltid\nArbetsplats: Älvstranda Omsorg Hemtjänst Majorna-Linné\nAntal platser: 3',
      ['Göteborg'],
    ],
    [
      'Pædagog\nOdense Kommune\n\nArbejdssted: Børnehuset Solsikken, Bogfinkevej 12, 5210 Odense NV\nTimer: 37',
      ['Børnehuset Solsikken, Bogfinkevej 12, 5210 Odense NV'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("the review's cases for places (session 57)", () => {
  it.each([
    [
      'Przedstawiciel Handlowy, mazowieckie\nHurtownia Farmaceutyczna Medica Sp. z o.o.\nWarszawa\n\nTwój zakres obowiązków\n- Obsługa klientów',
      ['Warszawa'],
    ],
    [
      'Undersköterska\nOmsorgen i Norr AB\n\nArbetsplats: Vilhelmina\n\nKvalifikationer\n- Undersköterskeexamen',
      ['Vilhelmina'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("a board's country site above the job's town (session 59)", () => {
  it.each([
    [
      'SEEK  |  New Zealand\nJob search   Profile   Career advice\n\nRegistered Nurse - Aged Residential Care\nKōwhai Gardens Lifecare\nHamilton Central, Waikato\nFull time',
      ['Hamilton Central, Waikato'],
    ],
    [
      'jora  |  Australia\n\nForklift Driver - Casual\nEastlink Cold Storage\nDandenong South VIC 3175\n$34.50 per hour',
      ['Dandenong South VIC 3175'],
    ],
    // With no town below, the country is all there is.
    [
      'SEEK  |  New Zealand\n\nRegistered Nurse\nKōwhai Gardens Lifecare\nFull time\n\nAbout the role\nCare for residents.',
      ['New Zealand'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("the review's cases: the job's own town beats the board's site (session 59)", () => {
  it.each([
    [
      'SEEK  |  New Zealand\n\nRegistered Nurse (Wellington)\nKōwhai Gardens Lifecare\nFull time\n\nAbout the role\nCare for residents.',
      ['Wellington'],
    ],
    [
      'jora  |  Australia\n\nForklift Driver - Casual\nEastlink Cold Storage\nCasual\n\nThe role is based in Dandenong South, VIC.',
      ['Dandenong South'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("a search box, Net-Empregos' zone, a careers banner, a legal 'SA' (session 60)", () => {
  it.each([
    // Indeed's search box is the seeker's search, the job's town is under the title.
    [
      'indeed\nFind jobs   Company reviews   Sign in\n\nWhat: warehouse          Where: Columbus, OH          Find jobs\n\nWarehouse Associate - Night Shift\nNorthpoint Logistics\nGrove City, OH 43123\n$19.25 - $21.75 an hour',
      ['Grove City, OH 43123'],
    ],
    [
      'Rececionista de Hotel (M/F)\n\nReferência: HMS-REC-25\nZona: Faro (Distrito)\nTipo: Full-time',
      ['Faro'],
    ],
    [
      'gupy   Vagas   Para empresas   Entrar\n\nGrupo Ventura Alimentos | Portal de Vagas\nHome   Sobre nós   Vagas\n\nAnalista Financeiro Pleno\nSão Paulo - SP  |  Híbrido  |  Efetivo',
      ['São Paulo'],
    ],
    ['Juriste\nAcme SA\nBruxelles\nTemps plein\n\nVotre fonction\nConseil.', ['Bruxelles']],
    // An Australian suburb before "SA" is still a place.
    ['Nurse\nAcme Health\nAdelaide SA\n\nAbout\nCare.', ['Adelaide SA']],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("what the session 60 'Zona:' rule must leave alone (review)", () => {
  it.each([['Vendedor Externo\nDistribuidora Omega\nZona: Nacional\n\nFunciones\nVender.', []]])(
    '%j',
    (text, expected) => {
      expect(parse(text).locations).toEqual(expected);
    },
  );
});

describe('session 61: a details list item names the site', () => {
  it.each([
    [
      'Senior Data Scientist\n- Sede: Trieste\n- Area: Data & Analytics\n\nChi siamo\nUna rete di 900 agenzie in Italia.',
      ['Trieste'],
    ],
    ['Warehouse Associate\n- What: warehouse\n- Where: Columbus, OH\n\nAbout\nWe ship.', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("session 61: a board's country column, a work mode under the employer, a college's regulators", () => {
  it.each([
    [
      'SEEK   NZ\n\nSenior Civil Engineer\nKowhai Consulting Engineers\nChristchurch Central, Canterbury\nFull time',
      ['Christchurch Central, Canterbury'],
    ],
    ['Digital Marketing Internship\nChaiwala Co.\nWork From Home\nStart date: Immediately', []],
    [
      "AMRUTHA INSTITUTE OF TECHNOLOGY\n(Autonomous | Approved by AICTE, New Delhi | Affiliated to Anna University, Chennai | NAAC 'A+')\nCoimbatore - 641 062, Tamil Nadu\n\nRECRUITMENT NOTIFICATION",
      ['Coimbatore'],
    ],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe("session 61: a saved page's facts list under the title", () => {
  it.each([
    [
      'Karriere › Offene Stellen › Projektleiter Tiefbau\nProjektleiter (m/w/d) Tiefbau\n- Leipzig\n- Vollzeit\n- unbefristet',
      ['Leipzig'],
    ],
    ['Data Engineer\nAcme\n\nSkills\n- Python\n- Berlin-based tooling', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('session 61: remote within a region', () => {
  it.each([
    ['Engineer\nAcme\nLocation: Remote within the EU (company HQ: Berlin)', ['EU']],
    ['Engineer\nAcme\nLocation: Remote in Spain', ['Spain']],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('what the session 61 rules must leave alone (review)', () => {
  it.each([
    [
      'Senior Product Designer\nNorthwind Labs · Manchester, UK\n\nWhy join us\n- Office: newly refurbished, dog-friendly, with free breakfast\n- Holidays: 28 days',
      ['Manchester, UK'],
    ],
    ['English Tutor\n- Reading\n- Writing\n- Speaking', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('session 62: a British town with its postcode district under the employer', () => {
  it.each([
    [
      'HGV Class 1 Driver - Nights (C+E)\nDrayhurst Haulage Ltd\nDaventry NN11\n£17.50 - £19.85 an hour',
      ['Daventry NN11'],
    ],
    // A grade, or a contract's tax status, is no postcode.
    ['Staff Nurse\nNorthbrook Hospital\nBand B5\nWe care.', []],
    ['SAP Consultant - 6 month contract\nAcme Ltd\nOutside IR35\nRate: £625/day', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('session 62: places on boards of Central and Eastern Europe', () => {
  it.each([
    // Slovak and Polish location fields.
    [
      'Sestra\nNemocnica\n\nMiesto práce: Námestie L. Svobodu 1, Banská Bystrica',
      ['Námestie L. Svobodu 1, Banská Bystrica'],
    ],
    ['Starszy specjalista\n\nMiejsce wykonywania pracy: Kraków\nWymiar etatu: 1', ['Kraków']],
    // A street and its number, then the town, under the label.
    [
      'Vodič\nTRANSKAR s.r.o.\n\nMiesto práce\nPriemyselná 8, Žilina (parkovisko firmy)\n\nDruh pracovného pomeru\nplný úväzok',
      ['Priemyselná 8, Žilina'],
    ],
    // The town with its district or its street under the employer.
    [
      'Depo Operasyon Sorumlusu\nMarmara Lojistik Hizmetleri A.Ş.\nKocaeli / Gebze\nİş yerinde · Tam Zamanlı',
      ['Kocaeli / Gebze'],
    ],
    [
      'METINĀTĀJS\nSIA Kurzemes Metālapstrāde\nLiepāja, Brīvostas iela 40\nPilna slodze',
      ['Liepāja, Brīvostas iela 40'],
    ],
    [
      'Kutató vegyész\nPannon Pharma Zrt.\nDebrecen, Tímár utca 8.\nTeljes munkaidő',
      ['Debrecen, Tímár utca 8.'],
    ],
    // Not a title and its team.
    ['Kierowca\nAcme Sp. z o.o.\nLogistyka, Magazyn i Transport\nPełny etat', []],
  ])('%j', (text, expected) => {
    expect(parse(text).locations).toEqual(expected);
  });
});

describe('what the session 62 place rules must leave alone (review)', () => {
  it.each([
    'TVöD E9',
    'Entgeltgruppe E9',
    'German C1',
    'Ward B12',
    'Sales / Marketing',
    'Engineering / London',
    'Competitive, 25 days holiday',
    'Immediate Start, 6 Months',
  ])('%s', (line) => {
    expect(
      parse(
        `Sachbearbeiter (m/w/d)\nAcme Logistics Ltd\n${line}\n\nResponsibilities\n- Handle requests`,
      ).locations,
    ).toEqual([]);
  });

  it('reads no place from an English "Grad:" field', () => {
    expect(
      parse('Graduate Engineer\nAcme Ltd\nLondon\n\nGrad: 2025 graduates welcome').locations,
    ).toEqual(['London']);
  });
});
