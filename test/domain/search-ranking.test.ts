import { describe, expect, it } from 'vitest';
import { contactKeywords, planKeywords, type PlanFacts } from '../../src/domain/search-ranking.ts';

const plan = (name: string, dollars: number, down: number, up = down): PlanFacts => ({
  name,
  allIn: { amount: dollars * 100, currency: 'USD' },
  typicalDownloadMbps: down,
  typicalUploadMbps: up,
});

describe('search keywords', () => {
  it('name every way to reach a person on the contact page, the postal address always', () => {
    expect(contactKeywords(['phone', 'chat', 'email', 'store'])).toBe(
      'phone number, live chat, email address, shop address, postal address, opening hours',
    );
    expect(contactKeywords(['email'])).toBe('email address, postal address, opening hours');
  });

  it("say a plan's speeds in words, and which plans are cheapest and fastest", () => {
    const cheap = plan('Fiber 300', 45, 290, 285);
    const sameCheap = plan('Fiber 300, Ridge Road', 45, 290, 285);
    const gig = plan('Fiber 1 Gig', 70, 940, 930);
    const fastest = plan('Fiber 2 Gig', 95, 1880, 1850);
    const plans = [cheap, sameCheap, gig, fastest];
    expect(planKeywords(cheap, plans, 'en-US')).toBe(
      '290 megabits per second download, 285 megabits per second upload, cheapest plan, lowest price',
    );
    expect(planKeywords(sameCheap, plans, 'en-US')).toMatch(/cheapest plan/);
    expect(planKeywords(gig, plans, 'en-US')).toBe(
      'Fiber 1 gigabit, 940 megabits per second download, 930 megabits per second upload',
    );
    expect(planKeywords(fastest, plans, 'en-US')).toBe(
      'Fiber 2 gigabit, 1.9 gigabits per second download, 1.9 gigabits per second upload, fastest plan',
    );
  });
});
