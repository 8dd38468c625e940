// The manifests are wired to what the services really are: ports, health endpoints, configuration keys,
// the Services and Secrets they refer to, and the rule pack the import job loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  rendered, TARGETS, OVERLAYS, K8S, byKind, find, workloads, podLabels, selects, podSpecOf,
} from '../lib/manifests.mjs';
import { describeService, SERVICES, ROOT } from '../lib/services.mjs';

const services = Object.fromEntries(SERVICES.map((s) => [s, describeService(s)]));
const PROBES = { startupProbe: '/q/health/started', livenessProbe: '/q/health/live', readinessProbe: '/q/health/ready' };
// Secrets a platform team creates out of band in these overlays (named in docs/deploy.md), with their keys.
const EXTERNAL_SECRETS = {
  prod: {
    'registry-service-db': ['jdbc-url', 'username', 'password'],
    'gateway-db': ['jdbc-url', 'username', 'password'],
    'launchcheck-jwt-keys': ['publicKey.pem', 'signing-key.pem'],
    'rulepack-import-token': ['token'],
  },
};

// Variables read by the image's run-java.sh (ubi9 openjdk runtime), not by the application.
const IMAGE_VARIABLES = new Set(['JAVA_OPTS_APPEND', 'JAVA_MAX_MEM_RATIO', 'JAVA_INITIAL_MEM_RATIO', 'JAVA_MAX_INITIAL_MEM',
  'GC_CONTAINER_OPTIONS']);

const containerPort = (container, port) => (container.ports ?? [])
  .find((p) => p.containerPort === port || p.name === port);

/** Environment variables a container gets, with where each comes from. */
function environment(objects, container, target) {
  const env = [];
  for (const from of container.envFrom ?? []) {
    const ref = from.configMapRef ?? from.secretRef;
    const kind = from.configMapRef ? 'ConfigMap' : 'Secret';
    const source = find(objects, kind, ref.name);
    assert.ok(source, `${container.name}: envFrom ${kind} ${ref.name} is not in the ${target} manifests`);
    const data = { ...(source.data ?? {}), ...(source.stringData ?? {}) };
    for (const [name, value] of Object.entries(data)) env.push({ name, value, source: `${kind}/${ref.name}` });
  }
  for (const e of container.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
    if (ref) {
      const kind = e.valueFrom.secretKeyRef ? 'Secret' : 'ConfigMap';
      const source = find(objects, kind, ref.name);
      const external = EXTERNAL_SECRETS[target]?.[ref.name];
      if (kind === 'Secret' && !source && external) {
        assert.ok(external.includes(ref.key), `${e.name}: key ${ref.key} of out-of-band Secret ${ref.name}`);
        env.push({ name: e.name, value: undefined, source: `Secret/${ref.name} (created out of band)` });
        continue;
      }
      assert.ok(source, `${container.name}: ${e.name} refers to ${kind} ${ref.name}, missing in ${target}`);
      const data = { ...(source.data ?? {}), ...(source.stringData ?? {}) };
      assert.ok(ref.key in data, `${container.name}: ${e.name} refers to key ${ref.key} missing in ${kind} ${ref.name}`);
      env.push({ name: e.name, value: data[ref.key], source: `${kind}/${ref.name}` });
    } else env.push({ name: e.name, value: e.value, source: 'env' });
  }
  return env;
}

function unknownVariables(objects, deployment, target) {
  const s = services[deployment.metadata.name];
  return environment(objects, podSpecOf(deployment).containers[0], target)
    .filter((e) => !s.envNames.has(e.name) && !IMAGE_VARIABLES.has(e.name))
    .map((e) => `${e.name} (from ${e.source})`);
}

