import { describe, expect, it } from 'vitest';
import { parseDocument, toPlainPosting } from '../index';
import { readJson } from './json';

const DUTIES =
  '<p>You will build and run our payments platform.</p><ul><li>Design APIs in Go and PostgreSQL</li><li>5+ years of backend experience</li></ul>';

function parseJson(value: unknown) {
  const read = readJson(JSON.stringify(value));
  if (!read.ok) throw new Error(read.error);
  return read.documents.map((doc) => {
    const result = parseDocument(doc);
    if (!result.ok) throw new Error(result.error);
    return toPlainPosting(result);
  });
}

describe('JSON exported by applicant-tracking systems', () => {
  it('reads ranges under a pay-transparency object and rates written out per shift', () => {
    const [quality] = parseJson({
      requisition: {
        title: 'Quality Engineer II',
        company: { name: 'Palmetto Precision Plastics, Inc.' },
        pay_transparency: {
          display: true,
          pay_ranges: [
            {
              label: 'Base salary',
              min_cents: 8500000,
              max_cents: 10500000,
              currency_type: 'USD',
              interval: 'YEARLY',
            },
          ],
        },
        content: { intro: DUTIES },
      },
    });
    expect(quality?.salary).toEqual([
      { min: 85000, max: 105000, currency: 'USD', period: 'year', label: null },
    ]);
    const [warehouse] = parseJson({
      requisition: {
        job_title: 'Warehouse Associate',
        company: { name: 'Sierra Crest Distribution, LLC' },
        pay: { currency: 'USD', frequency: 'Hourly', min: 0, max: 0, display: 'See shift rates' },
        shift_rates: [
          { shift: 'Day (6:00am - 4:30pm)', rate: '$19.25/hr' },
          { shift: 'Night (6:00pm - 4:30am)', rate: '$21.00/hr' },
        ],
        description_html: DUTIES,
      },
    });
    const [lead] = parseJson({
      job_title: 'Shift Lead',
      company: 'Blue Fern Market',
      compensation: { currency: 'USD', interval: 'HOURLY', range_min: 17.75, range_max: 20.25 },
      description_html: DUTIES,
    });
    expect(lead?.salary).toEqual([
      { min: 17.75, max: 20.25, currency: 'USD', period: 'hour', label: null },
    ]);
    expect(warehouse?.salary.map((b) => [b.min, b.period, b.label])).toEqual([
      [19.25, 'hour', 'Day (6:00am - 4:30pm)'],
      [21, 'hour', 'Night (6:00pm - 4:30am)'],
    ]);
  });

  it('reads pay ranges counted in cents, each named by its title', () => {
    const [p] = parseJson({
      title: 'Clinical Laboratory Technician II',
      company: { name: 'Mesa Verde Regional Laboratories' },
      pay_ranges: [
        {
          title: 'Base hourly rate',
          min_cents: 2650,
          max_cents: 3175,
          currency_type: 'USD',
          interval: 'hourly',
        },
        {
          title: 'Evening shift differential',
          min_cents: 250,
          max_cents: 250,
          currency_type: 'USD',
          interval: 'hourly',
        },
      ],
      content_plain: DUTIES.replace(/<[^>]+>/g, '\n'),
    });
    expect(p?.salary).toEqual([
      { min: 26.5, max: 31.75, currency: 'USD', period: 'hour', label: null },
    ]);
  });

  it('reads a range whose keys repeat "salary_"', () => {
    const [p] = parseJson({
      job_title: 'Freelance Grant Writer',
      company: { name: 'Open Doors Literacy Alliance' },
      salary: { salary_from: 55, salary_to: 75, salary_currency: 'USD', salary_period: 'hourly' },
      description_html: DUTIES,
    });
    expect(p?.salary).toEqual([{ min: 55, max: 75, currency: 'USD', period: 'hour', label: null }]);
  });

  it('reads the period from the display when "compensation_type" names none', () => {
    const [p] = parseJson({
      job_title: 'Cashier',
      company: { name: 'Prairie Fresh Grocers' },
      location: { city: 'Austin', state: 'TX' },
      compensation: { min: 25, max: 30, compensation_type: 'base', display: '$25 - $30 /hour' },
      description_html: DUTIES,
    });
    expect(p?.salary[0]?.period).toBe('hour');
  });

  it('names the place by its town and province, without the country', () => {
    const [p] = parseJson({
      job_title: 'Cashier',
      company: { name: 'Prairie Fresh Grocers' },
      location: { address: "1120 St Mary's Rd", city: 'Winnipeg', province: 'MB', country: 'CA' },
      description_html: DUTIES,
    });
    expect(p?.locations).toEqual(['Winnipeg, MB']);
  });

  it('reads the period from a "payType" or a display string', () => {
    const [p] = parseJson({
      job_title: 'Registered Nurse - Emergency',
      company: { name: 'Fraser Coast Health Authority' },
      compensation: { payType: 'Hourly', currency: 'CAD', min: 43.86, max: 57.33 },
      description_html: DUTIES,
    });
    expect(p?.salary).toEqual([
      { min: 43.86, max: 57.33, currency: 'CAD', period: 'hour', label: null },
    ]);
    const [q] = parseJson({
      job_title: 'Registered Nurse - Emergency',
      company: { name: 'Fraser Coast Health Authority' },
      compensation: { currency: 'CAD', min: 43.86, max: 57.33, display: '$43.86 - $57.33 /hour' },
      description_html: DUTIES,
    });
    expect(q?.salary[0]?.period).toBe('hour');
  });

  it('reads the period from a compensation\'s "type"', () => {
    const [p] = parseJson({
      job_title: 'Assistant Store Manager',
      company: { name: 'Evergreen Outdoor Co-op' },
      employment_type: 'full_time',
      compensation: { type: 'hourly', currency: 'USD', min: 23.5, max: 27.75 },
      description_html: DUTIES,
    });
    expect(p?.salary).toEqual([
      { min: 23.5, max: 27.75, currency: 'USD', period: 'hour', label: null },
    ]);
  });

  it("names the wrapper's company for postings that name none, and Personio's subcompany", () => {
    const [a, b] = parseJson({
      company: 'Alpenwerk Sportartikel GmbH',
      positions: [
        { name: 'Controller (m/w/d)', office: 'München', jobDescriptions: [{ value: DUTIES }] },
        {
          name: 'Buchhalter (m/w/d)',
          subcompany: 'Alpenwerk Retail GmbH',
          jobDescriptions: [{ value: DUTIES }],
        },
      ],
    });
    expect(a?.company).toBe('Alpenwerk Sportartikel GmbH');
    expect(b?.company).toBe('Alpenwerk Retail GmbH');
  });

  it('reads a remote policy field as the work mode', () => {
    const [p] = parseJson({
      job: {
        title: 'Ingeniero de Calidad',
        company_name: 'Bajío Stampings',
        remote_policy: 'onsite',
        description_html: DUTIES,
      },
    });
    expect(p?.workMode).toBe('onsite');
  });

  it('reads one job split over sibling objects: the requisition and the posted text', () => {
    const [p] = parseJson({
      export_source: 'HireLoop ATS',
      requisition: {
        job_title: 'Payments Engineer',
        company: { legal_name: 'Tidewater Payments Limited', display_name: 'Tidewater Payments' },
        location: { city: 'Galway', country: 'IE', workplace_type: 'HYBRID' },
        employment: { type: 'FULL_TIME' },
        compensation: { display_text: '€70,000 - €85,000 DOE', min: null, max: null },
      },
      posting: { headline: 'Payments Engineer', body_markdown: DUTIES.replace(/<[^>]+>/g, '\n') },
    });
    expect(p?.title).toBe('Payments Engineer');
    expect(p?.company).toBe('Tidewater Payments');
    expect(p?.locations[0]).toContain('Galway');
    expect(p?.workMode).toBe('hybrid');
    expect(p?.employmentType).toBe('full-time');
    expect(p?.salary).toEqual([
      { min: 70000, max: 85000, currency: 'EUR', period: 'year', label: null },
    ]);
  });

  it('reads a Greenhouse-style job: title, place object, HTML content', () => {
    const [p] = parseJson({
      id: 4012,
      title: 'Senior Backend Engineer',
      location: { name: 'Toronto, ON' },
      content: DUTIES.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      absolute_url: 'https://example.com/jobs/4012',
    });
    expect(p?.title).toBe('Senior Backend Engineer');
    expect(p?.locations[0]).toContain('Toronto');
    expect(p?.yearsExperienceMin).toBe(5);
  });

  it("reads Workday's time type and a level code: 'Full time', 'fulltime_permanent', 'mid_level'", () => {
    const [workday] = parseJson({
      jobPostingInfo: { title: 'Staff Accountant', timeType: 'Full time', jobDescription: DUTIES },
    });
    expect(workday?.employmentType).toBe('full-time');
    const [recruitee] = parseJson({
      offer: {
        title: 'DevOps Engineer',
        company_name: 'Grachtwerk',
        city: 'Amsterdam',
        employment_type_code: 'fulltime_permanent',
        experience_code: 'mid_level',
        description: DUTIES,
      },
    });
    expect(recruitee?.employmentType).toBe('full-time');
    expect(recruitee?.seniority).toBe('mid');
    // Personio's "experienced" is no level of the scale.
    const [personio] = parseJson({
      title: 'Finanzbuchhalter (m/w/d)',
      seniority: 'experienced',
      description: DUTIES,
    });
    expect(personio?.seniority).toBeNull();
  });

  it('reads a Recruitee-style offer: employment type code and hybrid flag', () => {
    const [p] = parseJson({
      offer: {
        title: 'QA Automation Engineer',
        company_name: 'Oakhurst Clinical Software',
        city: 'Raleigh',
        remote: false,
        hybrid: true,
        employment_type_code: 'fulltime',
        description: DUTIES,
      },
    });
    expect(p?.employmentType).toBe('full-time');
    expect(p?.workMode).toBe('hybrid');
  });

  it('reads a Lever-style job: text, categories, lists, and pay', () => {
    const [p] = parseJson({
      text: 'Customer Support Specialist',
      categories: { location: 'Austin, TX', commitment: 'Full-time', team: 'Support' },
      descriptionPlain:
        'Help our customers every day by chat and phone, and make them happy with clear answers.',
      lists: [
        {
          text: 'Requirements',
          content: '<li>2+ years of support experience</li><li>Zendesk</li>',
        },
      ],
      salaryRange: { min: 52000, max: 60000, currency: 'USD', interval: 'per-year-salary' },
    });
    expect(p?.title).toBe('Customer Support Specialist');
    expect(p?.employmentType).toBe('full-time');
    expect(p?.locations[0]).toContain('Austin');
    expect(p?.yearsExperienceMin).toBe(2);
    expect(p?.salary).toEqual([
      { min: 52000, max: 60000, currency: 'USD', period: 'year', label: null },
    ]);
  });

  it('reads an Ashby-style job with the company and a pay summary, each text once', () => {
    const [p] = parseJson({
      jobs: [
        {
          title: 'Product Designer',
          companyName: 'Fernhill Labs',
          location: 'Remote - US & Canada',
          isRemote: true,
          employmentType: 'FullTime',
          descriptionHtml: DUTIES,
          descriptionPlain: 'You will build and run our payments platform.',
          compensation: { compensationTierSummary: '$120K – $150K' },
        },
      ],
    });
    expect(p?.company).toBe('Fernhill Labs');
    expect(p?.locations[0]).toContain('Canada');
    expect(p?.workMode).toBe('remote');
    expect(p?.salary).toEqual([
      { min: 120000, max: 150000, currency: 'USD', period: 'year', label: null },
    ]);
  });

  it('still refuses JSON that holds no job', () => {
    expect(readJson(JSON.stringify({ name: 'config', version: 3 })).ok).toBe(false);
  });

  it("reads Greenhouse's pay_input_ranges and its metadata fields", () => {
    const [p] = parseJson({
      title: 'Clinical Research Coordinator II',
      company_name: 'Harborview Cardiology Research Institute',
      metadata: [
        { name: 'Employment Type', value: 'Full-time', value_type: 'single_select' },
        { name: 'Workplace Type', value: 'On-site', value_type: 'single_select' },
        { name: 'Job Level', value: null, value_type: 'single_select' },
      ],
      pay_input_ranges: [
        {
          min_cents: 6200000,
          max_cents: 7400000,
          currency_type: 'USD',
          title: 'Annual base salary',
        },
      ],
      content: DUTIES,
    });
    expect(p?.salary).toEqual([
      { min: 62000, max: 74000, currency: 'USD', period: 'year', label: null },
    ]);
    expect(p?.employmentType).toBe('full-time');
    expect(p?.workMode).toBe('onsite');
  });

  it("reads a Greenhouse Harvest job's post with the job's custom fields and offices", () => {
    const [p] = parseJson({
      meta: { source: 'greenhouse-harvest-export' },
      jobs: [
        {
          id: 4410982003,
          name: 'Solar PV Installer - Lead',
          custom_fields: { employment_type: 'Full-time', work_arrangement: 'On-site' },
          company: { name: 'Sunmesa Energy Co.' },
          job_post: { title: 'Solar PV Installer - Lead', content: DUTIES },
        },
      ],
    });
    expect(p?.title).toBe('Solar PV Installer - Lead');
    expect(p?.company).toBe('Sunmesa Energy Co.');
    expect(p?.employmentType).toBe('full-time');
    expect(p?.workMode).toBe('onsite');
  });

  it('reads pay bands listed inside a compensation object, each named by its level', () => {
    const [p] = parseJson({
      requisition: {
        title: 'Field Service Technician I/II',
        company: { name: 'Bluebonnet Compression Services, LLC' },
        compensation: {
          bands: [
            { level: 'Technician I', min: 26, max: 31, currency: 'USD', interval: 'hourly' },
            { level: 'Technician II', min: 31, max: 37.5, currency: 'USD', interval: 'hourly' },
          ],
          notes: 'Per diem $65/day when traveling.',
        },
        description: DUTIES,
      },
    });
    expect(p?.salary).toEqual([
      { min: 26, max: 31, currency: 'USD', period: 'hour', label: 'Technician I' },
      { min: 31, max: 37.5, currency: 'USD', period: 'hour', label: 'Technician II' },
    ]);
  });

  it("reads SmartRecruiters' location flags, type of employment and custom fields", () => {
    const [p] = parseJson({
      name: 'Site Reliability Engineer',
      company: { name: 'Brackenfield Energy Ltd' },
      location: { city: 'Bristol', country: 'gb', remote: false, hybrid: true },
      typeOfEmployment: { id: 'permanent', label: 'Full-time' },
      customField: [{ fieldLabel: 'Security clearance', valueLabel: 'BPSS' }],
      jobAd: { sections: { jobDescription: { title: 'Job Description', text: DUTIES } } },
    });
    expect(p?.workMode).toBe('hybrid');
    expect(p?.employmentType).toBe('full-time');
  });
});

