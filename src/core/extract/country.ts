/**
 * Guesses the job's country from place names in the text, so that a bare "$" or a bare number
 * gets the right currency (Sydney -> AUD, Toronto -> CAD, else USD). First mention wins: the
 * header and location lines come first in nearly every posting.
 */

import { OTHER_COUNTRY_PATTERNS, OTHER_CURRENCY_OF } from './countries-more';
import { alternativesOf, byFirstChar } from './regex-alternatives';
import { withoutDiacritics } from '../text/diacritics';

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';

/** The two-letter codes of the US states and DC ("CA", "NY"). */
export const US_STATE_CODES: ReadonlySet<string> = new Set(US_STATES.split('|'));

const COUNTRY_PATTERNS: [string, string][] = [
  [
    'AU',
    'Australia|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin|Gold Coast|Newcastle NSW|Queensland|Victoria, AU|Pilbara|Karratha|Port Hedland|Kalgoorlie|Townsville|Cairns|Geelong|Wollongong|Sunshine Coast|Toowoomba|Northern Territory|\\b(?:NSW|VIC|QLD|TAS|ACT)\\b|Ballarat|Bendigo|Launceston|Mackay|Rockhampton|Bunbury|Mandurah|Wagga Wagga|Albury|Parramatta|Penrith|Joondalup|Fremantle|Bundaberg|Alice Springs|Port Macquarie|Surry Hills|Chatswood|New South Wales|South Australia|Western Australia|Tasmania|Dubbo|Orange NSW|Tamworth,? (?:NSW|New South Wales)|Mildura|Shepparton|Griffith NSW',
  ],
  [
    'NZ',
    "New Zealand|Aotearoa|Auckland|Wellington|Christchurch|Waikato|Tauranga|Dunedin|Otago|Queenstown|Rotorua|Palmerston North|Bay of Plenty|Hawke's Bay|Taranaki|Manawat[uū]|Canterbury, NZ|\\bNZ\\b|Napier|New Plymouth|Whanganui|Wanganui|Whang[āa]rei|Nelson, Tasman|Te Tauihu|T[āa]maki Makaurau|[ŌO]tautahi|Te Whanganui-a-Tara|[ŌO]tepoti|Kirikiriroa|Marlborough, NZ|Invercargill|Gisborne|Matamata|Timaru|Blenheim|Masterton|Taup[ōo]|Hamilton, NZ|Lower Hutt|Porirua|Hastings, (?:NZ|Hawke)|Kia ora|Nelson, NZ|Havelock North|Whakatāne|Whakatane|Kerikeri|, Southland\\b|Northland, NZ",
  ],
  // Québec writes "28,50 $"; Canadian savings plans (REER, RRSP) and a ".ca" mail say Canada.
  [
    'CA',
    'Canada|Canadian|Toronto|Vancouver|Montr[eé]al|Ottawa|Calgary|Edmonton|Winnipeg|Ontario(?!,? CA\\b)|Qu[eé]bec|British Columbia|Alberta(?! St\\b| Street\\b| Ave\\b| Avenue\\b)|, (?:ON|BC|QC|AB|MB|NS)\\b|\\b(?:REER|RRSP|CELI|TFSA)\\b|\\d,\\d\\d \\$|@[\\w.-]+\\.ca\\b(?!\\.)|Halifax|Saskatoon|Gatineau|Longueuil|Sherbrooke|Trois-Rivi[èe]res|Saguenay|L[ée]vis|Mississauga|Brampton|Kitchener|Markham|Burnaby|Kelowna|Oakville|Moncton|Fredericton|Charlottetown|Summerside|Prince Edward Island|\\bP\\.?E\\.?I\\.?\\b(?=[\\s,.)])|Laval,? (?:QC|\\(Qu[ée]bec\\))|Nunavut|Iqaluit|Rankin Inlet|Yellowknife|Northwest Territories|Whitehorse, (?:YT|Yukon)|Saskatchewan|Regina, SK|Newfoundland|St\\. John.s, NL|Nova Scotia|Manitoba|, (?:NB|NU|YT)\\b',
  ],
  // Singapore's industrial and town districts, and its "Pte. Ltd." company form.
  [
    'SG',
    'Singapore|\\b(?:Pte|PTE)\\.? (?:Ltd|LTD)\\b|Jurong|\\bTuas\\b|Tampines|Changi|Punggol|Ang Mo Kio|Toa Payoh|Paya Lebar|Serangoon|Bukit (?:Timah|Batok|Merah|Panjang)|Yishun|Bedok|Hougang|Sengkang|Pasir Ris|Tanjong Pagar|Raffles Place',
  ],
  [
    'HK',
    'Hong Kong|New Territories|Tsuen Wan|Tuen Mun|Yuen Long|Kwun Tong|Tseung Kwan O|Tsim Sha Tsui|Sheung Wan|Kwai Chung',
  ],
  [
    'IN',
    'India|Bengaluru|Bangalore|Mumbai|New Delhi|Delhi|Hyderabad|Pune|Chennai|Gurugram|Gurgaon|Noida|Kolkata|Ahmedabad|Jaipur|Lucknow|Kochi|Cochin|Coimbatore|Indore|Chandigarh|Nagpur|Visakhapatnam|Vadodara|Bhubaneswar|Thiruvananthapuram|Trivandrum|Mysuru|Mysore|Navi Mumbai|Thane|Ghaziabad|Faridabad|Mohali|Madurai|Mangaluru|Mangalore|Bhopal|Kanpur|Ludhiana|Hitech City|Whitefield',
  ],
  [
    'GB',
    'United Kingdom|\\bUK\\b|England|Scotland|Wales|Northern Ireland|London|Manchester|Edinburgh|Glasgow|Birmingham|Leeds|Bristol|Liverpool|Sheffield|Nottingham|Leicester|Cardiff|Belfast|Brighton|Southampton|Coventry|(?<!New )\\b[A-Z][a-z]+shire\\b|Yorkshire|Greater London|West Midlands|Aberdeen|Dundee|Inverness|Swansea|Plymouth|Norwich|Exeter|Bradford|Wolverhampton|Stoke-on-Trent|Milton Keynes|Portsmouth|Bournemouth|Swindon|Sunderland|Middlesbrough|Blackpool|Hove|Harrogate|Peterborough|Ipswich|Gloucester|Cheltenham|Warrington|Stockport|Salford|Slough|Watford|Crawley|Guildford|Newcastle upon Tyne|Canary Wharf|Devon(?<!(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Tt]hanks|[Mm]orning|[Cc]heers),? Devon)(?! [A-Z][a-z]{0,15}\\s+\\d{1,2}:\\d{2})|Dorset|(?:East|West) Sussex|Cumbria|Merseyside|Northumberland',
  ],
  [
    'IE',
    'Ireland|Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Athlone|Sligo|Drogheda|Dundalk|Wexford|Letterkenny|Tralee|Killarney|Carlow|Navan|Mullingar|Tallaght|Ringaskiddy|Co\\. (?:Cork|Dublin|Galway|Kerry|Clare|Limerick|Mayo|Donegal|Kildare|Meath|Wicklow|Wexford|Waterford|Tipperary|Louth|Sligo|Offaly|Laois|Westmeath|Kilkenny|Carlow|Cavan|Monaghan|Longford|Leitrim|Roscommon)',
  ],
  [
    'CH',
    'Switzerland|Schweiz|Suisse|Svizzera|Z[uü]rich|Gen[eè]ve|Geneva|Basel|Bern|Lausanne|Zug|Luzern|Lucerne|St\\. Gallen|Winterthur|Lugano|Bienne|Fribourg|Neuch[âa]tel|Aarau|Schaffhausen',
  ],
  [
    'AT',
    '[ÖO]sterreich|Austria|Wien|Vienna|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|St\\. P[öo]lten|Dornbirn|Bregenz|Wiener Neustadt|Leoben',
  ],
  [
    'DE',
    'Deutschland|Deutschlandweit|Germany|Berlin|M[üu]nchen|Munich|Hamburg|Frankfurt|K[öo]ln|Cologne|Stuttgart|D[üu]sseldorf|Leipzig|Dresden|Hannover|N[üu]rnberg|Bremen|Essen|Dortmund|Bonn|Mannheim|Karlsruhe|Freiburg|Augsburg|Wiesbaden|Mainz|M[üu]nster|Aachen|Kiel|Bayern|Baden-W[üu]rttemberg|Hessen|Nordrhein-Westfalen|Niedersachsen|Sachsen|Bielefeld|Bochum|Duisburg|Wuppertal|Gelsenkirchen|Braunschweig|Chemnitz|Magdeburg|Erfurt|Rostock|L[üu]beck|Kassel|Potsdam|Saarbr[üu]cken|Regensburg|Ingolstadt|W[üu]rzburg|Heilbronn|Wolfsburg|G[öo]ttingen|Darmstadt|Heidelberg|Oldenburg|Osnabr[üu]ck|Paderborn|Koblenz|G[üu]tersloh|Schwerin|Mecklenburg-Vorpommern|Th[üu]ringen|Sachsen-Anhalt|Rheinland-Pfalz|Schleswig-Holstein|Ruhrgebiet',
  ],
  [
    'FR',
    'France|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Montpellier|Rennes|Reims|Nice(?![- ]to\\b|[- ]have\\b)|Grenoble|Dijon|Angers|Rouen|Clermont-Ferrand|Le Mans|Île-de-France|Ile-de-France|Annecy|Le Havre|Saint-[ÉE]tienne|Toulon|Brest|Limoges|Amiens|Besan[çc]on|Perpignan|Orl[ée]ans|Caen|Mulhouse|Avignon|Poitiers|La Rochelle|Biarritz|Bayonne|Chamb[ée]ry|N[îi]mes|Aix-en-Provence|Versailles|Nanterre|Boulogne-Billancourt|Villeurbanne',
  ],
  [
    'BE',
    'Belgium|Belgique|Bruxelles|Brussels|Antwerp|Gent|Ghent|Li[èe]ge|Namur|Charleroi|Leuven|Louvain|Brugge|Bruges|Wavre|Hasselt|Mechelen|Kortrijk|Antwerpen|Ixelles|Anderlecht',
  ],
  [
    'NL',
    "Netherlands|Nederland|Amsterdam|Rotterdam|Utrecht|Eindhoven|(?:Den Haag|The Hague|'s-Hertogenbosch|Den Bosch|Groningen|Tilburg|Almere|Breda|Nijmegen|Arnhem|Haarlem|Enschede|Apeldoorn|Amersfoort|Zwolle|Leiden|Maastricht|Delft|Hoofddorp|Schiphol|Zaandam|Dordrecht|Venlo|Leeuwarden)(?![-\\s][A-Z\\u00C0-\\u00DE])",
  ],
  [
    'ES',
    'Espa[ñn]a|Spain|Madrid|Barcelona|Valencia|Sevilla|Seville|M[áa]laga|Bilbao|Zaragoza|Alicante|Granada|Murcia|Palma|Valladolid|Vigo|A Coru[ñn]a|Catalu[ñn]a|Andaluc[íi]a|Pamplona|San Sebasti[áa]n|Donostia|Santander|Oviedo|Gij[óo]n|Salamanca|C[áa]diz|Almer[íi]a|Huelva|Tarragona|Lleida|Girona|Castell[óo]n|Badajoz|Albacete|Logro[ñn]o|Burgos|Las Palmas|Tenerife|Ibiza|Marbella|Benidorm|Elche|Getafe|Alcobendas|M[óo]stoles|Legan[ée]s|Sabadell|Terrassa|Badalona|Baleares|Mallorca',
  ],
  [
    'PT',
    'Portugal|Lisbon|Lisboa|Porto|(?:Braga|Coimbra|Aveiro|Faro|Funchal|Setúbal|Leiria|Guimarães|Viseu|Sintra|Cascais|Oeiras|Almada|Matosinhos|Vila Nova de Gaia)(?![-\\s][A-Z\\u00C0-\\u00DE])',
  ],
  [
    'IT',
    'Italy|Italia|Milan|Milano|Rome|Roma|Turin|Torino|(?:Bergamo|Brescia|Verona|Padova|Padua|Venezia|Venice|Mestre|Trieste|Genova|Genoa|Bologna|Firenze|Florence|Pisa|Napoli|Naples|Pozzuoli|Bari|Catania|Cagliari|Modena|Parma|Reggio Emilia|Monza|Varese|Trento|Bolzano|Ancona|Perugia|Pescara|Lecce|Salerno|Vicenza|Treviso|Udine|Rimini|Ravenna|Ferrara|Livorno|Lucca|Siena|Arezzo|Novara|Piacenza|Cremona|Mantova|Pavia|Messina|Taranto|Sassari|Lombardia|Lazio|Toscana|Piemonte|Veneto|Campania|Sicilia|Sardegna|Puglia|Emilia-Romagna)(?![-\\s][A-Z\\u00C0-\\u00DE])',
  ],
  // Also the states "Edo. Méx.", "Qro.", "Gto.", and the company forms "S.A. de C.V." and "S.A.P.I.
  // de C.V." (Honduras and El Salvador also write "S. de R.L. de C.V.": not that one).
  [
    'MX',
    '(?<!New )M[ée]xico|(?<!New )Mexico|CDMX|, N\\.L\\.|\\bIMSS\\b|\\bINFONAVIT\\b|vales de despensa|Tlaquepaque|San Nicol[aá]s de los Garza|Guadalajara|Monterrey|Edo\\. M[ée]x|S\\.A\\.(?:P\\.I\\.)? de C\\.V\\.|(?:Qro|Gto|Jal|Chih|Coah|Tamps|Ags|Pue)\\.|Tlalnepantla|Naucalpan|Ecatepec|Toluca|Quer[ée]taro|Tijuana|Zapopan|Saltillo|Hermosillo|Aguascalientes|Nuevo Le[óo]n|Jalisco|Puebla|Canc[úu]n|Morelia|Chihuahua|Ciudad Ju[áa]rez|Culiac[áa]n|Veracruz|Villahermosa|Oaxaca|Torre[óo]n|San Luis Potos[íi]|Mexicali|Tampico|Reynosa|Irapuato|Celaya|Apodaca|Guanajuato|Sonora|Sinaloa|Coahuila|Tamaulipas|Yucat[áa]n|Quintana Roo|Michoac[áa]n|Zacatecas|Tabasco|Campeche|Chiapas|Nayarit|Tlaxcala|Baja California(?: Sur)?|Playa del Carmen|Ensenada|Mazatl[áa]n',
  ],
  ['BR', 'Brazil|Brasil|S[ãa]o Paulo|Rio de Janeiro'],
  ['SE', 'Sweden|Sverige|Stockholm|G[öo]teborg|Gothenburg|Malm[öo]'],
  ['NO', 'Norway|Norge|Oslo|Bergen'],
  ['DK', 'Denmark|Danmark|Copenhagen|K[øo]benhavn|Aarhus'],
  ['PL', 'Poland|Polska|Warsaw|Warszawa|Krak[óo]w|Wroc[łl]aw|Gda[ńn]sk'],
  ['JP', 'Japan|Tokyo|Osaka|Kyoto|Yokohama|Saitama|Kanagawa'],
  [
    'ZA',
    'South Africa|Johannesburg|Cape Town|Durban|Pretoria|Sandton|Midrand|Centurion|Soweto|Gqeberha|Port Elizabeth|Bloemfontein|Polokwane|Mbombela|Nelspruit|Rustenburg|Stellenbosch|Pietermaritzburg|Umhlanga|Gauteng|Western Cape|KwaZulu-Natal|Eastern Cape|Limpopo|Mpumalanga|Bellville|Randburg|Roodepoort|Boksburg|Kempton Park',
  ],
  ...OTHER_COUNTRY_PATTERNS,
  [
    'US',
    `United States|\\bUSA\\b|\\bU\\.S\\.|\\bUS\\b|New York|\\bNYC\\b|San Francisco|Seattle|Chicago|Boston|Los Angeles|Austin|Denver|Atlanta|Sunnyvale|Bentonville|Houston|Dallas|Phoenix|Philadelphia|San Diego|San Jose|Miami|Minneapolis|Detroit|Nashville|Pittsburgh|Raleigh|Salt Lake City|, (?:${US_STATES})(?: \\d{5})?\\b|\\b(?:California|Texas|Florida|Washington|Arkansas|Illinois|Massachusetts|Georgia|Colorado|Virginia|Ohio|Michigan|Arizona|Oregon|Pennsylvania|New Jersey|North Carolina)\\b|\\b(?:South Carolina|Alabama|Alaska|Connecticut|Delaware|Hawaii|Idaho|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maryland|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Mexico|North Dakota|South Dakota|Oklahoma|Rhode Island|Tennessee|Utah|Vermont|West Virginia|Wisconsin|Wyoming)\\b(?![-\\s][A-Z\\u00C0-\\u00DE])`,
  ],
];

