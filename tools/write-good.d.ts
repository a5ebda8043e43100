/** write-good ships no types; the benchmark uses only its default export. */
declare module 'write-good' {
  export default function writeGood(
    text: string,
    options?: Record<string, boolean>,
  ): Array<{ index: number; offset: number; reason: string }>;
}
