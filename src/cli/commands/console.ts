// `dpa-bot console link`: a one-time sign-in link to the compliance console for a member of staff,
// for when no OpenID provider is set up (a first run, a laptop) or theirs is away. The link is
// valid 15 minutes and works once; who made it and who used it are audited.
import type { Command } from "commander";
import {
  accountOfEmail,
  type ConsoleAccount,
  chatAccounts,
} from "../../adapters/db/repositories/console-accounts.ts";
import { issueSignInLink } from "../../adapters/db/repositories/console-links.ts";
import { formatDateTime } from "../../domain/i18n/format.ts";
import type { Translator } from "../../domain/i18n/translate.ts";
import { translator } from "../../domain/i18n/translate.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";
import { EMAIL_PATTERN } from "./staff.ts";

interface LinkOptions {
  email?: string;
  slackUser?: string;
  teamsUser?: string;
}

export function register(
  program: Command,
  openContext: () => Promise<CliContext>,
  out: Output,
  tr: Translator = translator("en"),
): void {
  const group = program.command("console").description(tr("cli.help.console"));
  group
    .command("link")
    .description(tr("cli.help.console.link"))
    .option("--email <address>", tr("cli.help.console.link.email"))
    .option("--slack-user <user-id>", tr("cli.help.console.link.slackUser"))
    .option("--teams-user <aad-object-id>", tr("cli.help.console.link.teamsUser"))
    .action(async (options: LinkOptions) => {
      const given = [options.email, options.slackUser, options.teamsUser].filter((v) => v !== undefined);
      if (given.length !== 1) throw new CliError(tr("cli.console.onePerson"));
      if (options.email !== undefined && !EMAIL_PATTERN.test(options.email.trim())) {
        throw new CliError(tr("cli.staff.email", { value: options.email }));
      }
      await withContext(openContext, async (ctx) => {
        // Making someone a way in is an administrator's act, like granting the role itself.
        await ctx.authorize("staff.administer");
        const account = await findAccount(ctx, options);
        if (!account || account.roles.length === 0) {
          const user = options.email?.trim().toLowerCase() ?? options.slackUser ?? options.teamsUser ?? "";
          const option = options.email ? "--email" : options.slackUser ? "--slack-user" : "--teams-user";
          const grant = `dpa-bot staff grant incident-handler ${option} ${user}`;
          throw new CliError(tr("cli.console.noRole", { user, grant }));
        }
        const now = ctx.clock.now();
        const { token, expiresAt } = await ctx.prisma.$transaction((tx) =>
          issueSignInLink(tx, { account, operator: ctx.actor, now }),
        );
        const base = ctx.config.approvals.publicUrl ?? `http://localhost:${ctx.config.port}`;
        const until = formatDateTime(expiresAt, ctx.config.timezone, ctx.language);
        out.log(tr("cli.console.link", { user: account.displayName, until }));
        out.log(`${base}/auth/link/${token}`);
      });
    });
}

async function findAccount(ctx: CliContext, options: LinkOptions): Promise<ConsoleAccount | null> {
  if (options.email !== undefined) return accountOfEmail(ctx.prisma, options.email.trim().toLowerCase());
  const [platform, userId] =
    options.slackUser !== undefined
      ? (["slack", options.slackUser] as const)
      : (["teams", (options.teamsUser ?? "").toLowerCase()] as const);
  const [first] = await chatAccounts(ctx.prisma, platform, userId);
  return first ?? null;
}
