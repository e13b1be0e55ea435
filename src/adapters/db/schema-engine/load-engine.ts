// Loads Prisma's schema engine compiled to WebAssembly. The Prisma CLI would download a native
// engine binary, which fails without internet access; the wasm build ships inside npm.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type WasmExports = { __wbindgen_start(): void; memory: { buffer: ArrayBuffer } };
// Node has the WebAssembly global; @types/node does not declare it (it lives in the DOM lib).
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: object } }>;
};

const require = createRequire(import.meta.url);
let loading: Promise<typeof SchemaEngine> | undefined;

/** The SchemaEngine class, instantiated once per process. */
export function loadSchemaEngine(): Promise<typeof SchemaEngine> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function instantiate(): Promise<typeof SchemaEngine> {
  // The package's main entry imports the .wasm file as an ES module, which Node refuses; load the
  // JS glue and instantiate the binary ourselves, as the package's own entry would.
  const bindings: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  // The .wasm file is not in the package's export map: find it beside the glue module.
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = gluePath.replace(/\.js$/, ".wasm");
  let exports: WasmExports | undefined;
  const memory = () => exports!.memory;
  const imports = { "./schema_engine_bg.js": withEngineHooks(bindings, memory) };
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), imports);
  exports = instance.exports as WasmExports;
  bindings.__wbg_set_wasm(instance.exports);
  exports.__wbindgen_start();
  return bindings.SchemaEngine;
}

let lastPanicMessage: string | undefined;

/** The message of the engine's last panic (it then throws a bare "unreachable"), once. */
export function takePanicMessage(): string | undefined {
  const message = lastPanicMessage;
  lastPanicMessage = undefined;
  return message;
}

/**
 * Two imports are replaced. The engine arms timeouts (about 10 s) it never clears, so a finished
 * command would keep Node alive that long: its timers are unref'd (they still fire while a command
 * waits on the database socket). On a panic it reports the message to a global registry that only
 * the Prisma CLI installs: the message is kept here instead.
 */
function withEngineHooks(bindings: Bindings, memory: () => { buffer: ArrayBuffer }): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...bindings };
  for (const name of Object.keys(imports)) {
    if (name.startsWith("__wbg_setTimeout_")) {
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    if (name.startsWith("__wbg_set_message_")) {
      imports[name] = (pointer: number, length: number) => {
        const bytes = new Uint8Array(memory().buffer, pointer >>> 0, length >>> 0);
        lastPanicMessage = new TextDecoder().decode(bytes);
      };
    }
  }
  return imports;
}
