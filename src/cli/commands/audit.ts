// `dpa-bot audit list`: who did what, by named account (Bijlage 2), newest first.
import type { Command } from "commander";
import { type Translator, translator } from "../../domain/i18n/translate.ts";
import { type CliContext, withContext } from "../context.ts";
import { CliError, type Output } from "../output.ts";

export function register(
  program: Command,
  openContext: () => Promise<CliContext>,
  out: Output,
  tr: Translator = translator("en"),
): void {
  const audit = program.command("audit").description(tr("cli.help.audit"));

  audit
    .command("list")
    .description(tr("cli.help.audit.list"))
    .option("--entity <type:id>", tr("cli.help.audit.list.entity"))
    .option("--action <action>", tr("cli.help.audit.list.action"))
    .option("--limit <n>", tr("cli.help.audit.list.limit"), "50")
    .option("--json", tr("cli.help.audit.list.json"))
    .action(async (options: { entity?: string; action?: string; limit: string; json?: boolean }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
        throw new CliError(tr("cli.audit.limit", { value: options.limit }));
      }
      const [entityType, entityId] = options.entity ? options.entity.split(":", 2) : [];
      if (options.entity && !entityId) throw new CliError(tr("cli.audit.entity", { value: options.entity }));
      await withContext(openContext, async (ctx) => {
        await ctx.authorize("registers.read");
        const rows = await ctx.prisma.auditLog.findMany({
          where: {
            ...(entityType ? { entityType, entityId } : {}),
            ...(options.action ? { action: options.action } : {}),
          },
          orderBy: { id: "desc" },
          take: limit,
        });
        if (options.json) {
          out.log(
            JSON.stringify(
              rows.map((row) => ({ ...row, id: row.id.toString() })),
              null,
              2,
            ),
          );
          return;
        }
        for (const row of rows) {
          out.log(
            `${row.at.toISOString()}  ${row.actorPlatform}:${row.actorName} (${row.actorUserId})  ${row.action}  ${row.entityType}:${row.entityId}`,
          );
        }
      });
    });
}
