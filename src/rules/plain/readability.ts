import { fleschKincaidGrade } from '../../domain/readability.ts';
import { sentenceFigures } from '../../domain/text/reading-level.ts';
import { defineRule, type Sentence } from '../rule.ts';

import { defaultReadability as gradeLimits } from '../facts.ts';

export default defineRule({
  meta: {
    id: 'plain/readability',
    severity: 'error',
    description:
      `A document reads at grade ${gradeLimits.warning} or below (Flesch-Kincaid); ` +
      `above ${gradeLimits.error} it is refused. Limits can be set per kind of content in site.yaml.`,
    rationale:
      'Half of US adults read below a 9th-grade level; a policy they cannot read is a policy they cannot agree to.',
    source:
      'ISO 24495-1:2023; US Federal Plain Language Guidelines; Flesch-Kincaid grade formula (Kincaid et al., 1975)',
    messages: {
      tooHard:
        'This document reads at grade {{grade}} (Flesch-Kincaid); the most allowed is {{limit}}. ' +
        'Use shorter sentences and shorter words.',
      hard: 'This document reads at grade {{grade}} (Flesch-Kincaid); aim for {{limit}} or below.',
    },
    appliesTo: ['policy', 'paper'],
  },
  create(context) {
    // Totals gathered sentence by sentence, counted as the pages count them.
    let sentences = 0;
    let words = 0;
    let syllables = 0;
    let first: Sentence | undefined;
    return {
      sentence(sentence) {
        const figures = sentenceFigures(sentence);
        if (figures === undefined) return;
        first ??= sentence;
        sentences += 1;
        words += figures.words;
        syllables += figures.syllables;
      },
      document(document) {
        if (words < 100 || first === undefined) return;
        // Limits are set per kind of content in site.yaml, or default.
        const limits = context.facts.readability[document.kind] ?? gradeLimits;
        const grade = fleschKincaidGrade({ words, sentences, syllables });
        const rounded = Math.round(grade * 10) / 10;
        if (grade > limits.error)
          context.report({ range: first.range, messageId: 'tooHard', data: { grade: rounded, limit: limits.error } });
        else if (grade > limits.warning)
          context.report({
            range: first.range,
            messageId: 'hard',
            data: { grade: rounded, limit: limits.warning },
            severity: 'warning',
          });
      },
    };
  },
});
