// A setup file of every test file (vitest.config.ts): every logger the code creates also writes,
// after its redaction and at debug level or above, to this worker's file in the run's capture
// directory. After the run, global-setup.ts scans all of them (test/support/log-scan.ts).
import { join } from "node:path";
import { pino } from "pino";
import { inject } from "vitest";
import { captureLogsTo } from "../../src/logger.ts";

captureLogsTo(
  pino.destination({
    dest: join(inject("logCaptureDir"), `worker-${process.pid}.ndjson`),
    append: true,
    sync: true,
  }),
);
