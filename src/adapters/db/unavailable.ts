// Whether an error means "the database cannot be reached right now" (down, restarting, the pool's
// connect timed out) rather than a bug or a refused write: the user then gets "try again in a
// moment" instead of "something went wrong", and nothing was written (the write did not start, or
// its transaction was rolled back with the connection).
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** Prisma: can't reach, timed out, connection closed, pool timeout. */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** PostgreSQL: admin/crash shutdown, cannot connect now, connection failures. */
const UNREACHABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const e = current as {
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
      cause?: unknown;
    };
    if (typeof e.code === "string" && (UNREACHABLE_PRISMA_CODES.has(e.code) || e.code === "ECONNREFUSED"))
      return true;
    const cause = e.meta?.driverAdapterError?.cause;
    if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return true;
    if (cause?.originalCode && UNREACHABLE_SQLSTATES.has(cause.originalCode)) return true;
    if (typeof e.message === "string" && /timeout exceeded when trying to connect/i.test(e.message))
      return true;
    current = e.cause;
  }
  return false;
}