// Its people may follow ("Canadians", "Singaporeans", "Hong Konger", "Deutschlands", "Wiener",
// "Schweizer"), and its adjective where it says who may work: "Australian working rights" (not
// "Woodfired Italian", a kitchen's style).
const WORD_END =
  '(?:s|ns|ans|ians|er|ers|(?:n|an|ian|ese)(?= (?:(?:\\/|or|and) )?(?:PR|working|work|citizens?|residents?|permanent|passports?|nationals?|visa)))?(?![a-z\\u00DF-\\u00FF])';

// Every place name starts with a capital, a comma (", ON"), a digit ("28,50 $"), an "@" (a
// ".ca" mail) or a flag: the lookahead rejects every other position before the alternation.
// Sticky: run only where PLACE_START found a match (see nextPlace), its groups say the country.
// A name ends where the word does (or its people's): not "Bonn" in "Bonne journée", "Essen" in
// "Essential".
const COMBINED = new RegExp(
  `(?=[A-Z\u00C0-\u00DE,@\\d\uD83C])(?:${COUNTRY_PATTERNS.map(([, p]) => `(${p})`).join('|')})${WORD_END}`,
  'y',
);
// The same names grouped by first character: it matches where COMBINED does, and is scanned
// several times faster (hundreds of names are otherwise tried one by one at every capital).
const ALL_NAMES = byFirstChar(COUNTRY_PATTERNS.flatMap(([, p]) => alternativesOf(p)));
const PLACE_START = new RegExp(`(?=[A-Z\u00C0-\u00DE,@\\d\uD83C])${ALL_NAMES}${WORD_END}`, 'g');

