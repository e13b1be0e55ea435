// TRUST_PROXY: which reverse proxies in front of the bot may say who the client is
// (X-Forwarded-For) and whether it came over HTTPS (X-Forwarded-Proto). The decision page keeps the
// approver's address as evidence of a decision (art. 9 DPA); behind a proxy, without this setting,
// that is the proxy's address. Trusting a proxy that is not there would let any client write its
// own address into the evidence, so the default trusts none.
// The values are those of Express's `trust proxy` setting, checked here so that a typo stops the
// process at boot instead of silently trusting nobody (or everybody).
import { isIP } from "node:net";

/** false | true (every hop: only when the proxy alone can reach PORT) | hops | addresses. */
export type TrustProxy = boolean | number | string[];

/** proxy-addr's names for whole ranges. */
const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** The setting for `value`, or why it is not one. */
export function parseTrustProxy(value: string | undefined): TrustProxy | { problem: string } {
  const text = (value ?? "").trim();
  if (text === "" || text === "false") return false;
  if (text === "true") return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 100 ? hops : { problem: "expected at most 100 proxy hops" };
  }
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const wrong = entries.filter((entry) => !isTrustedEntry(entry));
  if (entries.length === 0 || wrong.length > 0) {
    return {
      problem: `expected false, true, a number of hops, or comma-separated addresses/subnets (or loopback, linklocal, uniquelocal); not understood: ${wrong.join(", ") || text}`,
    };
  }
  return entries;
}

/** An address, a subnet (CIDR prefix or IPv4 netmask), or one of the named ranges. */
function isTrustedEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = "", range, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (range === undefined) return true;
  if (/^\d+$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4 && isNetmask(range);
}

function isNetmask(mask: string): boolean {
  const bits = mask
    .split(".")
    .map((octet) => Number(octet).toString(2).padStart(8, "0"))
    .join("");
  return /^1*0*$/.test(bits);
}
