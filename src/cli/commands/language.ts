// `dpa-bot language set`: the language the bot speaks, per Slack workspace or per person. A person's
// choice wins over the workspace's, which wins over their Slack locale and DEFAULT_LANGUAGE.
// What is sent to a customer always follows the customer's own language in the register.
import type { Command } from "commander";
import { ensureAccount, recordAudit } from "../../adapters/db/repositories/audit.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";

interface SetOptions {
  slackWorkspace: string;
  slackUser?: string;
}

export function register(program: Command, openContext: () => Promise<CliContext>, out: Output): void {
  const language = program.command("language").description("the language the bot speaks (nl or en)");

  language
    .command("set")
    .description("set the language of a Slack workspace, or of one person in it")
    .argument("<language>", "nl or en")
    .requiredOption("--slack-workspace <team-id>", "the Slack workspace (team id, e.g. T0123ABCD)")
    .option("--slack-user <user-id>", "only this person (user id, e.g. U0123ABCD)")
    .action(async (value: string, options: SetOptions) => {
      if (value !== "nl" && value !== "en")
        throw new CliError(`<language>: expected nl or en, got "${value}"`);
      if (!/^[TE][A-Z0-9]{2,}$/.test(options.slackWorkspace)) {
        throw new CliError(
          `--slack-workspace: expected a team id like T0123ABCD, got "${options.slackWorkspace}"`,
        );
      }
      if (options.slackUser !== undefined && !/^[UW][A-Z0-9]{2,}$/.test(options.slackUser)) {
        throw new CliError(`--slack-user: expected a user id like U0123ABCD, got "${options.slackUser}"`);
      }
      await withContext(openContext, async (ctx) => {
        await ctx.prisma.$transaction(async (tx) => {
          await ensureAccount(tx, ctx.actor);
          const changed = options.slackUser
            ? await setPersonLanguage(tx, options.slackWorkspace, options.slackUser, value)
            : await setWorkspaceLanguage(tx, options.slackWorkspace, value);
          await recordAudit(tx, ctx.actor, {
            action: `${changed.entityType === "Account" ? "account" : "workspace"}.language.set`,
            entityType: changed.entityType,
            entityId: changed.id,
            before: { language: changed.before },
            after: { language: value },
          });
        });
        out.log(
          options.slackUser
            ? `${options.slackUser} in ${options.slackWorkspace}: ${value}`
            : `workspace ${options.slackWorkspace}: ${value}`,
        );
      });
    });
}

type Language = "nl" | "en";
interface LanguageChange {
  entityType: "Account" | "Workspace";
  id: string;
  before: Language | null;
}

async function setPersonLanguage(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  userId: string,
  language: Language,
): Promise<LanguageChange> {
  const key = { platform: "slack" as const, workspaceId, platformUserId: userId };
  const before = await tx.account.findUnique({ where: { platform_workspaceId_platformUserId: key } });
  // The display name is the id until the person first uses the bot, which updates it.
  const account = await tx.account.upsert({
    where: { platform_workspaceId_platformUserId: key },
    create: { ...key, displayName: userId, language },
    update: { language },
  });
  return { entityType: "Account", id: account.id, before: before?.language ?? null };
}

async function setWorkspaceLanguage(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  language: Language,
): Promise<LanguageChange> {
  const key = { platform: "slack" as const, externalId: workspaceId };
  const before = await tx.workspace.findUnique({ where: { platform_externalId: key } });
  const workspace = await tx.workspace.upsert({
    where: { platform_externalId: key },
    create: { ...key, language },
    update: { language },
  });
  return { entityType: "Workspace", id: workspace.id, before: before?.language ?? null };
}
