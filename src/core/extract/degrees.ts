/**
 * Degrees: level, fields of study as written, required or preferred. "A Master's or PhD in
 * Computer Science, Machine Learning, or a related field" -> master and phd, both with those
 * fields. One entry per (level, required): the first mention keeps its fields. Education
 * benefits ("programs range from high school completion to bachelor's degrees") are not
 * requirements: a mention needs fields or a requirement word in its sentence.
 * Mapping onto the five levels: a professional doctorate (PharmD, Doctor of Physical Therapy) is
 * a doctorate -> phd; a short-cycle tertiary diploma (BTS, DUT, "técnico superior", "grado
 * superior") -> associate; vocational training below that (German "Ausbildung", Spanish "grado
 * medio") is no degree at all.
 * A degree being studied for is a requirement when the sentence opens with it ("Currently
 * pursuing a BS or MS in ...", an intern's); elsewhere ("precept nursing students from local BSN
 * programs") it is no degree the candidate must hold, and is left out (see IN_PROGRESS).
 */
import { asianDegrees } from './asian-degrees';
import { otherScriptDegrees } from './other-script-degrees';
import { isAsianText } from './asian-script';
import { DEGREE_LEVELS, type Degree, type DegreeLevel, type Span } from '../model/posting';
import type { Section, SectionKind } from '../model/section';
import { lineIndexAt, type ExtractContext } from './context';
import { labelStart } from './label-start';
import { alternativesOf, byFirstLetter } from './regex-alternatives';
import { isSpace } from '../text/char-codes';

// Swiss / German school types a degree is from: "(FH/ETH/Uni)", "Uni/FH-Abschluss".
// French-speaking Switzerland: "HES ou EPF".
const SCHOOL_TYPES = ['fh', 'eth', 'epfl', 'epf', 'hes', 'universität', 'uni', 'tu'];
// The "D" of France's accounting diplomas DCG (Bac+3) and DSCG (Bac+5), after an article, a slash
// or a bracket ("d'un DCG", "(DCG ou Licence CCA)"): not Intel's "DCG (Data Center Group)".
const FRENCH_D = String.raw`d(?<=(?:\bun|\bd['’]un|\ble|\bdu|\bou|\/|,|\(|\+) ?d)`;

