import type { DegreeLevel, EmploymentType, Seniority, WorkMode } from '../../core/model/posting';

export const WORK_MODE_LABEL: Record<WorkMode, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
};

export const EMPLOYMENT_LABEL: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};

export const SENIORITY_LABEL: Record<Seniority, string> = {
  intern: 'Intern',
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
  executive: 'Executive',
};

export const DEGREE_LABEL: Record<DegreeLevel, string> = {
  high_school: 'High school',
  associate: "Associate's",
  bachelor: "Bachelor's",
  master: "Master's",
  phd: 'PhD',
};

export function yearsLabel(years: number): string {
  if (years < 1) return `${Math.round(years * 12)} months`;
  return `${years} year${years === 1 ? '' : 's'}`;
}
