// The NetworkPolicies allow exactly the calls the services make (read from their configuration:
// REST clients and datasources), the ingress controller's calls to the gateway, the import job's call to
// the registry and DNS, and nothing else. The check evaluates the policies the way Kubernetes does: a
// connection needs the sender's egress and the receiver's ingress to allow it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rendered, TARGETS, byKind, workloads, podLabels, selects, podSpecOf } from '../lib/manifests.mjs';
import { describeService, SERVICES } from '../lib/services.mjs';

const services = Object.fromEntries(SERVICES.map((s) => [s, describeService(s)]));

function endpoints(objects, namespace) {
  const inNamespace = workloads(objects).map((w) => ({
    id: w.metadata.name,
    namespace,
    labels: podLabels(w),
    ports: podSpecOf(w).containers.flatMap((c) => (c.ports ?? []).map((p) => p.containerPort)),
  }));
  return [
    ...inNamespace,
    { id: 'ingress-controller', namespace: 'ingress-nginx', labels: { 'app.kubernetes.io/name': 'ingress-nginx' }, ports: [80, 443] },
    { id: 'pod-in-other-namespace', namespace: 'other', labels: { 'app.kubernetes.io/name': 'gateway' }, ports: [8080] },
    { id: 'kube-dns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, ports: [53] },
    { id: 'external-database', ip: true, ports: [5432] },
    { id: 'internet', ip: true, ports: [443, 80] },
  ];
}

function peerMatches(peer, endpoint, policyNamespace) {
  if (peer.ipBlock) return Boolean(endpoint.ip); // every ipBlock here is meant for addresses outside the cluster
  if (endpoint.ip) return false;
  const nsLabels = { 'kubernetes.io/metadata.name': endpoint.namespace };
  const nsOk = peer.namespaceSelector ? selects(peer.namespaceSelector, nsLabels) : endpoint.namespace === policyNamespace;
  const podOk = peer.podSelector ? selects(peer.podSelector, endpoint.labels) : true;
  return nsOk && podOk;
}

const portMatches = (rule, port) => !rule.ports?.length || rule.ports.some((p) => p.port === undefined || p.port === port);

/** Whether `direction` (ingress/egress) policies of `self` let it talk to `peer` on `port`. */
function allows(policies, self, peer, port, direction) {
  if (self.ip || self.namespace !== policies.namespace) return true; // not governed by these policies
  const type = direction === 'ingress' ? 'Ingress' : 'Egress';
  const applying = policies.items.filter((p) => selects(p.spec.podSelector, self.labels)
    && (p.spec.policyTypes ?? ['Ingress']).includes(type));
  if (!applying.length) return true; // not isolated
  return applying.some((p) => (p.spec[direction] ?? []).some((rule) => {
    const peers = direction === 'ingress' ? rule.from : rule.to;
    return portMatches(rule, port) && (!peers?.length || peers.some((x) => peerMatches(x, peer, policies.namespace)));
  }));
}

function allowedFlows(objects, namespace) {
  const policies = { namespace, items: byKind(objects, 'NetworkPolicy') };
  const all = endpoints(objects, namespace);
  const flows = new Set();
  for (const src of all) {
    for (const dst of all) {
      if (src === dst) continue;
      if (src.namespace !== namespace && dst.namespace !== namespace) continue; // not this namespace's traffic
      for (const port of dst.ports) {
        if (allows(policies, src, dst, port, 'egress') && allows(policies, dst, src, port, 'ingress')) {
          flows.add(`${src.id} -> ${dst.id}:${port}`);
        }
      }
    }
  }
  return { flows, all };
}

/** The calls the system makes, from the services' own configuration. */
function expectedFlows(objects, all) {
  const byPort = Object.fromEntries(Object.values(services).map((s) => [s.httpPort, s.service]));
  const databases = [...all.filter((e) => !e.ip && e.ports.includes(5432)).map((e) => e.id), 'external-database'];
  const flows = new Set();
  for (const s of Object.values(services)) {
    for (const client of s.restClients) flows.add(`${s.service} -> ${byPort[client.port]}:${client.port}`);
    if (s.usesDatabase) databases.forEach((db) => flows.add(`${s.service} -> ${db}:5432`));
  }
  flows.add(`ingress-controller -> gateway:${services.gateway.httpPort}`);
  if (objects.some((o) => o.kind === 'Job' && o.metadata.name === 'rulepack-import')) {
    flows.add(`rulepack-import -> registry-service:${services['registry-service'].httpPort}`);
  }
  // DNS from every pod in the namespace.
  all.filter((e) => e.namespace && !['ingress-controller', 'pod-in-other-namespace', 'kube-dns'].includes(e.id))
    .forEach((e) => flows.add(`${e.id} -> kube-dns:53`));
  return flows;
}

test('the services call each other as the architecture says', () => {
  const calls = Object.values(services).flatMap((s) => s.restClients.map((c) => `${s.service} -> ${c.port}`));
  assert.ok(calls.includes('gateway -> 8082'), 'the gateway calls the rules-service');
  assert.ok(calls.includes('rules-service -> 8081'), 'the rules-service calls the registry');
  assert.ok(!calls.some((c) => c.endsWith('-> 8080')), 'nothing calls the gateway from inside');
  assert.deepEqual(Object.values(services).filter((s) => s.usesDatabase).map((s) => s.service).sort(),
    ['gateway', 'registry-service']);
});

for (const target of Object.keys(TARGETS)) {
  test(`${target}: NetworkPolicies allow exactly the calls the services make`, () => {
    const objects = rendered(target);
    const namespace = objects.find((o) => o.metadata.namespace)?.metadata.namespace ?? 'launchcheck';
    const { flows, all } = allowedFlows(objects, namespace);
    const expected = expectedFlows(objects, all);
    assert.deepEqual([...flows].sort(), [...expected].sort());
  });
}

test('a policy that opens the registry to everyone is caught', () => {
  const objects = rendered('dev');
  const registry = objects.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'registry-service');
  registry.spec.ingress[0].from = [];
  const { flows, all } = allowedFlows(objects, 'launchcheck-dev');
  assert.notDeepEqual([...flows].sort(), [...expectedFlows(objects, all)].sort());
  assert.ok(flows.has('ingress-controller -> registry-service:8081'));
});
