// `dpa-bot staff grant|revoke|list`: the processor's own roles (src/domain/access). Every grant and
// revocation is audited under the operator's name; only administrators may change them.
import type { Command } from "commander";
import { changeStaffRole, listStaff, type StaffGrant } from "../../adapters/db/repositories/staff.ts";
import { GRANTED_ROLES, roleName, roleOfName, type StaffRole } from "../../domain/access/roles.ts";
import { type Translator, translator } from "../../domain/i18n/translate.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";

const ROLE_NAMES = GRANTED_ROLES.map(roleName).join(", ");

interface PersonOptions {
  slackUser?: string;
  slackWorkspace?: string;
  teamsUser?: string;
  cliUser?: string;
  email?: string;
}

type Person = { role: StaffRole; platform: StaffGrant["platform"]; userId: string; workspaceId?: string };

/** A plain address (no display name, no spaces), as an OpenID provider's verified `email` claim. */
export const EMAIL_PATTERN = /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/;

/**
 * Exactly one identity: a Slack user, a Teams user (AAD object id), an operator of this CLI, or a
 * person the console knows by e-mail address only.
 */
function person(role: string, options: PersonOptions, tr: Translator): Person {
  const staffRole = roleOfName(role);
  if (!staffRole) throw new CliError(tr("cli.staff.role", { roles: ROLE_NAMES, role }));
  const given = [options.slackUser, options.teamsUser, options.cliUser, options.email].filter(
    (v) => v !== undefined,
  );
  if (given.length !== 1) throw new CliError(tr("cli.staff.onePerson"));
  if (options.slackWorkspace !== undefined && options.slackUser === undefined) {
    throw new CliError(tr("cli.staff.workspaceWithUser"));
  }
  if (options.teamsUser !== undefined) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.teamsUser)) {
      throw new CliError(tr("cli.staff.teamsUser", { value: options.teamsUser }));
    }
    return { role: staffRole, platform: "teams", userId: options.teamsUser.toLowerCase() };
  }
  if (options.email !== undefined) {
    if (!EMAIL_PATTERN.test(options.email.trim())) {
      throw new CliError(tr("cli.staff.email", { value: options.email }));
    }
    // Addresses are compared without case: the provider may write Anne@Example.com one day.
    return { role: staffRole, platform: "web", userId: options.email.trim().toLowerCase() };
  }
  if (options.cliUser !== undefined) {
    if (!/^[a-z_][a-z0-9_.-]{0,63}$/i.test(options.cliUser)) {
      throw new CliError(tr("cli.staff.cliUser", { value: options.cliUser }));
    }
    return { role: staffRole, platform: "cli", userId: options.cliUser };
  }
  const slackUser = options.slackUser!;
  if (!/^[UW][A-Z0-9]{2,}$/.test(slackUser)) {
    throw new CliError(tr("cli.slackUser", { value: slackUser }));
  }
  if (options.slackWorkspace !== undefined && !/^[TE][A-Z0-9]{2,}$/.test(options.slackWorkspace)) {
    throw new CliError(tr("cli.slackWorkspace", { value: options.slackWorkspace }));
  }
  return { role: staffRole, platform: "slack", userId: slackUser, workspaceId: options.slackWorkspace };
}

export function register(
  program: Command,
  openContext: () => Promise<CliContext>,
  out: Output,
  tr: Translator = translator("en"),
): void {
  const staff = program.command("staff").description(tr("cli.help.staff", { roles: ROLE_NAMES }));
  const withPerson = (command: Command) =>
    command
      .argument("<role>", ROLE_NAMES)
      .option("--slack-user <user-id>", tr("cli.help.staff.slackUser"))
      .option("--slack-workspace <team-id>", tr("cli.help.staff.slackWorkspace"))
      .option("--teams-user <aad-object-id>", tr("cli.help.staff.teamsUser"))
      .option("--cli-user <name>", tr("cli.help.staff.cliUser"))
      .option("--email <address>", tr("cli.help.staff.email"));

  const change = (verb: "grant" | "revoke") => async (role: string, options: PersonOptions) => {
    const who = person(role, options, tr);
    await withContext(openContext, async (ctx) => {
      await ctx.authorize("staff.administer");
      const grant: StaffGrant = {
        platform: who.platform,
        userId: who.userId,
        workspaceId: who.workspaceId,
        role: who.role,
      };
      const accounts = await changeStaffRole(ctx.prisma, grant, verb, ctx.actor);
      const named = { user: who.userId, role: roleName(who.role) };
      if (verb === "revoke" && accounts === 0) throw new CliError(tr("cli.staff.notHolding", named));
      out.log(
        tr(verb === "grant" ? "cli.staff.granted" : "cli.staff.revoked", { ...named, count: accounts }),
      );
    });
  };
  withPerson(staff.command("grant").description(tr("cli.help.staff.grant"))).action(change("grant"));
  withPerson(staff.command("revoke").description(tr("cli.help.staff.revoke"))).action(change("revoke"));

  staff
    .command("list")
    .description(tr("cli.help.staff.list"))
    .option("--json", tr("cli.help.option.json"))
    .action(async (options: { json?: boolean }) => {
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("staff.administer");
        const members = await listStaff(ctx.prisma);
        if (options.json) return out.log(JSON.stringify(members, null, 2));
        if (members.length === 0) return out.log(tr("cli.staff.none"));
        for (const m of members) {
          const roles = m.roles.map((r: StaffRole) => roleName(r)).join(",");
          out.log(`${roles.padEnd(34)} ${m.platform}:${m.workspaceId || "-"}:${m.userId}  ${m.displayName}`);
        }
      });
    });
}
