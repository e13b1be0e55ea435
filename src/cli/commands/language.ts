// `dpa-bot language set`: the language the bot speaks, per Slack workspace or Teams tenant, or per
// person in one. A person's choice wins over the workspace's or tenant's, which wins over their
// Slack or Teams locale and DEFAULT_LANGUAGE.
// What is sent to a customer always follows the customer's own language in the register.
import type { Command } from "commander";
import { ensureAccount, recordAudit } from "../../adapters/db/repositories/audit.ts";
import { isLanguage, type Language, languageChoices } from "../../domain/i18n/languages.ts";
import { type Translator, translator } from "../../domain/i18n/translate.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";

interface SetOptions {
  slackWorkspace?: string;
  slackUser?: string;
  teamsTenant?: string;
  teamsUser?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which platform, workspace (Slack team or Teams tenant) and optionally person the option names. */
function target(
  options: SetOptions,
  tr: Translator,
): { platform: "slack" | "teams"; workspace: string; user?: string } {
  if (options.slackWorkspace !== undefined && options.teamsTenant !== undefined) {
    throw new CliError(tr("cli.language.eitherPlatform"));
  }
  if (options.teamsTenant !== undefined) {
    if (options.slackUser !== undefined) throw new CliError(tr("cli.language.slackUserWithWorkspace"));
    if (!GUID.test(options.teamsTenant)) {
      throw new CliError(tr("cli.language.tenant", { value: options.teamsTenant }));
    }
    if (options.teamsUser !== undefined && !GUID.test(options.teamsUser)) {
      throw new CliError(tr("cli.language.teamsUser", { value: options.teamsUser }));
    }
    return { platform: "teams", workspace: options.teamsTenant, user: options.teamsUser };
  }
  if (options.slackWorkspace === undefined) throw new CliError(tr("cli.language.where"));
  if (options.teamsUser !== undefined) throw new CliError(tr("cli.language.teamsUserWithTenant"));
  if (!/^[TE][A-Z0-9]{2,}$/.test(options.slackWorkspace)) {
    throw new CliError(tr("cli.slackWorkspace", { value: options.slackWorkspace }));
  }
  if (options.slackUser !== undefined && !/^[UW][A-Z0-9]{2,}$/.test(options.slackUser)) {
    throw new CliError(tr("cli.slackUser", { value: options.slackUser }));
  }
  return { platform: "slack", workspace: options.slackWorkspace, user: options.slackUser };
}

export function register(
  program: Command,
  openContext: () => Promise<CliContext>,
  out: Output,
  tr: Translator = translator("en"),
): void {
  const language = program
    .command("language")
    .description(tr("cli.help.language", { languages: languageChoices(tr("access.or")) }));

  language
    .command("set")
    .description(tr("cli.help.language.set"))
    .argument("<language>", languageChoices())
    .option("--slack-workspace <team-id>", tr("cli.help.language.set.slackWorkspace"))
    .option("--slack-user <user-id>", tr("cli.help.language.set.slackUser"))
    .option("--teams-tenant <tenant-id>", tr("cli.help.language.set.teamsTenant"))
    .option("--teams-user <aad-object-id>", tr("cli.help.language.set.teamsUser"))
    .action(async (value: string, options: SetOptions) => {
      if (!isLanguage(value)) {
        throw new CliError(tr("cli.language.choice", { languages: languageChoices(tr("access.or")), value }));
      }
      const where = target(options, tr);
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("language.administer");
        await ctx.prisma.$transaction(async (tx) => {
          await ensureAccount(tx, ctx.actor);
          const changed = where.user
            ? await setPersonLanguage(tx, where.platform, where.workspace, where.user, value)
            : await setWorkspaceLanguage(tx, where.platform, where.workspace, value);
          await recordAudit(tx, ctx.actor, {
            action: `${changed.entityType === "Account" ? "account" : "workspace"}.language.set`,
            entityType: changed.entityType,
            entityId: changed.id,
            before: { language: changed.before },
            after: { language: value },
          });
        });
        const said = { user: where.user ?? "", workspace: where.workspace, language: value };
        const key = where.user
          ? "cli.language.setPerson"
          : where.platform === "teams"
            ? "cli.language.setTenant"
            : "cli.language.setWorkspace";
        out.log(tr(key, said));
      });
    });
}

interface LanguageChange {
  entityType: "Account" | "Workspace";
  id: string;
  before: Language | null;
}

async function setPersonLanguage(
  tx: Prisma.TransactionClient,
  platform: "slack" | "teams",
  workspaceId: string,
  userId: string,
  language: Language,
): Promise<LanguageChange> {
  const key = { platform, workspaceId, platformUserId: userId };
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
  platform: "slack" | "teams",
  workspaceId: string,
  language: Language,
): Promise<LanguageChange> {
  const key = { platform, externalId: workspaceId };
  const before = await tx.workspace.findUnique({ where: { platform_externalId: key } });
  const workspace = await tx.workspace.upsert({
    where: { platform_externalId: key },
    create: { ...key, language },
    update: { language },
  });
  return { entityType: "Workspace", id: workspace.id, before: before?.language ?? null };
}
