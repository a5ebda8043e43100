import type { ImageNode, JsxElement } from '../../reader/prose-document.ts';
import { didYouMean } from '../../domain/text/nearest.ts';
import { isUnsafeUrl } from '../markup.ts';
import { defineRule } from '../rule.ts';

const example = '<Figure caption="What the figure shows.">\n\n![Alt text](./images/name.svg)\n\n</Figure>';

/** Why an image's address is refused, or undefined when it names a file in content/papers/images/. */
function addressProblem(
  image: ImageNode,
  isPaper: boolean,
  known: ReadonlySet<string> | undefined,
): string | undefined {
  if (!isPaper) return 'Only papers show figures. Move the image into a paper, or describe it in words.';
  if (image.url === undefined)
    return "Write the image's address in place, as ![alt](./images/name.svg), not as a reference.";
  // markup/unsafe-url refuses a javascript: or data: address; one report is enough.
  if (isUnsafeUrl(image.url)) return undefined;
  const match = /^\.\/images\/([^/?#]+)$/.exec(image.url);
  if (match === null) {
    return (
      `The image "${image.url}" is not in content/papers/images/. ` +
      'Images come from the site itself: save the file there and write ./images/<name>.'
    );
  }
  const name = decodeURIComponent(match[1] ?? '');
  if (known !== undefined && !known.has(name)) {
    return `There is no file content/papers/images/${name}. ${didYouMean(name, known, 'Files there')}`;
  }
  return undefined;
}

const within = (image: ImageNode, element: JsxElement) => image.start >= element.start && image.end <= element.end;

export default defineRule({
  meta: {
    id: 'plain/figure',
    severity: 'error',
    description:
      'Images appear only as figures in papers: inside <Figure caption="…">, one image each, ' +
      'from content/papers/images/.',
    rationale:
      "A caption says why a figure is there; an image from another address would make the reader's browser ask " +
      'someone else for it, and a missing file is a broken page.',
    source: 'ISO 24495-1:2023, 5.4 (readers can use the document); Plainsight: no request to another site',
    messages: { found: '{{problem}}' },
    examples: { bad: '![Four steps of a change](https://example.com/steps.png)', good: example },
  },
  create(context) {
    const known = context.facts.paperImages;
    return {
      document(document) {
        const report = (range: { start: number; end: number }, problem: string) =>
          context.report({ range, messageId: 'found', data: { problem } });
        const isPaper = document.kind === 'paper';
        const figures = document.elements.filter((element) => element.name === 'Figure');
        for (const figure of figures) {
          const attributes = figure.attributes.flatMap((attribute) => ('name' in attribute ? [attribute] : []));
          for (const attribute of attributes) {
            if (attribute.name !== 'caption')
              report(figure, `<Figure> has no "${attribute.name}" attribute; it takes only "caption".`);
          }
          const caption = attributes.find((attribute) => attribute.name === 'caption')?.value;
          if (caption === undefined) report(figure, `A <Figure> needs a caption that says what it shows: ${example}`);
          else if (typeof caption !== 'string')
            report(figure, 'The caption must be written as text in quotes: caption="…".');
          else if (caption.trim() === '') report(figure, 'The caption is empty; say what the figure shows.');
          const images = document.images.filter((image) => within(image, figure));
          if (images.length === 0)
            report(figure, `A <Figure> shows one image, written in Markdown on its own line inside it: ${example}`);
          for (const extra of images.slice(1))
            report(extra, 'A <Figure> shows one image; give this one a <Figure> of its own.');
        }
        for (const image of document.images) {
          // Outside papers the address problem says that only papers show figures; a <Figure> would not help.
          if (isPaper && !figures.some((figure) => within(image, figure)))
            report(
              image,
              document.mdx
                ? `An image needs a caption: put it inside a figure. ${example}`
                : 'An image needs a caption, and a caption needs a <Figure>, which works only in .mdx files: ' +
                    `rename this paper to .mdx and write ${example}`,
            );
          const problem = addressProblem(image, isPaper, known);
          if (problem) report(image, problem);
        }
      },
    };
  },
});
