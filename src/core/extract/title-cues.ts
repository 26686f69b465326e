/**
 * Title helpers for scraped headers: the first line that is not site chrome (boards print
 * their brand above the title: "karriere.at", "OCC Mundial", "APEC"), and title lines that
 * carry a pay figure after the title ("Travel Nurse RN - Telemetry - $2,310 per week").
 */
import type { Line } from '../clean/lines';
import { isHeaderChrome } from './header-chrome';

/** The first of the top lines that is not a job board's brand, menu or meta value. */
export function firstContentLine(header: Line[]): Line | undefined {
  for (let i = 0; i < Math.min(header.length, 4); i++) {
    const line = header[i];
    if (line && !isHeaderChrome(line.text)) return line;
  }
  return undefined;
}

// "<title> - <pay>": the title part before a separator, the figure after it.
const TITLE_THEN_PAY = /^([^$€£]{3,80}?)\s[-–—|]\s[^$€£]{0,40}[$€£]\s?\d/;

/** Whether a line with a pay figure still reads as a title: a title word before the pay. */
export function isTitleWithPay(text: string, titleWord: RegExp): boolean {
  const m = TITLE_THEN_PAY.exec(text);
  return m?.[1] !== undefined && titleWord.test(m[1]);
}