describe('an untyped export keyed as an ATS writes it', () => {
  it('keeps its employment type and place, which the schema.org mapping would not read', () => {
    const [posting] = parseJson([
      {
        title: 'CDL-A OTR Truck Driver - Dry Van',
        company: { name: 'Prairie Line Carriers LLC' },
        location: { city: 'Des Moines', region: 'Iowa', country: 'United States' },
        employment_type: 'Full-time',
        description: `Prairie Line Carriers is hiring Class A CDL drivers for our dry van fleet. ${DUTIES}`,
      },
    ]);
    expect(posting?.employmentType).toBe('full-time');
    expect(posting?.company).toBe('Prairie Line Carriers LLC');
    expect(posting?.locations[0]).toContain('Des Moines');
  });

  it('keeps the schema.org reading of an object whose location is a string', () => {
    const [posting] = parseJson({
      title: 'Data Engineer',
      hiringOrganization: { name: 'Acme GmbH' },
      location: 'Remote - Europe',
      datePosted: '2025-03-01',
      description: `We build data pipelines. ${DUTIES}`,
    });
    expect(posting?.postedDate).toBe('2025-03-01');
  });

  it("reads a Naukri-style export's CTC", () => {
    const [posting] = parseJson({
      job: {
        title: 'QA Automation Engineer',
        companyName: 'Sahyadri Logic',
        ctc: '₹ 7,00,000 - 11,00,000 P.A.',
        jobDescription: `We build policy administration platforms. ${DUTIES}`,
      },
    });
    expect(posting?.salary).toEqual([
      { min: 700000, max: 1100000, currency: 'INR', period: 'year', label: null },
    ]);
  });

  it('reads its own location object when camelCase keys look like schema.org ones', () => {
    const [posting] = parseJson({
      title: 'Salesforce Developer (Contract, 6 months)',
      employer: { name: 'Pinesight Staffing Solutions LLC' },
      location: { city: 'Charlotte', state: 'NC', country: 'US', remote: true },
      employmentType: 'CONTRACT',
      datePosted: '2024-11-04',
      description: `Pinesight Staffing Solutions is looking for two Salesforce Developers. ${DUTIES}`,
    });
    expect(posting?.locations).toEqual(['Charlotte, NC']);
    expect(posting?.workMode).toBe('remote');
    expect(posting?.employmentType).toBe('contract');
  });
});

