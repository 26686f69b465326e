import { describe, expect, it } from 'vitest';
import { findJobPostings, jobPostingToHints } from './json-ld';

describe('jobPostingToHints locations', () => {
  const remote = {
    '@type': 'JobPosting',
    title: 'Support Specialist',
    jobLocationType: 'TELECOMMUTE',
  };

  it('reads applicantLocationRequirements when jobLocation is absent', () => {
    const { hints } = jobPostingToHints({
      ...remote,
      applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
    });
    expect(hints.locations?.map((l) => l.value)).toEqual(['USA']);
    expect(hints.workMode?.value).toBe('remote');
  });

  it('reads a list of states and administrative areas', () => {
    const { hints } = jobPostingToHints({
      ...remote,
      applicantLocationRequirements: [
        { '@type': 'State', name: 'Oregon' },
        { '@type': 'AdministrativeArea', name: 'Washington' },
      ],
    });
    expect(hints.locations?.map((l) => l.value)).toEqual(['Oregon', 'Washington']);
  });

  it('prefers jobLocation over applicant areas', () => {
    const { hints } = jobPostingToHints({
      ...remote,
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Denver', addressRegion: 'CO' },
      },
      applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
    });
    expect(hints.locations?.map((l) => l.value)).toEqual(['Denver, CO']);
  });

  // A reader names a town with its state in North America and Australia, or by a region's code;
  // elsewhere by the town alone.
  it.each([
    [{ addressLocality: 'München', addressRegion: 'Bayern', addressCountry: 'DE' }, 'München'],
    [
      { addressLocality: 'Lyon', addressRegion: 'Auvergne-Rhône-Alpes', addressCountry: 'FR' },
      'Lyon',
    ],
    [{ addressLocality: 'Springfield', addressRegion: 'Illinois' }, 'Springfield, Illinois'],
    [{ addressLocality: 'Lausanne', addressRegion: 'VD', addressCountry: 'CH' }, 'Lausanne, VD'],
    [{ addressLocality: 'Austin', addressRegion: 'Texas', addressCountry: 'US' }, 'Austin, Texas'],
    [{ addressRegion: 'Bayern', addressCountry: 'DE' }, 'Bayern'],
  ])('names %o as %s', (address, expected) => {
    const { hints } = jobPostingToHints({
      '@type': 'JobPosting',
      title: 'Engineer',
      jobLocation: { '@type': 'Place', address },
    });
    expect(hints.locations?.map((l) => l.value)).toEqual([expected]);
  });
});

describe('findJobPostings', () => {
  it('resolves a reference to another node of the @graph', () => {
    const [posting] = findJobPostings({
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Mercy Valley Health' },
        { '@type': 'JobPosting', title: 'Registered Nurse', hiringOrganization: { '@id': '#org' } },
      ],
    });
    expect(jobPostingToHints(posting!).hints.company?.value).toBe('Mercy Valley Health');
  });
});
