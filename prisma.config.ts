// Prisma CLI configuration. The app itself migrates through the WebAssembly schema engine at
// start-up (src/adapters/db/migrate.ts); this file serves `prisma generate` and, where the native
// engine is available, `prisma migrate deploy` against DATABASE_URL.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
