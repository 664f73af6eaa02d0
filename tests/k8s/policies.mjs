// The project's rules for a rendered overlay, beyond the schemas: what a pod must declare, and that everything
// it refers to exists in the same overlay (or is created there by an operator from a resource in the overlay).

/** Objects that operators create from a custom resource, by the names they document. */
function operatorOutputs(object) {
  const name = object.metadata.name;
  if (object.kind === "RabbitmqCluster")
    return { secrets: { [`${name}-default-user`]: ["username", "password", "host", "port", "provider", "type", "default_user.conf"] }, services: { [name]: [5672, 15672, 15692] } };
  if (object.kind === "Elasticsearch")
    return { secrets: { [`${name}-es-elastic-user`]: ["elastic"] }, services: { [`${name}-es-http`]: [9200], [`${name}-es-transport`]: [9300] } };
  return { secrets: {}, services: {} };
}

function podSpecOf(object) {
  if (["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"].includes(object.kind)) return object.spec.template;
  if (object.kind === "CronJob") return object.spec.jobTemplate.spec.template;
  if (object.kind === "Pod") return object;
  return null;
}

const selects = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

/** Every problem found in the overlay's objects, as "Kind/name: message". */
export function policyProblems(objects) {
  const problems = [];
  const report = (object, message) => problems.push(`${object.kind}/${object.metadata.name}: ${message}`);
  const named = (kind) => new Map(objects.filter((o) => o.kind === kind).map((o) => [o.metadata.name, o]));
  const configMaps = named("ConfigMap");
  const secrets = new Map([...named("Secret")].map(([n, s]) => [n, null])); // keys are filled outside git
  const services = new Map([...named("Service")].map(([n, s]) => [n, s.spec.ports.map((p) => p.port)]));
  const claims = named("PersistentVolumeClaim");
  for (const object of objects) {
    const made = operatorOutputs(object);
    for (const [n, keys] of Object.entries(made.secrets)) secrets.set(n, keys);
    for (const [n, ports] of Object.entries(made.services)) services.set(n, ports);
  }

  const secretKey = (object, name, key, where) => {
    if (!secrets.has(name)) return report(object, `${where} refers to Secret ${name}, which the overlay does not define`);
    const keys = secrets.get(name);
    if (key && keys && !keys.includes(key)) report(object, `${where} refers to key ${key} of Secret ${name}, which has ${keys.join(", ")}`);
  };
  const configMapKey = (object, name, key, where) => {
    if (!configMaps.has(name)) return report(object, `${where} refers to ConfigMap ${name}, which the overlay does not define`);
    if (key && !(key in (configMaps.get(name).data ?? {}))) report(object, `${where} refers to key ${key} of ConfigMap ${name}, which it lacks`);
  };
  const address = (object, value, where) => {
    for (const match of String(value).matchAll(/\bhttps?:\/\/([a-z0-9-]+)(?:\.[a-z0-9.-]*)?:(\d+)/g)) {
      const [, host, port] = match;
      if (!services.has(host)) report(object, `${where} calls ${host}:${port}, but no Service ${host} is defined`);
      else if (!services.get(host).includes(Number(port))) report(object, `${where} calls ${host}:${port}, but Service ${host} exposes ${services.get(host).join(", ")}`);
    }
  };

  for (const map of configMaps.values()) {
    for (const [key, value] of Object.entries(map.data ?? {})) {
      address(map, value, `data ${key}`);
      if (/__Host$/.test(key) && !services.has(value)) report(map, `data ${key} names host ${value}, but no Service ${value} is defined`);
    }
  }

  // A rollout that surges (RollingUpdate, the default) runs the old and the new pod side by side.
  const runsSeveralPods = (deployment) => {
    const scaledTo = objects.filter((h) => h.kind === "HorizontalPodAutoscaler" && h.spec.scaleTargetRef.kind === "Deployment"
      && h.spec.scaleTargetRef.name === deployment.metadata.name).map((h) => h.spec.maxReplicas);
    const strategy = deployment.spec.strategy ?? {};
    const surges = (strategy.type ?? "RollingUpdate") === "RollingUpdate" && !["0", "0%"].includes(String(strategy.rollingUpdate?.maxSurge ?? "25%"));
    return Math.max(deployment.spec.replicas ?? 1, ...scaledTo) > 1 || surges;
  };
  // A setting's value as the container sees it: its own env over the ConfigMaps it reads whole (the last one wins).
  const settingOf = (pod, name) => {
    let value;
    for (const container of pod.containers) {
      for (const source of container.envFrom ?? [])
        if (source.configMapRef && configMaps.get(source.configMapRef.name)?.data?.[name] !== undefined)
          value = configMaps.get(source.configMapRef.name).data[name];
      const own = (container.env ?? []).find((e) => e.name === name);
      if (own?.value !== undefined) value = own.value;
    }
    return value;
  };

  for (const object of objects) {
    const template = podSpecOf(object);
    if (!template) continue;
    const pod = template.spec;
    const podSecurity = pod.securityContext ?? {};
    for (const volume of pod.volumes ?? []) {
      if (volume.secret) secretKey(object, volume.secret.secretName, null, `volume ${volume.name}`);
      if (volume.configMap) configMapKey(object, volume.configMap.name, null, `volume ${volume.name}`);
      if (volume.persistentVolumeClaim && !claims.has(volume.persistentVolumeClaim.claimName))
        report(object, `volume ${volume.name} claims ${volume.persistentVolumeClaim.claimName}, which the overlay does not define`);
    }
    for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
      const where = `container ${container.name}`;
      const image = container.image ?? "";
      const tag = image.includes("@") ? "digest" : image.split("/").pop().split(":")[1];
      if (!tag) report(object, `${where}: image ${image} has no tag (that is "latest")`);
      else if (tag === "latest") report(object, `${where}: image ${image} uses the tag "latest"`);
      const resources = container.resources ?? {};
      if (!resources.requests?.cpu || !resources.requests?.memory) report(object, `${where}: needs cpu and memory requests`);
      if (!resources.limits?.memory) report(object, `${where}: needs a memory limit`);
      const security = container.securityContext ?? {};
      if ((security.runAsNonRoot ?? podSecurity.runAsNonRoot) !== true) report(object, `${where}: must run as non-root (runAsNonRoot)`);
      if ((security.runAsUser ?? podSecurity.runAsUser) === 0) report(object, `${where}: runs as user 0`);
      if (security.readOnlyRootFilesystem !== true) report(object, `${where}: needs readOnlyRootFilesystem`);
      if (security.allowPrivilegeEscalation !== false) report(object, `${where}: needs allowPrivilegeEscalation: false`);
      if (!(security.capabilities?.drop ?? []).includes("ALL")) report(object, `${where}: must drop ALL capabilities`);
      for (const env of container.env ?? []) {
        if (env.valueFrom?.secretKeyRef) secretKey(object, env.valueFrom.secretKeyRef.name, env.valueFrom.secretKeyRef.key, `${where} env ${env.name}`);
        if (env.valueFrom?.configMapKeyRef) configMapKey(object, env.valueFrom.configMapKeyRef.name, env.valueFrom.configMapKeyRef.key, `${where} env ${env.name}`);
        if (env.value) address(object, env.value, `${where} env ${env.name}`);
      }
      for (const source of container.envFrom ?? []) {
        if (source.secretRef) secretKey(object, source.secretRef.name, null, `${where} envFrom`);
        if (source.configMapRef) configMapKey(object, source.configMapRef.name, null, `${where} envFrom`);
      }
      for (const arg of [...(container.command ?? []), ...(container.args ?? [])]) address(object, arg, `${where} argument`);
      if (object.kind === "Deployment") {
        const ports = container.ports ?? [];
        for (const probe of ["livenessProbe", "readinessProbe"]) {
          const http = container[probe]?.httpGet;
          if (!http?.path) { report(object, `${where}: needs an HTTP ${probe}`); continue; }
          const port = ports.find((p) => p.name === http.port || p.containerPort === http.port);
          if (!port) report(object, `${where}: ${probe} port ${http.port} is not a container port`);
          else if (port.name === "grpc") report(object, `${where}: ${probe} probes the gRPC (HTTP/2) port; probes speak HTTP/1.1`);
        }
      }
    }
    if (object.kind === "Deployment" && runsSeveralPods(object)) {
      for (const volume of pod.volumes ?? []) {
        const modes = claims.get(volume.persistentVolumeClaim?.claimName)?.spec.accessModes ?? [];
        if (modes.length > 0 && modes.every((m) => m.startsWith("ReadWriteOnce")))
          report(object, `runs more than one pod at once but mounts ReadWriteOnce claim ${volume.persistentVolumeClaim.claimName}`);
      }
      const provider = settingOf(pod, "Storage__Provider");
      if (provider !== "PostgreSQL")
        report(object, `runs more than one pod at once but keeps its state in files of its own (Storage__Provider is ${provider ?? "unset"}, not PostgreSQL)`);
    }
    if (object.kind === "Deployment") {
      const labels = template.metadata?.labels;
      if (!objects.some((o) => o.kind === "PodDisruptionBudget" && selects(o.spec.selector?.matchLabels, labels)))
        report(object, "no PodDisruptionBudget selects its pods");
      if (!objects.some((o) => o.kind === "Service" && selects(o.spec.selector, labels)))
        report(object, "no Service selects its pods");
    }
  }

  for (const hpa of objects.filter((o) => o.kind === "HorizontalPodAutoscaler")) {
    const target = hpa.spec.scaleTargetRef;
    if (!objects.some((o) => o.kind === target.kind && o.metadata.name === target.name))
      report(hpa, `scales ${target.kind}/${target.name}, which the overlay does not define`);
  }
  for (const service of objects.filter((o) => o.kind === "Service" && o.spec.selector)) {
    if (!objects.some((o) => podSpecOf(o) && selects(service.spec.selector, podSpecOf(o).metadata?.labels)))
      report(service, "selects no pods of the overlay");
  }
  return problems;
}
