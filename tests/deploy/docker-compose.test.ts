// Checks the production compose file and Dockerfiles without a Docker engine: structure, secrets,
// and that every environment variable handed to a container is one the code reads (and back).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

type EnvValue = string | number | boolean | null;
type Service = {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  command?: string | string[];
  restart?: string;
  environment?: Record<string, EnvValue> | string[];
  ports?: (string | number | { target: number; published?: string | number })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (relative: string) => readFileSync(join(root, relative), "utf8");

// Merge keys (`<<: *anchor`) are YAML 1.1; Compose resolves them, so must we.
const raw = parse(read("docker-compose.yml"), { merge: true }) as Compose;
const services = raw.services;

const REQUIRED_SERVICES = ["postgres", "redis", "meilisearch", "commerce", "commerce-worker", "storefront"];
const SECRETS = ["POSTGRES_PASSWORD", "JWT_SECRET", "COOKIE_SECRET", "STAMP_SIGNING_KEYS", "MEILI_MASTER_KEY", "MEDUSA_PUBLISHABLE_KEY"];
const OPTIONAL_SECRETS = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET"];
const COMMERCE_SERVICES = ["commerce", "commerce-worker", "commerce-migrate"];
const RUNTIME_ONLY_STOREFRONT_VARS = ["HOST", "PORT", "NODE_ENV"];

const isOneOff = (service: Service) => service.restart === "no";
const longRunning = Object.entries(services)
  .filter(([, service]) => !isOneOff(service))
  .map(([name]) => name);

function environment(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => {
      const at = entry.indexOf("=");
      return at < 0 ? [entry, ""] : [entry.slice(0, at), entry.slice(at + 1)];
    }));
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value ?? "")]));
}

function healthcheckCommand(service: Service): string[] {
  const test = service.healthcheck?.test;
  if (test === undefined) return [];
  if (typeof test === "string") return ["CMD-SHELL", test];
  return test;
}

function dependencies(service: Service): [string, string | undefined][] {
  const dependsOn = service.depends_on ?? {};
  if (Array.isArray(dependsOn)) return dependsOn.map((name) => [name, undefined]);
  return Object.entries(dependsOn).map(([name, spec]) => [name, spec?.condition]);
}

/** Host ports a service publishes; "random" for a short-syntax container-only port. */
function publishedPorts(service: Service): string[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === "object") return String(port.published ?? "random");
    const parts = (String(port).split("/")[0] ?? "").split(":");
    return parts.length === 1 ? "random" : (parts[parts.length - 2] ?? "random");
  });
}

function mounts(service: Service): { type: string; source?: string; target: string }[] {
  return (service.volumes ?? []).map((volume) => {
    if (typeof volume === "object") return { type: volume.type ?? "volume", source: volume.source, target: volume.target };
    const [source = "", target] = volume.split(":");
    if (target === undefined) return { type: "volume", target: source };
    const isPath = source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
    return { type: isPath ? "bind" : "volume", source, target };
  });
}

// ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message}, ${NAME:+alt}, $NAME
const INTERPOLATION = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
type Interpolation = { name: string; operator: string; argument: string };

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

function interpolations(text: string): Interpolation[] {
  return [...text.matchAll(INTERPOLATION)]
    .filter((match) => match[0] !== "$$")
    .map((match) => ({ name: match[1] ?? match[4] ?? "", operator: match[2] ?? "", argument: match[3] ?? "" }));
}

const allInterpolations = strings(raw).flatMap(interpolations);

/** Compose's substitution rules, applied to every string value as `docker compose up` does. */
function interpolate(value: unknown, env: Record<string, string>): unknown {
  if (typeof value === "string") {
    return value.replace(INTERPOLATION, (whole, braced, operator = "", argument = "", bare) => {
      if (whole === "$$") return "$";
      const name = braced ?? bare;
      const current = env[name];
      const set = current !== undefined;
      const nonEmpty = set && current !== "";
      switch (operator) {
        case ":-": return nonEmpty ? current : argument;
        case "-": return set ? current : argument;
        case ":?": if (!nonEmpty) throw new Error(`${name}: ${argument}`); return current;
        case "?": if (!set) throw new Error(`${name}: ${argument}`); return current;
        case ":+": return nonEmpty ? argument : "";
        case "+": return set ? argument : "";
        default: return current ?? "";
      }
    });
  }
  if (Array.isArray(value)) return value.map((item) => interpolate(item, env));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolate(item, env)]));
  }
  return value;
}

