import { htmlStartTags } from '../../markup.ts';
import { defineRule } from '../../rule.ts';

export default defineRule({
  meta: {
    id: 'markup/event-handler',
    severity: 'error',
    description: 'No element in content carries an event handler such as onclick.',
    rationale: 'An event handler is a program that runs in the reader\'s browser when they click, hover or load the page.',
    source: 'Plainsight: content never runs code (OWASP XSS Prevention Cheat Sheet)',
    suppressible: false,
    messages: { found: 'The attribute "{{name}}" runs code in the reader\'s browser. Remove it; content cannot react to clicks or other events.' },
    examples: { bad: '<span onMouseOver="track()">Our prices</span>', good: '<span>Our prices</span>' },
  },
  create(context) {
    const isHandler = (name: string) => /^on/i.test(name);
    return {
      document(document) {
        for (const element of document.elements) {
          for (const attribute of element.attributes) {
            if ('name' in attribute && isHandler(attribute.name)) context.report({ range: element, messageId: 'found', data: { name: attribute.name } });
          }
        }
        for (const html of document.html) {
          for (const tag of htmlStartTags(html.value)) {
            for (const attribute of tag.attributes) {
              if (isHandler(attribute.name)) context.report({ range: { start: html.start + tag.index, end: html.end }, messageId: 'found', data: { name: attribute.name } });
            }
          }
        }
      },
    };
  },
});
