/** Data the transparency-check integration hands the /transparency/ page at build. */
declare module 'virtual:plainsight/transparency' {
  /** Every suppression in force, with its written reason. */
  export const suppressions: Array<{ file: string; line: number; rules: string[]; reason: string; silenced: number }>;
  /** The phrase lists of the rules that match wording. */
  export const phraseLists: Record<string, { phrases: string[]; except?: string[] }>;
}

/** write-good ships no types; the benchmark uses only its default export. */
declare module 'write-good' {
  export default function writeGood(
    text: string,
    options?: Record<string, boolean>,
  ): Array<{ index: number; offset: number; reason: string }>;
}
