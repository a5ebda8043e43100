/**
 * "Did you mean …?" for a name that matches nothing: the known names within a
 * few typing slips of it. One function for every message about an unknown id
 * (fees, plans, tags, glossary terms, rules, command-line options), so that
 * they all suggest the same way.
 */

/**
 * The number of single-character insertions, deletions, substitutions and
 * swaps of two neighbours that turn `a` into `b` (the optimal string alignment
 * form of Damerau-Levenshtein). A swap counts once, because "instalation" and
 * "installtion" are one slip each.
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  // Three rows: the one before the previous is needed for swaps.
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * How many slips a name of this length may have and still be suggested: one
 * in three characters, so that a short name is suggested only for a near
 * copy ("tag" for "tags"), and two names that merely share letters never are.
 */
function slipsAllowed(length: number): number {
  return Math.floor(length / 3);
}

/** At most this many names are suggested at once, when they are equally near. */
const mostSuggestions = 3;

/**
 * The known names nearest to `written`, when near enough to be what was
 * meant (ignoring case), nearest first, then in alphabetical order; empty
 * when none is.
 */
export function nearestNames(written: string, known: Iterable<string>): string[] {
  const typed = written.toLowerCase();
  const scored = [...new Set(known)].flatMap((name) => {
    const distance = editDistance(typed, name.toLowerCase());
    const shorter = Math.min(Array.from(typed).length, Array.from(name).length);
    return distance <= slipsAllowed(shorter) ? [{ name, distance }] : [];
  });
  const best = Math.min(...scored.map(({ distance }) => distance));
  return scored
    .filter(({ distance }) => distance === best)
    .map(({ name }) => name)
    .sort()
    .slice(0, mostSuggestions);
}

/**
 * "Did you mean "installation"?" for the nearest known names, each written by
 * `show` (quoted, by default); empty when none is near.
 */
export function didYouMeanQuestion(
  written: string,
  known: Iterable<string>,
  show: (name: string) => string = (name) => `"${name}"`,
): string {
  const nearest = nearestNames(written, known);
  return nearest.length === 0 ? '' : `Did you mean ${nearest.map(show).join(' or ')}?`;
}

/** A list of known names is written out in full up to this length, and cut short beyond it. */
export const fewNames = 8;

/**
 * The end of a message about an unknown name: the nearest known names as a
 * question, and the known names when there are few (the first `fewNames`,
 * and how many more, when there is no suggestion and many). Empty when
 * nothing is known. `label` names the list, such as "Known fees".
 */
export function didYouMean(written: string, known: Iterable<string>, label = 'Known ids'): string {
  const names = [...new Set(known)].sort();
  if (names.length === 0) return `${label}: none yet.`;
  const question = didYouMeanQuestion(written, names);
  if (names.length <= fewNames) return `${question && `${question} `}${label}: ${names.join(', ')}.`;
  if (question !== '') return question;
  return `${label}: ${names.slice(0, fewNames).join(', ')} and ${names.length - fewNames} more.`;
}
