// `/datalek-digest`: the daily overview on demand, shown only to the user who asked (ephemeral).
// Acknowledged at once (Slack allows 3 s); the overview is built after the ack and sent through
// the chat port's private message.

import type { App } from "@slack/bolt";
import type { Config } from "../../../config.ts";
import { type AccessControl, authorize } from "../../../domain/access/access-control.ts";
import { t } from "../../../domain/i18n/translate.ts";
import type { ChatPort, Clock, Language } from "../../../domain/ports.ts";
import { refusalMessage } from "../../../domain/refusal-message.ts";
import type { PrismaClient } from "../../../generated/prisma/client.ts";
import type { Logger } from "../../../logger.ts";
import { buildCurrentDigest } from "../../../scheduler/digest-job.ts";
import type { SlackPeople, SlackUserRef } from "../people.ts";

export const DIGEST_COMMAND = "/datalek-digest";

export interface DigestCommandDeps {
  prisma: PrismaClient;
  chat: ChatPort;
  clock: Clock;
  config: Config;
  logger: Logger;
  people: SlackPeople;
  access: AccessControl;
}

export function registerDigestCommand(app: App, deps: DigestCommandDeps): void {
  app.command(DIGEST_COMMAND, async ({ ack, command }) => {
    await ack();
    const target = { platform: "slack" as const, channelId: command.channel_id };
    const user = { id: command.user_id, teamId: command.team_id, name: command.user_name };
    const language = await languageOf(deps, user);
    try {
      // Every customer's deadlines: for the roles that work them or read the registers.
      await authorize(deps.access, await deps.people.actor(user), "deadlines.read");
      const message = await buildCurrentDigest(deps.prisma, deps.clock, deps.config, language, "on-demand");
      await deps.chat.postPrivate(target, command.user_id, message);
    } catch (error) {
      const refused = refusalMessage(error, language);
      if (refused === null)
        deps.logger.error({ err: error, command: DIGEST_COMMAND }, "on-demand digest failed");
      const text = refused ?? t(language, "digest.command.error");
      await deps.chat
        .postPrivate(target, command.user_id, { summary: text, blocks: [{ type: "section", text: [text] }] })
        .catch(() => undefined);
    }
  });
}

/**
 * The person's own language, else the workspace's, else their Slack locale, else the configured
 * default; the default also when the database cannot say (the overview then says why it failed).
 */
async function languageOf(deps: DigestCommandDeps, user: SlackUserRef): Promise<Language> {
  return deps.people.language(user).catch(() => deps.config.defaultLanguage);
}