// The word after a town's name that makes it a street's: "135 Manchester Street" (not "St",
// as often Saint: "Sydney St Leonards").
const STREET_AFTER =
  /^ (?:Street|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Boulevard|Blvd\.?|Terrace|Crescent|Parade|Highway|Hwy\.?|Square)(?![\w-])/;

/** COMBINED's next match at or after `from`, or null; `PLACE_START.lastIndex` is after it. */
function nextPlace(text: string, from: number): RegExpExecArray | null {
  PLACE_START.lastIndex = from;
  for (;;) {
    const start = PLACE_START.exec(text);
    if (start === null) return null;
    // "kunanyi/Mt Wellington": a mountain named after a town, not the town; nor is Santiago's
    // "La Florida" the US state.
    // 32 is a space: most places follow none, and skip the slice and the test.
    const namesOther =
      text.charCodeAt(start.index - 1) === 32 &&
      OTHER_PLACE_BEFORE.test(text.slice(Math.max(0, start.index - 7), start.index));
    if (namesOther) continue;
    COMBINED.lastIndex = start.index;
    const m = COMBINED.exec(text);
    if (m !== null) PLACE_START.lastIndex = m.index + m[0].length;
    // "135 Manchester Street, Feilding": a street named after a town, not the town.
    // 32 is a space: most places are followed by none.
    if (m !== null && text.charCodeAt(m.index + m[0].length) === 32) {
      const end = m.index + m[0].length;
      if (STREET_AFTER.test(text.slice(end, end + 12))) continue;
    }
    return m;
  }
}

