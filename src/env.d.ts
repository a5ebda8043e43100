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
