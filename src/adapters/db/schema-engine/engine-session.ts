// One schema-engine session: open, run a command, and always free the engine and close its
// connections, so the advisory lock is released and no pool keeps the process alive.
import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { redactUrl } from "../connection-url.ts";
import { EngineAdapterFactory } from "./engine-adapter.ts";
import { loadSchemaEngine, takePanicMessage } from "./load-engine.ts";
import { defaultSchemaPath } from "./migrations-folder.ts";

export interface EngineSessionOptions {
  /** prisma/schema.prisma unless given; the engine reads the provider from it. */
  schemaPath?: string;
  /** The engine's own log lines (JSON), for debugging. */
  onLog?: (line: string) => void;
}

export async function withSchemaEngine<T>(
  url: string,
  command: string,
  work: (engine: SchemaEngine, schemaFile: { path: string; content: string }) => Promise<T>,
  options: EngineSessionOptions = {},
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngine();
  const schemaPath = options.schemaPath ?? defaultSchemaPath;
  const schemaFile = { path: schemaPath, content: await readFile(schemaPath, "utf8") };
  const factory = new EngineAdapterFactory(url);
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngineClass.new(
      { datamodels: [[schemaFile.path, schemaFile.content]] },
      (line: string) => options.onLog?.(line),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await work(engine, schemaFile);
  } catch (error) {
    throw engineError(command, url, error);
  } finally {
    engine?.free();
    await factory.close();
  }
}

/** The engine rejects with plain objects ({ code, message }) or errors without context. */
function engineError(command: string, url: string, error: unknown): Error {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const panic = takePanicMessage();
  const detail = panic ? `engine panicked: ${panic}` : typeof message === "string" ? message : String(error);
  const prefix = typeof code === "string" ? `${code}: ` : "";
  return new Error(`Prisma schema engine ${command} failed on ${redactUrl(url)}: ${prefix}${detail}`, {
    cause: error,
  });
}
