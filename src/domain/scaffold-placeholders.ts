/**
 * The text the scaffolds (`npm run new:plan`, `new:policy-version`) write
 * where only the editor knows what to say, and how to recognise it, so that
 * the check refuses to publish a placeholder (rule plain/placeholder).
 */

/** A new plan's sentences for the editor to replace. */
export const planPlaceholders = {
  summary: 'Say in one plain sentence who this plan is for.',
  includes: 'Say what the plan includes, one item per line.',
};

const changesWhatStart = 'Say what is different from the version of ';
const changesWhatEnd = ', in plain words.';

/** What the editor must replace in a new policy version's `changes` block. */
export function changesPlaceholder(previousEffective: string): { what: string; why: string } {
  return { what: `${changesWhatStart}${previousEffective}${changesWhatEnd}`, why: 'Say why it changed.' };
}

/** True when `text` is a placeholder a scaffold wrote, as it wrote it. */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === planPlaceholders.summary || trimmed === planPlaceholders.includes) return true;
  if (trimmed === changesPlaceholder('').why) return true;
  return trimmed.startsWith(changesWhatStart) && trimmed.endsWith(changesWhatEnd);
}
