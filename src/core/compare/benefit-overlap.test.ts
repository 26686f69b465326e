import { describe, expect, it } from 'vitest';
import { benefitLabel, buildBenefitMatrix } from './benefit-overlap';

const b = (...keys: string[]) => keys.map((key) => ({ key, spans: [] }));

describe('buildBenefitMatrix', () => {
  it('groups by theme with labels, shared first, one flag per posting', () => {
    const groups = buildBenefitMatrix([
      b('health_insurance', 'pto', 'equity'),
      b('pto', 'dental_insurance'),
      b('pto', 'health_insurance', 'pto'),
    ]);
    expect(groups.map((g) => g.label)).toEqual([
      'Health and insurance',
      'Money and retirement',
      'Time off and flexibility',
    ]);
    const health = groups[0]!.rows;
    expect(health.map((r) => [r.label, r.sharing])).toEqual([
      ['Health insurance', 'some'],
      ['Dental insurance', 'one'],
    ]);
    expect(groups[2]!.rows[0]).toMatchObject({
      key: 'pto',
      offered: [true, true, true],
      count: 3,
      sharing: 'all',
    });
  });

  it('labels keys it does not know from the key itself', () => {
    expect(benefitLabel('four_day_week')).toBe('Four day week');
    expect(benefitLabel('remote_stipend')).toBe('Home office stipend');
  });
});
