import { defineRule } from '../rule.ts';

/** Words that say what an image is, not what it shows. */
const genericAlt = new Set([
  'image',
  'img',
  'picture',
  'photo',
  'figure',
  'chart',
  'graph',
  'diagram',
  'illustration',
  'screenshot',
  'icon',
  'logo',
]);
const fileName = /\.(?:svg|png|jpe?g|gif|webp|avif)$/i;

/** Why an alt text fails, or undefined when it describes something. */
export function altProblem(alt: string): string | undefined {
  const text = alt.trim();
  if (text === '')
    return (
      'This image has no alt text. Describe what it shows, for readers who cannot see it: ' +
      '![What the image shows](./images/name.svg).'
    );
  if (fileName.test(text)) return `The alt text "${text}" is a file name. Describe what the image shows instead.`;
  if (genericAlt.has(text.toLowerCase()))
    return (
      `The alt text "${text}" says what the image is, not what it shows. ` +
      'Describe its content: what a reader who cannot see it needs to know.'
    );
  return undefined;
}

export default defineRule({
  meta: {
    id: 'plain/image-alt',
    severity: 'error',
    description: 'Every image has alt text that says what it shows.',
    rationale:
      'A reader using a screen reader gets only the alt text. ' +
      'An image without it, or with "chart" as its text, tells them nothing and can hide what others see.',
    source: 'WCAG 2.2, 1.1.1 Non-text Content (level A)',
    messages: { found: '{{problem}}' },
    examples: {
      bad: '![chart](./images/outages.svg)',
      good: '![Outages by month: 4 in August, 3 in September, 3 in October, 1 in November.](./images/outages.svg)',
    },
  },
  create(context) {
    return {
      document(document) {
        for (const image of document.images) {
          const problem = altProblem(image.alt);
          if (problem)
            context.report({ range: { start: image.start, end: image.end }, messageId: 'found', data: { problem } });
        }
      },
    };
  },
});