const LEVELS: [string, DegreeLevel][] = [
  [
    String.raw`ph\.?\s?d\.?s?|pharm\.?\s?d|dnp(?<!li-dnp)|drph|doctor of (?:philosophy|pharmacy|medicine|osteopathic medicine|nursing practice|physical therapy|dental (?:surgery|medicine)|veterinary medicine|education|psychology)|doctorate|doctoral degree|d(?<!post-?\s?d)octoral(?! (?:fellow|researcher|scholar|associate|student|candidate)s?\b)|promotion(?!-)|promoviert\w*|doktor(?:at(?:sabschluss|sstudium)?|grad|sexamen)?|dottorato(?: di ricerca)?(?! in corso)|doktora(?![a-zçğıöşü])|doutorado(?! (?:em andamento|em curso))|doctorat|doctorado|t[ií]tulo de doctor(?:\/a|\(a\)|a)?(?![a-z])|d\.phil|j\.\s?d\.(?!\s?(?:edwards|power))|juris doctor(?:ate)?|shahada ya uzamivu`,
    'phd',
  ],
  [
    String.raw`ll\.\s?m\.|eerstegraads (?:bevoegdheid|lerarenopleiding|onderwijsbevoegdheid)|maîtrise(?<=diplôme de maîtrise|grade de maîtrise)|yüksek lisans|egyetemi végzettség\w*|magistras|ing\.(?= ?\/ ?mgr\.)|mgr\.(?= ?\/ ?ing\.)|studii de masterat|mag[ií]ster(?= (?:en|in|o|y|de)\b)|magistr(?!at)[a-zė]*|magister(?= (?:der|[a-ząćęłńóśźż]+[aiy](?![a-ząćęłńóśźż])))|maģistr\w*|master(?<!kaggle ?master)'?s?(?! (?:record|data|file|plan|schedule|list|class|key|copy|bedroom|suite|electrician|plumber|carpenter|technician|mechanic|craftsman|barber|sergeant|chef|cook)s?\b)|masters|master(?:studium|abschluss|studiengang)|diplomstudium|magisterstudium|m\.s\.|m\.sc\.?|msc|m\.a\.|mba|postgraduate (?:qualification|degree|diploma)s?|post-graduate (?:qualification|degree)s?|m\.eng\.?|m\.\s?tech\.?|mtech|m\.e\.|m\.?\s?pharm|m\.\s?com\.?|m\.\s?ed\.?(?![a-z])|mca|level 9 (?:degree|qualification)|diplom(?:-\w+)?(?! \(fh\)|\s?(?:oder|or|\/|bzw\.?)\s?bachelor)|máster|maestría|maîtrise(?= en )|bac ?\+ ?5|bac ?\+ ?4(?: ?\/ ?5)?|graduate degree|advanced degree|laurea (?:magistrale|specialistica)|masterexamen|magisterexamen|mastergrad|mastergrader|mastergradsnivå|masternivå|masterniveau|kandidatniveau|${FRENCH_D}scg|masteruddannelse|masterdiploma|masteropleiding|kandidatgrad|kandidatuddannelse|mestrado|wo(?<!mbo[^.;\n]{0,12}wo)(?=-? ?(?:of|en|\/) ?hbo[- ](?:opleiding|niveau|diploma)(?![a-z-]))|wo(?<!mbo[^.;\n]{0,12}wo)[- ](?:opleiding|niveau|diploma)|p[óo]s-gradua[cç][aã]o(?! \(?especializa| lato sensu)|posgrado|postgrado|t[íi]tulo de cuarto nivel|civilingenjör(?:sexamen)?|civilingeniør|thạc sĩ|s2(?= ?\/ ?mba)|s2(?<=minimal s2)|ktm(?<=(?:tradenomi|tutkin\w*|kauppatiet\w*)[^.;\n]{0,30}ktm)|civilekonom(?:examen)?|diplomingenjör(?:sexamen)?|studia magisterskie|wykształceni[ea] wyższ(?:e|ego) magistersk(?:ie|iego)|högre högskoleexamen|cand\.\s?(?:polyt|merc|scient|jur|oecon|psych|mag|it)\.(?:[a-z]{1,4}\.)?|ylemp[a-zäö]* korkeakoulututkin[a-zäö]*|maisterin tutkin\w*|diplomi-insinööri\w*|magistrikraad\w*|shahada ya uzamili`,
    'master',
  ],
  [
    String.raw`bachelor'?s?|bachelors|tweedegraads (?:bevoegdheid|lerarenopleiding|onderwijsbevoegdheid)|hbo(?<=opleiding[^()\n]{0,40}\(hbo)(?=\))|first degree|licență|licenta|főiskolai(?: végzettség\w*)?|lisans(?<!yüksek lisans)(?<!ön lisans)(?= mezun)|vss(?=[^\n]{0,40}fakultet)|visoka stručna sprema|završen[aoi]? (?:(?!ili\b|nezavršen)[a-zčćšžđ]+ ){0,2}fakultet\w*|kõrgharidus\w*|rakenduskõrgharidus\w*|augstākā izglītība|augstāko izglītību|bakalaur[a-zsų]*|aukštasis (?:universitetinis )?išsilavinimas|aukštąjį (?:universitetinį )?išsilavinimą|bachelordiploma|b\.?v\.?sc|s1(?<=d3 ?(?:\/|atau|or) ?s1)|s1(?= (?:semua )?jurusan)|h(?<=(?:^|[\n.;:•(*-]\s{0,2}|(?:completed?|with|minimum|min\.|have|has|a) )h)igher (?:agricultural |technical |economic |legal |medical |pedagogical |engineering )?education(?=\s?(?:[;(.,]|$))(?!\s?[—–:-]\s?(?:master|bachelor|ph|doctor))|ensino superior(?! (?:em curso|em andamento|incompleto|cursando|ou técnico))|forma[cç][aã]o superior(?! (?:em curso|em andamento|incompleta|cursando|tecnol[oó]gica|ou técnica|ou tecn[oó]logo|(?:completa )?(?:ou incompleta|\(completa ou)))|g(?<!p[óo]s-g)(?<!cursando g)radua[cç][aã]o (?:completa|conclu[ií]da|em)|högskoleingenjör(?:sexamen)?|bacharelado|wykształceni[ea] wyższ(?:e|ego)|studia wyższe|studia(?<!student\w{0,4}\W{0,3}studia)(?= (?:techniczne|kierunkowe|informatyczne|ekonomiczne|inżynierskie|prawnicze|z zakresu|na kierunku))|licencjat|tradenomi|kandidat-(?= (?:eller|och) (?!ph))|t(?<=\bt)ốt nghiệp đại học|cử nhân|gelar sarjana|sarjana(?= \(s1\))|s1(?<=minimal s1)|s1(?<=pendidikan s1)|s1(?= (?:pendidikan|teknik|akuntansi|manajemen|matematika|ekonomi|hukum|keperawatan|farmasi|psikologi|informatika|ilmu|sistem|kedokteran|komunikasi|administrasi|statistika|kimia|fisika|biologi)\b)|ijazah sarjana muda|sarjana muda|mezun(?<=[Üü]niversite(?:lerin|den)?[^.;\n]{0,80}mezun)(?:u|ları|lar)?|hbo(?<!mbo\+?-? ?(?:of|en|\/) ?hbo)(?:-v)?(?=-? ?(?:of|en|\/) ?wo[- ](?:opleiding|niveau|diploma)(?![a-z-]))|hbo(?<!mbo\+?-? ?(?:of|en|\/) ?hbo)(?:-v)?(?:-? ?(?:of|en|\/) ?wo)?[- ](?:opleiding|niveau|diploma|werk- en denkniveau|denk- en werkniveau)|wo-? ?(?:of|en|\/) ?hbo[- ](?:werk- en denkniveau|denk- en werkniveau)|wo[- ](?:werk- en denkniveau|denk- en werkniveau)|wo(?<=mbo[^.;\n]{0,12}wo)[- ](?:opleiding|niveau|diploma)|laurea(?! (?:magistrale|specialistica))|vysokoškolské(?: vzdělání| vzdelanie|(?=\s*(?:$|[,;.(]| nebo | alebo )))|vysokoškolský (?:titul|diplom)|högskoleexamen|högskoleutbildning|universitetsexamen|kandidatexamen|ingenjörsexamen|hbo-v(?![a-z])|bachelorgrad|bacheloruddannelse|bachelornivå|bachelorgradsnivå|bachelorniveau|kandidaatin ?tutkin(?:to|no)[a-zäö]*|${FRENCH_D}cg|lärarexamen|grundlärarexamen|förskollärarexamen|lektorexamen|professionsbachelor|fh-diplom|diplom \(fh\)|bachelor(?:studium|abschluss|studiengang)|bachiller(?=\s?(?:en |universitari[oa]|de (?:la |las )?carreras? |(?:o|y|\/)\s?(?:titulad|licenciad|egresad)))|b\.s\.|b\.sc\.?|bsc|b\.a\.|b\.eng\.?|b\.\s?tech\.?|btech|b\.e\.|b\.?\s?pharm|b\.\s?com\.?|bcom|b\.\s?ed\.?(?![a-z])|bca|level [78] (?:honours )?(?:degree|qualification)|baccalauréat(?= (?:en|ès|dans|universitaire|de premier cycle|par cumul) | \(bac\))|undergraduate degree|honou?rs degree|baccalaureate(?<!international baccalaureate)(?: degree)?|graduation from (?:an? )?(?:accredited |recognized |four[- ]year )*(?:college|university)(?![^.;\n]{0,60}\b(?:master|associate|doctor|ph\.?\s?d|bachelor))|any graduate|graduate of (?:any |an? )?(?:4|four)[- ]year (?:college )?(?:course|program(?:me)?)|4[- ]year (?:college |university )?degree|four[- ]year (?:college |university )?degree|college degree|university degree|technical degree(?<!(?:associate['’]?s?(?: degree)?|diploma|certificate) or technical degree)(?! or (?:an? )?(?:certification|certificate|diploma|associate))|college graduate|university graduate|tertiary (?:qualification|degree)s?|hochschulabschluss|fachhochschulabschluss|universitätsabschluss|hochschulstudium|fachhochschulstudium|universitätsstudium|studium|licence(?= (?:en|de|d['’]|pro|professionnelle|générale|ou|or|\(?bac)\b| ?\/ ?(?:master|bachelor|bac))|bachelier|bac ?\+ ?3|grado(?! (?:medio|superior|básico|di)\b)|licenciatura|carrera universitaria(?! en curso| \(en curso)|carrera(?= (?:\(?(?:trunca|terminada|concluida|completa)(?: o (?:trunca|terminada|concluida|titulad[oa]))?\)? )?(?:en|de) (?:ingenier[ií]a|administraci[oó]n|contadur[ií]a|derecho|sistemas|inform[aá]tica|econom[ií]a|psicolog[ií]a|arquitectura|enfermer[ií]a|comunicaci[oó]n|mercadotecnia|finanzas|computaci[oó]n|actuar[ií]a|qu[ií]mica|biolog[ií]a|relaciones))|título universitario|título profesional|t[íi]tulo de tercer nivel|bachillerato universitario|egresad[oa]s? universitari[oa]s?|mbbs|third[- ]level (?:qualification|degree)(?! ?\()|diplôme d['’]état d['’]infirmier|k(?<!ylemp[a-zäö]{0,4} k)orkeakoulututkin[a-zäö]*|yliopistotutkin[a-zäö]*|akademisk examen|b[sa][- ]próf\w*|amk(?=-\w|-\s(?:tai|ja|eller)\s|\)|\s?(?:tutkin|insinööri))|vš(?= |,|\/|$)|felsőfokú(?:,? (?:vagy |és )?(?!felsőfokú|középfokú|alapfokú)[a-záéíóöőúüű]+){0,4} végzettség\w*|főiskolai(?: vagy egyetemi)? (?:végzettség|diplom)\w*|egyetemi (?:végzettség|diplom)\w*|studii superioare|absolvent(?:ă)? (?:de |al unei )?facult(?:ate|ăți)|diplom[aă] de licen[tț][aă]|studii de licen[tț][aă]|kõrgharidus\w*|bakalaureusekraad\w*|diplomingeniør|shahada(?! ya (?:uzamili|uzamivu))`,
    'bachelor',
  ],
  [
    String.raw`tecn[oó]log[oa](?:\(a\))?(?![a-z])(?! m[ée]dic)|two years of (?:an? )?(?:acceptable )?post-?secondary(?= (?:education|educational|program))|postliceal[ăae]|viša stručna sprema|2 years of (?:an? )?(?:acceptable )?post-?secondary(?= (?:education|educational|program))|d3(?= ?(?:\/|atau|or) ?s1)|d[1-4](?<=diplom[a-z]* \(d[1-4])(?=\))|d[1-4](?= ?\/ ?d[1-4](?![a-zA-Z\d]))|d[1-4](?<=d[1-4] ?\/ ?d[1-4])|d[1-4](?<=(?:sma|smk|slta)\b[^.\n]{0,40}d[1-4])|culinary diploma|technical diploma|t(?<=\bt)ốt nghiệp cao đẳng|cao đẳng(?<=học vấn\s?:\s?cao đẳng)|d3(?= (?:semua )?jurusan)|d3(?<=minimal d3)|diploma(?= (?:dalam|kejururawatan|perakaunan|kejuruteraan|pengurusan|sains|teknologi)\b)|diploma(?<=pemegang diploma)|vocational (?:college )?diploma|polytechnic diploma|vocational college(?: certificate)?|college(?= (?:or|\/) university (?:degree|diploma|education))|associate'?s? degree|associate degree|associate's(?= (?:or|and|/) )|associate(?= (?:or|/) (?:an? )?bachelor)|associate(?<![a-z] associate)(?= \((?:preferred|required)\))|diplôme d'études collégiales|dec(?= en )|college diploma|community college (?:diploma|certificate)|hnd|ond|hnc|higher national (?:diploma|certificate)|national diploma|two[- ]year degree|two[- ]year (?:(?!experience\b)[\w&]+ ){0,5}?diploma|diploma(?: (?:or above|or higher|and above))?(?= in )|bts|dut|bac ?\+ ?2|formación profesional|técnico superior|t[ée]cnico(?= (?:o|y|u|\/) ?(?:tecn[óo]logo|bachiller|profesional|licenciad|universitari|estudiante))|tecn[óo]logo(?! m[ée]dico)(?= (?:en|o|y|\/) ?)|t[ée]cnico titulado|t[ée]cnico de nivel superior|t[ií]tulo (?:de )?t[ée]cnico(?! (?:de nivel )?superior| secundari)|carrera t[ée]cnica|educaci[óo]n t[ée]cnica(?<!escuela de educaci[óo]n t[ée]cnica)|estudios t[ée]cnicos|t[ée]cnico(?<=educaci[óo]n m[ií]nima:\s?t[ée]cnico)|curso t[ée]cnico(?= em )|grado superior|cfgs|diploma(?= or (?:an? )?degree)|diploma(?<!(?:school|secondary|high|leaving|matric|matriculation|ged|hsc|ssc|sslc|equivalency|graduate|postgraduate|post-graduate|bachelor['’]?s?|master['’]?s?|grade|\d{1,2}|h\.\s?s\.?|hs) diploma)(?=(?: or |\s?\/\s?)(?:an? )?(?:bachelor|degree\b|equivalent\b))|diploma(?= program)|opistoasteen tutkin[a-zäö]*|akademiuddannelse\w*|vyšší odborné vzdělání|vyšší odborná škola|vyššie odborné vzdelanie|brevet d['’]infirmi(?:er|ère)(?: hospitali(?:er|ère))?|hbo ?5(?!\d)|graduaatsopleiding|erhvervsakademiuddannelse\w*|markedsføringsøkonom\w*|finansøkonom\w*|serviceøkonom\w*|datamatiker\w*|stashahada`,
    'associate',
  ],
  [
    String.raw`12\.?\s?º ano|ssce|wassce|sssce|waec|neco(?= ?(?:\/|or|,|and) ?(?:waec|ssce|wassce|gce|nabteb))|neco(?<=(?:waec|ssce|wassce) ?(?:\/|or|,|and) ?neco)|lise(?= mezun)|srednja stručna sprema|srednj[ao] (?:[a-zčćšžđ]+ )?škol[aeu]|vidējā izglītība|vidējo izglītību|vidurinis išsilavinimas|vidurinį išsilavinimą|ensino secundário|ensino médio|título de graduado (?:escolar|en educación secundaria(?: obligatoria)?|en eso)|graduado (?:escolar|en educación secundaria(?: obligatoria)?|en eso)|educación secundaria obligatoria|high school(?: diploma)?|ged|abitur|baccalauréat|bachillerato(?! internacional)|secondary (?:\(high\) )?school|diplôme d'études secondaires|matric(?:ulation)?|matura|bachiller(?<!universitari[oa]s? \(bachiller)|secundari[oa] complet[oa]|enseñanza media(?: completa)?|educación media(?: completa)?|hs graduate|shs graduate|senior high school|grade 12|1[02]th (?:pass|standard|std\.?|grade)|sslc|kcse|s(?<=(?:completed?|finished|full|minimum) s)econdary education|m(?<!education (?:with |\(|or )m)aturit(?:a|ou|ní\w*)|középfokú(?:,? (?:vagy |és )?(?!felsőfokú|középfokú|alapfokú)[a-záéíóöőúüű]+){0,4} végzettség\w*|studii medii|bacalaureat|keskharidus\w*|ylioppilastutkin\w*|toisen asteen (?:tutkin|koulutu)\w*|merkonomi\w*|mulo(?:-diploma)?|mbo[- ]?[234](?!\d)(?:-?opleiding)?|mbo[- ](?:opleiding|niveau|diploma)|perustutkin[a-zäö]*|gymnasial (?:[a-zåäö-]+ ){0,3}[a-zåäö]*utbildning|sma ?\/ ?smk|smk(?= ?(?:perhotelan|jurusan|\/ ?sma|atau|sederajat))|sma(?= ?(?:\/ ?smk|atau|sederajat|jurusan))|slta|gce ['‘’]?[on]['‘’]? ?levels?|o[- ]levels?|n[- ]levels?|nitec(?<!higher nitec)|year 12(?= (?:completion|certificate|or equivalent|or above|pass|graduate))|year 12(?<=(?:completed?|completion of|finished|minimum) year 12)|national senior certificate|realschulabschluss|mittlere[rn]? reife|hauptschulabschluss|fachhochschulreife|fachabitur|schulabschluss|cess|certificat d'enseignement secondaire supérieur|preparatoria|spm(?![a-z])|stpm(?![a-z])|gcses?|a-level(?<!(?:teach\w*|up to|knowledge of|results at|at gcse and) a-level)(?!s? (?:students|classes|groups|results|teaching))s?|cap(?= ?(?:\/|ou) ?(?:bep|bac))|bep|bac pro(?:fessionnel)?|leaving cert(?:ificate)?|ensino médio(?: completo)?|wykształcenie średnie|lub średnie(?=\s*(?:$|[,;.)(]|[a-ząćęłńóśźż]+(?:ne|we)(?![a-ząćęłńóśźż])))(?<=wykształcenie[^.;\n]{0,100} lub średnie)|diploma di (?:maturità|scuola superiore|scuola alberghiera|istituto (?:alberghiero|tecnico(?! superiore)|professionale)|ragioneria|geometra|perito)|středoškolské(?: vzdělání|(?=\s*(?:$|[,;.(]| nebo )))|s maturitou|maturitní zkouš\w*|stredoškolské(?: vzdelanie|(?=\s*(?:$|[,;.(]| alebo )))|gymnasieexamen|gymnasieutbildning|studentexamen|studentereksamen|gymnasiets(?= )|diplôme d['’]études professionnelles|v(?<=(?:fullført|fullførte|gjennomført|avsluttet) v)ideregående (?:skole|opplæring)|g(?<=utbildning från g)ymnasiet(?![a-zåäö])|merkantil examen|ammattitutkin[a-zäö]*|kidato cha (?:nne|sita)`,
    'high_school',
  ],
  // A degree named without its level (see IMPLIED): "Degree in Accountancy", "a third-level
  // degree in business", Swiss "Abschluss ... (FH/ETH/Uni)", Colombian "Profesional en
  // Enfermería", Mexican "Ingeniería en Sistemas" / "Licenciado en Administración": a first
  // university degree.
  [
    [
      // Not "leading to such a degree in a field", which names the degree before it again.
      String.raw`degree(?<!\b(?:such an?|such|that|this|the same) degree)(?= in )`,
      // "Degree or diploma in Hospitality Management", "a relevant degree (Mathematics, ...)".
      String.raw`degree(?=(?: or |\s?\/\s?)(?:an? )?(?:diploma|equivalent|certificate)\b)`,
      // "Degree or postgraduate qualification in Town Planning", "Degree or Masters in …".
      String.raw`degree(?= or (?:an? )?(?:postgraduate|post-graduate|master['’]?s?|masters)\b)`,
      String.raw`relevant degree`,
      // Canada's public service: "Graduation with a degree from a recognized post-secondary
      // institution", "un grade d'un établissement d'enseignement postsecondaire reconnu".
      // Not a degree already named ("DDS or DMD degree from an accredited dental school",
      // "MSW degree from …", "a program or degree from an accredited school").
      String.raw`degree(?<!(?:[A-Z]{2,6}|['’]s|\bor) degree)(?= from (?:an? )?(?:recogni[sz]ed|accredited) )`,
      String.raw`grade(?= d['’]un établissement d['’]enseignement postsecondaire)`,
      String.raw`diplôme(?= d['’]un établissement d['’]enseignement postsecondaire)`,
      // A UK degree by its class: "a 2:1 degree (or predicted) in any discipline".
      String.raw`d(?<=(?:2[:.][12]|first[- ]class|upper second|lower second)(?: honours| hons\.?)? d)egree`,
      // "Law degree", "Nursing degree or GDL": a first degree named by its field.
      ...[
        'law',
        'nursing',
        'engineering',
        'science',
        'business',
        'accounting',
        'accountancy',
        'veterinary',
      ]
        .concat(['finance', 'economics', 'arts', 'computing', 'pharmacy', 'cs', 'stem'])
        .map((field) => `${field} degree`),
      String.raw`related degree`,
      // Irish and UK qualification levels: "Degree (Level 7 or 8) in Chemistry".
      String.raw`degree \((?:nfq |rqf )?level [6-8](?: or [6-8])?\)(?= in )`,
      // Ireland's "a degree (level 8 in the National Framework of Qualifications) in Civil
      // Engineering", "a recognised qualification (NFQ Level 7 or above) in Youth Work".
      String.raw`degree \((?:nfq |rqf )?level [78][^()\n]{0,60}\)(?= in )`,
      String.raw`qualification \((?:nfq |rqf )?level [78][^()\n]{0,60}\)(?= in )`,
      ...SCHOOL_TYPES.map(
        (t) => String.raw`${t}(?:\s?(?:/|\sou\s|\soder\s|\sor\s)\s?(?:${SCHOOL_TYPES.join('|')}))+`,
      ),
      String.raw`profesional(?= en )`,
      String.raw`ingenier[ií]a(?= en )`,
      // Mexico "Ingeniería Industrial, Mecánica o afín (titulado)": the field list of a degree.
      String.raw`ingenier[ií]a(?= [^;.\n]{2,80}?\b(?:titulad[oa]|o afín|o carrera afín))`,
      // Peru / Chile "Ingeniero de Minas titulado", "Ingeniero de Minas, Ingeniero de Seguridad o
      // Ingeniero Industrial, titulado": the profession's degree, held ("titulado").
      String.raw`ingenier[oa](?= (?:(?:de|en) )?[^;.\n]{2,100}?\btitulad[oa])`,
      // Argentina "Contador/a Público/a recibido/a", "Abogado recibido": a profession's
      // university degree, held (see isDegreeMention for the profession before it).
      String.raw`recibid[oa](?:\/a|\(a\))?`,
      String.raw`egresad[oa](?:\/a|\(a\))?`,
      // India "Graduate in any stream / discipline": any first degree; Hong Kong "Degree holder
      // in Finance"; Egypt "Graduates only (any faculty)".
      // "Graduate in Engineering, Statistics or Economics" at the head of an item: a first degree
      // in those fields (see isDegreeMention).
      String.raw`graduate(?= in )`,
      String.raw`degree holder`,
      // UK "Degree educated preferred"; "Degree (or HNC/HND) in Electrical Engineering".
      String.raw`degree[- ]educated`,
      // "Degree-level education", "degree level qualification": the level itself. Not an
      // apprentice's "must not already hold a degree-level qualification".
      String.raw`degree(?<!(?:\b(?:not|cannot|can['’]t|never|without|if you)\b[^.;\n]{0,30}|\balready (?:hold|have|possess)) (?:an? |or )degree)(?=[- ]level (?:education|qualifications?)\b(?![^.;\n]{0,40}\b(?:not eligible|ineligible)\b))`,
      // UK and Irish person specifications: "Educated to degree level", "An RTPI accredited
      // degree", "a degree is desirable but not essential", "QQI Level 7 / ordinary degree", a
      // table cell's "Qualified Teacher Status; degree; NASENCO". Not "a high degree of".
      String.raw`d(?<=\b(?:educated|qualified|studied|study) to d)egree(?=[- ]level\b)`,
      String.raw`d(?<=[\s-](?:accredited|recogni[sz]ed|ordinary|honours) d)egree`,
      String.raw`d(?<=\b(?:a|A) d)egree(?= (?:is |would be )?(?:essential|desirable|required|preferred|an advantage|advantageous|a plus|nice to have|welcomed?|beneficial|an asset)\b)`,
      // "Degree preferred" heading a line or an item ("- Degree required"), the whole ask.
      String.raw`d(?<=(?:^|\n)[\s\-–•*·]{0,3}d)egree(?= (?:is )?(?:essential|desirable|required|preferred|an advantage|advantageous|a plus)\b(?!\s?:))`,
      String.raw`d(?<=[;|]\s?d)egree(?=\s?[;|])`,
      String.raw`degree(?= \(or )`,
      // "A degree (2:1 or above) in", "Degree (Master's preferred) in Economics": a bracket
      // between the degree and its fields. One that lists levels names the degree's own ("Higher
      // degree (MD, PhD or Master's) in", "terminal degree (Ph.D. or D.B.A.) in").
      String.raw`degree(?= \((?:[^()\n]{0,40}\b(?:preferred|optional|desirable|an advantage|a plus)|(?![^()\n]*\b(?:ph\.?\s?d|d\.?b\.?a|m\.?d|mba|m\.?sc|masters?|master['’]s|doctora\w*|bachelor\w*|b\.?sc|b\.?a)\b)[^()\n]{1,60})\) in )`,
      String.raw`graduates(?= only)`,
      String.raw`licenciad[oa](?:\s?\/\s?a|\(a\))?(?= en )`,
      // Chile / Peru "Título de Ingeniero(a) Civil de Minas": a profession's university title.
      String.raw`t[ií]tulo(?= (?:de|en) )`,
      // Spain "Titulación superior en Ingeniería", "titulación universitaria".
      String.raw`titulaci[oó]n (?:universitaria(?: superior)?|superior)`,
    ].join('|'),
    'bachelor',
  ],
];
const IMPLIED = `l${LEVELS.length - 1}`;
// BS/MS/BA only where they clearly mean degrees: "BS in", "BS/MS", "MS degree", "a BS with 3+
// years" (the degree-plus-years path of an alternative), "MS preferred" (BS/MS/BSc/MSc only:
// "be preferred" is no B.E.).
// "BS Nursing graduate", "BSc Engineering": a field named right after, in capitals (not after
// MS, MA or ME: "MS Office", "per MA law").
// Nursing's own: "BSN required", "ADN or BSN", "MSN preferred".
const ABBREVIATIONS: [string, DegreeLevel, string][] = [
  [String.raw`BS|BA|BSc|BE|B\.?Tech|BEng`, 'bachelor', 'field'],
  [String.raw`MSc|M\.?Tech|MEng`, 'master', 'field'],
  [String.raw`MS|MA|ME`, 'master', ''],
  [String.raw`BSN`, 'bachelor', 'nursing'],
  [String.raw`MSN`, 'master', 'nursing'],
  [String.raw`ADN`, 'associate', 'adn'],
  [String.raw`MD`, 'phd', 'md'],
];
const ABBREVIATION_CONTEXT = String.raw`\s?(?:/|in |degree|or |\(hons\)|with (?:\d|one |two |three |four |five |six |seven |eight |ten |at least |a minimum )|(?<=s|sc)\s(?:preferred|required)\b)`;
const FIELD_AFTER = String.raw`\s(?:Nursing|Engineering|Accounting|Accountancy|Computer|Economics|Finance|Business|Mathematics|Physics|Chemistry|Biology|Statistics|Psychology|Marketing|Pharmacy|Architecture|Hospitality|Mechanical|Electrical|Civil|Information|Management|Agriculture|Education|Law|Medical|Nutrition|Midwifery|Physiotherapy|Radiography)\b`;

