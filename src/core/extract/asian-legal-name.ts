/**
 * An employer named by an East or South-East Asian legal form: "株式会社ミナトデータ",
 * "(주)브릿지랩스", "上海云帆信息科技有限公司", "CÔNG TY CỔ PHẦN CÔNG NGHỆ SAO VIỆT",
 * "บริษัท อมตะ ออโต้พาร์ท (ประเทศไทย) จำกัด". Boards in Japan, Korea, China, Taiwan, Vietnam and
 * Thailand print the registered name on a line of its own (or first on a line, before the
 * industry or a branch); such a name is the employer as surely as "Acme GmbH" is. The Latin-script
 * cues of company.ts do not see these names: no capitals, no spaces, the form before the name.
 */
import type { Line } from '../clean/lines';
import type { Evidenced } from '../model/posting';
import { evidence } from './context';
import { ASIAN_LETTERS } from './asian-script';

// Each form with the name around it; no spaces inside CJK names, a few inside Korean ones.
const LEGAL_NAME = new RegExp(
  [
    // Japan: the form before or after the name ("株式会社ミナトデータ", "ミナト株式会社").
    // Not a sentence about it: "株式会社ミナトデータの求人", "…について".
    // A middle dot inside a katakana name: "株式会社ルミナス・ソリューションズ".
    String.raw`(?:株式会社|有限会社|合同会社|合資会社|合名会社)(?:[^\s、。，,：:（()）「」【】|｜・/／の]|・(?=[\u30a1-\u30fa])){1,30}(?<!について|とは|です|ます|では|には)`,
    String.raw`[^\s、。，,：:（()）「」【】|｜・/／]{1,30}(?:株式会社|有限会社|合同会社)`,
    // Foundations, medical and school corporations: "財團法人南光醫院", "医療法人社団 葵会".
    String.raw`(?:財團法人|财团法人|社團法人|社团法人|医療法人(?:社団|財団)?|社会福祉法人|学校法人)\s?[^\s、。，,：:（()）「」【】|｜/／]{1,20}`,
    // Korea: "(주)", "㈜" or "주식회사" before or after.
    String.raw`(?:\(주\)|㈜|주식회사|\(유\)|유한회사)\s?[^\s,·|:：]{1,25}`,
    String.raw`[^\s,·|:：]{1,25}\s?(?:\(주\)|㈜|주식회사)`,
    // China, Taiwan, Hong Kong: the form last ("有限公司", "股份有限公司", "集团").
    String.raw`[\u3400-\u9fff（）()]{2,30}(?:股份有限公司|有限责任公司|有限責任公司|有限公司|集团|集團)`,
    // Vietnam: "Công ty TNHH …", "CÔNG TY CỔ PHẦN …".
    // Not a sentence about it: "Công ty TNHH Phần mềm FPT được thành lập năm 1999".
    String.raw`(?:CÔNG TY|Công ty|Công Ty)\s(?:TNHH|CP|CỔ PHẦN|Cổ phần|Cổ Phần|TRÁCH NHIỆM HỮU HẠN|Trách nhiệm hữu hạn)(?:\s(?!(?:được|là|có|với|của|chuyên|thành|năm)(?:\s|$))[^\s,;:|·•\d]+){1,8}`,
    // Thailand: "บริษัท … จำกัด (มหาชน)".
    String.raw`บริษัท\s?[^\n|·•]{2,60}?\s?จำกัด(?:\s?\(มหาชน\))?`,
  ]
    .map((form) => `(?:${form})`)
    .join('|'),
);
const WHOLE_NAME = new RegExp(`^(?:${LEGAL_NAME.source})$`);
// The name, then a space and what the employer runs: "社会福祉法人 みなと福祉会 特別養護老人ホーム
// 港南の杜" (a care home of the welfare corporation).
// Only a name in Chinese characters, kana or Hangul ends at a space; a Vietnamese or Thai one has
// spaces inside ("Công ty TNHH Phần mềm FPT được thành lập …" is a sentence).
const CJK_START = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3(（㈜]/u;
const LEADING_NAME = new RegExp(`^(?:${LEGAL_NAME.source})(?=\\s\\S[^\\n]{0,30}$)`);

