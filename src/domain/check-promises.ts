/**
 * The promises /transparency/ makes to customers, each kept by rules of the
 * check. A promise names its rules one by one, or whole families for the
 * rules no promise names; every rule keeps exactly one promise, so the page
 * never promises what no rule checks, and a new rule is never left out.
 */

/** A promise, and the rules that keep it. */
export interface PromiseClaim {
  /** The promise's id: its anchor on the page. */
  id: string;
  /** Rule ids this promise claims, whatever their family. */
  rules?: readonly string[];
  /** Families whose rules this promise claims, except those another promise names by id. */
  families?: readonly string[];
}

/**
 * The rules of each promise, in the order of `rules`. Throws (a mistake in
 * the page, not in content) when a promise names a rule that does not exist
 * or that another promise names too, or when a rule belongs to no promise.
 */
export function rulesOfPromises<R extends { id: string; family: string }>(
  claims: readonly PromiseClaim[],
  rules: readonly R[],
): Map<string, R[]> {
  const known = new Set(rules.map((rule) => rule.id));
  const byId = new Map<string, string>();
  const byFamily = new Map<string, string>();
  for (const claim of claims) {
    for (const id of claim.rules ?? []) {
      if (!known.has(id)) throw new Error(`The promise "${claim.id}" names the rule "${id}", which does not exist.`);
      const other = byId.get(id);
      if (other !== undefined) throw new Error(`The rule "${id}" is named by both "${other}" and "${claim.id}".`);
      byId.set(id, claim.id);
    }
    for (const family of claim.families ?? []) {
      const other = byFamily.get(family);
      if (other !== undefined)
        throw new Error(`The family "${family}" is claimed by both "${other}" and "${claim.id}".`);
      byFamily.set(family, claim.id);
    }
  }
  const result = new Map<string, R[]>(claims.map((claim) => [claim.id, []]));
  for (const rule of rules) {
    const owner = byId.get(rule.id) ?? byFamily.get(rule.family);
    if (owner === undefined)
      throw new Error(`The rule "${rule.id}" keeps no promise: name it, or its family "${rule.family}", in one.`);
    result.get(owner)?.push(rule);
  }
  return result;
}