const NURSING_CONTEXT = String.raw`\s?(?:/|,|\)|or |and |with |from |degree|program|(?:is )?(?:required|preferred|accepted|welcomed?|desired|a plus)\b|$)`;

// ADN is French and Spanish for DNA ("Extraction d'ADN, PCR"): only beside another degree or a
// requirement word ("ADN, diploma or BSN").
const ADN_CONTEXT = String.raw`\s?(?:/|or |degree|program|with BSN|(?:is )?(?:required|preferred|accepted)\b|,(?=[^.;\n)]{0,25}\bBSN\b))`;

// A physician's "MD or DO degree", "MD/DO": not "MD" alone (a managing director, Maryland).
const MD_CONTEXT = String.raw`\s?(?:\/|or )\s?DO\b`;

function contextOf(kind: string): string {
  if (kind === 'md') return MD_CONTEXT;
  if (kind === 'nursing') return NURSING_CONTEXT;
  if (kind === 'adn') return ADN_CONTEXT;
  return kind === 'field' ? `(?:${ABBREVIATION_CONTEXT}|${FIELD_AFTER})` : ABBREVIATION_CONTEXT;
}
// Sticky: tried only where LEVEL_CANDIDATE matches (see nextLevel).
const LEVEL_RE = new RegExp(
  `(?<![a-zA-Z\\u00C0-\\u024F])(?:${LEVELS.map(([p], i) => `(?<l${i}>${p})`).join('|')}|${ABBREVIATIONS.map(([p, , kind], i) => `(?<a${i}>${p})(?=${contextOf(kind)})`).join('|')})(?![a-zA-Z\\u00C0-\\u024F])`,
  'giy',
);
// LEVEL_RE's alternatives without its lookarounds, grouped by first letter: V8 scans this several
// times faster than LEVEL_RE (lookarounds defeat its fast paths), and LEVEL_RE can only match
// where this does.
const CANDIDATES = byFirstLetter([
  ...LEVELS.flatMap(([p]) => alternativesOf(p)),
  ...ABBREVIATIONS.flatMap(([p, , kind]) => alternativesOf(p).map((a) => a + contextOf(kind))),
]);
// Every alternative starts with a letter or digit, so LEVEL_RE's "no letter before" is a word
// boundary: the scan then skips the hits inside words ("cess" in "process", "dut" in "duties")...
const LEVEL_CANDIDATE = new RegExp(`\\b${CANDIDATES}`, 'gi');
// ... or a digit or "_" before ("14-year degree"): the rare case a `\b` misses, found apart by a
// small regex (a letter, or the "4" of "4-year", after it) that LEVEL_RE then confirms.
const LEVEL_CANDIDATE_IN_WORD = /[\d_](?:[a-z]|4[- ])/gi;

const ABBREVIATION_CASE = /^(?:[BM][SAE]|[BM]Sc|[BM]\.?(?:Tech|TECH)|[BM]Eng|BSN|MSN|ADN|MD)$/;

// LEVEL_RE's group names for ABBREVIATIONS, as LEVEL_GROUPS for LEVELS.
const ABBREVIATION_GROUPS = ABBREVIATIONS.map((_, i) => `a${i}`);

function isAbbreviationMatch(m: RegExpExecArray): boolean {
  const g = m.groups;
  return g !== undefined && ABBREVIATION_GROUPS.some((name) => g[name] !== undefined);
}

/** The first match of LEVEL_RE at or after `from`. */
function nextLevel(text: string, from: number): RegExpExecArray | null {
  let atBoundary = candidateAt(text, from);
  let afterDigit = candidateAfterDigit(text, from);
  while (atBoundary >= 0 || afterDigit >= 0) {
    const at =
      afterDigit < 0 || (atBoundary >= 0 && atBoundary < afterDigit) ? atBoundary : afterDigit;
    LEVEL_RE.lastIndex = at;
    const m = LEVEL_RE.exec(text);
    // The abbreviations are capitals: "PM me or text", "Ms or Mr", "to be or" are none.
    if (m && (!isAbbreviationMatch(m) || ABBREVIATION_CASE.test(m[0]))) return m;
    if (at === atBoundary) atBoundary = candidateAt(text, at + 1);
    else afterDigit = candidateAfterDigit(text, at + 1);
  }
  return null;
}

/** Where LEVEL_CANDIDATE next matches at or after `from` (-1 when none). */
function candidateAt(text: string, from: number): number {
  LEVEL_CANDIDATE.lastIndex = from;
  const m = LEVEL_CANDIDATE.exec(text);
  return m === null ? -1 : m.index;
}

// The last answer of candidateAfterDigit: callers step through one text, and most texts have no
// such candidate, so the scan to the end runs once per text, not once per call.
let lastDigitText = '';
let lastDigitFrom = 0;
let lastDigitAt = -1;

/** Where LEVEL_CANDIDATE_IN_WORD's letter next starts at or after `from` (-1 when none). */
function candidateAfterDigit(text: string, from: number): number {
  if (text === lastDigitText && lastDigitFrom <= from && (lastDigitAt < 0 || lastDigitAt >= from)) {
    return lastDigitAt;
  }
  // The regex consumes the digit or "_" before the letter.
  LEVEL_CANDIDATE_IN_WORD.lastIndex = Math.max(0, from - 1);
  const m = LEVEL_CANDIDATE_IN_WORD.exec(text);
  lastDigitText = text;
  lastDigitFrom = from;
  lastDigitAt = m === null ? -1 : m.index + 1;
  return lastDigitAt;
}

// "Licenciatura trunca o terminada en X", "Studium abgeschlossen in": a word on the degree's
// state may sit before the fields. German names the field in the genitive: "Studium der
// Elektrotechnik", "Studium des Bauingenieurwesens".
// "Bachelor of Science in Nursing": the fields follow "in", not "of".
const FIELDS_LEAD =
  /^(?:['’]?s)?\)?(?:\s+(?:completed?|finished|terminad[oa]|concluid[oa]|trunc[oa]))?(?:\s*(?:\/|or|and|oder|ou|o|y|und)\s*(?:[a-zA-Z\u00C0-\u024F.'’+]+\s?){1,3}?)*?(?:\s+(?:degree|diploma|studies|program|level|or equivalent|or higher|or above|\(or equivalent\)|(?:or )?(?:a )?(?:similar|related|equivalent) (?:degree|qualification)))*?,?\s+(?:of (?:applied )?(?:science|arts) in|in|of|en|im bereich(?: der)?|in der fachrichtung|der fachrichtung|im fach|im studiengang|in den (?:bereichen|fächern|fachrichtungen)|der|des|de (?:la |las )?carreras? de|de|en el área de)\s+/i;
// "(" outside the `\b` group: "Engineering (required)" has no word boundary before the bracket.
// A column gap (3+ spaces, a tab) ends the fields too: a person specification's table row
// "Degree … in Town Planning          E     A" goes on with its Essential/Desirable columns; read
// from a grid as "Master's degree in Education: Desirable", after a colon.
const FIELD_STOP =
  /\b(?:or (?:a |an |the |any )?(?:related|similar|equivalent|comparable|relevant|allied)|oder (?:eine )?(?:vergleichbar|ähnlich)|ou (?:équivalent|similaire)|o (?:carrera )?(?:similar|afín|equivalente)|with\b|con\b|mit\b|avec\b|and (?:\d|one|two|three|four|five)|plus\b|preferred|required|is required|from an?\b|will\b|would\b|titulad[oa]\b)|,\s?(?=(?:an? )?(?:diploma|certificate|hnd|hnc)\b)|[()]|;|:(?=\s)| {3,}|\t/i;
// The end is a lookahead, not `\b`: "se valorará", "exigé" end in a letter `\b` counts as none.
const REQUIREMENT_CUE =
  /\b(?:require[sd]?|requirement|must|minimum|preferred|equivalent|or higher|qualification|educated to degree|experience|ideal(?:ly)?|plus|needed|mandatory|compulsory|essential|obligatori[oa]|obligatoire|obrigatório|verpflichtend|zwingend|degree in|erforderlich|abgeschlossen\w*|vorausgesetzt|exigé|requis|souhaité|souhaitable|diplômé|détenir|titulaire|titulación|imprescindible|excluyente|valorable|formación|abschluss|behörighet|behörig)(?![\w\u00C0-\u024F])/i;
