// `dpa-bot teams package [--out file]`: writes the Teams app package (manifest with the ids from
// the environment, and the icons) for Teams Admin Center. Needs no database.
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { buildAppPackage, PackageError } from "../../adapters/teams/app-package.ts";
import { CliError, type Output } from "../output.ts";

export function register(
  program: Command,
  out: Output,
  env: Record<string, string | undefined> = process.env,
): void {
  const teams = program.command("teams").description("Microsoft Teams: the app package");
  teams
    .command("package")
    .description("write the Teams app package (zip) with TEAMS_CLIENT_ID and TEAMS_APP_ID filled in")
    .option("--out <file>", "where to write the zip", "dpa-bot-teams.zip")
    .action((options: { out: string }) => {
      let zip: Uint8Array;
      try {
        zip = buildAppPackage({
          botId: env.TEAMS_CLIENT_ID?.trim() || undefined,
          appId: env.TEAMS_APP_ID?.trim() || undefined,
        });
      } catch (error) {
        if (error instanceof PackageError) throw new CliError(error.message);
        throw error;
      }
      writeFileSync(options.out, zip);
      out.log(`wrote ${options.out} (${zip.length} bytes): upload it in Teams Admin Center > Manage apps`);
    });
}
