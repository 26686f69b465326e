/**
 * The title of a posting written in Japanese, Korean, Chinese, Vietnamese or Thai. Boards there
 * print the job on a line of its own near the registered name ("(주)브릿지랩스" over "백엔드 개발자
 * (Java/Spring) 경력 채용"), under their own page title ("猎聘 | 职位详情", "マイナビ転職 求人情報").
 * The Latin-script title cues (capitals, "Senior", "Engineer") see none of it: here a line is the
 * title when it names a job in the posting's own words, and the board's and employer's lines are
 * passed over.
 */
import type { Line } from '../clean/lines';
import type { Evidenced } from '../model/posting';
import { evidence } from './context';
import { isJobBoard } from './header-chrome';

// Words that name a job or a kind of work, by script. Written as stems: "エンジニア" is in
// "バックエンドエンジニア", "工程师" in "高级算法工程师", "개발자" in "백엔드 개발자". "正社員" is a
// kind of contract, not a job ("データサイエンティスト / 正社員" is a board's category row).
const JOB_WORD = new RegExp(
  [
    // Japanese
    'エンジニア|プログラマ|開発|施工管理|総合職|技術職|事務職|営業職|専門職|一般職|看護師|保育士|営業|スタッフ|事務|看護|薬剤師|介護|販売|作業|ドライバー|デザイナー|マネージャー|アシスタント|コンサルタント|職員|(?<!正|契約|派遣)社員|サイエンティスト|リサーチャー|アーキテクト|プランナー|ディレクター|プロデューサー|マーケター|ライター|エディター|コーディネーター|トレーナー|セラピスト|栄養士|技師|医師|美容師|講師|教師|調理|店長|リーダー|オペレーター|アナリスト|企画|経理|人事|総務|受付|保育|技術者|整備|製造|倉庫|軽作業|ホール|キッチン|バイト|パート',
    // Chinese (simplified and traditional)
    '工程师|工程師|护理|護理|老師|老师|[\u4e00-\u9fff][员員师師](?![\u4e00-\u9fff])|开发|開發|经理|經理|专员|專員|助理|设计师|設計師|分析师|分析師|销售|銷售|业务|業務|主管|总监|總監|人員|店員|会计|會計|行政|文员|文員|客服|运营|營運|实习生|實習生|实习|實習|护士|護士|教师|老師|司机|司機|厨师|廚師|技术员|技術員|顾问|顧問|代表|兼職|兼职|架构师|架構師|产品|產品|測試|测试|算法',
    // Korean
    '개발자|개발|디자이너|매니저|엔지니어|분석가|아르바이트|알바|사원|직원|기획자|기획|마케터|마케팅|연구원|간호사|상담원|운전|강사|영업|관리자|회계|인턴|사무',
    // Vietnamese
    'Lập [Tt]rình [Vv]iên|Nhân [Vv]iên|Kế [Tt]oán|Trưởng [Pp]hòng|Chuyên [Vv]iên|Kỹ [Ss]ư|Quản [Ll]ý|Thực [Tt]ập [Ss]inh|Giám [Đđ]ốc|Trợ [Ll]ý|Thiết [Kk]ế|Tư [Vv]ấn|Giáo [Vv]iên|Điều [Dd]ưỡng|Tài [Xx]ế|Developer|Engineer',
    // Thai
    'วิศวกร|พนักงาน|ผู้จัดการ|เจ้าหน้าที่|นักพัฒนา|นักวิเคราะห์|ช่าง|หัวหน้า',
  ].join('|'),
);

/** Whether a text names a job in an Asian script's words (or as "Engineer", "Developer"). */
export function namesAsianJob(text: string): boolean {
  return JOB_WORD.test(text);
}

/** Whether a line is the employer's registered name ("(주)브릿지랩스", "…有限公司"). */
export function isAsianEmployer(text: string): boolean {
  return EMPLOYER.test(text);
}

const HEAD_LINES = 15;
const TITLE_MAX = 90;
// A board's path ("사람인 > 채용정보 > …", "リクナビNEXT トップ ＞ 求人検索"), a menu ("TopCV | Việc
// làm | Tạo CV"), a field ("給与：月給25万円"), a button row ("[ 지원하기 ] [ 스크랩 ]").
const CHROME =
  /[>＞›»]|^[^：:]{1,12}[：:]|^[[【［]\s?[^\]】］]{1,8}\s?[\]】］]\s*[[【［]|人力銀行|求人情報|掲載求人|保存日|职位详情|職位詳情|채용정보|채용\s?상세|채용공고|Việc làm|Tạo CV/;
// A list item or a sentence of the duties ("- 负责公司产品的界面视觉设计；"), a section's heading
// ("業務内容", "职位描述", "자격요건"): no title.
const ITEM_OR_SENTENCE = /^[-・•*·]|^\d{1,2}[.、)]|[。；;]$|^负责|^負責/;
const SECTION_HEADING =
  /(?:内容|描述|职责|職責|要求|資格|条件|條件|详情|詳細|상세|요건|우대사항|자격|복리후생|福利|待遇|募集職種|職種|职位|職位|모집분야|모집부문)$/;
// The employer's own line: "株式会社…", "(주)…", "…有限公司", "CÔNG TY …", "บริษัท …".
const EMPLOYER = /株式会社|有限会社|合同会社|\(주\)|㈜|주식회사|有限公司|CÔNG TY|Công [Tt]y|บริษัท/;