// "Will be an added advantage" / "an asset": Commonwealth and Canadian boards' "preferred";
// French "un atout", Spanish "no excluyente" (not a condition) too, and Italian "gradita",
// Portuguese "desejável", Polish "mile widziane", Dutch "een pré", Swedish "meriterande",
// Norwegian and Danish "en fordel", Czech "výhodou"; Australian "highly regarded"; Malay and
// Indonesian "diutamakan" (not "diutamakan Manajemen Pemasaran", a field preferred), "digalakkan
// memohon", "nilai tambah"; Portuguese "valorizado"; Russian and Ukrainian "будет преимуществом",
// "будет плюсом", "желательно", "буде перевагою" right after a degree in Latin letters ("MBA —
// будет преимуществом"); "M.Tech/MCA also welcome"; "Good to have: M.Tech" like "Nice to have";
// "Master's optional".
const PREFERRED_CUE =
  /يفضل|يُفضل|يفضّل|ميزة إضافية|الأولوية|(?<=\b(?:mba|msc|m\.sc\.?|master['’]?s?|ph\.?d\.?|degree)[\s—–-]{1,4})(?:будет (?:преимуществом|плюсом)|желательно|буде перевагою)|\b(?:preferred|preferably|also welcomed?(?<!\b(?:graduates?|candidates?|applicants?|students?|changers?|freshers?|pass-?outs?|juniors?|everyone|anyone|person|people|newcomers?|you) also welcomed?)\b(?! to\b)|valorizad[oa]s?|diutamakan(?=\s*(?:[.;,)]|$|\s(?:s[123]|d[1-4]|sarjana|diploma|ijazah|lulusan)\b))|digalakkan|lebih disukai|nilai (?:tambah|plus)|welcomed?(?<=\b(?:ph\.?d|m\.?sc|meng|mba|master['’]?s?|doctorate|degree)\b[^,;()]{0,15}welcomed?)\b(?! to\b)|(?<!\b(?:graduates?|candidates?|applicants?|students?|changers?|freshers?|juniors?|everyone|anyone|person|people|newcomers?|you) )(?:is|would be) (?:also |very |more than |most )?welcomed?\b(?! to\b)|a (?:strong |big |great |definite |real )?plus|nice(?: to have|,? but(?! (?:an? |the )?(?:bachelor|master|degree|ph\.?d|doctorate|diploma|associate|mba|bs|ba|ms)\b))|good[ -]to[ -]have|optional(?<=\b(?:ph\.?d|m\.?sc|mba|master['’]?s?|doctorate|degree)\b[^,;()]{0,15}optional)|bonus|desirable|ideally|(?:an )?(?:added )?advantage(?:ous)?|an asset|is (?:a |considered (?:a )?)?merit\b|meritorious|von vorteil|wünschenswert|erwünscht|idealerweise|un plus|petits plus|(?:un )?atout|appréciée?s?|appreciated|souhaitée?s?|souhaitable|idéalement|se valorará|valorable|deseable|preferiblemente|preferentemente|preferencial|de preferencia|no excluyente|trunca|(?:è )?(?:un )?(?:plus(?<=\b(?:è|é|un|um|será|sarà|costituisce|costituirà|considerato|considerado)\s(?:un |um )?plus)|plus(?=\s*(?:[.;,)!]|$|\sa mais\b))|titolo preferenziale|gradit[oa]|preferibil(?:e|mente))|desejável|diferencial|mile widziane?|dodatkowym atutem|gjerne(?! innen)|gärna(?! inom)|gerne(?! inden for| innen)(?!(?<=, gerne) mit (?:dem )?(?:schwerpunkt|fokus|vertiefung|spezialisierung)\b)|nilai tambah|pluspunt|een pré|gewenst|strekt tot aanbeveling|meriterande|en fordel|(?:un )?avantaj|előny\w*|prednost|poželjn\w*|tercih sebebi\w*|tercihen(?<![Üü]niversitelerin tercihen)|artı (?:bir )?değer\w*|eelis(?:eks)?|kasuks|priekšrocība|privalumas|et plus|eduksi|výhodou|(?:will )?get preference|(?:be )?given preference|preference (?:will be|is) given|(?:highly|well) regarded(?!\s(?:[a-z]+\s)?(?:universit|institution|employer|school|college|hospital|team|program))|(?:regarded|considered|viewed|looked upon) favou?rably|favou?rably (?:regarded|considered|viewed))(?![\w\u00C0-\u024F])/i;

// A benefit that pays for degrees is not a requirement to hold one, nor is a stipend paid for
// holding one ("Additional annual stipends: Master's degree $1,800; Doctorate $3,000").
const EDUCATION_BENEFIT =
  /\b(?:education (?:benefit|assistance)|tuition|paid for by|college degrees|programs? range from|(?:additional|annual|degree|education(?:al)?) stipends?|weiterbildungsbudget|formation financée)\b/i;

/** Degree levels named in a piece of text, in order (used for requirement paths). */
export function degreeLevelsIn(text: string): DegreeLevel[] {
  return levelMentions(text).map((m) => m.level);
}

// "Master's degree in": the level's own "degree" is skipped, not read as a level-less one.
const OWN_DEGREE = /(?:['’]?s)?\s?degree/iy;
function pastOwnDegree(text: string, end: number): number {
  OWN_DEGREE.lastIndex = end;
  return OWN_DEGREE.test(text) ? OWN_DEGREE.lastIndex : end;
}

// "Título de Ingeniero(a)", "título de Licenciado": a capitalised profession after it. A "título de
// Bachiller" is a school diploma, a "título de Técnico" a vocational one; a "título de Máster" or
// "de Doctor" is the level named next.
const TITLE_OF_PROFESSION =
  /^ (?:de|en) (?![Bb]achiller|[Tt][ée]cnic|[Aa]uxiliar|M[áa]ster|Doctor)[A-Z\u00C0-\u00DE]/;

// "Contador/a Público/a recibido/a": a capitalised profession, not a school leaver ("Bachiller",
// "Técnico") or a person ("recibido por").
const PROFESSION_BEFORE =
  /(?<![a-zA-Z\u00C0-\u024F])(?!(?:Bachiller|T[ée]cnic|Auxiliar|Secundari)\w*)[A-Z\u00C0-\u00DE][a-z\u00E0-\u00FF]+(?:\/as?|\(a\))?\s$/;

// French "licence" is a bachelor's; English "licence" is a driving / forklift / trade licence
// ("reach truck licence", "Licence CACES"): it counts only with a French degree word around it.
const LICENCE_BEFORE = /(?:\b(?:une|niveau|grade|diplôme de|type)|d['’]une|bac ?\+ ?3|[(/])\s?$/i;
// "(high risk work licence)", "forklift licence": an English trade licence, whatever follows.
const TRADE_LICENCE_BEFORE =
  /\b(?:work|driver['’]?s?|driving|truck|forklift|trade|vehicle|security|sia|rsa|operator|risk|gas|electrical|plumbing|liquor|nursing|practising|teaching)\s$/i;
const LICENCE_AFTER =
  /^\s?(?:en\b|ès\b|pro\b|professionnelle|universitaire|générale|[123]\b|\/\s?master|[),]|(?:ou|et) (?:un )?master)/i;

const INSTITUTION_OFFERS =
  /\b(?:institution|university|college|department|school|campus|faculty)\b(?:[^.;\n]|\.(?!\s)|(?<=\b[A-Z])\.(?=\s)){0,60}\b(?:offers|offering|that offers|runs)\b(?![^;\n]*\b(?:seeks?|seeking|candidates?|applicants?|holds?|holding|must|requir\w*|with|who|whom|teacher|lecturer)\b)(?:[^.;\n]|\.(?!\s)|(?<=\b[A-Z])\.(?=\s)){0,80}$/i;
const INSTITUTION_WITH =
  /\b(?:institution|university|college|department|school|campus|faculty)\b[^.;\n]{0,20}\b(?:with|has)\s(?:a |an |its |our )?(?:[\w-]+ )?$/i;
const PROGRAM_AFTER = /^(?:['’]?s)?\s(?:degree\s)?program/i;

// The words between a level and a level-less degree offered instead of it ("HND or degree",
// "Tecnólogo o Profesional en …", "BTS ou diplôme").
const ALTERNATIVE_BETWEEN = /^\s?(?:or|o|u|ou|oder|\/)\s?(?:an?\s)?$/i;

const LEVEL_OF_COURSE =
  /^(?:['’]s)?[-\s]level\s(?:modules?|courses?|units?|training|study|studies|credits?|classes)\b/i;

/**
 * Whether a LEVEL_RE hit in `text` names a degree, `prevEnd` being where the hit before it ended.
 * A level-less "degree in" / "(FH/Uni)" right after a level word belongs to it ("Master's degree
 * in", "Master (ETH/FH)"); "licence" needs French context; "profesional en" needs a field; an
 * abbreviation before "with" needs capitals.
 */
const STUDYING_BEFORE =
  /(?:\b(?:(?:currently )?enrolled(?! agents?\b)|current(?:ly)? studying|immatrikuliert|eingeschrieben)|(?<![\p{L}])(?:[ée]tudiant(?:\(e\)|e)?s?|estudiante|studente(?:ssa)?))(?![\p{L}])(?:(?!(?<![\p{L}])(?:graduat|titulaire|diplôm|laureat|licenciad|holders?|holding|completed|abgeschlossen|with|avec|con)\p{L}*(?![\p{L}]))[^;.\n]){0,60}$/iu;

function isDegreeMention(text: string, m: RegExpExecArray, prevEnd: number): boolean {
  const g = m.groups;
  if (!g) return true;
  const start = m.index;
  const end = start + m[0].length;
  // What the employer offers, not what it asks for: "The department … offers ACS-certified B.S.
  // degrees … and an M.S. in Chemistry" (not "offers … and seeks candidates who hold …"), "a
  // primarily undergraduate institution with a master's program".
  const lead = text.slice(Math.max(0, start - 150), start);
  if (INSTITUTION_OFFERS.test(lead)) return false;
  if (INSTITUTION_WITH.test(lead) && PROGRAM_AFTER.test(text.slice(end, end + 20))) return false;
  // The programme a student is in, not a degree held: "Étudiant(e) en école de commerce ou en
  // master marketing", "enrolled at a German university in a Bachelor's or Master's programme".
  if (STUDYING_BEFORE.test(lead.slice(-70))) return false;
  if (g[IMPLIED] !== undefined) {
    // "Master's degree in": the level's own degree. "Diploma or degree in business": a second
    // level, offered as the alternative.
    if (
      prevEnd >= 0 &&
      start - prevEnd <= 30 &&
      !/[;:]/.test(text.slice(prevEnd, start)) &&
      !ALTERNATIVE_BETWEEN.test(text.slice(prevEnd, start))
    ) {
      return false;
    }
    if (/^t[ií]tulo$/i.test(m[0])) return TITLE_OF_PROFESSION.test(text.slice(end, end + 16));
    if (/^graduate$/i.test(m[0])) {
      const after = text.slice(end, end + 8);
      if (after.startsWith(' in any ')) return true;
      // "Graduate in December 2026 or later" is a date.
      return (
        /^ in [A-Z]/.test(after) &&
        !GRADUATION_WHEN.test(text.slice(end + 4, end + 14)) &&
        ITEM_HEAD.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))
      );
    }
    if (/^(?:recibid|egresad)/i.test(m[0])) {
      return PROFESSION_BEFORE.test(text.slice(Math.max(0, start - 30), start));
    }
    if (/^(?:profesional|ingenier|licenciad)/i.test(m[0])) {
      // "Profesional en Enfermería", not "un profesional en ventas"; "Ingeniería en Sistemas",
      // not "Gerente de Ingeniería en Planta".
      if (
        /^ingenier/i.test(m[0]) &&
        /\b(?:de|en)\s$/i.test(text.slice(Math.max(0, start - 4), start))
      ) {
        return false;
      }
      return (
        (/^ (?:en )?[A-Z\u00C0-\u00DE]/.test(text.slice(end, end + 5)) ||
          /^ingenier[oa]$/i.test(m[0])) &&
        !/\b(?:un|una|el|la|como|del|al)\s$/i.test(text.slice(Math.max(0, start - 8), start))
      );
    }
    return !/\b(?:some|high|large|great|certain|what)\s$/i.test(
      text.slice(Math.max(0, start - 8), start),
    );
  }
  // "a BS with 3+ years", not "provide me with 2 references".
  const abbreviation = isAbbreviationMatch(m);
  // "LC-MS/MS", "GC-MS": an instrument's name, no Master of Science; nor "HVC/MS/11", a
  // reference.
  if (
    abbreviation &&
    (/\b(?:LC|GC|ICP|HPLC|UPLC|CE)-$/.test(text.slice(Math.max(0, start - 5), start)) ||
      (text[start - 1] === '/' && text[end] === '/' && /\d/.test(text[end + 1] ?? '')) ||
      (m[0] === 'MS' && text.startsWith('/MS', end)))
  ) {
    return false;
  }
  if (abbreviation && /^\s?with /.test(text.slice(end, end + 6))) {
    return /^[A-Z][A-Z.]/.test(m[0]);
  }
  // "BS required; MS preferred" in capitals, not "patients with MS preferred" (the disease) or
  // "10 ms required".
  if (abbreviation && /^\s(?:preferred|required)/i.test(text.slice(end, end + 10))) {
    return (
      /^(?:[BM]S(?:c)?|BSN|MSN|ADN)$/.test(m[0]) &&
      !/\bwith\s$/i.test(text.slice(Math.max(0, start - 6), start))
    );
  }
  // The hit in lower case, compared with the words that need a closer look (an `i` regex per
  // word cost more).
  const word = m[0].toLowerCase();
  // Case matters here: German capitalises the noun ("abgeschlossene Promotion"); English
  // "promotion of products" and French "enseignement de promotion sociale" are no doctorate. The
  // Belgian "CESS" is written in capitals; "cess" is also an Indian tax.
  if (word === 'promotion') {
    return (
      m[0] === 'Promotion' &&
      !/^\s(?:of|to|for|and|de|des|du|sociale)\b/.test(text.slice(end, end + 9))
    );
  }
  if (word === 'cess') return m[0] === 'CESS';
  // "No high school diploma or prior experience required", "No degree? No problem".
  if (NO_BEFORE.test(text.slice(Math.max(0, start - 14), start))) return false;
  // "PhD studentship", "To qualify as a PhD student", "Doctoral Candidate", "our other PhDs": the
  // doctorate the job works towards, or a board's list; "must not have been awarded a doctoral
  // degree" rules one out.
  if (/^(?:ph|doctor)/.test(word)) {
    if (DOCTORATE_AS_ROLE.test(text.slice(end, end + 16))) return false;
    if (NOT_HELD_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  }
  // "Elaboración de la tesis doctoral", "write a doctoral thesis": the work of a doctoral
  // student, not a doctorate to hold.
  if (word === 'doctoral') {
    return (
      !/^\s(?:thesis|dissertation)/i.test(text.slice(end, end + 14)) &&
      !/\b(?:tesis|thèse|thesis)\s$/i.test(text.slice(Math.max(0, start - 8), start))
    );
  }
  // "Teach in our Bachelor of Education programs", "units in the Bachelor of Nursing": a
  // programme the job teaches in, no degree to hold.
  if (
    /^(?:bachelor|master)$/.test(word) &&
    /^\s(?:of|in)\s/.test(text.slice(end, end + 4)) &&
    PROGRAMME_BEFORE.test(text.slice(Math.max(0, start - 30), start))
  ) {
    return false;
  }
  // "experience of Science to GCSE", "teach Physics at A-level": the level taught, no
  // qualification to hold ("Educated to GCSE level", "AAB at A-level" are).
  if (
    /^(?:gcses?|a-levels?)$/.test(word) &&
    /\b(?:teach|taught|tutor)[^.;]{0,30}\b(?:to|for|at)\s$/i.test(
      text.slice(Math.max(0, start - 40), start),
    ) &&
    !/\b(?:educated|qualified|standard)\sto\s$/i.test(text.slice(Math.max(0, start - 16), start)) &&
    !/^\s(?:level|standard|grade)/i.test(text.slice(end, end + 10))
  ) {
    return false;
  }
  // Québec's "Maîtrise en éducation" is a master's; "une bonne maîtrise en" is a skill.
  if (word === 'maîtrise') {
    return !/\b(?:bonne|excellente|parfaite|solide|grande|forte|très)\s$/i.test(
      text.slice(Math.max(0, start - 12), start),
    );
  }
  // "Postgraduate MSc-level module", "Master's level course": a course at that level, no degree.
  if (LEVEL_OF_COURSE.test(text.slice(end, end + 24))) return false;
  // Québec's "DEC en techniques ..." (diplôme d'études collégiales), never the month "déc."
  if (word === 'dec') return m[0] === 'DEC';
  if (word === 'licence') {
    if (TRADE_LICENCE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
    return (
      LICENCE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
      LICENCE_AFTER.test(text.slice(end, end + 24))
    );
  }
  return true;
}

const PROGRAMME_BEFORE =
  /\b(?:teach(?:es|ing)?|deliver(?:s|ing)?|coordinat(?:e|es|ing)|units|courses|lectur(?:e|es|ing)|students|into|across)\s(?:in\s|into\s|on\s|across\s)?(?:our|the|its)(?:\s[a-z]+){0,2}\s$/i;
const DOCTORATE_AS_ROLE =
  /^(?:['’]?s)?\s(?:students?|studentships?|candidates?|candidature|positions?|projects?|researchers?|scholarships?|stipends?|network|search|fellows?)\b/i;
const NO_BEFORE = /(?<![\p{L}\d])[Nn]o(?: formal| prior)?\s$/u;
const NOT_HELD_BEFORE =
  /\b(?:not (?:yet )?(?:have|hold|possess)(?: been awarded| obtained| received)?|other|obtain (?:a )?further|work towards|working towards)\s(?:(?:a|an|the|further|academic|qualification|your|own)\s|\(){0,4}$/i;

// LEVEL_RE's group names, built once: building them per hit showed in profiles.
const LEVEL_GROUPS = LEVELS.map((_, i) => `l${i}`);

function levelOf(m: RegExpExecArray): DegreeLevel | null {
  const g = m.groups ?? {};
  for (let i = 0; i < LEVELS.length; i++)
    if (g[LEVEL_GROUPS[i] ?? ''] !== undefined) return LEVELS[i]?.[1] ?? null;
  for (let i = 0; i < ABBREVIATIONS.length; i++) {
    if (g[ABBREVIATION_GROUPS[i] ?? ''] !== undefined) return ABBREVIATIONS[i]?.[1] ?? null;
  }
  return null;
}

/** Extracts degrees from the requirement-like parts of the text. */
export function extractDegrees(ctx: ExtractContext): Degree[] {
  const extraLines = [...degreeItemsInAbout(ctx), ...educationFields(ctx)];
  const lineIndexes =
    extraLines.length > 0 ? mergeSorted(levelLines(ctx), extraLines) : levelLines(ctx);
  const read = readDegrees(ctx, lineIndexes, extraLines, false);
  // "Teach in the Bachelor of Marine Science", "Supervise Masters and PhD candidates": the
  // duties name degrees the job works with. When the requirements name degrees, those are the
  // ones asked for (read again without the duties, which may have named the same level first).
  const out = withoutFieldRestatements(
    ctx.text,
    read.asked && read.fromDuties ? readDegrees(ctx, lineIndexes, extraLines, true).out : read.out,
  );
  // "学歴：大卒以上", "학력 대졸 이상", "本科及以上", "Вища освіта", "Πτυχίο ΑΕΙ": the levels in the
  // posting's own words.
  const own = isAsianText(ctx.text) ? asianDegrees(ctx) : otherScriptDegrees(ctx);
  const added = own.filter((d) => !out.some((o) => o.level === d.level));
  return withoutPreferredOfRequired(
    ctx.text,
    postgraduateOptional(
      ctx.text,
      withoutPreferredAlternatives(ctx.text, added.length > 0 ? [...out, ...added] : out),
    ),
  );
}

// A level the requirements offer only as another way in, which the posting prefers elsewhere, is
// preferred, not required:
// - a later alternative: "ADN, diploma or BSN" with "BSN preferred", "MSN or DNP" with "DNP
//   preferred";
// - a shortcut to fewer years: "5+ years of experience, or 3+ years with a PhD", "6 years (or 3
//   years post-PhD)", "or a PhD in the above fields with 3+ years", with "PhD strongly preferred".
// Only another route ("or …"): "5+ years of relevant experience with a Bachelor's degree" asks for
// the degree.
const SHORTCUT_BEFORE =
  /\bor\b[^.;\n]{0,25}?\d+\+?\s*(?:years?|yrs)\b[^.;\n]{0,30}?(?:\bwith an?\s*|\b(?:post|pre)-)$/i;

function withoutPreferredAlternatives(text: string, degrees: Degree[]): Degree[] {
  const preferred = new Set(degrees.filter((d) => !d.required).map((d) => d.level));
  if (preferred.size === 0) return degrees;
  // "PhD or Master's in Computer Science": a lower level after a higher one is the least asked.
  const afterHigher = (level: DegreeLevel, span: Span) =>
    degrees.some(
      (o) =>
        DEGREE_LEVELS.indexOf(o.level) > DEGREE_LEVELS.indexOf(level) &&
        o.spans.some((s) => s.start < span.start && span.start - s.start < 60),
    );
  const isAlternative = (level: DegreeLevel, span: Span) => {
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    if (SHORTCUT_BEFORE.test(before)) return true;
    return ALTERNATIVE_BEFORE.test(before) && !afterHigher(level, span);
  };
  // A degree keeps the span of its first mention only (one entry per level and requirement):
  // that mention decides.
  const dropped = degrees.filter(
    (d) =>
      d.required &&
      preferred.has(d.level) &&
      d.spans.length > 0 &&
      d.spans.every((span) => isAlternative(d.level, span)),
  );
  if (dropped.length === 0) return degrees;
  // "…, or a PhD in Chemistry" with "PhD strongly preferred": the preference keeps the fields.
  return degrees
    .filter((d) => !dropped.includes(d))
    .map((d) => {
      const from = dropped.find((o) => o.level === d.level);
      return from && d.fields.length === 0 ? { ...d, fields: from.fields } : d;
    });
}

// An Indian board's education block lists a first degree and the postgraduate ones also taken:
// "UG: B.Tech/B.E. in Any Specialization" over "PG: MCA in Computers". A graduate qualifies, so
// the "PG:" (and "Doctorate:") line's degrees are preferred, unless that line requires them
// ("PG: MBA/PGDM in Finance - Mandatory").
const UG_LINE = /^\s*UG\s?:/m;
const PG_LINE = /^\s*(?:PG|Doctorate)\s?:/;
const PG_REQUIRED = /\b(?:mandatory|required|must|essential)\b/i;

function postgraduateOptional(text: string, degrees: Degree[]): Degree[] {
  if (!UG_LINE.test(text)) return degrees;
  return degrees.map((d) => {
    const at = d.spans[0]?.start ?? 0;
    const end = text.indexOf('\n', at);
    const line = text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? undefined : end);
    return d.required && PG_LINE.test(line) && !PG_REQUIRED.test(line)
      ? { ...d, required: false }
      : d;
  });
}

// A first degree read both as required and as preferred on one line is required: "Graduate of
// any 4-year course; Bachelor's degree in Business Administration is an advantage" prefers a
// field of the degree it requires. A postgraduate degree may be both ("Master's degree in
// Social Work required; a master's in clinical psychology preferred"), as may any level on
// lines of their own ("Basic qualifications: Master's in Statistics …" and "Preferred:
// Master's in Machine Learning").
const FIRST_DEGREES = new Set<DegreeLevel>(['high_school', 'associate', 'bachelor']);

function withoutPreferredOfRequired(text: string, degrees: Degree[]): Degree[] {
  if (!degrees.some((d) => !d.required) || !degrees.some((d) => d.required)) return degrees;
  const lineOf = (d: Degree) => text.lastIndexOf('\n', d.spans[0]?.start ?? 0);
  return degrees.filter((d) => {
    const other = degrees.some(
      (o) => o.level === d.level && o.required !== d.required && lineOf(o) === lineOf(d),
    );
    return !other || d.required || !FIRST_DEGREES.has(d.level);
  });
}

// A board's education field lists the levels it accepts ("Eğitim Seviyesi: Üniversite (Mezun),
// Yüksek Lisans (Mezun)"): a level the posting only prefers elsewhere ("Yüksek lisans tercih
// sebebidir") is no requirement for being listed there.
const FIELD_LINE = /^[^:\n]{2,30}:\s/;

function withoutFieldRestatements(text: string, degrees: Degree[]): Degree[] {
  return degrees.filter((d) => {
    if (!d.required || !degrees.some((o) => o.level === d.level && !o.required)) return true;
    const at = d.spans[0]?.start ?? 0;
    const from = text.lastIndexOf('\n', at) + 1;
    const to = text.indexOf('\n', at);
    const line = text.slice(from, to < 0 ? undefined : to);
    // Not a field that says the level is required ("Education: Bachelor's degree required").
    return !FIELD_LINE.test(line) || /\b(?:required|essential|mandatory)\b/i.test(line);
  });
}

function readDegrees(
  ctx: ExtractContext,
  lineIndexes: number[],
  extraLines: number[],
  skipDuties: boolean,
): { out: Degree[]; asked: boolean; fromDuties: boolean } {
  const out: Degree[] = [];
  const cursor: SectionCursor = { sections: ctx.sections, next: 0 };
  const fromPostgraduateField = new Set<Degree>();
  let fromDuties = false;
  let asked = false;
  for (const i of lineIndexes) {
    const kind = ctx.lineKinds[i];
    const line = ctx.lines[i];
    if (!line) continue;
    const lineText = ctx.folded.slice(line.start, line.start + line.text.length);
    // A line labelled as requirements is read where it stands ("Salary: …" over "Basic
    // Requirements: Degree of doctor of medicine …" in an export's fields).
    if (!readsDegrees(kind) && !extraLines.includes(i) && !REQUIREMENT_FIELD.test(lineText)) {
      continue;
    }
    if (!/[a-zé]/i.test(lineText) || EDUCATION_BENEFIT.test(lineText)) continue;
    // "Education: Bachelor's degree ..." after a "Nice to haves" list is a field of its own, as is
    // a messenger ad's "*Qualification:* B.E / B.Tech / MCA" after its "*Good to have:*" list.
    const ownField =
      line.kind !== 'list-item' &&
      (isEducationField(lineText) || REQUIREMENT_FIELD.test(lineText.replace(MARKDOWN_LEAD, '')));
    // A duty line that asks ("Bachelor's degree in Business required") is a requirement.
    const duty =
      kind === 'responsibilities' &&
      !ownField &&
      !extraLines.includes(i) &&
      !DUTY_ASKS.test(lineText);
    if (skipDuties && duty) continue;
    const before = out.length;
    const parts = sentences(lineText);
    // "- Desejável: experiência no setor; pós-graduação em Finanças ou MBA": the line's lead cue
    // holds for its later clauses too, up to one with a label of its own ("; obrigatório: …").
    let ledByLine: boolean | undefined;
    for (const sentence of parts) {
      if (sentence !== parts[0] && OWN_LABEL.test(sentence.text)) ledByLine = false;
      const mentions = completedMentions(sentence.text, levelMentions(sentence.text));
      // Most sentences name no degree: the cue regexes, the costliest part, run only on those that do.
      if (mentions.length === 0) continue;
      const notNeeded = PREFERRED_CUE.test(sentence.text) ? null : NOT_NEEDED.exec(sentence.text);
      const waived = notNeeded ? dropNotNeeded(sentence.text, mentions, notNeeded.index) : false;
      if (mentions.length === 0) continue;
      const at = line.start + sentence.offset;
      const inSection =
        (inPreferredSection(cursor, at) ||
          (line.kind === 'list-item' && underPreferredHeading(ctx, i))) &&
        !ownField;
      const tail = sentence === parts[parts.length - 1] ? wrappedTail(ctx, i) : '';
      // The cue may close the sentence on the next line ("added" over "advantage", "supply" over
      // "chain a plus"): the sentence is read with it. A longer tail ("ideally 5+ years of …",
      // "knowledge of Revit preferred") is another clause's.
      const text = closesWithCue(tail) ? `${sentence.text} ${tail}` : sentence.text;
      // A grid's desirable column holds for the whole row, as a section does.
      const ticked = inDesirableColumn(ctx, i, line.text);
      const ledByCue = sentence !== parts[0] && (ledByLine ??= LEAD_CUE.test(lineText));
      const mayApply = MAY_APPLY.test(text);
      const preferred =
        inSection || ticked || waived || ledByCue || mayApply || PREFERRED_CUE.test(text);
      // Only a degree the requirements ask for outright ("MBA a plus" asks for none).
      if (!preferred && (kind === 'requirements' || ownField)) asked = true;
      const inList =
        kind === 'requirements' ||
        kind === 'preferred' ||
        ((line.kind === 'list-item' || CHECK_BULLET.test(lineText)) &&
          leadsWithDegree(sentence.text, mentions)) ||
        isEducationField(lineText) ||
        REQUIREMENT_FIELD.test(lineText) ||
        isAnyEducationLabel(ctx.lines[i - 1]?.text ?? '');
      // "Deseable: título de Ingeniería en Sistemas o Licenciatura en Informática": a cue that
      // labels the item holds for every degree in it.
      const perClause =
        preferred &&
        !inSection &&
        !ticked &&
        !waived &&
        !ledByCue &&
        !mayApply &&
        !LEAD_CUE.test(text);
      readSentence(text, mentions, at, !preferred, inList, out, perClause);
    }
    if (POSTGRADUATE_FIELD.test(lineText)) {
      for (let k = before; k < out.length; k++) fromPostgraduateField.add(out[k] as Degree);
    }
    if (duty) fromDuties ||= out.length > before;
  }
  // An Indian board's "PG: MBA/PGDM in Marketing" restates the postgraduate degree the posting
  // already prefers ("MBA preferred"): the field makes it no requirement.
  const kept =
    fromPostgraduateField.size === 0
      ? out
      : out.filter(
          (d) =>
            !fromPostgraduateField.has(d) ||
            !d.required ||
            !out.some((other) => other.level === d.level && !other.required),
        );
  return { out: kept, asked, fromDuties };
}

// A person specification's row in plain text, its columns flattened: "Postgraduate
// qualification in data science  D" under "Criteria  Essential  Desirable" is ticked desirable.
const DESIRABLE_MARK = /\s(?:D|Desirable)\s*$/;
const GRID_HEADER = /\bessential\b.{0,30}\bdesirable\b/i;
const GRID_ROWS = 15;

function inDesirableColumn(ctx: ExtractContext, i: number, text: string): boolean {
  if (!DESIRABLE_MARK.test(text)) return false;
  for (let k = i - 1; k >= Math.max(0, i - GRID_ROWS); k--) {
    if (GRID_HEADER.test(ctx.lines[k]?.text ?? '')) return true;
  }
  return false;
}

const CUE_AT_END = new RegExp(`(?:${PREFERRED_CUE.source})\\W*$`, 'i');
const LEAD_CUE = new RegExp(`^[^\\p{L}]{0,4}(?:${PREFERRED_CUE.source})\\s?:`, 'iu');
// A clause opened by a label of its own: "obrigatório:", "required:".
const OWN_LABEL = /^\s*[\p{L} ]{2,24}:/u;
function closesWithCue(tail: string): boolean {
  const trimmed = tail.trim();
  return trimmed !== '' && trimmed.split(/\s+/).length <= 3 && CUE_AT_END.test(trimmed);
}

// "Candidates with Ph.D. may apply as freshers": a degree that opens another way in, not one
// every candidate needs.
const MAY_APPLY =
  /\b(?:candidates|applicants|those|holders?)\b[^.;\n]{0,20}\b(?:with|holding)\b[^;\n]{1,60}?\b(?:may|can) (?:also apply|apply (?:as freshers?|even|directly))\b/i;

const DUTY_ASKS =
  /\b(?:required|requirement|must|mandatory|essential|minimum|needed|erforderlich|requis|requerid[oa])\b/i;

// The start of the next line when it carries on this line's sentence ("A postgraduate diploma
// ... will be an added" over "advantage"): it opens in lower case and is no item of its own.
function wrappedTail(ctx: ExtractContext, i: number): string {
  const next = ctx.lines[i + 1];
  const text = ctx.lines[i]?.text ?? '';
  if (!next || next.kind === 'list-item' || /[.!?:;]\s*$/.test(text)) return '';
  if (!/^\p{Ll}/u.test(next.text)) return '';
  return /^[^.;!?]*/.exec(next.text)?.[0] ?? '';
}

// Naukri's education block: "UG: Any Graduate" / "PG: MBA/PGDM in Marketing".
const POSTGRADUATE_FIELD = /^\s*PG\s?:/;

// Plain functions over state objects, not closures: the module runner (tsx) names each closure
// as it is created, which cost more than the work inside them.

/** Where `inPreferredSection` resumes: the index of the first section not yet passed. */
interface SectionCursor {
  sections: Section[];
  next: number;
}

/**
 * Whether the section holding an offset is a preferred one. Offsets come in text order, so the
 * search resumes where the last one stopped (after the last section that starts at or before it).
 */
function inPreferredSection(cursor: SectionCursor, offset: number): boolean {
  const { sections } = cursor;
  while (cursor.next < sections.length && (sections[cursor.next]?.span.start ?? 0) <= offset) {
    cursor.next++;
  }
  return sections[cursor.next - 1]?.kind === 'preferred';
}

// A short heading the section splitter may not know, over a list of pluses: Québec's "Atout",
// "Nice to have", "Desirable", Finnish "Eduksi katsomme", Hungarian "Előny", Norwegian "En
// fordel", "Fordeler" (headings.ts knows "Mile widziane", "Meriterande", "Výhodou" …).
const PREFERRED_HEADING =
  /^(?:atouts?|un atout|(?:nice|good) to haves?|desirable|bonus points?|von vorteil|wünschenswert|deseable|se valorará|eduksi(?: katsomme| katsotaan| luetaan| luemme)?|előny(?:t jelent|ök)?|en fordel|fordeler)\s*:?$/i;

/** Whether the bullet at line `i` sits in a list under such a heading. */
function underPreferredHeading(ctx: ExtractContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 15; j--) {
    const line = ctx.lines[j];
    if (!line) return false;
    if (line.kind !== 'list-item') return PREFERRED_HEADING.test(line.text.trim());
  }
  return false;
}

// Benefits, company blurbs and pay blocks mention degrees without requiring them.
function readsDegrees(kind: SectionKind | undefined): boolean {
  return kind !== 'benefits' && kind !== 'about' && kind !== 'salary';
}

/**
 * The lines of `linesMatching(ctx, LEVEL_RE, ctx.folded)` (one hit per line, the scan resuming
 * after the hit's line) that extractDegrees reads, from scans of only the runs of such lines: the
 * other third of a posting is never scanned.
 */
function levelLines(ctx: ExtractContext): number[] {
  const { lines, lineKinds } = ctx;
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!readsDegrees(lineKinds[i])) continue;
    // "Ph.\nD." is one match across lines: a run that such a match can enter from the line
    // before it is not scanned on its own; the whole text is.
    if (endsWithPh(lines[i - 1]?.text ?? '')) {
      return scanLevelLines(ctx, 0, ctx.folded.length, []);
    }
    let j = i;
    while (j + 1 < lines.length && readsDegrees(lineKinds[j + 1])) j++;
    const first = lines[i];
    const last = lines[j];
    if (first && last) scanLevelLines(ctx, first.start, last.start + last.text.length, out);
    i = j;
  }
  return out;
}

// /ph\.?$/i, from char codes (`| 0x20` lower-cases ASCII letters).
function endsWithPh(text: string): boolean {
  const end = text.endsWith('.') ? text.length - 1 : text.length;
  return (
    end >= 2 &&
    (text.charCodeAt(end - 2) | 0x20) === 0x70 &&
    (text.charCodeAt(end - 1) | 0x20) === 0x68
  );
}

// How far a match that starts in a run can reach past its end ("Ph.\nD.s", "BS\nin "...).
const RUN_TAIL = 16;

/** Adds to `out` the lines of LEVEL_RE's hits that start in [from, to). */
function scanLevelLines(ctx: ExtractContext, from: number, to: number, out: number[]): number[] {
  const text = ctx.folded.slice(from, Math.min(ctx.folded.length, to + RUN_TAIL));
  const lines = ctx.lines;
  let m: RegExpExecArray | null;
  for (let at = 0; (m = nextLevel(text, at)) !== null && m.index < to - from;) {
    const index = lineIndexAt(lines, from + m.index);
    if (out[out.length - 1] !== index) out.push(index);
    const line = lines[index];
    const end = m.index + m[0].length;
    at = line ? Math.max(end, line.start + line.text.length - from) : end;
  }
  return out;
}

function sentences(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  // "Ph.D. in Biology" / "B.S. in" / "e.g. a": the dot after a dotted abbreviation ends nothing,
  // nor does the dot of a word's short form ("Diplom bzw. Bachelor", "Dipl. Ing.", "eidg.
  // Diplom", "kaufm. Ausbildung"), nor Czech "Ing. / Mgr. výhodou" before a slash or a Czech
  // word ("Kelowna, BC. Degree in …" ends there; the flag makes case no guide).
  const re =
    /[^.;!?]+(?:(?:[.;!?](?!\s|$)|(?<=(?:^|[^a-zA-Z])(?:[a-zA-Z]{1,2}\.[a-zA-Z]{1,4}|bzw|ggf|evtl|inkl|resp|dipl|vs|eidg|kaufm|techn|abgeschl|vgl))\.|(?<=(?:^|[^a-zA-Z])(?:ing|mgr|bc))\.(?=\s?(?:\/|výhod|nebo\b|či\b|ve?\s)))[^.;!?]*)*[.;!?]?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].trim() !== '') out.push({ text: m[0], offset: m.index });
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

// A bullet that opens with the degree ("- High school diploma or GED", "- Ph.D. in X") lists a
// requirement, whatever heading it sits under ("Required:" is not always read as one).
// Messenger ads bullet their lines with pictograms: "✅ 10th pass / 12th pass can apply".
const CHECK_BULLET = /^[✅✔☑👉▪➡►➤]/u;

function leadsWithDegree(text: string, mentions: LevelMention[]): boolean {
  const first = mentions[0];
  return (
    first !== undefined &&
    /^(?:[\s\-•*–·✅✔☑👉▪➡►➤]|\uFE0F)*(?:(?:an?|un|une|ein|eine)\s)?$/iu.test(
      text.slice(0, first.start),
    )
  );
}

// A header field naming the education required: "Études : DES ou l'équivalent", "Escolaridad:
// Preparatoria", "Education: High school diploma".
const EDUCATION_FIELD =
  /^\s*(?:- )?(?:education(?: level| required)?|educational requirements?|(?:minimum |required |highest )?(?:level of )?education|qualification level|études|scolarité|formation|escolaridad|educación|formación(?: académica)?|nivel de estudios|schulabschluss|bildungsabschluss|éducation|niveau d['’](?:études|éducation)|diplômes?(?: requis)?|opleiding(?:sniveau)?|titolo di studio|istruzione|formação(?: académica)?|escolaridade|wykształcenie|utbildning(?:snivå)?|(?:požadované |minimální )?vzdělání|(?:požadované |minimálne )?vzdelanie)\s?[:：]/i;

// A line that lists what the job needs after a label: "Need: Matric, min 6 months ...",
// "Requirements: Grade 12".
const REQUIREMENT_FIELD =
  /^\s*(?:(?:(?:minimum |basic |key |essential )?requirements?|needs?|must[- ]haves?|qualifications?|requisitos?|requisiti|exigences|anforderungen|voraussetzungen|krav|kvalifikationer|eisen|wymagania|vaatimukset)\s?[:：]|(?:richiest[oaie]|se requiere|se solicita|vereist|wymagane)\s)/i;

// Bold or italic marks before a field's label: "*Qualification:*".
const MARKDOWN_LEAD = /^\s*[*_]+/;

// The same label alone on the line above its value (Canada's Job Bank: "Education" / "Secondary
// (high) school graduation certificate").
const EDUCATION_LABEL =
  /^\s*(?:education|educational requirements?|education level|level of education|études|scolarité|formation|escolaridad|educación|formación(?: académica)?|nivel de estudios|schulabschluss|bildungsabschluss|éducation|niveau d['’](?:études|éducation)|diplômes?(?: requis)?|opleiding(?:sniveau)?|titolo di studio|istruzione|formação(?: académica)?|escolaridade|wykształcenie|utbildning(?:snivå)?|(?:požadované |minimální )?vzdělání|(?:požadované |minimálne )?vzdelanie)\s?[:：]?\s*$/i;

// An unrecognised profile heading ("Ton profil", "Lo que buscamos") leaves its bullets in the
// company blurb: a bullet there that opens with a degree in a field ("- Baccalauréat en
// informatique") still lists a requirement. One anchored match per bullet of the blurb.
const ITEM_LEAD = /^[\s\-•*–·]*(?:(?:an?|un|une|ein|eine)\s)?/;
const GRADUATION_WHEN =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Fall|Autumn|Winter)\b/;
// What may stand before a degree that opens an item: a bullet, "A", "Recent".
const ITEM_HEAD = /^[\s\-•*–·▪>]*(?:(?:an?|recent)\s)?$/i;
function degreeItemsInAbout(ctx: ExtractContext): number[] {
  const out: number[] = [];
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i];
    if (ctx.lineKinds[i] !== 'about' || line?.kind !== 'list-item') continue;
    const text = ctx.folded.slice(line.start, line.start + line.text.length);
    LEVEL_RE.lastIndex = ITEM_LEAD.exec(text)?.[0].length ?? 0;
    const m = LEVEL_RE.exec(text);
    if (m && FIELDS_LEAD.test(text.slice(m.index + m[0].length))) out.push(i);
  }
  return out;
}

// EDUCATION_FIELD's and EDUCATION_LABEL's first two letters ("études": see mayOpenEducation).
const EDUCATION_PAIRS = labelStart('ed le sc fo es ni bi mi re hi qu di op ti is wy ut vz po');

/**
 * Whether a line can start with EDUCATION_FIELD or EDUCATION_LABEL: false for most lines, which
 * then skip the regexes (tried on every short line).
 */
function mayOpenEducation(text: string): boolean {
  const c = text.charCodeAt(0);
  // Their `^\s*`; "é" or "É" (`| 0x20` lower-cases both) of "études", also after a "- ".
  const letter = c === 45 && text.charCodeAt(1) === 32 ? text.charCodeAt(2) : c;
  return isSpace(c) || (letter | 0x20) === 0xe9 || EDUCATION_PAIRS(text);
}

/** EDUCATION_LABEL.test(text), whatever the length. */
function isAnyEducationLabel(text: string): boolean {
  return mayOpenEducation(text) && EDUCATION_LABEL.test(text);
}

function isEducationField(text: string): boolean {
  return mayOpenEducation(text) && EDUCATION_FIELD.test(text);
}

function isEducationLabel(text: string | undefined): boolean {
  return (
    text !== undefined && text.length < 40 && mayOpenEducation(text) && EDUCATION_LABEL.test(text)
  );
}

// An unrecognised profile heading can leave an "Education: ..." field inside the pay block or
// the company blurb ("SALARIO: ..." opens a pay section that runs on): the field still states the
// education asked for.
function educationFields(ctx: ExtractContext): number[] {
  const out: number[] = [];
  for (let i = 0; i < ctx.lines.length; i++) {
    const kind = ctx.lineKinds[i];
    const line = ctx.lines[i];
    if (!line) continue;
    if ((kind === 'salary' || kind === 'about') && isEducationField(line.text)) out.push(i);
    // Job Bank's facts block, "Études" over "Diplôme d'études secondaires (DES)": the value
    // under an education label, whatever section the block fell in.
    else if (i > 0 && line.text.length < 120 && isEducationLabel(ctx.lines[i - 1]?.text))
      out.push(i);
  }
  return out;
}

function mergeSorted(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

// A degree being studied for is an enrolment condition, not a degree the candidate must hold:
// "Currently pursuing a BS or MS", "Vous préparez un Bac+3 ou Bac+5", "Étudiant(e) en école de
// commerce (Bac+4/5)", "Estudiante de Grado en ...", "o estar en condiciones de ser admitido en un
// programa de doctorado", "Studerer på masternivå (4. år)", "Student på masternivå". Such a
// posting requires no completed degree, so those mentions are dropped (an internship would
// otherwise show "bachelor required").
const IN_PROGRESS =
  /(?<![a-zA-Z\u00C0-\u024F])(?:pursuing|(?:currently|presently) (?:enrolled|studying|working towards)|enrolled (?:in|as|at)|working towards|current(?:ly)? (?:an? )?(?:undergraduate |graduate )?students?|students? (?:currently )?(?:pursuing|enrolled|in|of|at|from)|vous préparez|tu prépares|préparant|en cours d'obtention|étudiant(?:e|\(e\))?s?|immatrikuliert\w*|eingeschrieben\w*|studierende\w*|laufende[mns]?|fortgeschrittene[mns]?(?= (?:[\w\u00C0-\u024F-]+(?: (?:oder|bzw\.?|und) |\/))?[\w\u00C0-\u024F-]*studium)|abgebrochene[mns]?|du studierst|sie studieren|student(?:in)?(?:\/in)? (?:im|der|des)|studium vor (?:dir|ihnen|sich)|semester vor (?:dir|ihnen|sich)|cursando|estudiante|estudiando|studerer|studerar|studerande|studerende|studeert|student(?:er)? på|pågående|opiskel\w*|admitted (?:to|into)|admitid[oa]s? (?:en|a)|admis(?:e|es)? (?:en|à|au)|zugelassen)(?![a-zA-Z\u00C0-\u024F])/i;

// "We do not require a college degree", "Ein abgeschlossenes Studium ist schön, aber nicht
// zwingend": the degree is no requirement (a sentence that also prefers it, "not required but a
// plus", still prefers it).
const NOT_NEEDED =
  /\b(?:(?:do(?:es)?|will) not|don['’]t|doesn['’]t|won['’]t|not|no|nicht|kein\w*|pas|ne sont pas|n['’]est pas|no es|não é|sin)\s(?:(?:require|need)[sd]?\b|required|necessary|mandatory|essential|compulsory|verpflichtend|obrigatóri[oa]|needed|zwingend|erforderlich|notwendig|nécessaire|obligatoire|requis|exigée?|necesari[oa]|obligatori[oa]|requerid[oa]|(?:necesit(?:as|a|amos)\b|pedimos|exigimos|requerimos|hace falta|se (?:requiere|exige))(?! (?:experiencia|exp\.?)\b))/i;

// Where a sentence's clauses part: a bracket, a dash between spaces, a semicolon.
const CLAUSE_BREAK = /[()[\];]|\s[-–—]\s/;

/**
 * Drops from `mentions` the degrees a "not required" at `cue` is about: those in its clause ("A
 * 2:1 degree in any discipline – you do not need an accounting degree" drops only the second);
 * all of them when its clause names no level but a degree ("HBO-level (bachelor's level), degree
 * not required"); none when it names neither ("Transcripts are not required"). Returns true when
 * the cue is a clause of its own after the degrees ("A Master's or PhD in a systems-related area
 * — not required", "Bachelor's degree in CS (not required – we hire self-taught engineers)"): an
 * item listed and then waived is welcome, so its degrees are kept as preferred.
 */
function dropNotNeeded(text: string, mentions: LevelMention[], cue: number): boolean {
  const inClause = (m: LevelMention) =>
    !CLAUSE_BREAK.test(text.slice(Math.min(m.start, cue), Math.max(m.start, cue)));
  if (mentions.some(inClause)) {
    mentions.splice(0, mentions.length, ...mentions.filter((m) => !inClause(m)));
    return false;
  }
  // "Transcripts are not required; verification of the MD/DO degree …": the clause is about
  // something else.
  const clause = clauseAround(text, cue);
  const worded = WORDS_BEFORE_NOT.test(clause);
  if (worded && !DEGREE_WORD.test(clause)) return false;
  // "Bachelor's degree required – not required to relocate": the waiver is about something else.
  if (ABOUT_OTHER_AFTER.test(text.slice(cue))) return false;
  if (!worded) {
    // The cue alone in its clause waives the degrees of the clause just before it: when those are
    // all the sentence names, they are welcome; beside others ("Bachelor's degree (required) -
    // Master's (not required)") they go and the others stay.
    const waived = mentions.filter(
      (m) => m.start < cue && LAST_CLAUSE.test(text.slice(m.end, cue)),
    );
    if (waived.length === mentions.length) return true;
    if (waived.length > 0) {
      mentions.splice(0, mentions.length, ...mentions.filter((m) => !waived.includes(m)));
      return false;
    }
  }
  mentions.length = 0;
  return false;
}

// What lies between a degree and its waiver when the waiver is about it: no break but the one
// that opens the waiver's clause, and no ask of its own ("Bachelor's degree … is required, a
// Master's degree – not required").
const LAST_CLAUSE =
  /^(?![^]*\b(?:required|essential|mandatory|must)\b)(?:(?![()[\];]|\s[-–—]\s).)*(?:[()[\];]|\s[-–—]\s)\s?$/;
const ABOUT_OTHER_AFTER =
  /^\S+(?: \S+)? (?:required|needed|necessary|mandatory) to (?!have\b|hold\b|possess\b)[a-z]/i;

// A clause with words of its own before its "not" ("Transcripts are not required").
const WORDS_BEFORE_NOT = /[a-z]{3}.*\b(?:not|no|nicht|pas)\b/i;

const DEGREE_WORD =
  /degree|diploma|qualification|education|studium|abschluss|diplôme|études|título|titulo|formation|ausbildung|opleiding|laurea|bachelor|master|\bhbo\b|\bwo\b|\bmbo\b/i;

/** The text of the clause that holds `at` (see CLAUSE_BREAK). */
function clauseAround(text: string, at: number): string {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAKS)) start = m.index + m[0].length;
  const end = text.slice(at).search(CLAUSE_BREAK);
  return text.slice(start, end < 0 ? text.length : at + end);
}

const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');

// A degree that only shortens another requirement ("3+ years, or 2+ years if you hold a
// Master's degree") or that illustrates an equivalent ("BSc or equivalent (e.g. MSc
// pre-registration)") is no requirement of its own.
const CONDITION_CUE =
  /\bif (?:you )?(?:hold|have|possess|already have)\b|\bor equivalent \((?:e\.g\.|eg|such as|for example|i\.e\.)/i;

// "BSN required within five years of hire": a degree to earn once hired is no requirement now.
const EARNED_LATER =
  /^\s?(?:\([^()]{1,12}\)\s?)?(?:is |must be |to be )?(?:required|obtained|completed|earned) within\b/i;

// What may come before a sentence's opening cue of studies: a bullet, "Be", "You are currently".
const STUDYING_LEAD =
  /^[\s\-•*·>]*(?:(?:you are|you're|you must be|must be|should be|be|are)\s+)?(?:(?:currently|presently)\s+)?$/i;

const STUDIES_NOT_HELD =
  /^(?:immatrikul|eingeschrieben|fortgeschritten|studierende|du studierst|sie studieren|studium|semester|student(?:in)?(?:\/in)? (?:im|der|des)|studerer|studerar|studerande|studeert|student(?:er)? på|pågående|opiskel)/i;

const OR_BEFORE_CUE = /\b(?:or|ou|o|oder)\s+(?:[a-z]+\s+){0,2}$/i;
// "Ensino superior completo ou cursando", "Licenciatura completa ou cursando": the degree,
// finished or under way, is what is asked.
const COMPLETE_OR = /\bcomplet[oa]s?\s(?:ou|o|or)\s$/i;
const WITH_OTHER =
  /,?\s(?:with|plus)\s(?:[\w()-]+\s){0,3}?(?:status|licen[cs]e|certification|certificate|registration|membership|chartership|accreditation)\b/i;

// "Substitution: A master's degree in civil engineering may substitute for one (1) year of the
// experience": a degree that stands in for experience is no requirement of its own.
const SUBSTITUTE = /\b(?:may|can|could|will) (?:be )?substitut\w*|^substitutions?\s*:/i;

function completedMentions(text: string, all: LevelMention[]): LevelMention[] {
  const condition = all.length > 0 ? CONDITION_CUE.exec(text) : null;
  const substitute = all.length > 0 ? SUBSTITUTE.exec(text) : null;
  const mentions = all.filter(
    (m) =>
      (!condition || m.start < condition.index) &&
      !(text.includes(' within') && EARNED_LATER.test(text.slice(m.end, m.end + 50))) &&
      (!substitute || (substitute.index > 0 && standsApart(text, m.end, substitute.index))) &&
      !WITHOUT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)),
  );
  const first = mentions[0];
  if (!first) return mentions;
  const cue = IN_PROGRESS.exec(text);
  if (!cue) return mentions;
  // "Currently pursuing a Bachelor's or Master's in ...", "Étudiant(e) en Master (Bac+5)": an
  // intern's requirement is to be studying for that degree, and it reads as one.
  // A German Werkstudent's "Immatrikuliertes Studium" or an intern's "Fortgeschrittenes Bachelor-
  // oder Masterstudium" names no degree to hold, nor a Norwegian summer student's "Studerer på
  // masternivå (4. år)".
  if (STUDYING_LEAD.test(text.slice(0, cue.index)) && !STUDIES_NOT_HELD.test(cue[0]))
    return mentions;
  // The cue governs the degrees after it in the sentence: "Bachelor's degree or current student".
  // Not a degree with another thing asked for after it, which the cue is about: "Bachelor of
  // Engineering (Civil) or equivalent, with Chartered status (CPEng) or working towards it".
  return mentions.filter((m) => {
    const between = text.slice(m.end, cue.index);
    return (
      m.start < cue.index &&
      (!OR_BEFORE_CUE.test(between) || WITH_OTHER.test(between) || COMPLETE_OR.test(between))
    );
  });
}

// "5 years without a college degree": the path for those who lack it (not "Candidates without a
// bachelor's degree will not be considered").
const WITHOUT_BEFORE =
  /\b(?:\d{1,2}\+?|one|two|three|four|five|six|seven|eight|ten)\s(?:\S+\s){0,4}?(?:without|sans|ohne)\s(?:an?\s|un\s|une\s|einen?\s)?$/i;

// A mention before the substitution cue and parted from it by a clause boundary ("Bachelor's
// degree required; a master's degree may substitute ...") is a requirement of its own.
function standsApart(text: string, end: number, cue: number): boolean {
  return end > cue || /[;.]/.test(text.slice(end, cue));
}

interface LevelMention {
  level: DegreeLevel;
  start: number;
  end: number;
  /** "Studium der Chemie (Diplom oder Master)": where the fields before the bracket start. */
  fieldsAt?: number | undefined;
}

function levelMentions(text: string): LevelMention[] {
  const mentions: LevelMention[] = [];
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  // The end of a bracket that names the last degree again: "A Master's degree (MBA, MPA or MA in
  // Arts Management)" lists its forms, all of the same level.
  let againUntil = -1;
  // Where the fields of a generic degree replaced by its bracket start.
  let fieldsAt: number | undefined;
  for (let at = 0; (m = nextLevel(text, at)) !== null; at = pastOwnDegree(text, prevEnd)) {
    const level = levelOf(m);
    const end = m.index + m[0].length;
    if (level && isDegreeMention(text, m, prevEnd)) {
      let last = mentions[mentions.length - 1];
      // Where a generic degree this mention replaces starts: the bracket's level takes its place
      // in the sentence ("- University degree (Master's)" still opens the item with a degree).
      let replacedAt: number | undefined;
      if (m.index < againUntil && last?.level === level) {
        prevEnd = end;
        continue;
      }
      // "Universitätsabschluss (Master)", "Studium (Bachelor oder Master)": the bracket names
      // the level of the generic degree before it, which is no second degree.
      // "Studium der Chemie oder Pharmazie (Diplom oder Master)": after its fields too.
      if (last && GENERIC_DEGREE.test(text.slice(last.start, last.end))) {
        if (
          /^[^();.\n]{0,80}\(\s?$/.test(text.slice(last.end, m.index)) &&
          !PREFERRED_CUE.test(restOfBracket(text, end)) &&
          // A bare "Degree" takes only a level the bracket states: "(Master's level / Bac+5)",
          // not "(Master's optional)" or "(HNC/HND with relevant experience considered)".
          (!BARE_DEGREE.test(text.slice(last.start, last.end)) ||
            LEVEL_STATED.test(restOfBracket(text, m.index)))
        ) {
          mentions.pop();
          if (last.end < m.index - 2) fieldsAt = last.end;
          replacedAt = last.start;
          last = mentions[mentions.length - 1];
        }
      }
      // "Bac+5 (école d'ingénieur ou master en informatique)": a bracket that names the degree
      // before it again at the same level is no second degree ("Any Graduate (B.Com / BBA
      // preferred)" prefers one: see readSentence).
      // "Bachelor of Science in Nursing (BSN)": an abbreviation in a bracket after the fields
      // names the same degree.
      if (
        last?.level === level &&
        namesLastAgain(
          text.slice(last.end, m.index),
          isAbbreviationMatch(m) || /^[A-Z][A-Z.]{1,6}$/.test(m[0]),
        ) &&
        !PREFERRED_CUE.test(restOfBracket(text, end))
      ) {
        const close = text.indexOf(')', end);
        if (text.slice(last.end, m.index).includes('(') && close > 0) againUntil = close;
        prevEnd = end;
        continue;
      }
      // "Bac+3 à Bac+5", "Bachelor bis Master": a span of levels asks for the lowest one.
      if (last && isLevelSpan(text.slice(last.end, m.index), last.level, level)) {
        last.end = end;
        prevEnd = end;
        continue;
      }
      // "Diplom HF oder FH bzw. vom SRK anerkanntes ausländisches Diplom": the equivalent of
      // the degree just named.
      if (last && /^diplom/i.test(m[0]) && EQUIVALENT_BEFORE.test(text.slice(last.end, m.index))) {
        prevEnd = end;
        continue;
      }
      if (level === 'associate' && isLesserDiploma(text, m, last)) {
        prevEnd = end;
        continue;
      }
      mentions.push({
        level: fhDiplomaLevel(text, m, level),
        // With fields between them, readFields reads from `fieldsAt` to this start.
        start: fieldsAt === undefined ? (replacedAt ?? m.index) : m.index,
        end,
        fieldsAt,
      });
      fieldsAt = undefined;
    }
    prevEnd = end;
  }
  return mentions;
}

const EQUIVALENT_BEFORE =
  /\b(?:anerkannt\w*|gleichwertig\w*|ausländisch\w*|vergleichbar\w*)\s+(?:[a-zäöü]+\s+)?$/i;
const SPAN_WORD = /^\s?(?:à|a|au|bis|to|–)\s?$/i;
function isLevelSpan(between: string, low: DegreeLevel, high: DegreeLevel): boolean {
  return SPAN_WORD.test(between) && DEGREE_LEVELS.indexOf(high) > DEGREE_LEVELS.indexOf(low);
}

// "B.Sc. Agriculture or Diploma in Agriculture", "ICA Diploma in AML": a diploma offered as the
// lesser alternative to a degree just named, or a professional body's diploma, is no
// requirement of its own. A board's list of accepted courses joins them by commas: "UG: B.Sc in
// Nursing, Diploma in Nursing".
const ALTERNATIVE_BEFORE = /(?:\bor|\/|,)\s*(?:an?\s)?$/i;
const BODY_BEFORE = /(?:^|\s)[A-Z]{2,6}\s$/;
const CERTIFICATE_OR = /\bcertificat(?:e|ion)s?\s+(?:or|\/)\s*$/i;

function isLesserDiploma(
  text: string,
  m: RegExpExecArray,
  last: LevelMention | undefined,
): boolean {
  if (!/^diploma/i.test(m[0])) return false;
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  // A "Graduate Diploma in Teaching" follows a degree: no associate's. "ICA Certificate or
  // Diploma in AML": a professional certificate's alternative.
  if (BODY_BEFORE.test(before) || /graduate\s$/i.test(before)) return true;
  if (CERTIFICATE_OR.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return (
    last !== undefined &&
    last.level !== 'high_school' &&
    m.index - last.end < 40 &&
    ALTERNATIVE_BEFORE.test(text.slice(last.end, m.index))
  );
}

/** Whether the text between two mentions opens a bracket that names the first one again. */
function namesLastAgain(between: string, abbreviation: boolean): boolean {
  // "a master's degree (yüksek lisans)": the local name of the degree just named.
  return (
    /^\s?(?:degree\s?)?\([^()]*$/.test(between) || (abbreviation && /^[^()]{0,60}\($/.test(between))
  );
}

/** The text from `from` to the next ")", or to the end. */
function restOfBracket(text: string, from: number): string {
  const close = text.indexOf(')', from);
  return close < 0 ? text.slice(from) : text.slice(from, close);
}

// A bare "degree" ("Engineering degree"), and what its bracket must say to name its level.
const BARE_DEGREE = /^(?:engineering |academic |tertiary )?degree$/i;
const LEVEL_STATED = /^[^()]*?(?:\blevel\b|\bniveau\b|bac ?\+ ?\d)|^[\w.'’]+\s?$/i;

// A degree word that names no level of its own (read as a bachelor's when nothing says more).
const GENERIC_DEGREE =
  /^(?:college degree|university degree|(?:engineering |academic |tertiary )?degree|(?:fach)?hochschulabschluss|universitätsabschluss|(?:(?:fach)?hochschul|universitäts)?studium|título universitario|titulaci[oó]n (?:universitaria(?: superior)?|superior))$/i;

// A German "Diplom (FH)" / "Diplom-FH" is the bachelor-level degree of a university of applied
// sciences, the Swiss "Diplom als Pflegefachfrau HF" one of a professional college, the Swiss
// "eidg. Diplom als Experte" a federal professional diploma and the Austrian "Diplom in der
// Gesundheits- und Krankenpflege" a nursing school's: none is the university Diplom that ranks
// with a Master.
const FH_DIPLOMA =
  /^(?:[-\s(]{1,3}(?:FH|HF)\b|(?:(?!\b(?:oder|und|or|bzw)\b)[^,;.]){1,50}?\b(?:FH|HF)\b|\s(?:in|der)\s(?:der\s)?[^,;.]{0,40}?(?:[Kk]ranken|[Aa]lten|[Gg]esundheits)\w*pflege)/;
const FEDERAL_BEFORE = /\beidg(?:\.|enössisch\w*)\s$/i;
function fhDiplomaLevel(text: string, m: RegExpExecArray, level: DegreeLevel): DegreeLevel {
  if (level !== 'master' || !/^diplom/i.test(m[0])) return level;
  const start = m.index + 'diplom'.length;
  if (FEDERAL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return 'bachelor';
  return FH_DIPLOMA.test(text.slice(start, start + 60)) ? 'bachelor' : level;
}

function readSentence(
  text: string,
  mentions: LevelMention[],
  offset: number,
  required: boolean,
  inList: boolean,
  out: Degree[],
  perClause = false,
): void {
  const state: SentenceState = {
    text,
    mentions,
    offset,
    required,
    perClause,
    out,
    cue: inList || REQUIREMENT_CUE.test(text),
    group: [],
    groupsEnd: -1,
    requiredBefore: [],
  };
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as LevelMention;
    state.group.push(mention);
    const next = mentions[i + 1];
    const rest = text.slice(mention.end, next ? next.start : text.length);
    // "an MBA or a Master's", "un DSCG ou un Master CCA", "ein Diplom oder einen Master"; "an
    // MBA or progress toward an MBA".
    if (next && JOINED_MENTIONS.test(rest)) continue;
    const lead = FIELDS_LEAD.exec(text.slice(mention.end));
    const earlier = state.group[0]?.fieldsAt;
    if (!lead && earlier !== undefined) {
      const before = FIELDS_LEAD.exec(text.slice(earlier));
      if (before) {
        const fieldsAt = earlier + before[0].length;
        const { fields } = readFields(text.slice(fieldsAt, state.group[0]?.start));
        flushGroup(state, fields, mention.end);
        continue;
      }
    }
    if (!lead) {
      const named = fieldsWithoutIn(text, mention);
      flushGroup(state, named.fields, named.end);
      continue;
    }
    const fieldsAt = mention.end + lead[0].length;
    // Fields end where the next degree starts ("BS in CS, Master's preferred").
    const fieldsTo = next && next.start > fieldsAt ? next.start : text.length;
    const { fields, end } = readFields(text.slice(fieldsAt, fieldsTo));
    flushGroup(state, fields, fieldsAt + end);
  }
}

const JOINED_MENTIONS =
  /^(?:['’]?s)?(?:\s?(?:degree)?\s?(?:\/|or|oder|ou|o|,)\s?(?:(?:progress|working|studying) towards? |(?:currently )?(?:pursuing|enrolled in|studying for|working on) )?(?:an?\s|une?\s|ein(?:e|en)?\s)?)$/i;

/** readSentence's sentence and the group of mentions it is reading. */
interface SentenceState {
  text: string;
  mentions: LevelMention[];
  offset: number;
  required: boolean;
  perClause: boolean;
  out: Degree[];
  /** Whether the sentence reads as a requirement (or sits in a list of them). */
  cue: boolean;
  /** Mentions joined by "or" / "/": they share the fields written after the last one. */
  group: LevelMention[];
  groupsEnd: number;
  /** The levels of the group before, when it was required. */
  requiredBefore: DegreeLevel[];
}

/** Adds the degrees of the current group, with the fields after it, and starts a new group. */
function flushGroup(s: SentenceState, fields: string[], fieldsEnd: number): void {
  const { text, group } = s;
  const req = s.perClause
    ? requiredNear(text, s.mentions, group, fieldsEnd, s.groupsEnd)
    : s.required;
  // "Any Graduate (B.Com / BBA preferred)": a bracket right after a required degree that
  // prefers degrees of the same level narrows that one; it adds no preferred degree.
  const narrows = !req && /^\s?\(\s?$/.test(text.slice(s.groupsEnd, group[0]?.start ?? 0));
  s.groupsEnd = fieldsEnd;
  const before = s.requiredBefore;
  s.requiredBefore = req ? group.map((g) => g.level) : [];
  for (const g of group) {
    if (fields.length === 0 && !s.cue) continue;
    if (narrows && before.includes(g.level)) continue;
    if (s.out.some((d) => d.level === g.level && d.required === req)) continue;
    s.out.push({
      level: g.level,
      fields,
      required: req,
      spans: [{ start: s.offset + g.start, end: s.offset + Math.max(g.end, fieldsEnd) }],
    });
  }
  s.group = [];
}

// Not negated: "desirable but not essential".
const REQUIRED_WORD =
  /(?<!\bnot (?:strictly |absolutely )?)\b(?:required|must|mandatory|essential|erforderlich|vorausgesetzt|zwingend|requise?s?|exigée?s?|obligatoire|indispensable|imprescindible|(?<!no )excluyente|requerid[oa]s?|obligatori[oa]s?)\b/gi;
const PREFERRED_WORD = new RegExp(PREFERRED_CUE.source, 'gi');
const STANDING_AFTER = /^\s(?:accredited|recogni[sz]ed|approved|validated)\b/i;
// A gap across a clause break binds a cue more loosely than one within the clause.
const CLAUSE_PENALTY = 30;

/**
 * Whether the group of mentions spanning [group start, `end`) is required, in a sentence with a
 * preferred cue: each cue belongs to the nearest mention, within its clause or the clause right
 * next to it. "ADN required, BSN preferred" -> associate required, bachelor preferred; in
 * "Bac+5 (...), vous justifiez de 5 ans d'expérience ..., idéalement dans la santé" the cue is
 * about the experience, so the degree stays required. `prevEnd`: where the group before ends.
 */
function requiredNear(
  text: string,
  mentions: LevelMention[],
  group: LevelMention[],
  end: number,
  prevEnd: number,
): boolean {
  const start = group[0]?.start ?? 0;
  let bestRequired = true;
  let best = Infinity;
  for (const re of [REQUIRED_WORD, PREFERRED_WORD]) {
    re.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = re.exec(text)) !== null) {
      // "a BEng or MEng (…), ideally accredited by the JBM": the wish is about the degree's
      // standing, the degree itself is still asked.
      if (re === PREFERRED_WORD && STANDING_AFTER.test(text.slice(c.index + c[0].length))) continue;
      const d = cueDistance(text, mentions, group, start, end, prevEnd, c);
      if (d < best) {
        best = d;
        bestRequired = re === REQUIRED_WORD;
      }
    }
  }
  // "A Master's degree in Finance or an MBA is an added advantage": with no cue of its own, an
  // alternative takes the cue of the degree it is offered with.
  if (best === Infinity) {
    const next = mentions.find((m) => m.start >= end);
    if (next && OR_ALTERNATIVE.test(text.slice(end, next.start))) {
      return requiredNear(text, mentions, [next], next.end, end);
    }
  }
  return bestRequired;
}

const OTHER_SUBJECT =
  /\b(?:and|with|plus)\s(?:\w+\s){0,2}(?:experience|familiarity|knowledge|proficiency|exposure|understanding|skills?|ability|expertise|certification|training)\b/i;
const PREDICATE_BEFORE_CUE = /\s(?:is|are|would be|will be)\s(?:also\s|highly\s|considered\s)?$/i;

const OR_ALTERNATIVE =
  /^(?![^]*\s[-—–]\s)(?:[^,;.()\d—–]{1,40}?\s)?\(?(?:or|and\/or|oder|ou|o)\s(?:an?\s|une?\s|ein(?:e|en)?\s)?$/i;

/** How far cue `c` is from the group [start, end), or Infinity when it belongs elsewhere. */
function cueDistance(
  text: string,
  mentions: LevelMention[],
  group: LevelMention[],
  start: number,
  end: number,
  prevEnd: number,
  c: RegExpExecArray,
): number {
  const cueEnd = c.index + c[0].length;
  if (c.index < end && cueEnd > start) return 0;
  if (c.index >= end) {
    // After the group: "..., BSN preferred", "Master's in X, Y, or Z preferred"; not when a
    // later degree sits in between or right after the cue ("..., ideally a Master's").
    const gap = text.slice(end, c.index);
    // A bracket that names the degree's forms is no clause of its own: "A Master's degree (MBA,
    // MPA or MA in Arts Management) is an asset".
    const unbracketed = gap.includes('(') ? gap.replace(/\([^()]*\)/g, '') : gap;
    // "University degree in business, economics or comparable - desirable": a cue set off by a
    // dash at the end of the item is about all of it.
    const closesItem = /\s-\s?$/.test(gap) && /^\W*$/.test(text.slice(cueEnd));
    // "Relevant tertiary qualifications in economics, public policy, law or natural resource
    // management are desirable": the cue is the sentence's predicate, however long its subject.
    // Not when another thing asked for is the subject: "A bachelor's degree in CS, and
    // experience with Kubernetes is desirable".
    const predicate =
      PREDICATE_BEFORE_CUE.test(unbracketed) &&
      !/[;.]/.test(unbracketed) &&
      !OTHER_SUBJECT.test(unbracketed);
    if (
      otherMentionIn(mentions, group, end, c.index) ||
      (unbracketed.length > 40 && /[,;]/.test(unbracketed) && !closesItem && !predicate)
    ) {
      return Infinity;
    }
    // "Bachelier en comptabilité (option fiscalité, un plus)": the cue is about the bracket's
    // own item, not the degree.
    if (namesItsOwnThing(gap) || LONG_DASH.test(gap)) return Infinity;
    // "Abgeschlossenes Hochschulstudium der Wirtschaftswissenschaften, idealerweise mit
    // Schwerpunkt Marketing": an adverb after a comma that opens a refinement is about that
    // ("Master's degree, preferred, with coursework …" still prefers the degree).
    if (
      gap.includes(',') &&
      REFINING_CUE.test(c[0]) &&
      REFINEMENT_AFTER.test(text.slice(cueEnd, cueEnd + 12))
    )
      return Infinity;
    const d = gapDistance(gap);
    for (const m of mentions) {
      if (m.start < cueEnd || group.includes(m)) continue;
      const toNext = text.slice(cueEnd, m.start);
      return !/[,;]/.test(toNext) && gapDistance(toNext) < d ? Infinity : d;
    }
    return d;
  }
  // Before it: "Ideally, a Master's", "ideally a Master's"; not when it follows the degree
  // before more closely.
  const gap = text.slice(cueEnd, start);
  const leads = /^[\s\-•*–:]*$/.test(text.slice(0, c.index));
  if (otherMentionIn(mentions, group, cueEnd, start) || (!leads && /[,;]/.test(gap))) {
    return Infinity;
  }
  if (leads) return 0;
  const d = gapDistance(gap);
  if (prevEnd < 0) return d;
  const after = text.slice(prevEnd, c.index);
  return !(after.length > 40 && /[,;]/.test(after)) && gapDistance(after) < d ? Infinity : d;
}

const REFINING_CUE =
  /^(?:idealerweise|ideally|idéalement|idealmente|preferably|vorzugsweise|préférablement|preferentemente|preferiblemente)$/i;
const REFINEMENT_AFTER = /^\s(?:mit|with|avec|con|in|im|en)\s/i;

// "Bachelier en comptabilité (option fiscalité, un plus)": a list item in the bracket.
const LETTER = /[a-zA-Z\u00C0-\u024F]/;
// "Master 2 en droit (une double formation école de commerce serait appréciée)": a bracket that
// names something of its own (three words or more) before the cue; not one that goes on about
// the degree ("PhD (in a quantitative field strongly preferred)").
const PHRASE_IN_BRACKET =
  /^\((?!(?:in|or|and|with|from|of|ideally|preferably|e\.g\.|i\.e\.|ou|oder|o|en|de)\s)[^()\s]+\s[^()\s]+\s[^()\s]+(?:\s[^()]*)?$/i;

/**
 * Whether the gap before a cue opens a bracket that is about something else. Tested from the
 * gap's last "(" on, with plain string steps: no regex runs over a long adversarial gap.
 */
function namesItsOwnThing(gap: string): boolean {
  const open = gap.lastIndexOf('(');
  if (open < 0 || gap.indexOf(')', open) >= 0) return false;
  const bracket = gap.slice(open);
  const comma = bracket.lastIndexOf(',');
  return (comma > 0 && LETTER.test(bracket.slice(0, comma))) || PHRASE_IN_BRACKET.test(bracket);
}

// "BCom Accounting degree (completed) — Honours will be an advantage": past a dash, a cue with a
// subject and verb of its own is about that subject; "– this would be a plus" is still about the
// degree. (Dashes are folded to "-" in this text.)
const LONG_DASH =
  /\s-\s(?!(?:this|which|that|it|ce|cela|das|dies|esto|lo)\b)[^-]{1,30}\b(?:will|would|is|are|wäre|serait|sería)\b/i;

function otherMentionIn(
  mentions: LevelMention[],
  group: LevelMention[],
  from: number,
  to: number,
): boolean {
  for (const m of mentions) if (m.start >= from && m.start < to && !group.includes(m)) return true;
  return false;
}

function gapDistance(gap: string): number {
  return gap.length + (/[,;()]/.test(gap) ? CLAUSE_PENALTY : 0);
}

// "B.Com Accounting degree", "BSc Nursing degree": the field between the level and "degree".
const FIELD_BEFORE_DEGREE = /^\.?\s((?:[A-Z\u00C0-\u00DE][\w&-]*\s){1,4})degree\b/;
// A named degree that is its own field: "MPharm", "B.Pharm", nursing's "BSN".
const FIELD_OF_NAMED: [RegExp, string][] = [
  [/^[bm]\.?\s?pharm/i, 'Pharmacy'],
  [/^(?:BSN|MSN|ADN)$/, 'Nursing'],
];

/** Fields of a mention not followed by "in"/"of"; `end` is where they end in `text`. */
function fieldsWithoutIn(text: string, mention: LevelMention): { fields: string[]; end: number } {
  const m = FIELD_BEFORE_DEGREE.exec(text.slice(mention.end, mention.end + 80));
  const field = m?.[1]?.trim();
  if (m && field && isFieldName(field)) return { fields: [field], end: mention.end + m[0].length };
  const named = text.slice(mention.start, mention.end);
  for (const [re, fieldName] of FIELD_OF_NAMED) {
    if (re.test(named)) return { fields: [fieldName], end: mention.end };
  }
  return { fields: [], end: mention.end };
}

// The words that join fields ("Physics or Chemistry"): between two fields, or left alone at
// either end of one.
const CONJUNCTION = 'or|and|oder|und|ou|et|o|y';
const BETWEEN_FIELDS = new RegExp(String.raw`\s(?:${CONJUNCTION})\s|\/`);
const LEADING_CONJUNCTION = new RegExp(String.raw`^(?:${CONJUNCTION})(?:\s+|$)`, 'i');
const TRAILING_CONJUNCTION = new RegExp(String.raw`\s(?:${CONJUNCTION})$`, 'i');

// "Statistics, Economics, Computer Science, or related field" -> the capitalised items.
function readFields(text: string): { fields: string[]; end: number } {
  const stop = text.search(FIELD_STOP);
  const sentenceEnd = text.search(/[.;!?](?:\s|$)/);
  let limit = text.length;
  if (stop >= 0) limit = Math.min(limit, stop);
  if (sentenceEnd >= 0) limit = Math.min(limit, sentenceEnd);
  const region = text.slice(0, Math.min(limit, 400));
  const fields: string[] = [];
  let end = 0;
  let pos = 0;
  for (const item of region.split(',')) {
    const at = pos;
    pos += item.length + 1;
    const parts = item.split(BETWEEN_FIELDS);
    const cleaned = parts
      // A conjunction alone ("…, AND" before the next numbered condition) or left at the end by a
      // line break ("Grado en Ciencia y" wrapping to "Tecnología de los Alimentos") names nothing.
      .map((p) => p.trim().replace(LEADING_CONJUNCTION, '').replace(TRAILING_CONJUNCTION, ''))
      .filter((p) => p !== '');
    if (cleaned.length === 0) continue;
    if (!cleaned.every(isFieldName)) break;
    fields.push(...cleaned);
    end = at + item.length;
  }
  return { fields, end };
}

// Capitalised words that start a new requirement, not a field of study (Naukri's "B.Tech in Any
// Specialization" names none).
const NOT_FIELD =
  /^(?:Any|Experience|Knowledge|Proficiency|Publications?|Strong|Excellent|Ability|Familiarity|Understanding|Skills?|Successful|Demonstrated|Proven|Must|Minimum|At|Or|Equivalent|Relevant|Related|Current|Valid|Active|Certification|License|Licensed|Fluency|Fluent|Good|Great|Solid|Hands-on|Preferred|Required|Plus)\b/;

function isFieldName(text: string): boolean {
  if (text.length > 50 || NOT_FIELD.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 5) return false;
  return (
    /^[A-Z\u00C0-\u00DE]/.test(words[0] ?? '') &&
    words.every(
      (w) =>
        /^[A-Z\u00C0-\u00DE\d(&]/.test(w) ||
        /^(?:of|and|&|in|for|de|des|du|la|le|y|und|der|die|et|en|del)$/i.test(w),
    )
  );
}
