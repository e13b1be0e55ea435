// Every text of the bot in English: the source of every message key (the other languages are typed against it). One file per feature.
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

export const en = {
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