const secretValues = Object.fromEntries(SECRETS.map((name) => [name, `test-${name.toLowerCase()}`]));

describe("docker-compose.yml services", () => {
  it.each(REQUIRED_SERVICES)("defines %s as a long-running service", (name) => {
    expect(services[name], `service ${name}`).toBeDefined();
    expect(isOneOff(services[name])).toBe(false);
  });

  it.each(longRunning)("%s has a healthcheck", (name) => {
    const command = healthcheckCommand(services[name]);
    expect(services[name].healthcheck?.disable).not.toBe(true);
    expect(command.length).toBeGreaterThan(1);
    expect(command[0]).toMatch(/^CMD(-SHELL)?$/);
  });

  it.each([
    ["postgres", "pg_isready"],
    ["redis", "redis-cli ping"],
    ["meilisearch", "http://127.0.0.1:7700/health"],
    ["commerce", "http://127.0.0.1:9000/health"],
    ["commerce-worker", "http://127.0.0.1:9000/health"],
    ["storefront", "http://127.0.0.1:4321/"],
  ])("%s's healthcheck probes %s", (name, probe) => {
    expect(healthcheckCommand(services[name]).join(" ")).toContain(probe);
  });

  // Our images are node:24-bookworm-slim, which ships neither curl nor wget.
  it.each(Object.keys(services).filter((name) => services[name].build && !isOneOff(services[name])))(
    "%s's healthcheck runs with node, which its image has",
    (name) => {
      expect(healthcheckCommand(services[name]).slice(0, 2)).toEqual(["CMD", "node"]);
    },
  );

  it.each([
    ["postgres", "/var/lib/postgresql"],
    ["redis", "/data"],
    ["meilisearch", "/meili_data"],
    ["commerce", "/app/commerce/static"],
    ["commerce-worker", "/app/commerce/static"],
  ])("%s keeps %s in a named volume declared at top level", (name, target) => {
    const mount = mounts(services[name]).find((candidate) => candidate.target === target);
    expect(mount, `${name} mounts ${target}`).toBeDefined();
    expect(mount?.type).toBe("volume");
    expect(Object.keys(raw.volumes ?? {})).toContain(mount?.source);
  });

  it("publishes only the storefront on 4321 and commerce on 9000", () => {
    const published = Object.entries(services).flatMap(([name, service]) =>
      publishedPorts(service).map((port) => `${name}:${port}`),
    );
    expect(published.sort()).toEqual(["commerce:9000", "storefront:4321"]);
  });

  it.each([
    ["commerce", "server", "false"],
    ["commerce-worker", "worker", "true"],
  ])("%s runs Medusa in %s mode with DISABLE_MEDUSA_ADMIN=%s", (name, mode, adminDisabled) => {
    const env = environment(services[name]);
    expect(env.MEDUSA_WORKER_MODE).toBe(mode);
    expect(env.DISABLE_MEDUSA_ADMIN ?? "false").toBe(adminDisabled);
  });

  it("runs the server, the worker and the migration from one commerce image", () => {
    const images = COMMERCE_SERVICES.map((name) => services[name]?.image);
    expect(images[0]).toBeTruthy();
    expect(new Set(images).size).toBe(1);
  });

  it("migrates once, in a one-off job that the server and worker wait for", () => {
    const migrate = services["commerce-migrate"];
    expect(isOneOff(migrate)).toBe(true);
    expect([migrate.command].flat().join(" ")).toContain("db:migrate");
    for (const name of ["commerce", "commerce-worker"]) {
      expect(dependencies(services[name])).toContainEqual(["commerce-migrate", "service_completed_successfully"]);
      expect([services[name].command ?? []].flat().join(" ")).not.toContain("db:migrate");
    }
  });

  it.each(Object.keys(services))("%s waits for healthy (or finished one-off) dependencies", (name) => {
    for (const [dependency, condition] of dependencies(services[name])) {
      expect(services[dependency], `${name} depends on ${dependency}`).toBeDefined();
      const expected = isOneOff(services[dependency]) ? "service_completed_successfully" : "service_healthy";
      expect(condition, `${name} → ${dependency}`).toBe(expected);
    }
  });

  it.each([
    ["commerce", "postgres"],
    ["commerce", "redis"],
    ["commerce", "meilisearch"],
    ["commerce-worker", "postgres"],
    ["commerce-worker", "redis"],
    ["storefront", "commerce"],
  ])("%s starts after %s is healthy", (name, dependency) => {
    expect(dependencies(services[name])).toContainEqual([dependency, "service_healthy"]);
  });
});

