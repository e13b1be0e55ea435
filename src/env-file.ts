// Settings may also live in a `.env` file in the working directory (see .env.example). Variables
// already in the environment win, so a deployment can always override the file.
import { existsSync } from "node:fs";

export function loadEnvFile(path = ".env"): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}
