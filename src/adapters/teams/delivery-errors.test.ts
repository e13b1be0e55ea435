// Connector answers as delivery errors: what the scheduler retries, when, and what it gives up on.
import { describe, expect, it } from "vitest";
import { ChannelUnavailableError } from "../../domain/breach/breach-error.ts";
import { retryAfterMs, toTeamsDeliveryError } from "./delivery-errors.ts";

const now = new Date("2026-05-04T10:00:00Z");
const http = (status: number, headers: Record<string, string> = {}) => ({ response: { status, headers } });

describe("toTeamsDeliveryError", () => {
  it("retries 429 after Retry-After and 5xx with the scheduler's back-off", () => {
    expect(toTeamsDeliveryError(http(429, { "retry-after": "7" }), "c", now)).toMatchObject({
      retryable: true,
      retryAfterMs: 7000,
    });
    expect(toTeamsDeliveryError(http(503), "c", now)).toMatchObject({
      retryable: true,
      retryAfterMs: undefined,
    });
    expect(toTeamsDeliveryError({ code: "ECONNREFUSED", message: "refused" }, "c", now).retryable).toBe(true);
  });

  it("treats 403/404 as a conversation the app may not post in, and other 4xx as final", () => {
    expect(toTeamsDeliveryError(http(403), "c", now)).toBeInstanceOf(ChannelUnavailableError);
    expect(toTeamsDeliveryError(http(404), "c", now)).toBeInstanceOf(ChannelUnavailableError);
    expect(toTeamsDeliveryError(http(400), "c", now).retryable).toBe(false);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(retryAfterMs("0", now)).toBe(1000);
    expect(retryAfterMs("Mon, 04 May 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});
