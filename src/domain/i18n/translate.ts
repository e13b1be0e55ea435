// One message catalog per language, assembled from one file per feature. Adding a feature:
// create catalog/<feature>.ts exporting `en` and `nl`, and spread it in below.
import type { Language } from "../ports.ts";
import * as access from "./catalog/access.ts";
import * as breachIncident from "./catalog/breach-incident.ts";
import * as breachReport from "./catalog/breach-report.ts";
import * as common from "./catalog/common.ts";
import * as dsrForward from "./catalog/dsr-forward.ts";
import * as dsrRequest from "./catalog/dsr-request.ts";
import * as http from "./catalog/http.ts";
import * as reminders from "./catalog/reminders.ts";
import * as subprocessorApproval from "./catalog/subprocessor-approval.ts";
import * as subprocessorProposal from "./catalog/subprocessor-proposal.ts";
import * as teams from "./catalog/teams.ts";

const en = {
  ...common.en,
  ...reminders.en,
  ...breachReport.en,
  ...breachIncident.en,
  ...dsrRequest.en,
  ...dsrForward.en,
  ...subprocessorProposal.en,
  ...subprocessorApproval.en,
  ...teams.en,
  ...access.en,
  ...http.en,
};
const nl: Record<keyof typeof en, string> = {
  ...common.nl,
  ...reminders.nl,
  ...breachReport.nl,
  ...breachIncident.nl,
  ...dsrRequest.nl,
  ...dsrForward.nl,
  ...subprocessorProposal.nl,
  ...subprocessorApproval.nl,
  ...teams.nl,
  ...access.nl,
  ...http.nl,
};

export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;

export const catalogs: Record<Language, Record<MessageKey, string>> = { en, nl };

/** The text for `key` in `language`, with `{name}` placeholders filled from `params`. */
export function t(language: Language, key: MessageKey, params: Params = {}): string {
  const template = catalogs[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one language, for code that renders a whole message. */
export type Translator = (key: MessageKey, params?: Params) => string;

export function translator(language: Language): Translator {
  return (key, params) => t(language, key, params);
}