// A mountain's "Mt", or a Spanish article: the name after it is not the town's.
const OTHER_PLACE_BEFORE = /\b(?:Mt\.?|Mount|La|El) $/;

const CURRENCY_OF: Record<string, string> = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  IN: 'INR',
  GB: 'GBP',
  IE: 'EUR',
  CH: 'CHF',
  AT: 'EUR',
  DE: 'EUR',
  FR: 'EUR',
  BE: 'EUR',
  NL: 'EUR',
  ES: 'EUR',
  PT: 'EUR',
  IT: 'EUR',
  MX: 'MXN',
  BR: 'BRL',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  JP: 'JPY',
  ZA: 'ZAR',
  ...OTHER_CURRENCY_OF,
};

// ", WA" is Washington and Western Australia ("Pilbara, WA (FIFO ex Perth)"): a later place name
// in the same text decides.
const AMBIGUOUS_STATE = /^, WA\b/;
// How many further place names are read to settle an ambiguous one.
const AMBIGUOUS_LOOKAHEAD = 5;

/** ISO country code of the first place name found in `text`, or null. */
const REGION_AFTER = /^,? (?:(NSW|VIC|QLD|TAS)|(?:ON|BC|AB|QC|MB|SK|NS|NB))\b/;
// "Vancouver, WA 98660", "London, KY": a US state's code after the town ("Perth, WA" is Western
// Australia's, unless a ZIP code follows).
// Without the comma only before a ZIP code: "Christchurch OR Wellington" is no Oregon.
const US_STATE_AFTER = new RegExp(
  String.raw`^(?:, ?(${US_STATES})\b( \d{5}\b)?| (${US_STATES})( \d{5}\b))`,
);
// Countries whose towns' names recur in the US ("Vancouver", "London", "Perth", "Dublin"); a
// region code after a town elsewhere is that country's own ("Chennai, TN", "Neuchâtel, NE").
const SHARES_TOWN_NAMES = new Set(['CA', 'GB', 'IE', 'AU', 'NZ', 'IT', 'FR']);
// Italian provinces whose codes are also US states' ("Modena, MO", "Como, CO", "Palermo, PA"):
// after an Italian town, those are the province ("Naples, FL", "Verona, WI" are in the US).
const ITALIAN_PROVINCE_CODES = new Set('AR CO CT MI MO MS MT PA RI VA VT'.split(' '));

