/**
 * Legal forms of companies ("GmbH", "Pvt. Ltd.", "S.A. de C.V."): a name ending in one is an
 * organisation. Shared by the company extractor and the title's tail test ("Data Engineer |
 * Kaveri Analytics Pvt. Ltd." ends in the employer, not the title).
 */

// Legal forms across EN/DE/FR/ES/NL/PT, the Nordics (Norway's health trusts' "HF"), Central and
// Eastern Europe ("s.r.o.", "Kft.", "d.o.o.", "OÜ"), Asia ("Sdn. Bhd.", "Tbk") and South Africa
// ("(Pty) Ltd"); a name line ending in one is a company.
const LEGAL_FORM =
  /\s(?:gGmbH|GmbH & Co\.? KG(?:aA)?|GmbH|mbH|(?:PartG )?mbB|AG|SE|KGaA|KG|OHG|OG|KEG|GesmbH|Ges\.m\.b\.H\.|e\.U\.|GbR|eG|e\.\s?K\.|e\.\s?V\.?|UG(?: \(haftungsbeschränkt\))?|Pte\.? Ltd\.?|Co\.,? Ltd\.?|Pty\.? Ltd\.?|\((?:Pty|PTY|Pvt|PVT|SOC|RF|Private)\.?\) (?:Ltd|LTD|Limited)\.?|LTD\.?|Pvt\.? Ltd\.?|Private Limited|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|PLLC|LP|L\.P\.|asbl|ASBL|vzw|VZW|SRL|SC|SCRL|SPRL|Inc\.?|inc\.?|Corp\.?|S\.A\.C\.?|SAC|S\.A\.A\.?|S\.R\.L\.?|SRL|Co\.|plc|Plc|PLC|S\.A\.(?:P\.I\.)? de C\.V\.|S\. de R\.L\.(?: de C\.V\.)?|S\.L\.U\.?|S\.L\.?|S\.A\.S\.?|S\.A\.?|SAS|SASU|SARL|S\.à\s?r\.l\.?|Sàrl|SàRL|S\.à\.r\.l\.?|SA|SNC|EURL|Ltda\.?|S\.p\.A\.?|SpA|S\.r\.l\.?|B\.?V\.?|N\.?V\.?|Oy|AB|ASA|A\/S|ApS|K\.K\.?|Sp\. z o\.o\.?|sp\. z o\.o\.?|s\.r\.o\.|spol\. s r\.o\.|a\.s\.|Kft\.?|Zrt\.?|Nyrt\.?|d\.o\.o\.|d\.d\.|OÜ|SIA|UAB|EOOD|OOD|ehf\.?|hf\.|HF|A\.Ş\.|Lda\.?|LDA|Oyj|Tbk\.?|Sdn\.? Bhd\.?|Bhd\.?|JSC|PJSC|S\.A\.B\. de C\.V\.)$/;

/** Whether a name ends in a legal form ("Acme GmbH", "Orchid Bay Holdings Pte. Ltd."). */
export function hasLegalForm(text: string): boolean {
  return legalForm(text).test(text);
}

/** The name without its legal form ("Orchid Bay Holdings Pte. Ltd." -> "Orchid Bay Holdings"). */
export function stripLegalForm(text: string): string {
  return text.replace(legalForm(text), '');
}

// Registries print names in capitals ("HARBOURLINK SUPPLY CHAIN PTE. LTD."): an all-caps
// name's legal form is matched without case.
const LEGAL_FORM_ANY_CASE = new RegExp(LEGAL_FORM.source, 'i');

function legalForm(text: string): RegExp {
  return /[a-z]/.test(text) || !/[A-Z]/.test(text) ? LEGAL_FORM : LEGAL_FORM_ANY_CASE;
}

// "Northern Rail & Coach Group", "Wessex Vale NHS Foundation Trust", "Cedar Valley School
// District": a name whose last word is an organisation's kind. Such a line is the employer (a
// job's word may sit inside: "coach"), never the title.
const ORGANISATION_KIND =
  /\s(?:Group|Company|Trust|Council|Hospitals?|University|College|School|Academy|Bank|Association|Foundation|Clinic|Society|Institute|Alliance|Co-?operative|Partnership|Collective|Authority|Agency|Ministry|Federation|Union|Charity|District)$/;

/** Whether a name ends in an organisation's kind ("… NHS Foundation Trust"). */
export function endsInOrganisationKind(text: string): boolean {
  return ORGANISATION_KIND.test(text);
}
