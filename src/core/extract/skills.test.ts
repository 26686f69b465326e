import { describe, expect, it } from 'vitest';
import type { Section } from '../model/section';
import { extractSkills } from './skills';

function names(text: string, sections: Section[] = []): string[] {
  return extractSkills(text, sections).map((s) => s.name);
}

describe('extractSkills: aliases map to one canonical name', () => {
  it.each([
    ['Experience with PySpark and Spark SQL.', 'Apache Spark'],
    ['Tools: Python, Spark, Scala.', 'Apache Spark'],
    ['Frameworks (scikit learn, tensorflow, torch).', 'PyTorch'],
    ['Frameworks (scikit learn, tensorflow, torch).', 'scikit-learn'],
    ['We use sklearn daily.', 'scikit-learn'],
    ['Deploy on k8s with Helm charts.', 'Kubernetes'],
    ['Hands-on with GCP and BigQuery.', 'Google Cloud'],
    ['Cloud: GCP, Azure etc.', 'Microsoft Azure'],
    ['Libraries like HuggingFace.', 'Hugging Face'],
    ['Libraries like Hugging Face.', 'Hugging Face'],
    ['Big data: Hive, BigQuery, GCP/GCS.', 'Apache Hive'],
    ['Streaming platforms like Kafka.', 'Apache Kafka'],
    ['NoSQL databases like Cassandra.', 'Apache Cassandra'],
    ['Orchestration tools such as GCP, BigQuery, and Airflow.', 'Apache Airflow'],
    ['Pipelines based on Hadoop.', 'Apache Hadoop'],
    ['Search engines (Solr, Elasticsearch, Vespa).', 'Apache Solr'],
    ['Experiment tracking (MLflow, W&B).', 'Weights & Biases'],
    ['Strong C++ and C# skills.', 'C++'],
    ['Strong C++ and C# skills.', 'C#'],
    ['Built on .NET and Node.js.', '.NET'],
    ['Built on .NET and Node.js.', 'Node.js'],
    ['Solid CI/CD practice.', 'CI/CD'],
    ['Ran A/B tests weekly.', 'A/B testing'],
    ['NoSQL databases (Cassandra, Cosmos DB).', 'Azure Cosmos DB'],
    ['Must hold BLS and ACLS certification.', 'ACLS'],
    ['Proficient with QuickBooks Online.', 'QuickBooks'],
    ['Knowledge of US GAAP and IFRS.', 'GAAP'],
    ['Class A CDL required.', 'CDL'],
    ['OSHA-30 preferred.', 'OSHA'],
    ['Kenntnisse in SAP und MS Excel.', 'Microsoft Excel'],
    ['Kompetenzen: Teamfähigkeit, Kommunikationsfähigkeit.', 'Teamwork'],
    ['Qualités : travail en équipe, rigueur.', 'Teamwork'],
    ['Se busca: trabajo en equipo, puntualidad.', 'Teamwork'],
  ])('%s -> %s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it('reports one entry per canonical name with every span', () => {
    const text = 'PySpark jobs; later Apache Spark and Spark Streaming.';
    const skills = extractSkills(text, []);
    const spark = skills.filter((s) => s.name === 'Apache Spark');
    expect(spark).toHaveLength(1);
    expect(spark[0]?.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'PySpark',
      'Apache Spark',
      'Spark Streaming',
    ]);
    expect(spark[0]?.category).toBe('data');
  });
});

