/**
 * The place of a posting in Japanese, Korean or Chinese. Addresses there are written from the
 * largest division to the smallest, each ending in its own word: "東京都港区芝浦3-4-1" (prefecture,
 * ward, street), "서울 강남구 테헤란로 427" (city, district, road), "上海市浦东新区张江…",
 * "台北市信義區松仁路100號". The job's place is the address down to its town or district, read
 * from the work-location field ("勤務地", "근무지역", "工作地址", "上班地點") or, without one, the
 * first such address; a Hong Kong posting names its district ("葵涌", "九龍灣"); a Chinese board
 * heads the ad with "广州-天河区".
 */
import type { Evidenced } from '../model/posting';
import { evidence, type ExtractContext } from './context';
import { asianCountry } from './country';
import { findOtherAdsStart } from './other-ads';

const HAN = String.raw`\p{sc=Han}`;
// A Japanese town's name may hold kana ("つくば市", "さいたま市", "袖ケ浦市").
const JP_NAME = String.raw`(?:${HAN}[\p{sc=Han}ヶケ]{0,4}?|\p{sc=Hiragana}{2,4})`;
// Prefecture, then city or district (郡), then ward, town or village; a prefecture alone is no
// address here (it is a region).
const JAPANESE = String.raw`(?:東京都|北海道|(?:京都|大阪)府|${HAN}{2,3}県)\s?(?:${JP_NAME}[市郡](?:${JP_NAME}[区町村])?|${JP_NAME}[区町村])`;
// Korea's seventeen first-level divisions, short and long, then a city, county or district and
// a city's district ("경기 성남시 분당구").
const KOREAN_REGION = String.raw`서울(?:특별시|시)?|부산(?:광역시|시)?|대구(?:광역시|시)?|인천(?:광역시|시)?|광주(?:광역시|시)?|대전(?:광역시|시)?|울산(?:광역시|시)?|세종(?:특별자치시|시)?|경기도?|강원(?:특별자치도|도)?|충청[남북]도|충[남북]|전라[남북]도|전북(?:특별자치도)?|전남|경상[남북]도|경[남북]|제주(?:특별자치도|도)?`;
// Not a word that only ends like a district: "대전 연구 개발 센터" (research), "도구" (tool).
const NOT_KOREAN_DISTRICT = String.raw`(?!(?:연구|요구|도구|가구|친구|기구|추구|욕구|창구|입구|출구)(?!\p{sc=Hangul}))`;
const KOREAN = String.raw`(?<!\p{sc=Hangul})(?:${KOREAN_REGION})\s${NOT_KOREAN_DISTRICT}\p{sc=Hangul}{1,4}[시군구](?:\s\p{sc=Hangul}{1,3}구)?(?!\p{sc=Hangul})`;
// A Chinese city (with its province) and its district or county: "广东省深圳市南山区",
// "上海市浦东新区", "台中市西屯區", "新竹縣竹北市". Not after another character: "位于广州市"
// has no start.
// Not a market ("完成市场区域"), a supermarket ("大型超市门店区") or a region ("区域").
const CHINESE = String.raw`(?:${HAN}{2,3}省)?${HAN}{2,3}(?<!超)[市縣县](?![场場])${HAN}{1,4}?(?:新区|新區|[区區县縣鄉乡鎮镇市])(?!域)`;
const ADDRESS = new RegExp(
  String.raw`(?<!${HAN}|[\p{sc=Hiragana}\p{sc=Katakana}])(?:${JAPANESE}|${CHINESE})|${KOREAN}`,
  'u',
);

// Hong Kong's districts and the areas its postings name, in Chinese.
const HONG_KONG = new RegExp(
  String.raw`(?:新界|九龍|香港)?(?:中環|上環|西環|金鐘|灣仔|銅鑼灣|北角|鰂魚涌|柴灣|香港仔|黃竹坑|鴨脷洲|尖沙咀|佐敦|油麻地|旺角|深水埗|長沙灣|荔枝角|美孚|九龍灣|觀塘|牛頭角|藍田|油塘|黃大仙|鑽石山|紅磡|土瓜灣|何文田|九龍城|啟德|將軍澳|葵涌|葵芳|荃灣|青衣|屯門|元朗|天水圍|沙田|火炭|大圍|馬鞍山|大埔|上水|粉嶺|東涌|西貢|小西灣|數碼港)`,
  'u',
);

// A Chinese board's chip: "广州-天河区", "上海·浦东新区", "杭州 - 西湖区"; not a sales region
// ("渠道经理-华南区").
const BOARD_CHIP = new RegExp(
  String.raw`(?<!${HAN})${HAN}{2,4}\s?[-·]\s?(?!华南|华北|华东|华中|华西|西南|西北|东北|華南|華北|華東|東北)${HAN}{1,5}?(?:新区|新區|[区區县縣])(?!域)`,
  'u',
);

const WORK_PLACE_LABEL = String.raw`勤務地(?:住所)?|勤務先|就業場所|勤務場所|勤務予定地|근무\s?지역|근무지|근무\s?위치|근무\s?장소|근무처|工作地[点點址區区]|上班地[点點址]|办公地[点址]|辦公地[点點址]`;
// A bare "place" label: also an event's ("宣讲会 … 地点：武汉大学"), so only after the above.
const PLACE_LABEL = String.raw`地[点點]|지역`;
const ADDRESS_LABEL = String.raw`所在地|住所|本社所在地|회사\s?주소|주소|公司地址|地址`;
// A label opens its line (after a bullet or a bracket, or its English: "Location 工作地點：")
// and ends at a space, a separator or the line's end: "地址变更" is no label.
const labelLine = (labels: string) =>
  new RegExp(
    String.raw`^[^\p{L}\p{N}\n]{0,4}(?:[A-Za-z][A-Za-z /]{0,24}[ /])?(?:${labels})(?:・[^\s:：]{1,6})?(?=[\s:：】\]│|／/]|$)`,
    'u',
  );
