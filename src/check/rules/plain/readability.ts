import { countSyllables, fleschKincaidGrade } from '../../../domain/readability.ts';
import { sentencesOf } from '../../engine.ts';
import { defineRule } from '../../rule.ts';

/** Grade levels: above the first a warning, above the second an error. */
export const gradeLimits = { warning: 10, error: 12 };

export default defineRule({
  meta: {
    id: 'plain/readability',
    severity: 'error',
    description: `A document reads at grade ${gradeLimits.warning} or below (Flesch-Kincaid); above ${gradeLimits.error} it is refused.`,
    rationale: 'Half of US adults read below a 9th-grade level; a policy they cannot read is a policy they cannot agree to.',
    source: 'ISO 24495-1:2023; US Federal Plain Language Guidelines; Flesch-Kincaid grade formula (Kincaid et al., 1975)',
    messages: {
      tooHard: 'This document reads at grade {{grade}} (Flesch-Kincaid); the most allowed is {{limit}}. Use shorter sentences and shorter words.',
      hard: 'This document reads at grade {{grade}} (Flesch-Kincaid); aim for {{limit}} or below.',
    },
    appliesTo: ['policy', 'paper'],
  },
  create(context) {
    return {
      document(document) {
        // The body only: front-matter fields are short labels, not running text.
        const body = { ...document, blocks: document.blocks.filter((block) => block.field === '') };
        const sentences = sentencesOf(body).filter((s) => s.words.length >= 3);
        const words = sentences.flatMap((s) => s.words.filter((t) => t.kind === 'word'));
        if (words.length < 100) return;
        const grade = fleschKincaidGrade({ words: words.length, sentences: sentences.length, syllables: words.reduce((sum, t) => sum + countSyllables(t.value), 0) });
        const rounded = Math.round(grade * 10) / 10;
        const first = sentences[0];
        if (first === undefined) return;
        if (grade > gradeLimits.error) context.report({ range: first.range, messageId: 'tooHard', data: { grade: rounded, limit: gradeLimits.error } });
        else if (grade > gradeLimits.warning) context.report({ range: first.range, messageId: 'hard', data: { grade: rounded, limit: gradeLimits.warning }, severity: 'warning' });
      },
    };
  },
});
