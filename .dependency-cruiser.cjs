/**
 * The architecture check (docs/architecture.md): layers first, arrows one way, no cycles.
 *   web → http (schema types only; in web: app shell → features → shared); http → app; cli → app (and http, to start the server);
 *   app → db, domain, io, demo; db → domain; io → domain; demo → domain, io; domain → domain.
 * Tests beside the code may import what they test and the test helpers; they are not a layer.
 * Runs in `npm test` (npm run arch); test/architecture.test.ts shows it failing on planted imports.
 */
const notTest = "\\.test\\.tsx?$";

/** A rule: files under `from` may import nothing under src/ but `allowed`. */
function layer(name, from, allowed, comment) {
  return {
    name,
    comment,
    severity: "error",
    from: { path: from, pathNot: notTest },
    to: { path: "^src/", pathNot: allowed },
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Modules must not import each other in a cycle (directly or through others).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "domain-is-pure",
      comment:
        "The domain (law, calendars, indicators, detectors, policies) is pure: it imports only the domain and " +
        "two data packages (holidays, civil dates) — no I/O, no database, no framework.",
      severity: "error",
      from: { path: "^src/domain/", pathNot: notTest },
      to: {
        pathNot: ["^src/domain/", "(^|/)node_modules/(chinese-days|temporal-polyfill)/"],
      },
    },
    layer("db-imports-db-and-domain", "^src/db/", ["^src/db/", "^src/domain/"], "Storage knows the domain, nothing above it."),
    layer("io-imports-io-and-domain", "^src/io/", ["^src/io/", "^src/domain/"], "File readers and writers know the domain only."),
    layer(
      "demo-imports-demo-domain-io",
      "^src/demo/",
      ["^src/demo/", "^src/domain/", "^src/io/"],
      "The demo court generator writes import files from the domain.",
    ),
    layer(
      "app-imports-below",
      "^src/app/",
      ["^src/app/", "^src/db/", "^src/domain/", "^src/io/", "^src/demo/"],
      "Use cases sit on storage, domain, files and the demo generator; never on HTTP or the command line.",
    ),
    layer(
      "http-goes-through-app",
      "^src/http/",
      ["^src/http/", "^src/app/", "^src/domain/"],
      "Routes call use cases (and read the domain's constants); they never touch storage or files.",
    ),
    layer(
      "cli-goes-through-app",
      "^src/cli/",
      ["^src/cli/", "^src/app/", "^src/domain/", "^src/http/start\\.ts$"],
      "Commands call use cases (and start the server); they never touch storage or files.",
    ),
    {
      name: "web-imports-http-schemas-only",
      comment: "The browser app knows the server only through the HTTP schemas' types.",
      severity: "error",
      from: { path: "^web/src/" },
      to: { path: "^src/", pathNot: "^src/http/routes/[^/]+/schema\\.ts$|^src/http/schema/" },
    },
    {
      name: "web-imports-types-only",
      comment: "Nothing of the server is bundled into the browser app: imports of it are type-only.",
      severity: "error",
      from: { path: "^web/src/" },
      to: { path: "^src/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "web-shared-is-shared",
      comment: "web/src/shared serves every feature; it knows no feature and not the app shell.",
      severity: "error",
      from: { path: "^web/src/shared/" },
      to: { path: "^web/src/(features|app)/" },
    },
    {
      name: "web-features-below-the-shell",
      comment: "A feature does not import the app shell (routes, layout), which imports the features.",
      severity: "error",
      from: { path: "^web/src/features/" },
      to: { path: "^web/src/app/" },
    },
    {
      name: "code-does-not-import-tests",
      severity: "error",
      from: { path: "^(src|web/src)/", pathNot: notTest },
      to: { path: "^test/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^dist/", "^web/dist/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
