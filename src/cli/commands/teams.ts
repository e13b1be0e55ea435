// `dpa-bot teams package [--out file]`: writes the Teams app package (manifest with the ids from
// the environment, and the icons) for Teams Admin Center. Needs no database.
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { buildAppPackage, PackageError } from "../../adapters/teams/app-package.ts";
import { type Translator, translator } from "../../domain/i18n/translate.ts";
import { CliError, type Output } from "../output.ts";

export function register(
  program: Command,
  out: Output,
  env: Record<string, string | undefined> = process.env,
  tr: Translator = translator("en"),
): void {
  const teams = program.command("teams").description(tr("cli.help.teams"));
  teams
    .command("package")
    .description(tr("cli.help.teams.package"))
    .option("--out <file>", tr("cli.help.teams.package.out"), "dpa-bot-teams.zip")
    .action((options: { out: string }) => {
      let zip: Uint8Array;
      try {
        zip = buildAppPackage({
          botId: env.TEAMS_CLIENT_ID?.trim() || undefined,
          appId: env.TEAMS_APP_ID?.trim() || undefined,
        });
      } catch (error) {
        if (error instanceof PackageError) throw new CliError(packageErrorText(error, tr));
        throw error;
      }
      writeFileSync(options.out, zip);
      out.log(tr("cli.teams.written", { file: options.out, bytes: zip.length }));
    });
}

function packageErrorText(error: PackageError, tr: Translator): string {
  if (error.problem.kind === "missing") return tr("cli.teams.clientIdRequired");
  return tr("cli.teams.notGuid", { variable: error.problem.variable, value: error.problem.value });
}
