// TEAMS_LOCAL turns off the Bot Framework token check and the tenant check, so that the Agents
// Playground can talk to the bot without an Azure registration. Without them, the sender, its AAD
// object id and the service URL are whatever the request body says: whoever reached the port could
// act as a privacy officer, and have replies, reminders and data subjects' details posted to a
// server of their choosing (the service URL is stored and used for later posts). So, in local
// mode, the bot serves only this machine:
// - /api/messages answers clients on a loopback address only, read from the socket (never from
//   X-Forwarded-For, which the client writes); a proxy on this machine would defeat it, which is
//   why the README says never to expose such a process;
// - an activity whose service URL is not on this machine is refused before anything is stored;
// - nothing is posted to a service URL that is not on this machine (see teams-chat.ts).
import { isIPv4 } from "node:net";
import express, { type RequestHandler } from "express";
import type { Logger } from "../../logger.ts";

/** 127.0.0.0/8, ::1, and IPv4 loopback mapped into IPv6 (::ffff:127.x.y.z, ::ffff:7fxx:yyyy). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase().replace(/^\[|\]$/g, "");
  if (a === "::1") return true;
  const mapped = /^::ffff:(.+)$/.exec(a)?.[1];
  const v4 = mapped ?? a;
  if (isIPv4(v4)) return v4.startsWith("127.");
  // The hexadecimal form WHATWG URLs normalise a mapped address to: ::ffff:7f00:1.
  return mapped !== undefined && /^7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(mapped);
}

/** An http(s) URL whose host is this machine: localhost or a loopback address. */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  return parsed.hostname === "localhost" || isLoopbackAddress(parsed.hostname);
}

/**
 * Mounted before the Teams SDK's own route in local mode: refuses (403) a client that is not on
 * this machine, and an activity whose service URL is not. The body is parsed here as the SDK
 * would (express.json, same limit); the SDK's parser then finds it parsed and leaves it.
 */
export function localOnly(logger: Logger): RequestHandler {
  const parseJson = express.json();
  return (req, res, next) => {
    const peer = req.socket.remoteAddress;
    if (!isLoopbackAddress(peer)) {
      logger.warn({ peer }, "TEAMS_LOCAL: request from another machine refused");
      res.status(403).json({ error: "TEAMS_LOCAL accepts requests from this machine only" });
      return;
    }
    parseJson(req, res, (error?: unknown) => {
      if (error) return next(error);
      const serviceUrl = (req.body as { serviceUrl?: unknown } | undefined)?.serviceUrl;
      if (typeof serviceUrl !== "string" || !isLoopbackUrl(serviceUrl)) {
        logger.warn(
          { serviceUrl: typeof serviceUrl === "string" ? serviceUrl.slice(0, 200) : null },
          "TEAMS_LOCAL: activity with a service URL on another machine refused",
        );
        res.status(403).json({ error: "TEAMS_LOCAL accepts service URLs on this machine only" });
        return;
      }
      next();
    });
  };
}
