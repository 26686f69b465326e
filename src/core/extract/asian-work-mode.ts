/**
 * The work mode of a posting in Japanese, Chinese, Korean, Vietnamese or Thai, in the boards'
 * own words: "リモート併用" (remote some days), "フルリモート可", "주 2회 재택근무", "部分遠端",
 * "混合辦公", "재택근무 주 2회", "遠端工作：無" (no remote work), "需每周五天到岗办公" (in the office five days
 * a week; not "尽快到岗", starting soon), "làm việc tại văn phòng" (at the office). The first
 * such phrase in the text is the job's: "フルリモート可（出社は月1回…）" is remote.
 */
import type { Evidenced, WorkMode } from '../model/posting';
import { firstKindFinder } from './first-kind';

const MODES: [WorkMode, string][] = [
  [
    'hybrid',
    'リモート(?:ワーク)?併用|在宅(?:勤務)?併用|一部リモート|ハイブリッド(?!車|カー|エンジン)|週\\s?\\d(?:[〜~～-]\\d)?日(?:出社|在宅|リモート)|[주월]\\s?\\d회\\s?재택|재택(?:근무)?\\s?주\\s?[1-4]\\s?회|하이브리드|部分遠端|部分远程|混合辦公|混合办公|每[週周]\\s?\\d\\s?天(?:遠端|远程|居家)|Làm việc kết hợp|ไฮบริด',
  ],
  [
    'remote',
    '(?:フルリモート|完全リモート|完全在宅|フル在宅)(?!不可|なし|NG)|전면\\s?재택|100%\\s?재택|완전\\s?재택|完全遠端|全遠端|全远程|远程办公|遠端辦公|Làm việc từ xa|ทำงานจากที่บ้าน',
  ],
  [
    'onsite',
    'フル出社|在宅勤務(?:は|の)?(?:ありません|なし|不可)|遠端工作\\s?[:：]\\s?無|远程办公\\s?[:：]\\s?无|(?<!フル|完全)リモート(?:ワーク)?不可|出社必須|每周(?:五|5)天到岗|到岗办公|坐班制|재택\\s?불가|[Ll]àm việc tại văn phòng|ปฏิบัติงานที่โรงงาน|ทำงานที่ออฟฟิศ|ทำงานที่โรงงาน',
  ],
];
const firstMode = firstKindFinder(MODES);

/** The first work-mode phrase of an Asian-script posting, or null. */
export function asianWorkMode(text: string): Evidenced<WorkMode> | null {
  return firstMode(text);
}