for (const target of Object.keys(TARGETS)) {
  const objects = rendered(target);
  const deployments = byKind(objects, 'Deployment');

  test(`${target}: each service runs as a Deployment whose port is the service's quarkus.http.port`, () => {
    assert.deepEqual(deployments.map((d) => d.metadata.name).sort(), [...SERVICES].sort());
    for (const d of deployments) {
      const [container] = podSpecOf(d).containers;
      assert.ok(containerPort(container, services[d.metadata.name].httpPort),
        `${d.metadata.name} must expose ${services[d.metadata.name].httpPort}`);
    }
  });

  test(`${target}: every Service selects the pods of one workload on a port they expose`, () => {
    for (const svc of byKind(objects, 'Service')) {
      const backends = workloads(objects).filter((w) => selects(svc.spec.selector, podLabels(w)));
      assert.equal(backends.length, 1, `Service ${svc.metadata.name} selects ${backends.length} workloads`);
      const containers = podSpecOf(backends[0]).containers;
      for (const port of svc.spec.ports) {
        assert.ok(containers.some((c) => containerPort(c, port.targetPort ?? port.port)),
          `Service ${svc.metadata.name} port ${port.port} -> ${port.targetPort}: not exposed by ${backends[0].metadata.name}`);
      }
    }
  });

  test(`${target}: probes use the Quarkus health endpoints the services serve`, () => {
    for (const d of deployments) {
      const s = services[d.metadata.name];
      assert.ok(s.hasHealth, `${s.service} must depend on quarkus-smallrye-health to serve /q/health`);
      for (const moved of ['quarkus.http.non-application-root-path', 'quarkus.http.root-path', 'quarkus.smallrye-health.root-path']) {
        assert.ok(!s.props.has(moved), `${s.service} moves the health endpoints (${moved}); update the probes`);
      }
      const [container] = podSpecOf(d).containers;
      for (const [probe, pathExpected] of Object.entries(PROBES)) {
        const get = container[probe]?.httpGet;
        assert.ok(get, `${d.metadata.name} has no ${probe}`);
        assert.equal(get.path, pathExpected, `${d.metadata.name} ${probe}`);
        assert.ok(containerPort(container, get.port), `${d.metadata.name} ${probe} port ${get.port}`);
      }
    }
  });

  test(`${target}: every environment variable is a configuration key the service reads`, () => {
    for (const d of deployments) {
      const unknown = unknownVariables(objects, d, target);
      assert.deepEqual(unknown, [], `${d.metadata.name}: no configuration key of the service ` +
        '(application.properties or @ConfigMapping)');
    }
  });

  test(`${target}: REST client URLs name the Service of the called service`, () => {
    for (const d of deployments) {
      const s = services[d.metadata.name];
      const env = environment(objects, podSpecOf(d).containers[0], target);
      for (const client of s.restClients.filter((c) => !c.follows)) {
        const setting = env.find((e) => e.name === `QUARKUS_REST_CLIENT_${client.key.toUpperCase()}_URL`);
        assert.ok(setting, `${s.service} must set the URL of its REST client '${client.key}' (default ${client.url} is localhost)`);
        const url = new URL(setting.value);
        const svc = find(objects, 'Service', url.hostname);
        assert.ok(svc, `${s.service}: ${setting.name}=${setting.value} names no Service`);
        assert.ok(svc.spec.ports.some((p) => p.port === Number(url.port || 80)), `${setting.name}: port ${url.port}`);
        const callee = deployments.find((w) => selects(svc.spec.selector, podLabels(w)));
        assert.equal(services[callee.metadata.name].httpPort, client.port,
          `${s.service}'s client '${client.key}' calls port ${client.port} by default, the manifests send it to ${callee.metadata.name}`);
      }
    }
  });

  test(`${target}: services with a database get its URL and credentials`, () => {
    for (const d of deployments) {
      const s = services[d.metadata.name];
      const names = environment(objects, podSpecOf(d).containers[0], target).map((e) => e.name);
      for (const name of ['QUARKUS_DATASOURCE_JDBC_URL', 'QUARKUS_DATASOURCE_USERNAME', 'QUARKUS_DATASOURCE_PASSWORD']) {
        assert.equal(names.includes(name), s.usesDatabase, `${s.service} ${name}`);
      }
    }
  });
}

test('dev: the JDBC URLs reach the in-cluster PostgreSQL, which has those databases and that user', () => {
  const objects = rendered('dev');
  const pg = find(objects, 'Secret', 'postgresql').stringData;
  const init = Object.values(find(objects, 'ConfigMap', 'postgresql-init').data).join('\n');
  const databases = [pg.POSTGRES_DB, ...[...init.matchAll(/CREATE DATABASE (\w+)/gi)].map((m) => m[1])];
  for (const d of byKind(objects, 'Deployment').filter((x) => services[x.metadata.name].usesDatabase)) {
    const env = Object.fromEntries(environment(objects, podSpecOf(d).containers[0], 'dev').map((e) => [e.name, e.value]));
    const url = new URL(env.QUARKUS_DATASOURCE_JDBC_URL.replace(/^jdbc:/, ''));
    const svc = find(objects, 'Service', url.hostname);
    assert.ok(svc?.spec.ports.some((p) => p.port === Number(url.port)), `${d.metadata.name}: ${url.host}`);
    assert.ok(databases.includes(url.pathname.slice(1)), `${d.metadata.name}: database ${url.pathname}`);
    assert.equal(env.QUARKUS_DATASOURCE_USERNAME, pg.POSTGRES_USER);
    assert.equal(env.QUARKUS_DATASOURCE_PASSWORD, pg.POSTGRES_PASSWORD);
  }
});

test('the Ingress sends traffic to the gateway only', () => {
  for (const target of Object.keys(TARGETS)) {
    const objects = rendered(target);
    for (const ing of byKind(objects, 'Ingress')) {
      for (const rule of ing.spec.rules) {
        for (const p of rule.http.paths) {
          assert.equal(p.backend.service.name, 'gateway', `${target} Ingress path ${p.path}`);
          const svc = find(objects, 'Service', 'gateway');
          assert.ok(svc.spec.ports.some((sp) => sp.name === p.backend.service.port.name || sp.port === p.backend.service.port.number));
        }
      }
    }
  }
});

