// Structured JSON logs (pino). Secrets and personal data are redacted by key wherever they appear,
// so a careless `log.info({ request })` cannot leak a data subject's details or a token.
import { pino } from "pino";

export type Logger = pino.Logger;

const redactedKeys = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "clientSecret",
  "password",
  "authorization",
  "databaseUrl",
  "smtpUrl",
  "email",
  "phone",
  "subjectDetails",
  "requestText",
  "subjectName",
  "notifiedTo",
  "contactEmail",
  "contactPhone",
];

const paths = redactedKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "dpa-bot" },
      redact: { paths: [...paths, 'req.headers["x-slack-signature"]'], censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