// "Regina, SK", "Wagga Wagga, NSW": a town the place lists lack, before the code of a Canadian
// province or an Australian state that no other country's places use.
const TOWN_AND_REGION =
  /\b\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?, (?:(NSW|VIC|QLD|TAS)|(?:ON|BC|AB|QC|MB|SK|NS|NB))\b/u;

function regionOfUnknownTown(text: string): string | null {
  const m = TOWN_AND_REGION.exec(text);
  if (!m) return null;
  return m[1] ? 'AU' : 'CA';
}

export function guessCountry(text: string): string | null {
  const scanned = text.length > 20000 ? text.slice(0, 20000) : text;
  const m = nextPlace(scanned, 0);
  if (!m) return regionOfUnknownTown(scanned) ?? asianCountry(scanned);
  // "Heidelberg, VIC", "London, ON": a town's name is shared across countries, the region code
  // after it is not.
  const region = REGION_AFTER.exec(scanned.slice(m.index + m[0].length, m.index + m[0].length + 6));
  if (region) return region[1] ? 'AU' : 'CA';
  const first = countryOfMatch(m);
  // "Malaga, Perth WA", "London, Ontario", "Birmingham, Alabama": a town named like one abroad
  // (in a country without dollars), then the larger place it is in, whose country it is. Not a
  // list of cities ("Sydney, London and New York", "Toronto, Chicago").
  const end = m.index + m[0].length;
  if (first !== null && !DOLLAR_COUNTRIES.has(first) && scanned.startsWith(', ', end)) {
    const next = nextPlace(scanned, end);
    const country =
      next?.index === end + 2 ? guessCountry(scanned.slice(next.index, next.index + 40)) : null;
    if (next && country !== null && DOLLAR_COUNTRIES.has(country)) return country;
  }
  const state = US_STATE_AFTER.exec(
    scanned.slice(m.index + m[0].length, m.index + m[0].length + 10),
  );
  const code = state?.[1] ?? state?.[3];
  const zip = state?.[2] ?? state?.[4];
  // Not a country's own code: "London, CA" is Canada's London.
  if (
    code !== undefined &&
    first !== null &&
    SHARES_TOWN_NAMES.has(first) &&
    (code !== 'CA' || first === 'IT') &&
    !(first === 'IT' && ITALIAN_PROVINCE_CODES.has(code)) &&
    (code !== 'WA' || zip !== undefined || first !== 'AU')
  ) {
    return 'US';
  }
  if (first !== 'US' || !AMBIGUOUS_STATE.test(m[0])) return first;
  for (let k = 0; k < AMBIGUOUS_LOOKAHEAD; k++) {
    const next = nextPlace(scanned, PLACE_START.lastIndex);
    if (!next) break;
    const country = countryOfMatch(next);
    if (country !== 'US' && country !== null) return country;
    if (!AMBIGUOUS_STATE.test(next[0])) break;
  }
  return first;
}