describe('extractSkills: ambiguous names need context', () => {
  it.each([
    ['Backend services in Go, Python and Java.', 'Go', true],
    ['Experience with Golang microservices.', 'Go', true],
    ['Own our go to market plan with Python dashboards.', 'Go', false],
    ['You are a go-getter who loves Python.', 'Go', false],
    ['Go above and beyond for customers.', 'Go', false],
    ['Assessments in Python, Spark, Scala, or R.', 'R', true],
    ['Partner with R&D teams on Python tooling.', 'R', false],
    ['Signed by John R. Smith, Python lead.', 'R', false],
    ['Systems programming in C and C++.', 'C', true],
    ['Present to the C-suite; Python a plus.', 'C', false],
    ['Minimum grade C in maths; SQL required.', 'C', false],
    ['Serving with frameworks like Ray, Triton, and vLLM.', 'Ray', true],
    ['Report to Ray Smith, our Python lead.', 'Ray', false],
    ['Ask Ray about the Python role.', 'Ray', false],
    ['Java with Spring, Hibernate and Kafka.', 'Spring', true],
    ['Starts in Spring 2025; Python helpful.', 'Spring', false],
    ['Advanced Excel, Word and PowerPoint.', 'Microsoft Excel', true],
    ['You will excel at SQL and Python.', 'Microsoft Excel', false],
    ['Excel in a fast-paced team using Python.', 'Microsoft Excel', false],
    ['Advanced Excel, Word and PowerPoint.', 'Microsoft Word', true],
    ['Spread the word about our Python SDK.', 'Microsoft Word', false],
    ['Office tools: Excel, Outlook, Teams.', 'Microsoft Outlook', true],
    ['A positive outlook; Python experience.', 'Microsoft Outlook', false],
    ['Office tools: Excel, Outlook, Teams.', 'Microsoft Teams', true],
    ['Partner with product teams using Java.', 'Microsoft Teams', false],
    ['Databases: MS Access, SQL Server.', 'Microsoft Access', true],
    ['Access to Python training; SQL a plus.', 'Microsoft Access', false],
    ['Tools: Jira, Confluence, Slack.', 'Slack', true],
    ['Pick up the slack when Java builds fail.', 'Slack', false],
    ['Version control with Git.', 'Git', true],
    ['Code lives on GitHub.', 'Git', false],
    ['Stats in SAS, SPSS and R.', 'SAS', true],
    ['We sell SaaS to banks using Java.', 'SAS', false],
    ['Mobile apps in Swift and Kotlin.', 'Swift', true],
    ['Swift response times matter; Java shop.', 'Swift', false],
    ['Config management with Chef, Puppet and Ansible.', 'Chef', true],
    ['Our head Chef runs the kitchen.', 'Chef', false],
    ['APIs in Node.js and Express.', 'Express', true],
    ['Express interest in our Java role.', 'Express', false],
    ['Python web apps with Flask and Django.', 'Flask', true],
    ['Builds with Make, CMake and Bazel.', 'Make', true],
    ['Make sure Python tests pass.', 'Make', false],
    ['Languages: Rust, Go, C++.', 'Rust', true],
    ['Remove rust from the pipes.', 'Rust', false],
    ['Numerical work in Julia and Python.', 'Julia', true],
    ['Contact Julia in HR.', 'Julia', false],
    ['Deploy with Docker, Helm, and Kubernetes.', 'Helm', true],
    ['Take the helm of our sales team.', 'Helm', false],
    ['Charting in Epic and Cerner.', 'Epic', true],
    ['Make an epic impact at scale.', 'Epic', false],
    ['Transform data with dbt and Snowflake.', 'dbt', true],
    ['Provide DBT skills groups to clients.', 'dbt', false],
    ['Work in a safe and productive environment.', 'SAFe', false],
    ['Grow with Backend / ML engineers.', 'Scala', false],
  ])('%s -> %s: %s', (text, name, expected) => {
    expect(names(text).includes(name)).toBe(expected);
  });

  it('does not read machine learning concepts or job-board tags as skills', () => {
    expect(
      names('Deep learning, machine learning, NLP and computer vision. #LI-DNP #LI-DNI'),
    ).toEqual([]);
  });

  it('counts soft skills only as list items of their own', () => {
    expect(names('Skills: teamwork, communication, problem solving.')).toEqual([
      'Teamwork',
      'Communication',
      'Problem solving',
    ]);
    expect(names('Strong verbal and written communication skills.')).toEqual([]);
    expect(names('The environment values teamwork and learning.')).toEqual([]);
  });
});

