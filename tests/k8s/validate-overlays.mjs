// Renders each kustomize overlay given on the command line and validates every object offline (no API server):
//   node validate-overlays.mjs [--crds DIR] OVERLAY_DIR...
// CRDs: --crds, else $K8S_CRDS_DIR, else the copies in tests/k8s/crds (from the operators, see the README there). Prints each problem and one
// summary line per overlay; exits 1 when any overlay has a problem.
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { render } from "./kubectl.mjs";
import { policyProblems } from "./policies.mjs";
import { loadCrds, schemaProblems } from "./schemas.mjs";

const args = process.argv.slice(2);
const repository = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
let crdDir = process.env.K8S_CRDS_DIR || join(repository, "tests", "k8s", "crds");
const overlays = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--crds") crdDir = args[++i];
  else overlays.push(args[i]);
}
if (overlays.length === 0 || !existsSync(crdDir)) {
  console.error(overlays.length === 0 ? "usage: validate-overlays.mjs [--crds DIR] OVERLAY_DIR..." : `CRD folder ${crdDir} not found (set K8S_CRDS_DIR)`);
  process.exit(2);
}

const crds = loadCrds(crdDir);
let failed = false;
for (const overlay of overlays) {
  const name = basename(resolve(overlay));
  let objects;
  try {
    objects = parseAllDocuments(render(overlay)).map((d) => d.toJS()).filter(Boolean);
  } catch (error) {
    console.log(`${name}: does not render: ${error.message}`);
    failed = true;
    continue;
  }
  const problems = [];
  for (const object of objects)
    for (const problem of await schemaProblems(object, crds)) problems.push(`${object.kind}/${object.metadata?.name}: schema: ${problem}`);
  problems.push(...policyProblems(objects));
  for (const problem of problems) console.log(`${name}: ${problem}`);
  console.log(`${name}: ${objects.length} objects, ${problems.length} problems`);
  if (problems.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
