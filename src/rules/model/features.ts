/**
 * The features the clause model reads from a sentence: its words and pairs of
 * words (numbers as `#`, amounts as `$`), and the phrase rules that find their
 * clause in it. Training (`tools/train.ts`) and the check read sentences
 * through this one function, so the model sees at run time what it learnt from.
 */
import type { Sentence } from '../../domain/text/sentences.ts';
import type { Token } from '../../domain/text/tokens.ts';
import type { PhraseRule } from '../phrase-rule.ts';

/** A token as the model reads it: numbers as `#`, amounts as `$`. */
export const wordOf = (token: Token): string =>
  token.kind === 'money' ? '$' : token.kind === 'number' ? '#' : token.value;

/** The words and word pairs of a run of tokens, each once. */
export function wordFeatures(words: readonly Token[]): Set<string> {
  const features = new Set<string>();
  let previous: string | undefined;
  for (const token of words) {
    const word = wordOf(token);
    features.add(word);
    if (previous !== undefined) features.add(`${previous} ${word}`);
    previous = word;
  }
  return features;
}

/** The feature that says a phrase rule found its clause: `rule:gotcha/arbitration`. */
export const ruleFeature = (id: string): string => `rule:${id}`;

/** Every feature of a sentence: its words and the phrase rules that find their clause in it. */
export function sentenceFeatures(sentence: Sentence, rules: readonly PhraseRule[]): Set<string> {
  const features = wordFeatures(sentence.words);
  for (const rule of rules) if (rule.finds(sentence)) features.add(ruleFeature(rule.meta.id));
  return features;
}
