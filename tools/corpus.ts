/**
 * Reads the CLAUDETTE corpora in `../shared/eval/` for the evaluation and the
 * training scripts: one record per sentence, with its document, its text as
 * written and its unfair categories.
 */
import { readFileSync } from 'node:fs';

/** One sentence of a corpus. */
export interface Sentence {
  doc: string;
  text: string;
  labels: string[];
  unfair: boolean;
}

/** Undoes the 2017 corpus's PTB tokenisation so the text reads like the original. */
function detokenize(text: string): string {
  return text
    .replace(/-lrb-/g, '(')
    .replace(/-rrb-/g, ')')
    .replace(/-lsb-/g, '[')
    .replace(/-rsb-/g, ']')
    .replace(/``|''/g, '"')
    .replace(/ ([.,;:!?)\]'])/g, '$1')
    .replace(/([([]) /g, '$1')
    .replace(/ n't/g, "n't")
    .trim();
}

/** The sentences of one corpus file; the 2017 text is detokenised first. */
export function readCorpus(path: string, year: 2017 | 2021): Sentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = JSON.parse(line) as {
        doc: string;
        text: string;
        labels?: string[];
        unfair_labels?: string[];
        unfair: boolean;
      };
      return {
        doc: record.doc,
        text: year === 2017 ? detokenize(record.text) : record.text.trim(),
        labels: (year === 2017 ? record.labels : record.unfair_labels) ?? [],
        unfair: record.unfair,
      };
    });
}