// Australian pay is quoted "+ super": "$56.50 per hour + super", "plus 11.5% superannuation",
// "Super on top"; and against the award: "We pay above award", "award rates", "penalty rates";
// a ".com.au" address and Australian time zones ("8:47 PM AEDT") too.
// Not "plus super fun team events" or "super-competitive": super ends the pay phrase.
const SUPER =
  /\bsuperannuation\b|(?:\+|\bplus) ?(?:\d{1,2}(?:\.\d{1,2})?% )?super(?=\s*(?:$|[.,;:)+&\n]|and\b|on top\b|\())|\bsuper on top\b|\b(?:above|on) (?:the )?award(?![\w-]|\s?winning)|\baward (?:rates?|wages?)\b|\bpenalty\s+rates\b|\.com\.au\b|\bA[ECW]DT\b|\bA[ECW]ST\b/im;

/**
 * The job's country, or Australia when the place was ambiguous, unknown or in a country without
 * dollars ("Kwinana, WA" reads as Washington, "Salamanca Place, Hobart" as Spain) and the text
 * says Australian pay or address; the US when no place is known and the text speaks of US
 * contracting.
 */
export function withSuperannuation(
  country: string | null,
  text: string,
  places: string,
): string | null {
  const ambiguous =
    country === null ||
    (country === 'US' && /\b(?:WA|SA|NT)\b/.test(places)) ||
    !DOLLAR_COUNTRIES.has(country);
  if (ambiguous && SUPER.test(text)) return 'AU';
  return country === null && US_CONTRACT_TERMS.test(text) ? 'US' : country;
}

