/**
 * Shared by the schema/* rules: which rule a schema issue belongs to, and its
 * message in an editor's words. The schemas (src/schemas/) are the single
 * source of truth for the shape of content; these rules only say where an
 * entry departs from it, each kind of departure under its own id. Not a rule.
 */
import type { z } from 'astro/zod';
import { didYouMeanQuestion } from '../../domain/text/nearest.ts';
import { formatFieldPath } from '../diagnostic.ts';
import { defineContentRule, type ContentRule, type RuleMeta } from '../rule.ts';

type Issue = z.core.$ZodIssue;

/** Describes a value's type in words for a message. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/**
 * The id a rule of a schema issue carries in its params, if any
 * (`reference/unknown-id`, `schema/inconsistent-fields`).
 */
export function issueRule(issue: Issue): string | undefined {
  const rule = (issue as { params?: { rule?: unknown } }).params?.rule;
  return typeof rule === 'string' ? rule : undefined;
}

/** The schema rule an issue belongs to. */
export function schemaRuleOf(issue: Issue): string {
  const named = issueRule(issue);
  if (named !== undefined) return named;
  if (issue.code === 'unrecognized_keys') return 'schema/unknown-field';
  // A field that is not there, whatever it should have held (a type, one of a list).
  if (issue.input === undefined) return 'schema/required-field';
  if (issue.code === 'invalid_type') return 'schema/wrong-type';
  return 'schema/invalid-value';
}

/**
 * An issue's message for an editor. Zod's own wording ("Invalid input: …")
 * is for programmers; the schemas' custom messages are already written for
 * editors and are kept.
 */
export function issueMessage(issue: Issue): string {
  const zodDefault = /^Invalid (input|option)/.test(issue.message) || /^Too (small|big)/.test(issue.message);
  if (issue.code === 'invalid_type' && issue.input === undefined) return `This field is required (${issue.expected}).`;
  if (issue.code === 'invalid_value' && issue.input === undefined) {
    return `This field is required: one of ${issue.values.map(String).join(', ')}.`;
  }
  if (!zodDefault) return issue.message;
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const question = typeof issue.input === 'string' ? didYouMeanQuestion(issue.input, options) : '';
    const suggestion = question === '' ? '' : `${question} `;
    return `${describe(issue.input)} is not allowed here. ${suggestion}Use one of: ${options.join(', ')}.`;
  }
  if (issue.code === 'invalid_type') {
    return (
      `Expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, ` +
      `but found ${describe(issue.input)}.`
    );
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return `Give at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'item' : 'items'} here.`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'This field cannot be empty.';
  return issue.message;
}

/**
 * A rule that reports the schema issues of its own kind in every entry, at
 * the field (an unknown field at its key), linking to the schema where the
 * fields are explained.
 */
export function defineSchemaRule(meta: Omit<RuleMeta, 'messages' | 'suppressible'>): ContentRule {
  return defineContentRule({
    meta: { ...meta, messages: { found: '{{message}}' }, suppressible: false },
    create(context) {
      return {
        entry(entry) {
          const url = entry.source.layout?.docs;
          for (const issue of entry.issues) {
            if (schemaRuleOf(issue) !== meta.id) continue;
            if (issue.code === 'unrecognized_keys') {
              for (const key of issue.keys) {
                const field = [...issue.path, key];
                const message = `"${key}" is not a field here. Check its spelling, or remove it.`;
                context.report({ field, part: 'key', messageId: 'found', data: { message }, ...(url ? { url } : {}) });
              }
              continue;
            }
            const data = { message: issueMessage(issue), field: formatFieldPath(issue.path) };
            context.report({ field: issue.path, messageId: 'found', data, ...(url ? { url } : {}) });
          }
        },
      };
    },
  });
}
