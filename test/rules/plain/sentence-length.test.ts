import rule from '../../../src/rules/plain/sentence-length.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['One idea per sentence. Another idea here.'],
  invalid: [
    { code: `Short one. Words ${'word '.repeat(44).trim()}.`, errors: [{ line: 1, column: 12, message: '45 words' }] },
  ],
});
