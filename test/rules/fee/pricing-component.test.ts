import rule from '../../../src/rules/fee/pricing-component.ts';
import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../../helpers/rule-tester.ts';

// Snippets are checked against the sample site's plans and fees.
const paper = (code: string) => ({ code, kind: 'paper' as const, file: 'papers/example.mdx' });

ruleTester(rule, {
  valid: [
    paper('Fiber 300 costs <Price plan="fiber-300" /> a month.'),
    paper('It starts at <Price plan="fiber-1000" show="introductory" />.'),
    paper('Installation is <Fee id="installation" />.'),
    paper('A year costs <TotalCost plan="fiber-1000" months={12} />.'),
    paper('<Aside title="anything">Not a pricing component.</Aside>'),
  ],
  invalid: [
    {
      ...paper('Intro.\n\nInstallation is <Fee id="instalation" />.'),
      errors: [
        {
          line: 3,
          column: 17,
          message:
            'names the fee "instalation", but there is no such fee in pricing/fees.yaml. Did you mean "installation"?',
        },
      ],
    },
    {
      ...paper('It costs <Price plan="fiber-500" />.'),
      errors: [
        { line: 1, column: 10, message: 'Did you mean "fiber-300"? Known plans: fiber-1000, fiber-2000, fiber-300' },
      ],
    },
    {
      ...paper('It costs <Price />.'),
      errors: [{ line: 1, column: 10, message: '<Price> needs a "plan" attribute.' }],
    },
    {
      ...paper('It costs <Price plan="fiber-300" show="introductory" />.'),
      errors: [{ line: 1, column: 10, message: 'has no introductory price' }],
    },
    {
      ...paper('<TotalCost plan="fiber-300" months={0} />'),
      errors: [{ line: 1, column: 1, message: 'whole number of months' }],
    },
  ],
});

describe('an unknown fee near no known one', () => {
  it('gets a short list of the known fees and no guess', () => {
    const [problem, ...rest] = runRule(rule, 'Setup is <Fee id="modem" />.', 'paper', 'papers/example.mdx');
    expect(rest).toEqual([]);
    expect(problem?.message).toMatch(/no such fee in pricing\/fees\.yaml\. Known fees: [^?]+ and \d+ more\.$/);
  });
});
