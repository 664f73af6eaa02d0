// Schema validation of one rendered object: core kinds with the kubernetes-models validators, operators' custom
// resources against the openAPIV3Schema of their CRD (the schema an API server would apply).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";

/** Loads every CRD in crdDir: a map "group/version Kind" -> ajv validate function. */
export function loadCrds(crdDir) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validators = new Map();
  for (const file of readdirSync(crdDir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))) {
    for (const doc of parseAllDocuments(readFileSync(join(crdDir, file), "utf8"))) {
      const crd = doc.toJS();
      if (crd?.kind !== "CustomResourceDefinition") continue;
      for (const version of crd.spec.versions) {
        const schema = version.schema?.openAPIV3Schema;
        if (!schema) continue;
        validators.set(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`, ajv.compile(structural(schema)));
      }
    }
  }
  return validators;
}

/**
 * The CRD schema as JSON Schema: int-or-string and nullable spelled out, and unknown fields rejected where the
 * schema lists its properties and does not preserve unknown fields (an API server would silently prune them, so
 * a misspelt field would be lost without a word).
 */
function structural(node) {
  if (Array.isArray(node)) return node.map(structural);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("x-kubernetes-") || key === "nullable") continue;
    out[key] = key === "properties" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structural(v)])) : structural(value);
  }
  if (node["x-kubernetes-int-or-string"]) {
    delete out.type;
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  if (node.properties && node.additionalProperties === undefined && !node["x-kubernetes-preserve-unknown-fields"]) {
    out.additionalProperties = false;
  }
  if (node.nullable && out.type) out.type = [].concat(out.type, "null");
  return out;
}

/** Problems with one object's schema; empty when it is valid. */
export async function schemaProblems(object, crds) {
  const key = `${object.apiVersion} ${object.kind}`;
  const crd = crds.get(key);
  if (crd) {
    return crd(object) ? [] : crd.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
  }
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  let Model;
  try {
    Model = (await import(`kubernetes-models/${group ? `${group}/` : ""}${version}/${object.kind}`))[object.kind];
  } catch {
    return [`no schema for ${key}: neither a core kind nor a CRD in the CRD folder`];
  }
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}
