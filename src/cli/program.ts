// The `dpa-bot` command tree. Each feature adds its commands from its own module.
import { Command } from "commander";
import { register as registerAudit } from "./commands/audit.ts";
import { register as registerCustomers } from "./commands/customers.ts";
import { register as registerIncidents } from "./commands/incidents.ts";
import { register as registerLanguage } from "./commands/language.ts";
import { register as registerRegister } from "./commands/register.ts";
import { register as registerRequests } from "./commands/requests.ts";
import { register as registerStaff } from "./commands/staff.ts";
import { register as registerSubprocessors } from "./commands/subprocessors.ts";
import type { CliContext } from "./context.ts";
import type { Output } from "./output.ts";

export function buildProgram(openContext: () => Promise<CliContext>, out: Output): Command {
  const program = new Command("dpa-bot")
    .description(
      "dpa-bot operator commands: customer register, incident and request registers, staff roles, exports",
    )
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => out.log(s.trimEnd()), writeErr: (s) => out.error(s.trimEnd()) });
  registerCustomers(program, openContext, out);
  registerIncidents(program, openContext, out);
  registerRegister(program, openContext, out);
  registerRequests(program, openContext, out);
  registerStaff(program, openContext, out);
  registerLanguage(program, openContext, out);
  registerAudit(program, openContext, out);
  registerSubprocessors(program, openContext, out);
  return program;
}