test('the import job loads the same rule pack the registry bundles', () => {
  const bundled = services['registry-service'].props.get('launchcheck.registry.bundled-pack');
  assert.ok(bundled, 'registry-service names its bundled pack (launchcheck.registry.bundled-pack)');
  const source = path.join(ROOT, 'registry-service/src/main/resources', bundled);
  const copy = path.join(K8S, 'base/rulepack', path.basename(bundled));
  assert.ok(fs.existsSync(copy), `k8s/base/rulepack/ must hold a copy of ${bundled}`);
  assert.deepEqual(YAML.parse(fs.readFileSync(copy, 'utf8')), YAML.parse(fs.readFileSync(source, 'utf8')),
    `k8s/base/rulepack/${path.basename(bundled)} differs from the registry's bundled pack: ` +
    `cp registry-service/src/main/resources/${bundled} k8s/base/rulepack/`);
  for (const target of Object.keys(TARGETS)) {
    const objects = rendered(target);
    const job = find(objects, 'Job', 'rulepack-import');
    const spec = podSpecOf(job);
    const env = Object.fromEntries(spec.containers[0].env.map((e) => [e.name, e.value]));
    const volume = spec.volumes.find((v) => v.configMap);
    assert.ok(find(objects, 'ConfigMap', volume.configMap.name).data[env.PACK_FILE], `${target}: pack file in ConfigMap`);
    const url = new URL(env.REGISTRY_URL);
    assert.ok(find(objects, 'Service', url.hostname)?.spec.ports.some((p) => p.port === Number(url.port)), `${target}: ${url}`);
    const registry = find(objects, 'ConfigMap', 'registry-service-config').data;
    assert.equal(registry.LAUNCHCHECK_REGISTRY_IMPORT_PACK_ON_EMPTY, 'false',
      `${target}: with the job importing, registry replicas must not race to import on start`);
  }
});

test('each Dockerfile exposes the service port and runs as the user the manifests expect', () => {
  const base = rendered('base');
  for (const s of Object.values(services)) {
    const dockerfile = fs.readFileSync(s.dockerfile, 'utf8');
    assert.match(dockerfile, new RegExp(`^EXPOSE ${s.httpPort}$`, 'm'), s.service);
    assert.match(dockerfile, /^USER 185$/m, s.service);
    assert.match(dockerfile, /target\/quarkus-app\/lib\//, s.service);
    const pod = podSpecOf(find(base, 'Deployment', s.service));
    assert.equal(pod.securityContext.runAsUser, 185, s.service);
  }
});

test('secrets committed in the base and dev are marked as development values; prod commits none', () => {
  for (const target of ['base', 'dev']) {
    for (const secret of byKind(rendered(target), 'Secret')) {
      const values = Object.values({ ...(secret.stringData ?? {}), ...(secret.data ?? {}) });
      assert.ok(values.some((v) => /dev-only/.test(v)), `${target} Secret ${secret.metadata.name} must carry a -dev-only password`);
    }
  }
  assert.deepEqual(byKind(rendered('prod'), 'Secret'), [], 'prod must not commit Secrets');
  const docs = fs.readFileSync(path.join(ROOT, 'docs/deploy.md'), 'utf8');
  for (const name of Object.keys(EXTERNAL_SECRETS.prod)) assert.ok(docs.includes(name), `docs/deploy.md explains Secret ${name}`);
});

test('overlays exist for dev and prod', () => {
  assert.deepEqual(OVERLAYS, fs.readdirSync(path.join(K8S, 'overlays')).sort());
});

test('the wiring checks catch a misspelt variable and a Service that selects nothing', () => {
  const objects = rendered('dev');
  find(objects, 'ConfigMap', 'rules-service-config').data.LAUNCHCHECK_RULES_REFRESH_INTERVALL = '1s';
  podSpecOf(find(objects, 'Deployment', 'gateway')).containers[0].env.push({ name: 'QUARKUS_REST_CLIENT_RULE_URL', value: 'x' });
  assert.deepEqual(unknownVariables(objects, find(objects, 'Deployment', 'rules-service'), 'dev'),
    ['LAUNCHCHECK_RULES_REFRESH_INTERVALL (from ConfigMap/rules-service-config)']);
  assert.deepEqual(unknownVariables(objects, find(objects, 'Deployment', 'gateway'), 'dev'),
    ['QUARKUS_REST_CLIENT_RULE_URL (from env)']);
  const svc = find(objects, 'Service', 'registry-service');
  svc.spec.selector['app.kubernetes.io/name'] = 'registry';
  assert.equal(workloads(objects).filter((w) => selects(svc.spec.selector, podLabels(w))).length, 0);
});