// What stands between a label and its value. A single space is also a sentence's ("지역 인재"):
// after one, only an address is read.
const SEPARATOR =
  /^[ \t\u3000]*[:：】\]│|／/][ \t\u3000]*|^(?:[ \t]{2,}|\t|\u3000)[ \t\u3000]*|^[ \t]/;
const WORK_PLACE_LINE = labelLine(WORK_PLACE_LABEL);
const PLACE_LINE = labelLine(PLACE_LABEL);
const ADDRESS_LINE = labelLine(ADDRESS_LABEL);

// A field's value: the rest of its line and the next few lines (a heading's value sits below).
const VALUE_LINES = 3;
const BARE_VALUE_MAX = 12;
// A short value alone is a place when it ends like a division or names a large city: "東京都",
// "서울", "上海" (not "応相談", "フルリモート", "下記参照", "本社", "远程").
const BARE_PLACE = new RegExp(
  String.raw`^(?:${HAN}{1,6}[都道府県市区區縣县町村郡省州]|\p{sc=Hangul}{1,6}[시군구도]|(?:東京|大阪|名古屋|福岡|札幌|横浜|京都|神戸|北京|上海|深圳|广州|廣州|杭州|成都|南京|武汉|西安|苏州|天津|重庆|台北|臺北|台中|臺中|台南|臺南|高雄|新竹|桃園|香港|九龍|新界|澳門|서울|부산|인천|대구|대전|광주|울산|판교)(?:\s.*)?)$`,
  'u',
);

// Any kana, ideograph or Hangul: a posting in English may still label its place in Chinese
// ("工作地點：Shop G12, … 尖沙咀廣東道 168 號").
const EAST_ASIAN_LETTER = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The place in an East Asian work-location field, or null. */
export function asianPlaceField(ctx: ExtractContext): Evidenced<string> | null {
  if (!EAST_ASIAN_LETTER.test(ctx.text)) return null;
  const end = findOtherAdsStart(ctx.lines, ctx.lines.length - 1);
  return placeInField(ctx, WORK_PLACE_LINE, end) ?? placeInField(ctx, PLACE_LINE, end);
}

/**
 * For a posting written in an Asian script (`isAsianText`) whose fields name no place: the
 * company's address field ("所在地", "公司地址", "주소"), else its first address, Hong Kong
 * district or Chinese board's "城市-区" chip; or null.
 */
export function asianPlaceInText(ctx: ExtractContext): Evidenced<string> | null {
  const end = findOtherAdsStart(ctx.lines, ctx.lines.length - 1);
  return (
    placeInField(ctx, ADDRESS_LINE, end) ??
    firstPlace(ctx, end, ADDRESS) ??
    (asianCountry(ctx.text) === 'HK' ? firstPlace(ctx, end, HONG_KONG) : null) ??
    firstPlace(ctx, end, BOARD_CHIP)
  );
}

function placeInField(ctx: ExtractContext, label: RegExp, end: number): Evidenced<string> | null {
  for (let i = 0; i < end; i++) {
    const line = ctx.lines[i]!;
    const m = label.exec(line.text);
    if (!m) continue;
    const after = line.text.slice(m[0].length);
    const separator = SEPARATOR.exec(after)?.[0] ?? '';
    const rest = after.slice(separator.length);
    const from = line.start + line.text.length - rest.length;
    const own = readPlace(rest, from);
    if (own) return own;
    // "勤務地：東京都" or "근무지역  서울": a short value on the label's own line.
    const bare = (
      rest.replace(/[（(][^（()）]*[)）]\s*$/u, '').split(/[、，,／/]/)[0] ?? ''
    ).trim();
    const spaced = separator === ' ' || separator === '\t';
    if (!spaced && bare.length >= 2 && bare.length <= BARE_VALUE_MAX && BARE_PLACE.test(bare)) {
      return found(from + rest.indexOf(bare), bare);
    }
    if (bare !== '') continue;
    // "■ 勤務地" heading the address below it.
    const next = ctx.lines[i + 1];
    const last = ctx.lines[Math.min(end, i + VALUE_LINES + 1) - 1];
    if (!next || !last || i + 1 >= end) continue;
    const below = readPlace(ctx.text.slice(next.start, last.start + last.text.length), next.start);
    if (below) return below;
  }
  return null;
}

function readPlace(value: string, from: number): Evidenced<string> | null {
  for (const re of [ADDRESS, HONG_KONG, BOARD_CHIP]) {
    const m = re.exec(value);
    if (m) return found(from + m.index, m[0]);
  }
  return null;
}

function firstPlace(ctx: ExtractContext, end: number, re: RegExp): Evidenced<string> | null {
  const until = ctx.lines[end]?.start ?? ctx.text.length;
  const m = re.exec(ctx.text.slice(0, until));
  return m ? found(m.index, m[0]) : null;
}

function found(start: number, value: string): Evidenced<string> {
  return evidence(value, start, start + value.length);
}
