/**
 * A careers site's banner over the job: "Werken bij Waterschap Lingemonde", "Jobs hos Nordkyst
 * Energi", "Stillinger i Direktoratet for kystforvaltning", "Lediga jobb hos Mälarbygg", "Oulun
 * Kuitu Oy – Avoimet työpaikat", "Polarlys Helsehus – Ledige stillinger", Brazilian "Vagas Maré
 * Seguros", Malay "KERJAYA  |  Hospital Pakar Permata Johor". It names the employer, never the
 * job.
 */

const BEFORE_NAME =
  /^(?:werken (?:bij|voor)|vacatures (?:bij|van)|jobs? (?:hos|bei|at)|karriere (?:hos|bei)|stillinger (?:i|hos)|ledige (?:stillinger|jobs?) (?:i|hos)|lediga (?:jobb|tjänster) (?:hos|på|i)|jobba (?:hos|på)|arbeta (?:hos|på)|jobbe (?:hos|i)|careers? at|arbeiten bei|vagas(?: (?:na|no|da|do))?|(?:kerjaya|karier|karir)\s+[|–—·-])\s+(\S.{1,60})$/i;
// "Lediga jobb i Norrköping", "Ledige stillinger i Nord-Norge": after "i", a one-word name is a
// place; "Stillinger i Direktoratet for kystforvaltning" names a body.
const IN_PLACE = /\si\s+\S+$/i;
// Not "Jobs", "Careers", "Empleos" after a name: a job board's banner says so too ("OCC Mundial |
// Empleos", "THE CHRONICLE OF HIGHER EDUCATION | JOBS").
const PAGE_WORD = String.raw`(?:werken bij(?: ons)?|vacatures|portal de (?:vagas|empleo|talentos)|kerjaya|karier|karir|ledige stillinger|lediga jobb|avoimet työpaikat|työpaikat|karriere|karriär|rekrytointi|stillinger|offene stellen|stellenangebote|carreiras|trabalhe conosco|oportunidades?|insan kaynakları|kariyer|açık pozisyonlar|állásajánlat(?:ok)?|karrier|cariere|kariéra|kariera)`;
const PAGE_WORDS = new RegExp(String.raw`^(?:${PAGE_WORD}|ura|jobs?|careers?|open roles)$`, 'i');
const AFTER_NAME = new RegExp(String.raw`^(\S.{1,60}?)\s[–—|·-]\s${PAGE_WORD}$`, 'i');
// The site's menu after the name: "Careers at Pagaí  |  Open roles  |  Life at Pagaí".
const MENU_AFTER = /\s{2,}|\s[|>›»·]\s/;
// A board's lists: "Vagas em Destaque", "Vagas Recentes", "Vagas Para Você".
const VAGAS_PAGE =
  /^(?:em|para|de|destaque|recentes|abertas|pcd|disponíveis|semelhantes|similares|relacionadas|home office|remotas|presenciais|híbridas)\b/i;
// "Werken bij ons", "Jobba hos oss": the page of whoever it is.
const US = /^(?:ons|oss|os|us|uns|meg|mig)$/i;

/** Whether a line is such a banner, or a page's name alone ("Ledige stillinger"). */
export function isCareersBanner(text: string): boolean {
  return BEFORE_NAME.test(text) || AFTER_NAME.test(text) || PAGE_WORDS.test(text);
}

/** The employer a banner names, with its offset in the line, or null. */
export function careersBannerName(text: string): { name: string; at: number } | null {
  const before = BEFORE_NAME.exec(text);
  const found = before?.[1] ?? AFTER_NAME.exec(text)?.[1];
  const name = found?.split(MENU_AFTER)[0]?.trim();
  if (!found || !name || US.test(name) || PAGE_WORDS.test(name)) return null;
  if (before && IN_PLACE.test(text)) return null;
  // "Vagas Maré Seguros"; not "Vagas semelhantes" (similar jobs), a board's list or a site's
  // menu ("Vagas  Empresas  Para candidatos").
  if (before && (!/^\p{Lu}/u.test(name) || /^vagas\s{2,}/i.test(text) || VAGAS_PAGE.test(name))) {
    return null;
  }
  return { name, at: before ? text.length - found.length : 0 };
}
