// Child process of the ingress benchmark: the fake Slack Web API that the app (and the bare
// baseline) call, and, on a port of its own, fresh trigger ids for the load generator's slash
// commands (POST /triggers?count=N; the fake accepts each once, within 3 s of issuing it).
// Exits when the parent closes the IPC channel.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeSlack } from "../test/fakes/slack/fake-slack.ts";
import { CHANNEL, type FakeSlackReady, USER } from "./ingress-protocol.ts";

const slack = await new FakeSlack().start();
slack.memberOf.add(CHANNEL);
slack.users.set(USER.id, { ...USER, realName: "Steve Peeters", locale: "en-GB" });
// The fake records every call for tests' assertions; here nobody reads them, and keeping tens of
// thousands of views would only grow this process's heap (and its garbage collections).
setInterval(() => {
  slack.calls.length = 0;
}, 1_000).unref();

const triggers = createServer((req, res) => {
  const count = Number(new URL(req.url ?? "/", "http://localhost").searchParams.get("count") ?? 1);
  const ids = Array.from({ length: Math.min(Math.max(count, 1), 1000) }, () => slack.issueTrigger());
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(ids));
});
await new Promise<void>((resolve) => triggers.listen(0, "127.0.0.1", resolve));

process.on("disconnect", () => process.exit(0));
const ready: FakeSlackReady = {
  type: "ready",
  apiUrl: slack.url,
  triggersUrl: `http://127.0.0.1:${(triggers.address() as AddressInfo).port}/triggers`,
};
process.send!(ready);
