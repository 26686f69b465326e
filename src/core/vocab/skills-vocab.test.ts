import { describe, expect, it } from 'vitest';
import { SKILL_CATEGORIES } from '../model/posting';
import { getBenefitsVocabulary } from './benefits-vocab';
import { readSkillEntries, getSkillsVocabulary } from './skills-vocab';

describe('skills vocabulary integrity', () => {
  const vocab = getSkillsVocabulary();

  it('loads without data problems (no alias on two skills, no duplicate names, no bad entry)', () => {
    expect(vocab.problems).toEqual([]);
  });

  it('has at least 1,500 canonical skills', () => {
    expect(vocab.entries.length).toBeGreaterThanOrEqual(1500);
  });

  it('gives every skill exactly one valid category', () => {
    const categories: readonly string[] = SKILL_CATEGORIES;
    for (const entry of vocab.entries) expect(categories).toContain(entry.category);
  });

  it('has no duplicate canonical names', () => {
    const names = vocab.entries.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('covers every domain the product serves', () => {
    const names = new Set(vocab.entries.map((e) => e.name));
    for (const name of [
      'Triton Inference Server',
      'Weights & Biases',
      'pgvector',
      'Azure Cosmos DB',
      'BLS',
      'Phlebotomy',
      'GAAP',
      'QuickBooks',
      'Salesforce',
      'Cold calling',
      'IEPs',
      'Lesson planning',
      'Forklift',
      'CDL',
      'HVAC',
      'OSHA',
      'Figma',
      'Adobe Photoshop',
      'Teamwork',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('reports a bad data entry instead of throwing', () => {
    const problems: string[] = [];
    readSkillEntries(problems);
    expect(problems).toEqual([]);
  });
});

describe('benefits vocabulary integrity', () => {
  const vocab = getBenefitsVocabulary();

  it('loads without data problems and every trigger maps to a listed key', () => {
    expect(vocab.problems).toEqual([]);
    const keys = new Set(vocab.keys);
    for (const trigger of vocab.triggers) {
      expect(trigger.keys.length).toBeGreaterThan(0);
      for (const key of trigger.keys) expect(keys).toContain(key);
    }
  });

  it('keeps the keys the rules name', () => {
    for (const key of [
      'health_insurance',
      'dental_insurance',
      'vision_insurance',
      'retirement_plan',
      'retirement_match',
      'stock_purchase',
      'equity',
      'bonus',
      'life_insurance',
      'pto',
      'sick_leave',
      'paid_holidays',
      'parental_leave',
      'disability_insurance',
      'tuition_assistance',
      'employee_discount',
      'adoption_assistance',
      'remote_stipend',
      'relocation',
      'commuter_benefits',
      'wellness',
      'childcare',
      'flexible_hours',
      'meal_allowance',
      'gym',
    ]) {
      expect(vocab.keys).toContain(key);
    }
  });
});
