// Every text of the bot in French, as Belgian legal and IT practice writes it (vous, the terms of
// the French version of the GDPR). One file per feature. Typography: a no-break space (U+00A0)
// before : ; ? ! and », and after «, so a line never starts with one (the catalog test checks it).
import type { Catalog } from "../../translate.ts";
import { access } from "./access.ts";
import { breachIncident } from "./breach-incident.ts";
import { breachReport } from "./breach-report.ts";
import { cli } from "./cli.ts";
import { cliHelp } from "./cli-help.ts";
import { common } from "./common.ts";
import { consoleAuth } from "./console-auth.ts";
import { consoleShell } from "./console-shell.ts";
import { dsrForward } from "./dsr-forward.ts";
import { dsrRequest } from "./dsr-request.ts";
import { http } from "./http.ts";
import { registerFile } from "./register-file.ts";
import { reminders } from "./reminders.ts";
import { subprocessorApproval } from "./subprocessor-approval.ts";
import { subprocessorProposal } from "./subprocessor-proposal.ts";
import { teams } from "./teams.ts";

export const fr: Catalog = {
  ...common,
  ...reminders,
  ...breachReport,
  ...breachIncident,
  ...dsrRequest,
  ...dsrForward,
  ...subprocessorProposal,
  ...subprocessorApproval,
  ...teams,
  ...access,
  ...http,
  ...cli,
  ...cliHelp,
  ...consoleShell,
  ...registerFile,
  ...consoleAuth,
};
