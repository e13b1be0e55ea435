// What no log line of the test suite may contain: the secrets the tests run with and the personal
// data of the fixtures. Collected from fixture modules: every exported string array whose name ends
// in _PII or _SECRETS. A fixture module of new personal data is added to FIXTURE_MODULES.
import * as breachContacts from "../fixtures/breach/contacts.ts";
import * as dataSubjects from "../fixtures/dsr/data-subject.ts";
import * as secrets from "../fixtures/test-secrets.ts";

const FIXTURE_MODULES: Array<Record<string, unknown>> = [secrets, breachContacts, dataSubjects];

/** Forbidden strings of these modules, with the spelling variants a log could show. */
export function forbiddenIn(modules: Array<Record<string, unknown>>): string[] {
  const found = new Set<string>();
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (!/(_PII|_SECRETS)$/.test(name) || !Array.isArray(value)) continue;
      for (const item of value) {
        if (typeof item !== "string" || item.trim().length < 4) continue;
        found.add(item);
        // A phone number may be logged without its spaces.
        if (/^\+?[\d\s().-]+$/.test(item)) found.add(item.replace(/[\s().-]/g, ""));
      }
    }
  }
  return [...found];
}

export const FORBIDDEN_IN_LOGS: string[] = forbiddenIn(FIXTURE_MODULES);
