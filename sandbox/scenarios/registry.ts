import type { Scenario } from '../src/scenario.ts';
import { healthy } from './healthy.ts';
import { rolePolicyResourceMismatch } from './role-policy-resource-mismatch.ts';
import { trustPolicyMismatch } from './trust-policy-mismatch.ts';

const scenarios: Scenario[] = [healthy, rolePolicyResourceMismatch, trustPolicyMismatch];

export function listScenarios(): readonly Scenario[] {
  return scenarios;
}

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
