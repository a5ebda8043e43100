import rule from '../../../src/rules/markup/element.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const paper = (code: string) => ({ code, kind: 'paper' as const, file: 'papers/example.mdx' });
const incident = (code: string) => ({ code, kind: 'status' as const, file: 'status/incidents/example.md' });

ruleTester(rule, {
  valid: [
    paper('Installation costs <Fee id="installation" />.'),
    paper('<Figure caption="Outages by month">![Outages by month, 2026](./images/outages.svg)</Figure>'),
    paper('Press <kbd>Enter</kbd>; H<sub>2</sub>O; <abbr title="Internet service provider">ISP</abbr>.'),
    paper('<>A fragment renders only its text.</>'),
    paper('See [our prices](/pricing/) or <a href="/pricing/fees/">every fee</a>.'),
    paper('```html\n<script>alert(1)</script>\n```'),
    incident('Fixed at 10:00. <br> Thanks for waiting.'),
    incident('<span>Plain</span> text.'),
  ],
  invalid: [
    {
      ...paper('Intro.\n\n<script>alert(1)</script>'),
      errors: [{ line: 3, column: 1, message: '<script> is not allowed in content: it runs a program' }],
    },
    {
      ...paper('<iframe src="https://example.com/"></iframe>'),
      errors: [{ line: 1, column: 1, message: 'shows another site inside the page' }],
    },
    { ...paper('<object data="x.swf"></object>'), errors: [{ line: 1, column: 1, message: '<object>' }] },
    { ...paper('<embed src="x.swf" />'), errors: [{ line: 1, column: 1 }] },
    {
      ...paper('<style>{".fee { display: none }"}</style>'),
      errors: [{ line: 1, column: 1, message: 'can hide text from readers' }],
    },
    { ...paper('Prices <small>before tax</small>.'), errors: [{ line: 1, column: 8, message: 'fine print by name' }] },
    {
      ...paper('<Widget />'),
      errors: [
        {
          line: 1,
          column: 1,
          message:
            '<Widget> is not a component content can use. Use one of <Price>, <Fee>, <TotalCost>, <Term>, <Figure>',
        },
      ],
    },
    { ...paper('<UI.Banner />'), errors: [{ line: 1, column: 1, message: 'is not a component' }] },
    {
      ...paper('It costs <Prcie plan="fiber-300" />.'),
      errors: [
        { line: 1, column: 10, message: 'is not a component content can use. Did you mean <Price>? Use one of' },
      ],
    },
    {
      ...paper('A <spna>word</spna>.'),
      errors: [{ line: 1, column: 3, message: 'Did you mean <span>? Use Markdown' }],
    },
    { ...paper('<marquee>Sale</marquee>'), errors: [{ line: 1, column: 1, message: 'Use Markdown' }] },
    {
      ...paper('<img src="./images/change-rollout.svg" alt="Four steps." />'),
      errors: [{ line: 1, column: 1, message: 'Write an image in Markdown inside a <Figure>' }],
    },
    // Inside a hidden element too: what readers cannot see is still judged.
    { ...paper('<span hidden><script>alert(1)</script></span>'), errors: [{ line: 1, column: 14 }] },
    {
      ...incident('The credit is <Price plan="fiber-300" /> off.'),
      errors: [
        {
          line: 1,
          column: 15,
          message:
            '<Price> works only in .mdx files, not in this .md file: say it without the amount and link to ' +
            '[our prices](/pricing/), or rename the file to .mdx and use <Price>.',
        },
      ],
    },
    {
      ...incident('An <Term id="outage">outage</Term>.'),
      errors: [{ line: 1, column: 4, message: 'write the word itself, or link to [its definition]' }],
    },
    {
      ...incident('A <strnog>sale</strnog>.'),
      errors: [{ line: 1, column: 3, message: 'Did you mean <strong>? Use Markdown, or one of these HTML elements' }],
    },
    {
      ...incident('See <img src="./images/x.svg" alt="A chart">.'),
      errors: [{ line: 1, column: 5, message: 'Images appear only as figures in .mdx papers' }],
    },
    { ...incident('Fixed.\n\n<script>alert(1)</script>'), errors: [{ line: 3, column: 1, message: '<script>' }] },
    { ...incident('Fixed. <iframe src="https://example.com/"></iframe>'), errors: [{ line: 1, column: 8 }] },
    { ...incident('<STYLE>p { display: none }</STYLE>'), errors: [{ line: 1, column: 1 }] },
  ],
});
