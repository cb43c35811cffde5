// Regenerates the docs that are derived from code: docs/indicators.md (and docs/alerts.md when present).
import { writeFileSync } from "node:fs";

const { renderIndicatorDocs } = await import("../dist/domain/indicators/docs.js");
writeFileSync(new URL("../docs/indicators.md", import.meta.url), renderIndicatorDocs());
console.log("docs/indicators.md written");