describe("docker-compose.yml secrets", () => {
  it.each(SECRETS)("%s is only ever written ${NAME:?message}, with no default", (name) => {
    const uses = allInterpolations.filter((use) => use.name === name);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      expect(use.operator).toBe(":?");
      expect(use.argument.trim()).not.toBe("");
    }
  });

  it("gives no required variable a default anywhere", () => {
    const required = new Set(allInterpolations.filter((use) => use.operator === ":?").map((use) => use.name));
    const defaulted = allInterpolations.filter((use) => required.has(use.name) && use.operator !== ":?");
    expect(defaulted).toEqual([]);
  });

  it.each(OPTIONAL_SECRETS)("%s is optional and empty when unset", (name) => {
    const uses = allInterpolations.filter((use) => use.name === name);
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.every((use) => use.operator === ":-" && use.argument === "")).toBe(true);
  });

  it("hard-codes no credential: every *PASSWORD, *SECRET, *_KEY value is a substitution", () => {
    const literal = Object.entries(services).flatMap(([name, service]) =>
      Object.entries(environment(service))
        .filter(([key]) => /(PASSWORD|SECRET|_KEY)$/.test(key))
        .filter(([, value]) => !/^\$\{[A-Z0-9_]+(:\?[^}]+|:-)\}$/.test(value))
        .map(([key]) => `${name}.${key}`),
    );
    expect(literal).toEqual([]);
  });

  it.each(SECRETS)("`docker compose up` stops when %s is unset or empty", (name) => {
    for (const value of [undefined, ""]) {
      const env = { ...secretValues };
      if (value === undefined) delete env[name];
      else env[name] = value;
      expect(() => interpolate(raw, env)).toThrow(new RegExp(`^${name}: \\S`));
    }
  });

  it("hands each secret to the containers that need it when all are set", () => {
    const resolved = interpolate(raw, secretValues) as Compose;
    const env = (name: string) => environment(resolved.services[name]);
    expect(env("postgres").POSTGRES_PASSWORD).toBe(secretValues.POSTGRES_PASSWORD);
    expect(env("meilisearch").MEILI_MASTER_KEY).toBe(secretValues.MEILI_MASTER_KEY);
    expect(env("storefront").MEDUSA_PUBLISHABLE_KEY).toBe(secretValues.MEDUSA_PUBLISHABLE_KEY);
    for (const name of COMMERCE_SERVICES) {
      expect(new URL(env(name).DATABASE_URL).password).toBe(secretValues.POSTGRES_PASSWORD);
      expect(env(name).JWT_SECRET).toBe(secretValues.JWT_SECRET);
      expect(env(name).COOKIE_SECRET).toBe(secretValues.COOKIE_SECRET);
      expect(env(name).STRIPE_API_KEY).toBe("");
      expect(env(name).STRIPE_WEBHOOK_SECRET).toBe("");
    }
  });
});