// What may follow the name on its line: the industry, the town, a branch, the staff count
// ("好日子烘焙坊有限公司 ｜ 食品什貨零售業", "(주)누리소프트 · 서울 · 경력 2년 이상",
// "株式会社フォワードスタッフ 横浜支店").
// Also a wide gap or a bracket after a space: "(주)동진오토텍  ★ 관심기업 등록", "宏昇塑膠工業股份
// 有限公司 （塑膠製品製造業／員工 220 人）"; or the name in Latin letters in a full-width bracket
// ("株式会社ミナトペイ（MinatoPay Inc.）").
const AFTER_NAME = /\s*[|｜·•]\s*|\s{2,}|\s(?=[（(★☆])|(?=（[A-Za-z][^（）]*）\s*$)/;

// A branch after the name, the text's full-width space made a plain one: "株式会社フォワードス
// タッフ 横浜支店", "(주)한빛 판교지점", "麥香坊烘焙股份有限公司 左營門市".
const BRANCH =
  /\s[^\s]{1,15}(?:支店|支社|営業所|本社|本店|事業所|店|工場|センター|지점|지사|점|分公司|分行|門市|门市|中心)$/;

// A field's label: "運営会社：株式会社ひなたフーズ", "公司名称：…", "회사명: …"; a temp agency's
// "派遣元：" (the agency employs the temp).
const NAME_LABEL =
  /^(?:運営会社|会社名|企業名|社名|雇用主|派遣元|派遣会社|法人名|事業者名|公司名称|公司名稱|公司|企业名称|회사명|기업명|회사|Tên công ty|Công ty|ชื่อบริษัท)\s?[:：]\s?/;

// Only a script that has these forms: a quick test before any line is read.
const ASIAN_SCRIPT = new RegExp(`[${ASIAN_LETTERS}]|CÔNG TY|Công [Tt]y`);

/** The first line that is (or opens with, or labels) a registered name with an Asian legal form. */
export function asianLegalName(lines: Line[], text: string): Evidenced<string> | null {
  if (!ASIAN_SCRIPT.test(text)) return null;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed.length > 120) continue;
    const label = NAME_LABEL.exec(trimmed);
    const body = label ? trimmed.slice(label[0].length) : trimmed;
    // The whole line first: a bracket may be the name's own ("… (ประเทศไทย) จำกัด").
    const cut = AFTER_NAME.exec(body);
    const whole = body.replace(BRANCH, '');
    const name = WHOLE_NAME.test(whole)
      ? whole
      : (cut ? body.slice(0, cut.index) : body).trim().replace(BRANCH, '');
    const found = WHOLE_NAME.test(name)
      ? name
      : CJK_START.test(body)
        ? LEADING_NAME.exec(body)?.[0]
        : undefined;
    if (!found) continue;
    const start = line.start + line.text.indexOf(found);
    return evidence(found, start, start + found.length);
  }
  return null;
}

// A hospital, school or foundation named alone on a line at the top, with no legal form:
// "강남세온병원" over "[계약직] 외래 간호사 모집". Hangul, kanji or kana, then the kind of body.
const ORGANISATION_LINE =
  /^[\uac00-\ud7a3\u3040-\u30ff\u3400-\u9fff]{2,16}(?:병원|의원|한의원|치과|재단|학교|대학교|공사|공단|협회|은행|病院|医院|クリニック|学園|大学)$/u;
const ORGANISATION_LINES = 6;

/** A line near the top that is only an organisation's name by its kind ("강남세온병원"). */
export function asianOrganisationLine(lines: Line[]): Evidenced<string> | null {
  for (const line of lines.slice(0, ORGANISATION_LINES)) {
    const trimmed = line.text.trim();
    if (!ORGANISATION_LINE.test(trimmed)) continue;
    const start = line.start + line.text.indexOf(trimmed);
    return evidence(trimmed, start, start + trimmed.length);
  }
  return null;
}
