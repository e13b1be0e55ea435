// The `dpa-bot` command tree. Each feature adds its commands from its own module.
import { Command } from "commander";
import type { Language } from "../domain/i18n/languages.ts";
import { translator } from "../domain/i18n/translate.ts";
import { register as registerAudit } from "./commands/audit.ts";
import { register as registerConsole } from "./commands/console.ts";
import { register as registerCustomers } from "./commands/customers.ts";
import { register as registerIncidents } from "./commands/incidents.ts";
import { register as registerLanguage } from "./commands/language.ts";
import { register as registerRegister } from "./commands/register.ts";
import { register as registerRequests } from "./commands/requests.ts";
import { register as registerStaff } from "./commands/staff.ts";
import { register as registerSubprocessors } from "./commands/subprocessors.ts";
import { register as registerTeams } from "./commands/teams.ts";
import type { CliContext } from "./context.ts";
import { speakHelpIn } from "./help-language.ts";
import type { Output } from "./output.ts";

/** `language`: what the commands say to the operator (operator-language.ts); English by default. */
export function buildProgram(
  openContext: () => Promise<CliContext>,
  out: Output,
  language: Language = "en",
): Command {
  const tr = translator(language);
  const program = new Command("dpa-bot")
    .description(tr("cli.help.program"))
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => out.log(s.trimEnd()), writeErr: (s) => out.error(s.trimEnd()) });
  registerCustomers(program, openContext, out, language);
  registerIncidents(program, openContext, out, language);
  registerRegister(program, openContext, out, tr);
  registerRequests(program, openContext, out, language);
  registerStaff(program, openContext, out, tr);
  registerLanguage(program, openContext, out, tr);
  registerAudit(program, openContext, out, tr);
  registerConsole(program, openContext, out, tr);
  registerSubprocessors(program, openContext, out, language);
  registerTeams(program, out, process.env, tr);
  speakHelpIn(program, tr);
  return program;
}
