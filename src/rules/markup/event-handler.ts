import { writtenAttributes } from '../markup.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'markup/event-handler',
    severity: 'error',
    description: 'No element in content carries an event handler such as onclick.',
    rationale:
      "An event handler is a program that runs in the reader's browser when they click, hover or load the page.",
    source: 'Plainsight: content never runs code (OWASP XSS Prevention Cheat Sheet)',
    suppressible: false,
    messages: {
      found:
        'The attribute "{{name}}" runs code in the reader\'s browser. Remove it; ' +
        'content cannot react to clicks or other events.',
    },
    examples: { bad: '<span onMouseOver="track()">Our prices</span>', good: '<span>Our prices</span>' },
  },
  create(context) {
    const isHandler = (name: string) => /^on/i.test(name);
    return {
      document(document) {
        for (const attribute of writtenAttributes(document)) {
          if (isHandler(attribute.name))
            context.report({ range: attribute.range, messageId: 'found', data: { name: attribute.name } });
        }
      },
    };
  },
});
