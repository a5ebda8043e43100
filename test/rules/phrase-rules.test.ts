/**
 * Every phrase rule is a YAML file whose examples are its tests: each refused
 * example must be reported exactly once (where a line and column are given,
 * there), and each accepted one not at all. The files themselves are held to
 * their schema.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import {
  PhraseRuleSchema,
  readPhraseRuleFile,
  type PhraseExample,
  type PhraseRule,
} from '../../src/rules/phrase-rule.ts';
import { WordListSchema, readWordList } from '../../src/rules/word-list.ts';
import { allRules } from '../../src/rules/index.ts';
import type { ProseKind } from '../../src/reader/layout.ts';
import { runRule } from '../helpers/rule-tester.ts';

const phraseRules = allRules.filter((rule): rule is PhraseRule => 'phrases' in rule);

/** An example as the engine reads it: its text, kind and file name. */
function example(rule: PhraseRule, value: PhraseExample) {
  const base = { kind: (rule.meta.appliesTo?.[0] ?? 'policy') as ProseKind, file: 'case.mdx' };
  if (typeof value === 'string') return { ...base, text: value };
  return { ...base, ...value, kind: (value.kind ?? base.kind) as ProseKind, file: value.file ?? base.file };
}

describe('phrase rules', () => {
  it('are the rules that find a kind of clause by its wording, twenty of them or more', () => {
    expect(phraseRules.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(phraseRules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
    it.each(rule.phrases.examples.refused.map((value) => example(rule, value)))('refuses: $text', (c) => {
      const found = runRule(rule, c.text, c.kind, c.file);
      expect(found.map((d) => d.message)).toHaveLength(1);
      if (c.line !== undefined) expect(found[0]?.line).toBe(c.line);
      if (c.column !== undefined) expect(found[0]?.column).toBe(c.column);
      if (c.message !== undefined) expect(found[0]?.message).toContain(c.message);
    });
    it.each(rule.phrases.examples.accepted.map((value) => example(rule, value)))('accepts: $text', (c) => {
      expect(runRule(rule, c.text, c.kind, c.file)).toEqual([]);
    });
  });

  it('show their first refused and accepted examples in their documentation', () => {
    for (const rule of phraseRules) {
      const [refused] = rule.phrases.examples.refused;
      const [accepted] = rule.phrases.examples.accepted;
      expect(rule.meta.examples?.bad).toBe(typeof refused === 'string' ? refused : refused?.text);
      expect(rule.meta.examples?.good).toBe(typeof accepted === 'string' ? accepted : accepted?.text);
    }
  });

  it('are refused when a file breaks its schema, with the field at fault', () => {
    const file = readPhraseRuleFile('gotcha/arbitration');
    expect(PhraseRuleSchema.safeParse(file).success).toBe(true);
    const broken = PhraseRuleSchema.safeParse({ ...file, message: 'Forced arbitration.', examples: { refused: [] } });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'examples.accepted',
      'examples.refused',
      'message',
    ]);
  });
});

describe('the word lists of code rules', () => {
  const names = readdirSync(new URL('../../src/rules/words/', import.meta.url)).map((file) =>
    file.replace(/\.yaml$/, ''),
  );
  it.each(names)('words/%s.yaml passes its schema and compiles', (name) => {
    expect(() => readWordList(name)).not.toThrow();
  });
  it('are held to their schema: phrases or a swap map, nothing else, nothing empty', () => {
    expect(WordListSchema.safeParse({ phrases: ['hereby'] }).success).toBe(true);
    expect(WordListSchema.safeParse({ swap: { hereby: '(leave it out)' } }).success).toBe(true);
    expect(WordListSchema.safeParse({ phrases: [] }).success).toBe(false);
    expect(WordListSchema.safeParse({ swap: { hereby: '' } }).success).toBe(false);
    expect(WordListSchema.safeParse({ phrases: ['a'], swap: { b: 'c' } }).success).toBe(false);
    expect(WordListSchema.safeParse({ phrase: ['a'] }).success).toBe(false);
  });
});