describe('pay and place as keys of the job itself (session 27)', () => {
  it('reads "minimumSalary", "maximumSalary" and "salaryInterval", and "agencyName"', () => {
    const [p] = parseJson({
      positionTitle: 'Detention Officer Trainee',
      agencyName: 'Bighorn Valley Regional Jail Authority',
      location: { city: 'Hardin', state: 'Montana', zip: '59034' },
      minimumSalary: 50128,
      maximumSalary: 53664,
      salaryInterval: 'Annually',
      jobDescription: DUTIES,
    });
    expect(p?.salary).toEqual([
      { min: 50128, max: 53664, currency: 'USD', period: 'year', label: null },
    ]);
    expect(p?.company).toBe('Bighorn Valley Regional Jail Authority');
  });

  it('reads a figure written as text with its type, and the town with its state', () => {
    const [p] = parseJson([
      {
        title: 'Judicial Law Clerk (One-Year Term)',
        city: 'Grand Marais',
        state: 'MN',
        salary: '72150',
        salary_type: 'Annual',
        summary: DUTIES,
      },
    ]);
    expect(p?.locations).toEqual(['Grand Marais, MN']);
    expect(p?.salary).toEqual([
      { min: 72150, max: 72150, currency: 'USD', period: 'year', label: null },
    ]);
  });
});

