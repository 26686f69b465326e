// Site chrome at the top of a posting: whole lines that are never the title or the company.
import { describe, expect, it } from 'vitest';
import { isHeaderChrome, isJobBoard } from './header-chrome';

describe('isHeaderChrome', () => {
  it.each([
    // A search form copied with its fields, whole or cut into cells.
    'Was suchst du?  [Koch]   PLZ oder Ort [München]   [Finden]',
    'PLZ oder Ort [München]',
    '[Finden]',
    // A classified ad's seller type.
    'Recruiter type: Private',
    'Anbieter: Gewerblich',
    // A board's brand and the place searched; a chat's channel; a Slack sender line.
    'Gumtree South Africa · Cape Town',
    '#jobs-board',
    'Maya Lindqvist  10:42 AM',
  ])('%j is chrome', (line) => {
    expect(isHeaderChrome(line)).toBe(true);
  });

  it.each([
    'Koch / Köchin (m/w/d) in Vollzeit',
    'Bar Staff - busy independent pub, Ancoats',
    'Gravelhop Games — Today at 3:17 PM',
    'Private Rheinschule Köln gGmbH',
  ])('%j is not', (line) => {
    expect(isHeaderChrome(line)).toBe(false);
  });
});

describe('isJobBoard', () => {
  it('knows classified sites and social networks', () => {
    for (const name of [
      'Gumtree',
      'Kijiji',
      'leboncoin',
      'Kleinanzeigen',
      'Craigslist',
      'Instagram',
    ]) {
      expect(isJobBoard(name)).toBe(true);
    }
  });
});

describe('group banners', () => {
  it.each(['Grupo público · 212 mil miembros', 'Groupe privé · 3,4 k membres'])('%j', (line) => {
    expect(isHeaderChrome(line)).toBe(true);
  });
});
