import { defineRule } from '../rule.ts';
import { modelRules } from './category-rules.ts';
import { wordFeatures, wordOf } from './features.ts';
import { flaggedCategories, scoreWords, shippedModel } from './linear-model.ts';

/** The CLAUDETTE categories in words, for messages. */
const categoryNames: Readonly<Record<string, string>> = {
  A: 'arbitration',
  CH: 'unilateral change',
  CR: 'content removal',
  J: 'jurisdiction',
  LAW: 'choice of law',
  LTD: 'limitation of liability',
  TER: 'unilateral termination',
  USE: 'contract by using',
};

export default defineRule({
  meta: {
    id: 'model/unfair-clause',
    severity: 'warning',
    description: 'A second opinion: sentences that read like an unfair clause no rule names.',
    rationale:
      'Phrase lists miss clauses worded in ways nobody listed. A linear model trained on terms of service ' +
      'annotated by lawyers catches many of them; it is a warning, because a model can be wrong and says why it flags.',
    source: 'CLAUDETTE corpus (Lippi et al. 2019; Galassi et al. 2024), LexGLUE UNFAIR-ToS (Chalkidis et al. 2022)',
    messages: {
      found:
        'Reads like an unfair {{category}} clause (model score {{score}}), mostly because of "{{because}}". ' +
        'Rewrite it so it gives customers a fair deal, or suppress this warning with your reason.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'Harbor Fiber can end this agreement whenever it sees fit.',
      good: 'We end service only if a bill is 60 days overdue, after two reminders.',
    },
  },
  create(context) {
    const severity = context.facts.modelFindings[context.document.kind] ?? 'warning';
    if (severity === 'off') return {};
    const model = shippedModel();
    return {
      sentence(sentence) {
        if (sentence.words.length < 5) return;
        // Where a rule finds its clause, the rule reports it; the model speaks only where no rule does.
        if (modelRules.some((rule) => rule.finds(sentence))) return;
        // With no rule's finding among them, a sentence's features are its words. Most sentences
        // reach no threshold: scoring them needs no set of features, only naming why one is flagged.
        const scores = scoreWords(model, sentence.words.map(wordOf));
        if (!scores.some((score) => score >= model.threshold)) return;
        const [top] = flaggedCategories(model, wordFeatures(sentence.words));
        if (top === undefined) return;
        context.report({
          range: sentence.range,
          messageId: 'found',
          severity,
          data: {
            category: categoryNames[top.category] ?? top.category,
            score: top.score.toFixed(2),
            because: top.because.join('", "'),
          },
        });
      },
    };
  },
});