describe('flat pay keys that are no pay (review of session 27)', () => {
  it('reads no period from "payFrequency", none from ids, the hour from "hourlyPayMin"', () => {
    const [weekly] = parseJson({
      title: 'Operations Coordinator',
      company: 'Acme',
      location: 'Austin, TX',
      payFrequency: 'Weekly',
      salary: '52000',
      salaryRangeId: 40213,
      description: DUTIES,
    });
    expect(weekly?.salary).toEqual([
      { min: 52000, max: 52000, currency: 'USD', period: 'year', label: null },
    ]);
    const [hourly] = parseJson({
      title: 'Electrician',
      company: 'Acme',
      location: 'Austin, TX',
      hourlyPayMin: 38,
      hourlyPayMax: 46,
      description: DUTIES,
    });
    expect(hourly?.salary).toEqual([
      { min: 38, max: 46, currency: 'USD', period: 'hour', label: null },
    ]);
  });

  it('keeps the job\'s place list over its "city" and a "region" that is no code', () => {
    const [p] = parseJson({
      title: 'Data Engineer',
      company: 'Acme',
      locations: [{ name: 'Remote - US' }],
      city: 'San Francisco',
      state: 'CA',
      description: DUTIES,
    });
    expect(p?.locations).not.toContain('San Francisco, CA');
  });
});

