/**
 * The employment type of a posting in Japanese, Chinese, Korean, Vietnamese or Thai: the boards
 * print it as a chip or a field ("正社員", "全职 | 五险一金", "계약직", "Hình thức: Toàn thời
 * gian"). The first such word in the text is the job's own; later ones are what it may become
 * ("表現優異者可轉正職", "정규직 전환 시").
 */
import type { EmploymentType, Evidenced } from '../model/posting';
import { firstKindFinder } from './first-kind';

const TYPES: [EmploymentType, string][] = [
  // Not an internship had before ("인턴 경험", "实习经验"), nor a "パートナー" (partner).
  [
    'internship',
    '(?:インターン|实习|實習|인턴|Thực tập|ฝึกงาน)(?!\\s?(?:경험|经验|經驗|経験|kinh nghiệm))',
  ],
  ['temporary', '派遣社員|派遣|临时工|臨時工|파견직|Thời vụ|ชั่วคราว'],
  ['contract', '契約社員|合同工|约聘|約聘|계약직|สัญญาจ้าง'],
  ['part-time', 'アルバイト|パート(?!ナ)|兼职|兼職|아르바이트|파트타임|Bán thời gian|พาร์ทไทม์'],
  ['full-time', '正社員|全职|全職|正職|長工|长工|정규직|Toàn thời gian|งานประจำ|เต็มเวลา'],
];
const firstType = firstKindFinder(TYPES);
// Only the posting's first part: the end holds the company blurb and other jobs.
const SCANNED_SHARE = 0.85;

/** The first employment-type word of an Asian-script posting, or null. */
export function asianEmploymentType(text: string): Evidenced<EmploymentType> | null {
  return firstType(text.slice(0, Math.ceil(text.length * SCANNED_SHARE)));
}
