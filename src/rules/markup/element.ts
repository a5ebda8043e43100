import { didYouMeanQuestion } from '../../domain/text/nearest.ts';
import { allowedHtmlElements, componentNames, dangerousElements, htmlStartTags, isAllowedElement } from '../markup.ts';
import { mayBeMdx, renameAdvice } from '../file-advice.ts';
import { defineRule } from '../rule.ts';

/** What a .md file can say instead of each component, which renders only in .mdx. */
const markdownInstead: Readonly<Record<string, string>> = {
  Price: 'say it without the amount and link to [our prices](/pricing/)',
  TotalCost: 'say it without the amount and link to [our prices](/pricing/)',
  Fee: 'say it without the amount and link to [our fees](/pricing/fees/)',
  Term: 'write the word itself, or link to [its definition](/policies/glossary/)',
};

const components = () => [...componentNames].map((name) => `<${name}>`).join(', ');

/** "Did you mean <Price>? ", before the list of what is allowed; empty when no allowed name is near. */
function nearTo(name: string, allowed: Iterable<string>): string {
  const question = didYouMeanQuestion(name, allowed, (near) => `<${near}>`);
  return question === '' ? '' : `${question} `;
}

export default defineRule({
  meta: {
    id: 'markup/element',
    severity: 'error',
    description: 'Content uses only the components Plainsight provides and a short list of inert HTML elements.',
    rationale:
      "A <script>, <iframe>, <object> or <style> in content would run code in every reader's browser, " +
      'show another site, or hide text; an unknown component would break the page. ' +
      "Markdown and Plainsight's components cover everything a page needs.",
    source: 'Plainsight: content never runs code (OWASP ASVS 5.2; WHATWG HTML, elements that run or embed code)',
    suppressible: false,
    messages: {
      dangerous: '<{{name}}> is not allowed in content: it {{why}}. Remove it.',
      image:
        '<{{name}}> is not allowed in content. Write an image in Markdown inside a <Figure>: ' +
        '<Figure caption="What the figure shows."> then ![Alt text](./images/name.svg) on its own line.',
      component: '<{{name}}> is not a component content can use. {{suggestion}}Use one of {{components}}.',
      html:
        '<{{name}}> is not allowed in content. {{suggestion}}Use Markdown, one of {{components}}, ' +
        'or one of these HTML elements: {{allowed}}.',
      // In a .md body components do not render, so the advice for Markdown never offers one.
      imageInMarkdown:
        '<{{name}}> is not allowed in content. Images appear only as figures in .mdx papers: ' +
        '<Figure caption="What the figure shows."> then ![Alt text](./images/name.svg) on its own line.{{rename}}',
      componentInMarkdown: '<{{component}}> works only in .mdx files, not in this .md file: {{instead}}{{rename}}.',
      htmlInMarkdown:
        '<{{name}}> is not allowed in content. {{suggestion}}Use Markdown, or one of these HTML elements: ' +
        '{{allowed}}.',
    },
    examples: { bad: '<script src="/track.js"></script>', good: 'Installation costs <Fee id="installation" />.' },
  },
  create(context) {
    const renamePaper = () =>
      context.document.kind === 'paper' && mayBeMdx(context.document) ? ' Rename this paper to .mdx to add one.' : '';
    /** An element written as raw HTML in a .md body, where Markdown and inert HTML are all that render. */
    const reportInMarkdown = (name: string, range: { start: number; end: number }) => {
      const component = [...componentNames].find((known) => known.toLowerCase() === name.toLowerCase());
      if (dangerousElements.has(name.toLowerCase())) reportName(name, range);
      else if (name.toLowerCase() === 'img')
        context.report({ range, messageId: 'imageInMarkdown', data: { name, rename: renamePaper() } });
      else if (component !== undefined)
        context.report({
          range,
          messageId: 'componentInMarkdown',
          data: {
            component,
            instead: markdownInstead[component] ?? 'write it in Markdown',
            rename: renameAdvice(context.document, `<${component}>`),
          },
        });
      else
        context.report({
          range,
          messageId: 'htmlInMarkdown',
          data: { name, suggestion: nearTo(name, allowedHtmlElements), allowed: [...allowedHtmlElements].join(', ') },
        });
    };
    const reportName = (name: string, range: { start: number; end: number }) => {
      const why = dangerousElements.get(name.toLowerCase());
      if (why !== undefined) context.report({ range, messageId: 'dangerous', data: { name, why } });
      else if (name.toLowerCase() === 'img') context.report({ range, messageId: 'image', data: { name } });
      else if (/^[A-Z]/.test(name) || name.includes('.'))
        context.report({
          range,
          messageId: 'component',
          data: { name, suggestion: nearTo(name, componentNames), components: components() },
        });
      else
        context.report({
          range,
          messageId: 'html',
          data: {
            name,
            suggestion: nearTo(name, allowedHtmlElements),
            components: components(),
            allowed: [...allowedHtmlElements].join(', '),
          },
        });
    };
    return {
      document(document) {
        for (const element of document.elements) {
          // A fragment (<>…</>) has no name and renders only its children.
          if (element.name !== undefined && !isAllowedElement(element.name)) reportName(element.name, element);
        }
        for (const html of document.html) {
          for (const tag of htmlStartTags(html.value)) {
            if (!allowedHtmlElements.has(tag.name))
              reportInMarkdown(tag.name, {
                start: html.start + tag.index,
                end: html.start + tag.index + tag.name.length + 1,
              });
          }
        }
      },
    };
  },
});