// "rate is 55/hr c2c", "W2 only", "1099 contractor": terms of US contracting, for a posting whose
// place no list names ("Irving TX").
const US_CONTRACT_TERMS =
  /\b(?:c2c|corp[- ]to[- ]corp|w-?2 (?:only|contract|hourly|rate)|1099 (?:contract|contractor|only))\b/i;

const DOLLAR_COUNTRIES = new Set(['US', 'CA', 'AU', 'NZ', 'SG', 'HK']);

function countryOfMatch(m: RegExpExecArray): string | null {
  for (let i = 1; i < m.length; i++) {
    if (m[i] !== undefined) return COUNTRY_PATTERNS[i - 1]?.[0] ?? null;
  }
  return null;
}

// A krone whose country no place names ("Sykepleier, medisinsk sengepost … 545 000 kr per år"):
// words only Norwegian, Danish or Swedish use.
const KRONE_WORDS: [string, RegExp][] = [
  [
    'NOK',
    /\b(?:lønn|søknad|søknadsfrist|tilbyr|arbeid|arbeidsgiver|ansettelse|stillingen|sykepleier)\b/gi,
  ],
  [
    'DKK',
    /\b(?:løn|ansøgning|ansøgningsfrist|tilbyder|arbejde|medarbejder|ansættelse|stillingen)\b/gi,
  ],
  ['SEK', /\b(?:lön|ansökan|erbjuder|arbete|tjänst|tjänsten|anställning|månadslön)\b/gi],
];

/** NOK, DKK or SEK by the words of the text, or null when it has none of them. */
export function kroneOfText(text: string): string | null {
  // Most texts have no krone: no need to count words.
  if (!text.includes('kr')) return null;
  let best: string | null = null;
  let most = 0;
  for (const [code, re] of KRONE_WORDS) {
    const count = text.match(re)?.length ?? 0;
    if (count > most) {
      best = code;
      most = count;
    }
  }
  return best;
}

/**
 * The country a JobPosting's addressCountry names: a code ("JM", "UK") or a name ("Jamaica",
 * "Deutschland"); null when unknown.
 */
export function countryNamed(name: string): string | null {
  const t = name.trim();
  if (/^[A-Za-z]{2}$/.test(t)) {
    const code = t.toUpperCase() === 'UK' ? 'GB' : t.toUpperCase();
    return code in CURRENCY_OF ? code : null;
  }
  // ", Jamaica": a country named after a place, as an address ends.
  return guessCountry(`, ${t}`);
}

// A posting in an Asian script names its places in that script ("上海 浦东新区", "台北市内湖區",
// "서울 강남구"), which the Latin names above never match. Chinese is read by its places, the
// others by their script: kana is Japanese, Hangul Korean, Thai Thai, and the letters only
// Vietnamese uses Vietnamese.
// The Chinese-writing places: the one named first ("深圳市南山区" before "在香港联交所上市"). A
// city's whole name where a part is a word elsewhere ("平台中", Changzhou's "新北区").
const CHINESE_PLACES: [string, RegExp][] = [
  [
    'TW',
    /台北|臺北|新北市|桃園市|台中市|臺中市|台南市|臺南市|高雄市|新竹市|新竹縣|人力銀行|新台幣|新臺幣|NT\$/,
  ],
  ['HK', /香港|九龍|新界|荃灣|觀塘|中環|灣仔|旺角|沙田|葵涌|港幣|HK\$/],
  ['CN', /北京|上海|深圳|广州|杭州|成都|南京|武汉|西安|苏州|天津|重庆|人民币|五险一金/],
];
const ASIAN_PLACES: [string, RegExp][] = [
  ['JP', /[\u3040-\u30ff]{3}/],
  ['KR', /[\uac00-\ud7af]{2}/],
  ['TH', /[\u0e00-\u0e7f]{3}/],
  [
    'VN',
    /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ].*[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]/s,
  ],
];