describe('extractSkills: required vs preferred', () => {
  it.each([
    ['Experience with Kubernetes is a plus.', false],
    ['Nice to have: Terraform.', false],
    ['Ideally you know Kotlin.', false],
    ['Kenntnisse in Docker sind von Vorteil.', false],
    ['La connaissance de Docker est un plus.', false],
    ['Se valorará experiencia con Docker.', false],
    ['You have 3 years of Docker.', true],
  ])('%s -> required %s', (text, required) => {
    const skill = extractSkills(text, [])[0];
    expect(skill?.required).toBe(required);
  });

  it('reads a list under a "Preferred Qualifications:" lead-in as preferred', () => {
    const text = 'Preferred Qualifications:\n\n  • Experience with Solr.\n  • FAISS indexes.';
    expect(extractSkills(text, []).map((s) => [s.name, s.required])).toEqual([
      ['Apache Solr', false],
      ['FAISS', false],
    ]);
  });

  it('uses the sections when given, and a required mention wins', () => {
    const text = 'Requirements\nJava and Python.\nPreferred\nPython, Go and Kotlin.';
    const sections: Section[] = [
      { kind: 'requirements', heading: 'Requirements', span: { start: 13, end: 30 } },
      { kind: 'preferred', heading: 'Preferred', span: { start: 40, end: text.length } },
    ];
    const byName = new Map(extractSkills(text, sections).map((s) => [s.name, s.required]));
    expect(byName.get('Java')).toBe(true);
    expect(byName.get('Python')).toBe(true);
    expect(byName.get('Kotlin')).toBe(false);
  });

  it('skips company boilerplate in an about-the-company section', () => {
    const text = 'About Acme\nAcme builds Kubernetes tooling.\nRequirements\nPython.';
    const sections: Section[] = [
      { kind: 'about', heading: 'About Acme', span: { start: 11, end: 42 } },
      { kind: 'requirements', heading: 'Requirements', span: { start: 56, end: text.length } },
    ];
    expect(names(text, sections)).toEqual(['Python']);
  });
});

describe('extractSkills: vocabulary from real postings', () => {
  it.each([
    ['Advanced SQL and Power BI (DAX, data modelling).', 'DAX', true],
    ['Ein DAX-Konzern, im DAX notiert.', 'DAX', false],
    ['Experience with 3D point clouds (Open3D, PCL).', 'PCL', true],
    ['Optimize models with TensorRT on NVIDIA Jetson.', 'NVIDIA Jetson', true],
    ['Proficiency with Relativity, Westlaw, and Microsoft Office.', 'Relativity', true],
    ["Einstein's theory of Relativity.", 'Relativity', false],
    ['Prototyping in ProtoPie or Principle is a plus.', 'Principle app', true],
    ['Comfort with tools like Salesforce, Gong and Outreach.', 'Outreach', true],
    ['Community Outreach events with Salesforce.', 'Outreach', false],
    ['Document assessments and interventions in Epic.', 'Epic', true],
    ['Experience with Epic Willow Ambulatory.', 'Epic', true],
    ['Be- und Entladen mit dem Hubwagen.', 'Pallet jack', true],
    ['Ship orders accurately using RF scanners.', 'RF scanner', true],
    ['Administer medications as ordered.', 'Medication administration', true],
    ['Read and interpret blueprints.', 'Blueprint reading', true],
    ['Sehr gute SAP- und Excel-Kenntnisse.', 'Microsoft Excel', true],
    ['Team Teach or MAPA training desirable.', 'MAPA', true],
    ['Use the National Early Warning Score (NEWS2).', 'NEWS2', true],
    ['LEED AP is a plus.', 'LEED AP', true],
    // the same word in another trade or as a name
    ['A paralegal certificate from an ABA-approved program.', 'Applied behavior analysis', false],
    ['Bend EMT and rigid conduit.', 'EMT', false],
    ['Current EMT certification and CPR required.', 'EMT', true],
    ['Juniper & Pine is a lifestyle brand; cash handling required.', 'Juniper', false],
    ['Configure Cisco and Juniper routers.', 'Juniper', true],
    ['Python utilities for data validation and reconciliation.', 'Account reconciliation', false],
    ['Ansprechpartner für Wirtschaftsprüfer und Steuerberater.', 'Steuerberater', false],
  ])('%s -> %s: %s', (text, name, found) => {
    expect(names(text).includes(name)).toBe(found);
  });

  it('names a concept in English whatever the posting language', () => {
    expect(names('Formación en prevención de riesgos laborales (PRL).')).toContain(
      'Workplace safety',
    );
    // An occupation is no skill: "Pflegefachkraft" is the job, not something the nurse has.
    expect(names('Examinierte Pflegefachkraft (m/w/d)')).not.toContain('RN license');
  });

  it('reads skills under an "About the internship" heading', () => {
    const text = 'About the internship\n- Build features in React and Node.js';
    const sections: Section[] = [
      { kind: 'about', heading: 'About the internship', span: { start: 21, end: text.length } },
    ];
    expect(names(text, sections)).toEqual(['React', 'Node.js']);
  });
});

