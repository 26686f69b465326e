import { describe, expect, it } from 'vitest';
import { lines } from './lines.test-helper';
import { cutWebmailChrome } from './webmail';

const kept = (text: string): string[] => cutWebmailChrome(lines(text)).lines.map((l) => l.text);

describe('cutWebmailChrome', () => {
  it("drops Gmail's menu, labels, ad, chips and recipient above the message", () => {
    const text = [
      'Gmail',
      'Search mail',
      'Compose',
      'Inbox  1,284',
      'Starred',
      'Drafts  3',
      'Labels',
      'Job hunt 2024',
      'Receipts',
      'Sponsored · CodeCraft Bootcamp',
      'Become a Cloud Architect in 16 weeks — graduates earn $250K+.',
      'Senior Backend Engineer – Denver (hybrid) – Northwind Freight',
      'Inbox ×   Job hunt 2024 ×',
      'Dana Whitlock <dana@brightpath.example>   Tue, Mar 12, 9:41 AM',
      'to me',
      'Hi Jordan,',
    ].join('\n');
    expect(kept(text)).toEqual([
      'Senior Backend Engineer – Denver (hybrid) – Northwind Freight',
      'Dana Whitlock <dana@brightpath.example>   Tue, Mar 12, 9:41 AM',
      'Hi Jordan,',
    ]);
  });

  it('drops the tabs and an inline ad', () => {
    const text =
      'Gmail\nCompose\nInbox 96\nSpam 12\n[Primary]  [Promotions 48]  [Social 7]\nAd · Chime — Get paid up to 2 days early. $0 monthly fees.\nRe: Branch Manager – Spokane Valley\nHi Chris,';
    expect(kept(text)).toEqual(['Re: Branch Manager – Spokane Valley', 'Hi Chris,']);
  });

  it('leaves a posting that only mentions an inbox alone', () => {
    const text = 'Mail Clerk\nAcme Ltd\nInbox\nSort the inbox and post.';
    expect(cutWebmailChrome(lines(text)).removed).toBe(0);
  });

  it('keeps a body line that starts with "AD" and the subject after the last label', () => {
    const text =
      'Gmail\nCompose\nInbox 96\nLabels\nJob hunt\nRecruiters\nSenior Data Engineer\nInbox ×\nHi Chris,\nRequirements:\nAD and Azure AD administration\n5+ years of Windows Server experience';
    expect(kept(text)).toEqual([
      'Senior Data Engineer',
      'Hi Chris,',
      'Requirements:',
      'AD and Azure AD administration',
      '5+ years of Windows Server experience',
    ]);
  });
});