describe("USAJOBS' search API (session 30)", () => {
  it('reads title, agency, places, schedule, pay and the announcement text', () => {
    const [job] = parseJson({
      SearchResult: {
        SearchResultItems: [
          {
            MatchedObjectDescriptor: {
              PositionID: 'IHS-25-NAV-12711048-DE',
              PositionTitle: 'Clinical Pharmacist (Ambulatory Care)',
              PositionLocation: [
                { LocationName: 'Chinle, Arizona', CountryCode: 'United States' },
                { LocationName: 'Kayenta, Arizona', CountryCode: 'United States' },
              ],
              OrganizationName: 'Indian Health Service',
              PositionSchedule: [{ Name: 'Full-time', Code: '1' }],
              PositionRemuneration: [
                {
                  MinimumRange: '108453.0',
                  MaximumRange: '140990.0',
                  RateIntervalCode: 'Per Year',
                },
              ],
              UserArea: {
                Details: {
                  JobSummary:
                    'This position is located at the Chinle Comprehensive Health Care Facility. The pharmacist provides ambulatory care.',
                  LowGrade: '12',
                  TotalOpenings: '3',
                  Education: 'Degree: Bachelor of Science in Pharmacy or Doctor of Pharmacy.',
                },
              },
            },
          },
        ],
      },
    });
    expect(job?.title).toBe('Clinical Pharmacist (Ambulatory Care)');
    expect(job?.company).toBe('Indian Health Service');
    expect(job?.locations).toEqual(['Chinle, Arizona', 'Kayenta, Arizona']);
    expect(job?.employmentType).toBe('full-time');
    expect(job?.salary.map((b) => [b.min, b.max, b.currency, b.period])).toEqual([
      [108453, 140990, 'USD', 'year'],
    ]);
  });
});