describe('extractSkills: sentence vetoes, bracketed products, company self-descriptions', () => {
  it.each([
    // a word in the sentence vetoes an ambiguous form
    ['Basic salary $3,200 per month; AWS + variable bonus.', 'Amazon Web Services', false],
    ['13th month pay and AWS.', 'Amazon Web Services', false],
    ['Deploy services on AWS with Terraform.', 'Amazon Web Services', true],
    ['Jetter and CCTV drain camera experience.', 'CCTV monitoring', false],
    ['Monitor CCTV and alarm panels on night shift.', 'CCTV monitoring', true],
    ['Improve demand forecasting and replenishment.', 'Stocking', false],
    ['Night replenishment of pick faces.', 'Stocking', true],
    ['Educate patients on home care.', 'Home health', false],
    ['Two years of home care experience.', 'Home health', true],
    ['Técnico en Enfermería (TENS) para UPC.', 'RN license', false],
    ['Grado en Enfermería y colegiación.', 'RN license', false],
    ['1+ year of electronics soldering experience.', 'Brazing', false],
    ['1+ year of electronics soldering experience.', 'Soldering', true],
    // an ambiguous name ending a list of plain skills
    ['Build pipelines in Python, SQL and Spark.', 'Apache Spark', true],
    ['Build pipelines in Python, SQL, and Spark.', 'Apache Spark', true],
    ['Energy, passion and Spark.', 'Apache Spark', false],
    // bracketed products after a vendor or a product kind
    ['Experience with AWS (S3, Glue, Lambda).', 'AWS Glue', true],
    ['Use the WMS (Manhattan) to plan labour.', 'Manhattan WMS', true],
    ['Glue the labels (paper, tape) by hand.', 'AWS Glue', false],
    // niche names
    ['Proficiency with Fiserv or Jack Henry core banking systems.', 'Jack Henry', true],
    ['Contact Jack Henry for details.', 'Jack Henry', false],
    ['Maîtrise de Bloomberg, Python et Excel.', 'Bloomberg Terminal', true],
    ['As reported by Bloomberg News last year.', 'Bloomberg Terminal', false],
    ['Sehr gute Kenntnisse in BMD und MS Excel.', 'BMD', true],
    ['Perform BMD scans with DEXA and X-ray.', 'BMD', false],
    ['Prototyping with ProtoPie or Framer is a plus.', 'Framer', true],
    ['Write estimates in Xactimate and Guidewire ClaimCenter.', 'Guidewire ClaimCenter', true],
    ['Proficiency with Procore and Bluebeam.', 'Bluebeam', true],
  ])('%s -> %s: %s', (text, name, found) => {
    expect(names(text).includes(name)).toBe(found);
  });

  it("skips the company's own business, not the job's domain", () => {
    expect(names('Fernleaf Health is a digital physiotherapy clinic.')).not.toContain(
      'Physical therapy',
    );
    expect(names("We're a home health agency looking for a nurse.")).not.toContain('Home health');
    expect(names('Two years of physiotherapy experience required.')).toContain('Physical therapy');
    expect(names('This is a physiotherapy role.')).toContain('Physical therapy');
    const text = 'Requirements\nAcme Rehab is a physiotherapy practice; physiotherapy degree.';
    const sections: Section[] = [
      { kind: 'requirements', heading: 'Requirements', span: { start: 13, end: text.length } },
    ];
    expect(names(text, sections)).toContain('Physical therapy');
  });
});