const BOARD_NAME_END = /\s[·|｜/]\s|\s{2,}|\u3000/;
// A menu row: three or more words set apart by runs of spaces ("求人検索  企業クチコミ  給与検索",
// "탐색   커리어   소셜").
const MENU_ROW = /^\S+(?:(?:\s{2,}|\u3000)\S+){2,}/;
// Two bars: a menu ("TopCV | Việc làm | Tạo CV") unless the job comes first ("车展活动执行助理
// （日结） ｜ 深圳会展中心 ｜ 6月20日").
const TWO_BARS = /[|｜].*[|｜]/;

/** Whether a line is a board's path, menu or page title, or a field. */
export function isAsianChrome(text: string): boolean {
  if (CHROME.test(text) || MENU_ROW.test(text)) return true;
  // The board's name first: "前程无忧 51job · 校园 / 实习", "JobsDB 香港", "사람인 알바".
  const head = text.split(BOARD_NAME_END)[0] ?? '';
  if (isJobBoard(text) || isJobBoard(head) || isJobBoard(head.split(' ')[0] ?? '')) return true;
  return TWO_BARS.test(text) && !JOB_WORD.test(text.split(/[|｜]/)[0] ?? '');
}

/** The first line near the top that names a job and is neither the board's nor the employer's. */
export function asianTitle(lines: Line[]): Evidenced<string> | null {
  for (const line of lines.slice(0, HEAD_LINES)) {
    const text = line.text.trim();
    if (text.length < 2 || text.length > TITLE_MAX) continue;
    if (isAsianChrome(text) || EMPLOYER.test(text) || !JOB_WORD.test(text)) continue;
    if (ITEM_OR_SENTENCE.test(text) || SECTION_HEADING.test(text) || TERMS_TAG.test(text)) continue;
    const title = titleOf(text);
    const start = line.start + line.text.indexOf(title);
    return evidence(title, start, start + title.length);
  }
  return null;
}

// "【日払いOK】倉庫内軽作業（…）": a tag in brackets before the job; "【カフェのホール・キッチンス
// タッフ】週2日～OK" the job in the brackets; "[브릿지랩스] 백엔드 개발자": the employer's name.
const LEAD_TAG = /^[[【［]([^\]】］]{1,30})[\]】］]\s?/;
// The perks a board strings after the job: "法人営業（…）／既存顧客8割／土日祝休み". A slash inside
// brackets is the job's own: "バックエンドエンジニア（Go／Kubernetes）".
const PERK_SEPARATOR = /[／｜|◆■★]/;
// A tag that only says how the job is held: "【兼職】門市服務人員", "【急募】…".
const TERMS_TAG =
  /^(?:兼職|兼职|全職|全职|急募|急招|急聘|アルバイト|パート|正社員|契約社員|派遣|日払いOK|알바|정규직|계약직|신입|경력)$/;
// The pay after the job: "车展活动执行助理（日结）200元/天".
const PAY_TAIL =
  /\s?(?:月給|時給|日給|年収|月薪|日薪|時薪|时薪|연봉|시급|월급)?\s?\d[\d,.]*\s?(?:元|円|원|万|千|[kK])(?:\s?[/／]\s?\S{1,2})?$/;
// Buttons after the job: "業務專員（工業自動化設備）  [ 應徵 ] [ 儲存 ]".
const BUTTONS_TAIL = /(?:\s*[[［]\s?[^\]］]{1,8}\s?[\]］])+$/;
// "… 경력 채용", "… 신입 채용", "… 구인": the hiring word after the job; "2025년 상반기" before it.
const HIRING_TAIL =
  /\s?(?:(?:경력|신입|정규직|계약직|경력\/신입|신입\/경력)\s?)?(?:채용|모집|구합니다|구함|모집합니다|채용합니다)$|\s?(?:募集|招聘|急招)$/;
const SEASON_HEAD =
  /^\d{4}(?:년\s?(?:상반기|하반기)?|\s?(?:상반기|하반기)|年度|年卒)\s?(?:新卒採用|中途採用)?\s?/;

function titleOf(text: string): string {
  let title = text;
  const tag = LEAD_TAG.exec(title);
  if (tag?.[1] !== undefined) {
    const job = JOB_WORD.test(tag[1]) && !TERMS_TAG.test(tag[1].trim());
    title = job ? tag[1] : title.slice(tag[0].length);
  }
  title = beforePerks(title.replace(BUTTONS_TAIL, ''));
  return (
    title.replace(HIRING_TAIL, '').replace(SEASON_HEAD, '').replace(PAY_TAIL, '').trim() || text
  );
}

function beforePerks(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if ('（(［[【'.includes(c)) depth++;
    else if ('）)］]】'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && i > 0 && PERK_SEPARATOR.test(c)) {
      // "國中數學專任／兼任老師": the part before the slash names no job yet, it goes on.
      const before = text.slice(0, i).trim();
      if (JOB_WORD.test(before)) return before;
      // "세븐데이 편의점 시흥배곧점 ｜ 편의점 야간 아르바이트": the employer's shop, then the job.
      if (c === '｜' || c === '|') return beforePerks(text.slice(i + 1).trim());
    }
  }
  return text;
}
