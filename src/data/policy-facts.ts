/**
 * The facts the policies in effect today declare, by `policy/id`, read once
 * per build: the fee notes and the `<PolicyFact>` component show these.
 */
import { factsInEffect, factVersions, type FactInEffect } from '../domain/policies/policy-facts.ts';
import { getPolicies, today } from './collections.ts';

let facts: Promise<ReadonlyMap<string, FactInEffect>> | undefined;

/** Every fact in effect today, by `policy/id`. */
export function getPolicyFacts(): Promise<ReadonlyMap<string, FactInEffect>> {
  facts ??= getPolicies().then((policies) => factsInEffect(factVersions([...policies.values()].flat()), today));
  return facts;
}
