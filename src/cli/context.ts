// What every CLI command works with. The database is opened only when a command runs, so `--help`
// never starts PostgreSQL; with DATABASE_URL unset the embedded instance under DATA_DIR is used,
// the running server's instance when there is one.
import os from "node:os";
import { openDatabase } from "../adapters/db/database.ts";
import { createAccessControl } from "../adapters/db/repositories/staff.ts";
import { type Config, loadConfig } from "../config.ts";
import { AccessRefusal, authorize } from "../domain/access/access-control.ts";
import type { Capability } from "../domain/access/capabilities.ts";
import type { AccessObject } from "../domain/access/decide-access.ts";
import { refusalText } from "../domain/access/refusal-text.ts";
import { type Actor, type Clock, type Language, systemClock } from "../domain/ports.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { CliError } from "./output.ts";

export interface CliContext {
  prisma: PrismaClient;
  /** What the commands say to the operator (operator-language.ts). */
  language: Language;
  config: Config;
  clock: Clock;
  /** The operator, as a named account: the OS user running the command. */
  actor: Actor;
  /** The permission model's answer for the operator; a refusal (audited) stops the command. */
  authorize(capability: Capability, object?: AccessObject): Promise<void>;
  close(): Promise<void>;
}

export async function openCliContext(
  env: Record<string, string | undefined> = process.env,
  language: Language = "en",
): Promise<CliContext> {
  const config = loadConfig(env);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPgPort,
  });
  return cliContext({
    language,
    prisma: database.prisma,
    config,
    clock: systemClock,
    actor: cliActor(),
    close: () => database.close(),
  });
}

/** A context on an open database: the operator's permission answered by the one permission model. */
export function cliContext(
  parts: Omit<CliContext, "authorize" | "language"> & { language?: Language },
): CliContext {
  const access = createAccessControl(parts.prisma);
  return {
    ...parts,
    language: parts.language ?? "en",
    authorize: async (capability, object) => {
      try {
        await authorize(access, parts.actor, capability, object);
      } catch (error) {
        if (error instanceof AccessRefusal) throw new CliError(refusalText(parts.language ?? "en", error));
        throw error;
      }
    },
  };
}

export function cliActor(): Actor {
  const user = env("DPA_BOT_OPERATOR") ?? os.userInfo().username;
  return { platform: "cli", userId: user, displayName: user };
}

function env(name: string): string | undefined {
  const value = process.env[name];
  return value && value.trim() !== "" ? value.trim() : undefined;
}

/** Runs one command's work with an open context, and always closes it (stopping an embedded
 *  PostgreSQL this command started). */
export async function withContext<T>(
  openContext: () => Promise<CliContext>,
  work: (ctx: CliContext) => Promise<T>,
): Promise<T> {
  const ctx = await openContext();
  try {
    return await work(ctx);
  } finally {
    await ctx.close();
  }
}
