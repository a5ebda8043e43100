import { isoDay } from '../../domain/dates.ts';
import { formatDay } from '../../domain/format-date.ts';
import {
  factKey,
  factsInEffect,
  factValuesFrom,
  formatFact,
  unitWords,
  type FactInEffect,
  type FactVersion,
} from '../../domain/policies/policy-facts.ts';
import { cardinalValue } from '../../domain/text/number-words.ts';
import type { Token } from '../../domain/text/tokens.ts';
import { defineRule, type Sentence } from '../rule.ts';

/** `policies/<policy>/<effective>.md(x)`: the policy version a file is, if it is one. */
const policyVersionPath = /(?:^|\/)policies\/([a-z0-9-]+)\/(\d{4}-\d{2}-\d{2})\.mdx?$/;

/**
 * The values prose may state for each fact, by `policy/id`: the one in
 * effect, others it may also name, and later values that make typing it wrong.
 */
type Accepted = Map<string, { now: FactInEffect | undefined; also: FactInEffect[]; later: FactInEffect[] }>;

/**
 * What a file may say. A policy version states its own facts (and, where it
 * says what changed, the previous version's); another policy version states
 * the facts in effect when it takes effect; any other page is read from
 * today on, so a number that a scheduled version changes is wrong already.
 */
function acceptedFor(path: string, field: string, versions: readonly FactVersion[], today: string): Accepted {
  const accepted: Accepted = new Map();
  const version = policyVersionPath.exec(path);
  if (version !== null) {
    const [, policy = '', effective = ''] = version;
    for (const [key, fact] of factsInEffect(versions, effective)) {
      const previous =
        fact.policy === policy && field.startsWith('changes')
          ? factsInEffect(
              versions.filter((candidate) => candidate.policy !== policy || candidate.effective < effective),
              effective,
            ).get(key)
          : undefined;
      accepted.set(key, { now: fact, also: previous ? [previous] : [], later: [] });
    }
    return accepted;
  }
  for (const [key, [now, ...later]] of factValuesFrom(versions, today)) {
    const inEffect = now !== undefined && now.effective <= today ? now : undefined;
    accepted.set(key, {
      now: inEffect,
      also: [],
      later: inEffect === undefined ? [now, ...later].filter((fact) => fact !== undefined) : later,
    });
  }
  return accepted;
}

/**
 * What files may say, by the key of what it depends on (see `acceptedKey`),
 * for each list of versions: every file that is not a policy version
 * accepts the same, so it is worked out once per thread, not once per file.
 */
const acceptedByVersions = new WeakMap<readonly FactVersion[], Map<string, Accepted>>();

/** All that `acceptedFor` reads of a file and a field besides the versions. */
function acceptedKey(path: string, field: string, today: string): string {
  const version = policyVersionPath.exec(path);
  if (version === null) return `today ${today}`;
  return `version ${version[1]} ${version[2]} ${field.startsWith('changes')}`;
}

/** `acceptedFor`, remembered; the maps it returns are only read. */
function acceptedOnce(path: string, field: string, versions: readonly FactVersion[], today: string): Accepted {
  let known = acceptedByVersions.get(versions);
  if (known === undefined) {
    known = new Map();
    acceptedByVersions.set(versions, known);
  }
  const key = acceptedKey(path, field, today);
  let accepted = known.get(key);
  if (accepted === undefined) {
    accepted = acceptedFor(path, field, versions, today);
    known.set(key, accepted);
  }
  return accepted;
}

/** Each number in the sentence with the word after it: "60 days", "sixty days", "10 percent". */
function numbersWithUnits(sentence: Sentence): Array<{ value: number; unit: string; first: Token; last: Token }> {
  const found: Array<{ value: number; unit: string; first: Token; last: Token }> = [];
  const words = sentence.words;
  for (let index = 0; index + 1 < words.length; index += 1) {
    const token = words[index] as Token;
    const value =
      token.kind === 'number' && /^\d+$/.test(token.value) ? Number(token.value) : cardinalValue(token.value);
    if (value === undefined) continue;
    const next = words[index + 1] as Token;
    found.push({ value, unit: next.value, first: token, last: next });
  }
  return found;
}

function mentions(sentence: Sentence, words: readonly string[]): boolean {
  return words.every((mention) =>
    sentence.words.some((token) => token.kind === 'word' && token.value.startsWith(mention)),
  );
}

export default defineRule({
  meta: {
    id: 'reference/restated-fact',
    severity: 'error',
    description:
      'Prose that types a number a policy declares says the same number, now and after any scheduled change.',
    rationale:
      'A refund window or a notice period typed into a fee note or a paper goes stale the day the policy ' +
      'changes, and nothing else would notice: the customer reads two different promises.',
    source: 'Plainsight: each fact is stated once and quoted everywhere else',
    messages: {
      differs:
        'This says {{written}}, but the {{policy}} policy says {{declared}} ({{about}}). ' +
        'Quote the fact instead of typing it: {{advice}}',
      willDiffer:
        'This says {{written}}, but from {{date}} the {{policy}} policy says {{declared}} ({{about}}). ' +
        'Quote the fact instead of typing it, so the page follows the policy: {{advice}}',
    },
    examples: {
      bad: 'refundNote: Refunded if you cancel within 30 days of installation. (The refunds policy says 60.)',
      good: 'refundNote: Refunded if you cancel within {fact:refunds/installation-fee-refund-window} of installation.',
    },
  },
  create(context) {
    const versions = context.facts.factVersions;
    if (versions === undefined || versions.every((version) => Object.keys(version.facts).length === 0)) return {};
    const today = isoDay(context.facts.now);
    return {
      sentence(sentence) {
        const numbers = numbersWithUnits(sentence);
        if (numbers.length === 0) return;
        const accepted = acceptedOnce(context.document.path, sentence.field, versions, today);
        for (const [key, { now, also, later }] of accepted) {
          const fact = now ?? later[0];
          if (fact === undefined || !mentions(sentence, fact.mentions)) continue;
          const units = unitWords(fact.unit);
          const stated = numbers.filter((number) => units.includes(number.unit));
          if (stated.length === 0) continue;
          const allowed = [now, ...also].filter((value) => value !== undefined).map((value) => value.value);
          if (
            stated.some(
              (number) => allowed.includes(number.value) && later.every((next) => next.value === number.value),
            )
          )
            continue;
          const first = stated[0] as (typeof stated)[number];
          const written = `${first.first.raw} ${first.last.raw}`;
          const [policy, id] = key.split('/') as [string, string];
          const advice = context.document.mdx
            ? `<PolicyFact policy="${policy}" fact="${id}" />.`
            : context.document.kind === 'pricing'
              ? `{fact:${factKey(policy, id)}}.`
              : `link to the ${policy} policy rather than repeat the number.`;
          const mismatch = now !== undefined && !allowed.includes(first.value);
          const shown = mismatch ? now : (later.find((next) => next.value !== first.value) ?? fact);
          context.report({
            range: sentence.rangeOf(first.first, first.last),
            messageId: mismatch ? 'differs' : 'willDiffer',
            data: {
              written,
              policy,
              declared: formatFact(shown),
              about: shown.about.charAt(0).toLowerCase() + shown.about.slice(1),
              date: formatDay(shown.effective, 'en-US'),
              advice,
            },
          });
        }
      },
    };
  },
});
