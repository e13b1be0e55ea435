// TEAMS_LOCAL serves this machine only: which peers and service URLs count as this machine, and the
// guard in front of /api/messages, which reads the socket's address and never X-Forwarded-For.
import { Readable } from "node:stream";
import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../logger.ts";
import { isLoopbackAddress, isLoopbackUrl, localOnly } from "./local-only.ts";

describe("isLoopbackAddress", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.255.3.4", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["::FFFF:127.0.0.2", true],
    ["::ffff:7f00:1", true],
    ["[::1]", true],
    ["192.0.2.2", false],
    ["10.0.0.1", false],
    ["::ffff:192.0.2.2", false],
    ["::ffff:c000:202", false],
    ["fd00::2", false],
    ["128.0.0.1", false],
    ["127.0.0", false],
    ["localhost", false],
    ["", false],
    [undefined, false],
  ])("%s -> %s", (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });
});

describe("isLoopbackUrl", () => {
  it.each([
    ["http://127.0.0.1:56150/_connector", true],
    ["http://localhost:56150/", true],
    ["https://[::1]:8443/", true],
    ["http://[::ffff:127.0.0.1]/", true],
    // WHATWG URLs read these as 127.0.0.1.
    ["http://2130706433/", true],
    ["http://127.1/", true],
    ["https://smba.trafficmanager.net/emea/", false],
    ["https://attacker.example/", false],
    ["http://192.0.2.2:3978/", false],
    ["http://localhost.attacker.example/", false],
    ["http://127.0.0.1.attacker.example/", false],
    ["http://user@attacker.example/?127.0.0.1", false],
    ["ftp://127.0.0.1/", false],
    ["", false],
    ["not a url", false],
  ])("%s -> %s", (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback);
  });
});

/** A JSON request as express hands it to a handler, from `peer`. */
function request(peer: string, body: unknown, headers: Record<string, string> = {}): Request {
  const text = JSON.stringify(body);
  const stream = Readable.from([Buffer.from(text)]) as unknown as Request;
  Object.assign(stream, {
    method: "POST",
    url: "/api/messages",
    headers: {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(text)),
      ...headers,
    },
    socket: { remoteAddress: peer },
  });
  return stream;
}

function guard(req: Request): Promise<{ status: number | null; passed: boolean }> {
  return new Promise((resolve, reject) => {
    const answer = { status: null as number | null };
    const res = {
      status(code: number) {
        answer.status = code;
        return this;
      },
      json() {
        resolve({ status: answer.status, passed: false });
        return this;
      },
    } as unknown as Response;
    localOnly(createLogger("silent"))(req, res, (error?: unknown) =>
      error ? reject(error) : resolve({ status: null, passed: true }),
    );
  });
}

const playground = { type: "message", serviceUrl: "http://127.0.0.1:56150/_connector", text: "help" };

describe("localOnly", () => {
  it("lets an activity from this machine with a service URL on this machine through", async () => {
    expect(await guard(request("127.0.0.1", playground))).toEqual({ status: null, passed: true });
    expect(await guard(request("::ffff:127.0.0.1", playground))).toEqual({ status: null, passed: true });
    expect(await guard(request("::1", playground))).toEqual({ status: null, passed: true });
  });

  it("refuses a client on another machine, whatever X-Forwarded-For claims", async () => {
    expect(await guard(request("192.0.2.7", playground))).toEqual({ status: 403, passed: false });
    expect(
      await guard(request("192.0.2.7", playground, { "x-forwarded-for": "127.0.0.1", "x-real-ip": "::1" })),
    ).toEqual({ status: 403, passed: false });
  });

  it("refuses an activity whose service URL is on another machine, or has none", async () => {
    for (const serviceUrl of ["https://attacker.example/", "http://192.0.2.7/", 42, undefined]) {
      expect(await guard(request("127.0.0.1", { ...playground, serviceUrl }))).toEqual({
        status: 403,
        passed: false,
      });
    }
  });
});
