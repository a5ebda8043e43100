/** Data the content-check integration hands the /transparency/ pages at build. */
declare module 'virtual:plainsight/transparency' {
  /** Every suppression in force, with its written reason and a link to each sentence it allows. */
  export const suppressions: Array<{
    file: string;
    line: number;
    rules: string[];
    reason: string;
    silenced: number;
    links: Array<import('./domain/sentence-link.ts').SentenceLink>;
  }>;
  /** Every rule's documentation, in the order of the docs. */
  export const rules: Array<import('./rules/docs.ts').RuleDoc>;
  /** The phrase lists of the rules that match wording. */
  export const phraseLists: Record<string, import('./rules/docs.ts').PhraseListDoc>;
  /** What the clause model learnt from, for its attribution. */
  export const model: import('./rules/docs.ts').ModelDoc;
}

/** The brand of site.yaml, published by the brand integration (src/integrations/brand-assets.ts). */
declare module 'virtual:plainsight/brand' {
  /**
   * The logo's published address, whether it shows the company's name in
   * words, and the size it draws at; undefined without a logo.
   */
  export const logo: { src: string; showsName: boolean; width: number; height: number } | undefined;
  /** The body font's published address, to preload; undefined without a brand font. */
  export const bodyFont: string | undefined;
}

/** The brand's stylesheet: its fonts and colours as custom properties. */
declare module 'virtual:plainsight/brand.css';
