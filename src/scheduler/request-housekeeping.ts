// Between user actions, once a minute: the details of data-subject requests closed longer ago than
// REQUEST_DETAILS_RETENTION_DAYS are erased (audited), request messages whose first post failed are
// posted, and the e-mails that could not go out when asked for (request forwards, breach
// notifications) are tried again. All are safe on any number of instances: erasure is a conditional
// update per request, and each e-mail is claimed before it is sent.
import { createRequestRepository } from "../adapters/db/repositories/requests.ts";
import type { Config } from "../config.ts";
import type { BreachDeps } from "../domain/breach/breach-deps.ts";
import { retryPendingNotifications } from "../domain/breach/retry-notifications.ts";
import type { DsrDeps } from "../domain/dsr/dsr-deps.ts";
import { eraseExpiredDetails } from "../domain/dsr/erase-expired-details.ts";
import { retryFailedForwards } from "../domain/dsr/retry-forwards.ts";
import type { Clock } from "../domain/ports.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";

export function requestHousekeeping(options: {
  prisma: PrismaClient;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Absent while no chat is connected: forwards and posts wait, erasure still runs. */
  dsr?: () => DsrDeps | undefined;
  /** Posts requests whose first post failed (the chat adapter knows the fallback channels). */
  publishUnposted?: () => Promise<number>;
  /** Absent while no chat is connected: pending notification e-mails wait with their incident. */
  breach?: () => BreachDeps | undefined;
}): () => Promise<void> {
  const requests = createRequestRepository(options.prisma);
  return async () => {
    const erased = await eraseExpiredDetails(
      { requests, clock: options.clock },
      options.config.requests.detailsRetentionDays,
    );
    if (erased.length > 0)
      options.logger.info({ references: erased }, "data-subject details erased after retention");
    const posted = (await options.publishUnposted?.()) ?? 0;
    if (posted > 0) options.logger.info({ posted }, "request messages posted after a failed first post");
    const dsr = options.dsr?.();
    if (dsr) {
      const forwards = await retryFailedForwards(dsr);
      if (forwards.sent + forwards.failed > 0) options.logger.info({ forwards }, "request forwards retried");
    }
    const breach = options.breach?.();
    if (breach) {
      const notifications = await retryPendingNotifications(breach);
      if (notifications.sent + notifications.pending + notifications.failed > 0)
        options.logger.info({ notifications }, "pending breach notification e-mails retried");
    }
  };
}