describe("environment variables match the code", () => {
  const medusaConfig = "commerce/medusa-config.ts";
  const astroConfig = "storefront/astro.config.mjs";
  const readCode = (relative: string) => {
    expect(existsSync(join(root, relative)), `${relative} exists`).toBe(true);
    return read(relative);
  };
  const readByMedusa = (text: string) =>
    new Set([...text.matchAll(/process\.env\.([A-Z0-9_]+)/g)].map((match) => match[1]));
  const declaredByAstro = (text: string) =>
    new Set([...text.matchAll(/([A-Z0-9_]+):\s*envField/g)].map((match) => match[1]));

  const commerceNames = [...new Set(COMMERCE_SERVICES.flatMap((name) => Object.keys(environment(services[name]))))];
  it.each(commerceNames)("medusa-config.ts reads %s, which compose gives commerce", (name) => {
    const uses = [...readCode(medusaConfig).matchAll(/(?<![\w$])(?:process\.)?env\.([A-Z0-9_]+)/g)];
    expect(uses.map((match) => match[1])).toContain(name);
  });

  // The admin is bundled by `medusa build`: its backendUrl is frozen into the image, and left unset
  // Medusa fills in MEDUSA_BACKEND_URL of the build. "/" makes the dashboard call the origin it is served from.
  it("medusa-config.ts builds the dashboard to call the origin it is served from", () => {
    const admin = readCode(medusaConfig).match(/\badmin:\s*\{[^}]*\}/)?.[0] ?? "";
    expect(admin).toMatch(/\bbackendUrl:\s*"\/"/);
  });

  it.each(["commerce", "commerce-worker"])("%s is given every variable medusa-config.ts reads", (service) => {
    const provided = Object.keys(environment(services[service]));
    const missing = [...readByMedusa(readCode(medusaConfig))].filter(
      (name) => name !== "NODE_ENV" && !provided.includes(name),
    );
    expect(missing).toEqual([]);
  });

  const storefrontNames = Object.keys(environment(services.storefront)).filter(
    (name) => !RUNTIME_ONLY_STOREFRONT_VARS.includes(name),
  );
  it.each(storefrontNames)("astro.config.mjs declares %s, which compose gives the storefront", (name) => {
    expect([...declaredByAstro(readCode(astroConfig))]).toContain(name);
  });

  // Astro inlines `access: "public"` fields, and anything astro.config.mjs reads from process.env,
  // when the image is built; only secret server fields are read when the container starts.
  it.each(storefrontNames)("the storefront reads %s when it starts, not when the image is built", (name) => {
    const text = readCode(astroConfig);
    const field = text.match(new RegExp(`\\b${name}:\\s*envField\\.\\w+\\(\\{([^}]*)\\}`))?.[1] ?? "";
    expect(field).toMatch(/context:\s*["']server["']/);
    expect(field).toMatch(/access:\s*["']secret["']/);
    expect(text).not.toMatch(new RegExp(`process\\.env\\.${name}\\b`));
  });

  it("gives the storefront every variable astro.config.mjs declares", () => {
    const provided = Object.keys(environment(services.storefront));
    const missing = [...declaredByAstro(readCode(astroConfig))].filter(
      (name) => name !== "NODE_ENV" && !provided.includes(name),
    );
    expect(missing).toEqual([]);
  });
});

type Instruction = { keyword: string; args: string };

function dockerfile(relative: string): { stages: Instruction[][]; all: Instruction[] } {
  const lines = read(relative)
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  const all = lines.map((line) => {
    const [keyword, ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
  });
  const stages: Instruction[][] = [];
  for (const instruction of all) {
    if (instruction.keyword === "FROM") stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return { stages, all };
}

const last = (stage: Instruction[], keyword: string) => stage.filter((i) => i.keyword === keyword).at(-1)?.args;

const isNpmCi = (i: Instruction) => i.keyword === "RUN" && /\bnpm ci\b/.test(i.args);

/** What a Dockerfile copies into the image before its first `npm ci`, one path per word. */
function copiedBeforeFirstCi(path: string): string[] {
  const { all } = dockerfile(path);
  const firstCi = all.findIndex(isNpmCi);
  expect(firstCi, `${path} runs npm ci after copying something`).toBeGreaterThan(0);
  return all.slice(0, firstCi).filter((i) => i.keyword === "COPY").flatMap((i) => i.args.split(/\s+/));
}

describe("Dockerfiles", () => {
  const images = [
    ["commerce", "commerce/Dockerfile"],
    ["storefront", "storefront/Dockerfile"],
  ] as const;
  const workspaces = (JSON.parse(read("package.json")) as { workspaces: string[] }).workspaces;

  it.each(images)("%s is built from %s with the repository root as context", (service, path) => {
    expect(existsSync(join(root, path)), `${path} exists`).toBe(true);
    expect(services[service].build?.dockerfile).toBe(path);
    expect(services[service].build?.context).toMatch(/^\.\/?$/);
  });

  it.each(images)("%s: every FROM is node 24 or an earlier stage", (_service, path) => {
    const stageNames: string[] = [];
    for (const stage of dockerfile(path).stages) {
      const [image, as, name] = stage[0].args.replace(/^--platform=\S+\s+/, "").split(/\s+/);
      if (!stageNames.includes(image)) expect(image).toBe("node:24-bookworm-slim");
      if (as?.toUpperCase() === "AS") stageNames.push(name);
    }
    expect(stageNames.length).toBeGreaterThan(1);
  });

  it.each(images)("%s: the image runs as a non-root user", (_service, path) => {
    const user = last(dockerfile(path).stages.at(-1) ?? [], "USER");
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it.each(images)("%s: every workspace manifest and the lockfile are copied before npm ci", (_service, path) => {
    const copied = copiedBeforeFirstCi(path);
    for (const file of ["package.json", "package-lock.json", ...workspaces.map((w) => `${w}/package.json`)]) {
      expect(copied, `${path} copies ${file}`).toContain(file);
    }
  });

  it("commerce copies the dependency patches before npm ci, so its postinstall applies them", () => {
    expect(copiedBeforeFirstCi("commerce/Dockerfile")).toContain("patches/");
  });

  it.each(images)("%s: every npm ci installs the root too, whose postinstall needs patch-package", (_service, path) => {
    const installs = dockerfile(path).all.filter(isNpmCi);
    expect(installs.length).toBeGreaterThan(0);
    for (const install of installs) {
      if (/--workspace/.test(install.args)) expect(install.args).toContain("--include-workspace-root");
    }
  });

  it("commerce serves uploads from the volume: WORKDIR/static is the mounted path", () => {
    const final = dockerfile("commerce/Dockerfile").stages.at(-1) ?? [];
    const workdir = last(final, "WORKDIR");
    expect(mounts(services.commerce).map((m) => m.target)).toContain(`${workdir}/static`);
    expect(environment(services.commerce).FILE_UPLOAD_DIR ?? `${workdir}/static`).toBe(`${workdir}/static`);
    expect(JSON.parse(last(final, "CMD") ?? "[]")).toEqual(["medusa", "start"]);
  });

  it("storefront starts the compressing server around the Astro handler on the published port", () => {
    const final = dockerfile("storefront/Dockerfile").stages.at(-1) ?? [];
    expect(JSON.parse(last(final, "CMD") ?? "[]")).toEqual(["node", "./server.mjs"]);
    expect(final.filter((i) => i.keyword === "COPY").map((i) => i.args).join(" ")).toContain("storefront/server.mjs");
    expect(last(final, "EXPOSE")).toBe("4321");
    expect(environment(services.storefront).PORT).toBe("4321");
  });

  it.each(["**/node_modules", "**/.medusa", "**/dist", "**/.env", ".git"])(
    ".dockerignore keeps %s out of the build context",
    (pattern) => {
      const patterns = read(".dockerignore").split(/\r?\n/).map((line) => line.trim());
      expect(patterns).toContain(pattern);
    },
  );
});
