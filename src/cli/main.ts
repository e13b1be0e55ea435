// Entry point of `npx dpa-bot` / `npm run cli --`.
import { CommanderError } from "commander";
import { ConfigError } from "../config.ts";
import { loadEnvFile } from "../env-file.ts";
import { openCliContext } from "./context.ts";
import { operatorLanguage } from "./operator-language.ts";
import { CliError, consoleOutput } from "./output.ts";
import { buildProgram } from "./program.ts";

export async function runCli(argv: string[]): Promise<number> {
  const language = operatorLanguage(process.env);
  const program = buildProgram(() => openCliContext(process.env, language), consoleOutput, language);
  program.exitOverride();
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError || error instanceof ConfigError) {
      consoleOutput.error(error.message);
      return 1;
    }
    throw error;
  }
}

loadEnvFile();
// The embedded database's engine can leave timers behind: exit explicitly once the command is done.
runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    consoleOutput.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