export function asianCountry(text: string): string | null {
  let first: { country: string; at: number } | null = null;
  for (const [country, places] of CHINESE_PLACES) {
    const at = text.search(places);
    if (at >= 0 && (!first || at < first.at)) first = { country, at };
  }
  if (first) return first.country;
  for (const [country, script] of ASIAN_PLACES) if (script.test(text)) return country;
  return null;
}

/** The local currency of a country, or null when unknown. */
export function currencyOfCountry(country: string | null): string | null {
  return country ? (CURRENCY_OF[country] ?? null) : null;
}

/**
 * What a bare "$" means in that country: the local dollar in AU, CA, NZ, SG, HK, and the local
 * peso in MX, CO, AR, CL, UY ("$ 4.300.000" in Bogotá is COP), the dollar of Jamaica, Fiji,
 * Trinidad and Tobago, Suriname; elsewhere USD.
 */
export function dollarOfCountry(country: string | null): string {
  const local = currencyOfCountry(country);
  return local && /^(?:AUD|CAD|NZD|SGD|HKD|MXN|COP|ARS|CLP|UYU|USD|JMD|FJD|TTD|SRD)$/.test(local)
    ? local
    : 'USD';
}

/**
 * An ISO code for a symbol whose currency depends on the job's country ("¥" is CNY in China,
 * JPY elsewhere; "Rs" is PKR in Pakistan, LKR in Sri Lanka, NPR in Nepal, INR elsewhere;
 * "pesos" is the local peso, or unknown outside a peso country; "FCFA" is XAF in Central
 * Africa, XOF elsewhere). ISO codes pass through.
 */
export function resolveLocalCurrency(written: string, country: string | null): string | null {
  const local = currencyOfCountry(country);
  if (written === 'lei') return local === 'MDL' ? 'MDL' : 'RON';
  // The rouble is Belarus's there, else Russia's; an Arabic "rial", "dirham", "dinar", "pound"
  // or "lira" is the job's country's, else the most common one (a dinar of no known country is
  // none: seven countries pay in dinars).
  if (written === 'руб') return local === 'BYN' ? 'BYN' : 'RUB';
  if (written === 'ريال') return local && ARABIC_RIAL.has(local) ? local : 'SAR';
  if (written === 'درهم') return local === 'MAD' ? 'MAD' : 'AED';
  if (written === 'دينار') return local && ARABIC_DINAR.has(local) ? local : null;
  if (written === 'جنيه') return local === 'SDG' || local === 'GBP' ? local : 'EGP';
  if (written === 'ليرة') return local && ARABIC_LIRA.has(local) ? local : null;
  // ISO codes are three letters long; the markers are not.
  if (written.length === 3) return written;
  if (written === '¥') return local === 'CNY' ? 'CNY' : 'JPY';
  // "時薪 190元" in Taipei is New Taiwan dollars, "月薪 12,000元" in Hong Kong its dollars.
  if (written === '元')
    return local === 'TWD' || local === 'HKD' || local === 'MOP' ? local : 'CNY';
  if (written === 'Rs')
    return local === 'PKR' || local === 'LKR' || local === 'NPR' ? local : 'INR';
  if (written === 'pesos') return local && PESO.has(local) ? local : null;
  // "FCFA" is the franc of West Africa (XOF) or of Central Africa (XAF).
  if (written === 'FCFA') return local === 'XAF' ? 'XAF' : 'XOF';
  if (written === 'UF') return local === 'CLP' ? 'CLF' : null;
  if (written === 'MT') return local === 'MZN' ? 'MZN' : null;
  if (written === 'P') return local === 'BWP' || local === 'PHP' ? local : null;
  return written;
}

const PESO = new Set(['MXN', 'COP', 'ARS', 'CLP', 'UYU']);
const ARABIC_RIAL = new Set(['SAR', 'QAR', 'OMR', 'YER']);
const ARABIC_DINAR = new Set(['KWD', 'JOD', 'BHD', 'IQD', 'TND', 'DZD', 'LYD']);
const ARABIC_LIRA = new Set(['LBP', 'SYP', 'TRY']);

// Any name matching the whole text will do, so the grouped order is as good as the original.
const WHOLE = new RegExp(`^${ALL_NAMES}$`);

/**
 * Whether the text is exactly one known place name ("Hamburg", "Singapore", "US"), also as
 * written with the accents the list leaves out ("Đà Nẵng" for "Da Nang").
 */
export function isKnownPlace(text: string): boolean {
  if (WHOLE.test(text)) return true;
  const folded = withoutDiacritics(text);
  return folded !== text && WHOLE.test(folded);
}
