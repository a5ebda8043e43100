import rule from '../../../src/rules/fee/undeclared-amount.ts';
import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../../helpers/rule-tester.ts';
import { treeDiagnostics } from '../../helpers/tree-check.ts';

// The sample site declares $45, $55, $56.50, $70, $75, $1.50, $5, $10 and more.
ruleTester(rule, {
  valid: [
    'Fiber 300 costs $45 a month.',
    'The late fee is $5.00, once per bill.',
    'In 2025 we credited $6,310 to customers.',
    'Over 12 months Fiber 1 Gig costs $825 in all.',
    {
      code: 'You pay $15 for each month left in the term.',
      kind: 'pricing',
      file: 'pricing/plans/fiber-300-ridge-road.yaml',
    },
    { code: "> A $4.99 processing fee applies.\n>\n> — Another provider's terms, 2024", kind: 'paper' },
  ],
  invalid: [
    {
      code: 'A $4.99 processing fee applies to card payments.',
      errors: [{ line: 1, column: 3, message: '$4.99 is not a declared price or fee' }],
    },
    { code: 'Intro.\n\nThe price is $45 a month, or $49 a month on paper bills.', errors: [{ line: 3, column: 30 }] },
    { code: 'You pay 12 dollars a month for the modem.', errors: [{ line: 1, column: 9 }] },
    // A plain blockquote is not a quotation: it is still the company speaking.
    { code: '> Note: a $4.99 processing fee applies.', errors: [{ line: 1, column: 11 }] },
  ],
});

describe('fee/undeclared-amount advises what the file can hold', () => {
  const messageIn = (file: string, code: string, kind: 'status' | 'pricing' | 'paper' = 'status') =>
    runRule(rule, code, kind, file).map((d) => d.message);
  it('offers <Price> and <Fee> in an .mdx body', () => {
    expect(messageIn('papers/example.mdx', 'A $4.99 processing fee applies.', 'paper')).toEqual([
      '$4.99 is not a declared price or fee. Use a <Price> or <Fee> from the data, ' +
        'or declare the fee in pricing/fees.yaml.',
    ]);
  });
  it('offers a link or words in a .md incident, or renaming it', () => {
    expect(messageIn('status/incidents/example.md', 'We refunded the $12.50 late fee.')).toEqual([
      '$12.50 is not a declared price or fee. A .md file cannot show <Price> or <Fee>: say it without the amount ' +
        'and link to [our prices](/pricing/) or [our fees](/pricing/fees/), or rename the file to .mdx and use ' +
        'them. If it is a new fee, declare it in pricing/fees.yaml.',
    ]);
  });
  it('offers words in a YAML field, even in the front matter of an .mdx file', () => {
    const frontMatter = '---\ntitle: Billing is late\nsummary: A $4.99 processing fee was charged twice.\n---\n';
    const [message, ...rest] = messageIn('status/incidents/example.mdx', `${frontMatter}\nFixed.\n`);
    expect(rest).toEqual([]);
    expect(message).toBe(
      '$4.99 is not a declared price or fee. A YAML field (summary) cannot show <Price> or <Fee>: say it ' +
        'without the amount; customers find every price on /pricing/. If it is a new fee, declare it in ' +
        'pricing/fees.yaml.',
    );
    expect(message).not.toContain('Use a <Price>');
  });
  it('offers words in an item of a YAML list too (keyPoints, includes)', () => {
    const frontMatter = '---\ntitle: Refunds\nkeyPoints:\n  - A $4.99 processing fee applies to card payments.\n---\n';
    const [message] = messageIn('policies/refunds/2027-01-01.mdx', `${frontMatter}\nText.\n`);
    expect(message).toContain('A YAML field (keyPoints) cannot show <Price> or <Fee>');
    expect(message).not.toContain('Use a <Price>');
  });
});

describe('fee/undeclared-amount in the sample site', () => {
  it('accepts every amount the sample states, including plan totals and early-termination charges', async () => {
    expect(await treeDiagnostics(rule, () => {})).toEqual([]);
  });
  it('refuses a processing fee no one declared, inserted into a sample policy, at its line', async () => {
    const result = await treeDiagnostics(rule, (t) =>
      t.replace(
        'policies/refunds/2025-03-01.mdx',
        'we also refund the installation fee.',
        'we also refund the installation fee. A $4.99 processing fee applies.',
      ),
    );
    expect(result).toEqual(['policies/refunds/2025-03-01.mdx:22:89']);
  });
});