describe('extractSkills: named domain tools (set 3)', () => {
  it.each([
    ['Experience with SAP EWM and SAP PM.', ['SAP EWM', 'SAP PM']],
    ['Grid studies in PSCAD and PSS/E.', ['PSCAD', 'PSS/E']],
    ['Knowledge of Winbooks or Exact Online.', ['Exact Online', 'Winbooks']],
    ['Surveys built in KoboToolbox.', ['KoboToolbox']],
    ['Guest feedback tools such as ReviewPro.', ['ReviewPro']],
    ['Lessons use Desmos and GeoGebra.', ['Desmos']],
  ])('%s', (text, expected) => {
    const got = names(text);
    for (const name of expected) expect(got).toContain(name);
  });
});

describe('extractSkills: product editions and named tools', () => {
  it.each([
    ['CI/CD pipelines in GitLab CI.', 'GitLab CI', 'GitLab'],
    ['Weekly KPIs from GA4 and Excel.', 'Google Analytics 4', 'Google Analytics'],
    ['Maintain records in SAP Business One.', 'SAP Business One', 'SAP'],
    ['Tickets in Zendesk and Salesforce Service Cloud.', 'Salesforce Service Cloud', 'Salesforce'],
    ['Connaissance de la suite Microsoft 365.', 'Microsoft 365', 'Microsoft Office'],
    ['Reproducible workflows (Git, R Markdown/Quarto).', 'R Markdown', 'Markdown'],
    [
      'AWS Certified DevOps Engineer - Professional.',
      'AWS Certified DevOps Engineer',
      'Amazon Web Services',
    ],
  ])('%s -> %s, not %s', (text, name, not) => {
    const got = names(text);
    expect(got).toContain(name);
    expect(got).not.toContain(not);
  });

  it.each([
    ['Bayesian hierarchical models in R and Stan.', 'Stan'],
    ['Run model ensembles on the HPC cluster (SLURM).', 'Slurm'],
    ['Imagery in QGIS and Google Earth Engine.', 'Google Earth Engine'],
    ['Working knowledge of SAP and TrackWise.', 'TrackWise'],
    ['Document control in Veeva Vault QualityDocs.', 'Veeva Vault'],
    ['Ledgers in Sage 300 and QuickBooks.', 'Sage 300'],
    ['Maîtrise de Sage 100 Comptabilité.', 'Sage 100'],
    ['Pflegedokumentation im KIS (Orbis).', 'Orbis'],
    ['Charting and booking in Jane App.', 'Jane App'],
    ['HPLC experience with Empower software.', 'Empower'],
    ['Design pits using Deswik and Vulcan.', 'Vulcan'],
    ['Programmierung von SPS-Steuerungen (Siemens TIA Portal).', 'Siemens TIA Portal'],
    ['Conocimientos de Windows 10/11 y redes TCP/IP.', 'Windows'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['Stan from accounts will call you.', 'Stan'],
    ['We empower our people. Empower them daily.', 'Empower'],
    ['Install Windows and doors on site.', 'Windows'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it('reads "PHP" next to an amount as the Philippine peso', () => {
    expect(names('Basic pay PHP 22,000 – PHP 26,000 per month.')).not.toContain('PHP');
    expect(names('Salary: 22,000 PHP monthly.')).not.toContain('PHP');
    expect(names('Backend work in PHP 8 and Laravel.')).toContain('PHP');
    expect(names('Strong php and MySQL skills.')).toContain('PHP');
  });

  it('reads "OR experience" as the operating room only in capitals', () => {
    expect(names('Two years of OR experience.')).toContain('Operating room');
    expect(names('Some Rust, or experience with ClickHouse.')).not.toContain('Operating room');
  });
});

describe('extractSkills: headings, fields of study, company blurbs', () => {
  it('skips a heading line: it names a section, not a skill', () => {
    const text = 'Duties\n- Manage payroll\nCOMPENSATION AND BENEFITS\n- 401(k)';
    const sections: Section[] = [
      { kind: 'responsibilities', heading: 'Duties', span: { start: 7, end: 24 } },
      {
        kind: 'benefits',
        heading: 'COMPENSATION AND BENEFITS',
        span: { start: 50, end: text.length },
      },
    ];
    expect(names(text, sections)).toEqual(['Payroll']);
  });

  it.each([
    [
      "Bachelor's degree in Construction Management or Civil Engineering.",
      'Construction management',
    ],
    ['Master of Physical Therapy (MPT) or equivalent.', 'Physical therapy'],
    ["Pursuing a Master's degree in Statistics or Actuarial Science.", 'Actuarial science'],
    ['Grado en Filología Inglesa o Traducción e Interpretación.', 'Translation'],
    [
      'Associate Degree in Nursing required, Bachelor of Science in Nursing (BSN) preferred.',
      'BSN',
    ],
  ])('%s: the field of study is no skill (%s)', (text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it.each([
    ['Degree in nursing with current RN license.', 'RN license'],
    ['Master electrician; payroll duties for the crew.', 'Payroll'],
    ['Two years of construction management experience.', 'Construction management'],
  ])('%s: still a skill (%s)', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads "<Company> is the ..." as a self-description', () => {
    expect(names('Cobaltline is the procurement platform finance teams use.')).not.toContain(
      'Procurement',
    );
  });
});

describe('extractSkills: named tools of more fields, and words that are not skills there', () => {
  it.each([
    ['Strong programming skills in Python and R, including Bioconductor.', 'R'],
    ['Writes data-processing code in Python and R; manages data.', 'R'],
    ['Pipelines in Snakemake on Slurm; analysis with Scanpy and Seurat.', 'Seurat'],
    ['Hydraulic modelling in 12d Model, WaterGEMS and HEC-RAS.', 'HEC-RAS'],
    ['Experience with SystmOne or EMIS Web.', 'EMIS Web'],
    ['Proficiency in Sage or QuickBooks and Microsoft Excel.', 'Sage'],
    ['Familiarity with Gong', 'Gong'],
    ['Experience documenting in Epic', 'Epic'],
    ['Bases de données juridiques (Lexis 360, Dalloz) et le Pack Office.', 'Lexis 360'],
    ['Vous maîtrisez les outils Dalloz et Lamy ainsi que le Pack Office.', 'Lamy'],
    ['Manejo de Excel intermedio y paquetería Office.', 'Microsoft Office'],
    ['Tests d’utilisabilité (Maze, Lookback) et ateliers.', 'Maze'],
    ['APIs GraphQL au-dessus de PostgreSQL/PostGIS.', 'PostGIS'],
    ['Strong Power BI (DAX, Power Query) skills.', 'Power Query'],
    ['Strong knowledge of Spring Boot, Spring Security, Hibernate.', 'Spring Security'],
    ['APIs REST con Django REST Framework y FastAPI.', 'Django REST Framework'],
    ['Maintain our Food Safety Program (HACCP-based).', 'HACCP'],
    ['Sage 200 and/or Dynamics 365 Business Central.', 'Microsoft Dynamics 365 Business Central'],
    ['Grundkenntnisse in Siemens S7 / TIA Portal von Vorteil.', 'Siemens S7'],
    ['Alerts from CrowdStrike, Defender for Endpoint and Cortex XSOAR.', 'Cortex XSOAR'],
    ['Hunting in Splunk SPL and KQL; mapping to MITRE ATT&CK.', 'MITRE ATT&CK'],
    ['Secrets in HashiCorp Vault, infrastructure in Terraform.', 'HashiCorp Vault'],
    ['Simulation built on ROS 2 and Gazebo.', 'Gazebo'],
    ['Execute visual merchandising and planograms.', 'Merchandising'],
    ['Kommissionierung mit Handscanner (MDE) und Pick-by-Voice.', 'RF scanner'],
    ['Valuation of stock: own inventory valuation and costing.', 'Inventory valuation'],
    ['Service, repair and commission gas boilers.', 'Boiler servicing'],
    ['Programmierung von KNX-Anlagen und Smart Home.', 'KNX'],
  ])('%s -> %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['Monthly Salary Range: AED 14,000 - 16,000', 'AED'],
    ['Type de contrat : Intérim en vue d’un CDI', 'Vue.js'],
    ['A village with 64 hospital and rest home beds. Registered Nurse – Rest Home.', 'REST'],
    ['Works from home the rest of the week, with Python.', 'REST'],
    ['Integrar con STP/SPEI y con PACs de timbrado CFDI.', 'PACS'],
    ['Somos 85 personas, trabajamos con clientes en Python.', 'Personas'],
    [
      'Hold a credible conversation with a senior SRE about tracing.',
      'Site Reliability Engineering',
    ],
    ['Pass DOT physical and pre-employment drug screen.', 'DOT regulations'],
    ['Current COVID-19 and influenza vaccinations.', 'Immunizations'],
    ['CDI – temps plein (38 h) | Réf. CPT-BXL-03', 'Medical coding'],
    ['Tipo: Tiempo completo, nómina directa (no outsourcing).', 'Payroll'],
    ['Sofort gesucht: Bilanzbuchhalter:in (Vollzeit)', 'Bilanzbuchhaltung'],
    ['Desert Sage Medical Center is hiring.', 'Sage'],
    ['Kommissionierung mit Handscanner (MDE).', 'Microsoft Defender for Endpoint'],
    ['Build decks, gazebos and pergolas with hand tools.', 'Gazebo'],
  ])('%s: no %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it('still reads REST, vaccinations and payroll where they are skills', () => {
    expect(names('Build REST APIs in Go and Python.')).toContain('REST');
    expect(names('Administer vaccinations and wound care.')).toContain('Immunizations');
    expect(names('Cálculo de nómina y pago de impuestos.')).toContain('Payroll');
  });
});

describe('D3 as a grade and as the charting library (session 30)', () => {
  it('reads no library from a pay grade', () => {
    expect(names('SALARY: D3 (P 228 744 – P 289 056 per annum)')).not.toContain('D3.js');
  });

  it('reads the library among charts and front-end words', () => {
    expect(names('Build charts (Recharts, d3) for our dashboards.')).toContain('D3.js');
    expect(names('Nice to have: Mapbox GL or OpenLayers, D3.')).toContain('D3.js');
  });
});

describe('extractSkills: a stack line', () => {
  it('names skills even under a pay heading', () => {
    const text = '💰 Salary (monthly):\n• B2B: 20 000 PLN\n🧑‍💻 Stack: React, TypeScript, GraphQL\n';
    const sections: Section[] = [
      { kind: 'salary', heading: '💰 Salary (monthly):', span: { start: 20, end: text.length } },
    ];
    expect(names(text, sections)).toEqual(['React', 'TypeScript', 'GraphQL']);
    expect(
      names('💰 Salary:\n• React bonus\n', [
        { kind: 'salary', heading: '💰 Salary:', span: { start: 11, end: 25 } },
      ]),
    ).toEqual([]);
  });
});

describe('skills in Chinese, Japanese and Korean text', () => {
  it('finds a skill written against the words around it, with no space', () => {
    const names = (text: string) => extractSkills(text, []).map((s) => s.name);
    expect(
      names('1. 熟练掌握Java基础，熟悉Spring Boot、MySQL\n2. 有Docker和Kubernetes经验者优先'),
    ).toEqual(expect.arrayContaining(['Java', 'Spring Boot', 'MySQL', 'Docker', 'Kubernetes']));
    expect(names('Excel・Word・PowerPointの基本操作ができる方')).toEqual(
      expect.arrayContaining(['Microsoft PowerPoint']),
    );
  });

  it('takes no short abbreviation glued to such text for a skill', () => {
    const names = (text: string) => extractSkills(text, []).map((s) => s.name);
    expect(names('仕事内容\n自社ブランドのSNS運用をお任せします。NEC製サーバーの保守')).toEqual([]);
  });
});