describe('an export of openings with a pay rate and a work location (session 35)', () => {
  it('reads "pay_rate" and "work_location", and remote job sites are no remote work', () => {
    const [p] = parseJson({
      export: 'ats-openings',
      items: [
        {
          title: 'Structural Welder/Fitter',
          company: 'Ironclad Fabrication & Erection, LLC',
          work_location: 'Lake Charles, LA',
          additional_locations: ['Sulphur, LA', 'Cameron, LA'],
          pay_rate: '$32-$38/hr DOE',
          remote_ok: false,
          description: `Work takes place at remote job sites across Calcasieu parish. ${DUTIES}`,
        },
      ],
    });
    expect(p?.salary).toEqual([{ min: 32, max: 38, currency: 'USD', period: 'hour', label: null }]);
    expect(p?.locations[0]).toBe('Lake Charles, LA');
    expect(p?.workMode).toBeNull();
  });

  // Review: an overtime or a holiday rate under its own key is no pay.
  it('leaves out "overtime_pay_rate" and "holiday_pay_rate"', () => {
    const [p] = parseJson({
      title: 'Warehouse Associate',
      company: 'Acme Logistics',
      work_location: 'Reno, NV',
      pay_rate: '$19.00/hr',
      overtime_pay_rate: '$28.50/hr',
      holiday_pay_rate: '$38.00/hr',
      description: DUTIES,
    });
    expect(p?.salary).toEqual([{ min: 19, max: 19, currency: 'USD', period: 'hour', label: null }]);
  });
});

describe("Workable's account feed (session 60)", () => {
  it('reads {name, description, jobs} as its jobs, the account named as their employer', () => {
    const postings = parseJson({
      name: 'Aranya Lifesciences Pvt. Ltd.',
      description:
        'Aranya Lifesciences is a WHO-GMP and USFDA-inspected manufacturer of oral solid dosage generics, exporting to 35 countries.',
      jobs: [
        {
          title: 'Quality Control Chemist (HPLC)',
          employment_type: 'Full-time',
          city: 'Changodar',
          state: 'Gujarat',
          description: DUTIES,
        },
      ],
    });
    expect(postings.map((p) => [p.title, p.company, p.employmentType])).toEqual([
      ['Quality Control Chemist (HPLC)', 'Aranya Lifesciences Pvt. Ltd.', 'full-time'],
    ]);
  });
});

describe("session 61: SmartRecruiters' experience level object", () => {
  it('reads its label as the level field', () => {
    const [posting] = parseJson({
      name: 'Logistics Coordinator',
      company: { name: 'Barrowfield Fresh Foods' },
      experienceLevel: { id: 'entry_level', label: 'Entry Level' },
      jobAd: { sections: { jobDescription: { text: DUTIES } } },
    });
    expect(posting?.seniority).toBe('entry');
  });
});

describe("session 62: HeadHunter's vacancy object", () => {
  it('reads its area, its employment, a floor of pay with its mode and the old rouble code', () => {
    const [posting] = parseJson({
      id: '124578903',
      name: 'Data Scientist',
      area: { id: '1', name: 'Москва', url: 'https://api.hh.ru/areas/1' },
      salary_range: {
        from: 300000,
        to: null,
        currency: 'RUR',
        mode: { id: 'MONTH', name: 'За месяц' },
      },
      employment: { id: 'full', name: 'Полная занятость' },
      employer: { name: 'Кредитум' },
      description: DUTIES,
    });
    expect(posting?.locations).toEqual(['Москва']);
    expect(posting?.employmentType).toBe('full-time');
    expect(posting?.salary).toEqual([
      { min: 300000, max: null, currency: 'RUB', period: 'month', label: null },
    ]);
  });

  it('keeps a capped range as "up to"', () => {
    const [posting] = parseJson({
      name: 'Kierowca',
      salary: { to: 9000, currency: 'PLN', period: 'month' },
      description: DUTIES,
    });
    expect(posting?.salary).toEqual([
      { min: null, max: 9000, currency: 'PLN', period: 'month', label: null },
    ]);
  });
});

describe('what the session 62 reader rules must leave alone (review)', () => {
  it("reads no place from another export's 'area' (a department)", () => {
    const [posting] = parseJson({
      title: 'Backend Engineer',
      company: 'Acme',
      area: { id: '7', name: 'Information Technology' },
      description: DUTIES,
    });
    expect(posting?.locations).toEqual([]);
  });
});
