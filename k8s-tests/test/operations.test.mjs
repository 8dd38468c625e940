// What a platform team expects of every workload: labels, security contexts, resources, availability
// (replicas, PodDisruptionBudgets, autoscalers) and images whose names and tags are pinned in one place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { splitImage } from '../lib/kustomize.mjs';
import { rendered, TARGETS, OVERLAYS, K8S, byKind, find, workloads, podLabels, selects, podSpecOf } from '../lib/manifests.mjs';

const SCALED = ['gateway', 'rules-service'];

for (const target of Object.keys(TARGETS)) {
  const objects = rendered(target);

  test(`${target}: every object carries the app.kubernetes.io labels`, () => {
    for (const o of objects) {
      const where = `${o.kind}/${o.metadata.name}`;
      assert.equal(o.metadata.labels?.['app.kubernetes.io/part-of'], 'launchcheck', where);
      if (o.kind !== 'Namespace' && !(o.kind === 'NetworkPolicy' && !o.spec.podSelector.matchLabels)) {
        assert.ok(o.metadata.labels['app.kubernetes.io/name'], `${where} app.kubernetes.io/name`);
        assert.ok(o.metadata.labels['app.kubernetes.io/component'], `${where} app.kubernetes.io/component`);
      }
    }
    for (const w of workloads(objects)) {
      for (const label of ['app.kubernetes.io/name', 'app.kubernetes.io/part-of', 'app.kubernetes.io/component']) {
        assert.ok(podLabels(w)[label], `${w.metadata.name} pods: ${label}`);
      }
    }
  });

  test(`${target}: every container runs unprivileged, non-root, on a read-only root filesystem`, () => {
    for (const w of workloads(objects)) {
      const pod = podSpecOf(w);
      assert.equal(pod.securityContext?.runAsNonRoot, true, `${w.metadata.name} runAsNonRoot`);
      assert.equal(pod.securityContext?.seccompProfile?.type, 'RuntimeDefault', `${w.metadata.name} seccomp`);
      assert.equal(pod.automountServiceAccountToken, false, `${w.metadata.name} needs no API token`);
      for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
        const sc = c.securityContext ?? {};
        const where = `${w.metadata.name}/${c.name}`;
        assert.equal(sc.allowPrivilegeEscalation, false, `${where} allowPrivilegeEscalation`);
        assert.equal(sc.readOnlyRootFilesystem, true, `${where} readOnlyRootFilesystem`);
        assert.deepEqual(sc.capabilities?.drop, ['ALL'], `${where} drops all capabilities`);
        assert.notEqual(sc.privileged, true, where);
        for (const kind of ['requests', 'limits']) {
          assert.ok(c.resources?.[kind]?.cpu && c.resources[kind].memory, `${where} resources.${kind}`);
        }
      }
    }
    for (const d of byKind(objects, 'Deployment')) {
      const pod = podSpecOf(d);
      const tmp = pod.containers[0].volumeMounts?.find((m) => m.mountPath === '/tmp');
      assert.ok(tmp && pod.volumes.find((v) => v.name === tmp.name)?.emptyDir, `${d.metadata.name}: a writable /tmp (emptyDir)`);
    }
  });

  test(`${target}: every Deployment has a PodDisruptionBudget that lets a node drain`, () => {
    for (const d of byKind(objects, 'Deployment')) {
      const pdbs = byKind(objects, 'PodDisruptionBudget').filter((p) => selects(p.spec.selector, podLabels(d)));
      assert.equal(pdbs.length, 1, `${d.metadata.name} PDB`);
      const [pdb] = pdbs;
      const blocksDrain = pdb.spec.minAvailable !== undefined && pdb.spec.minAvailable >= (d.spec.replicas ?? 1);
      assert.ok(!blocksDrain && pdb.spec.maxUnavailable !== 0, `${d.metadata.name}: the PDB would block every eviction`);
    }
  });

  test(`${target}: gateway and rules-service scale on CPU`, () => {
    const hpas = byKind(objects, 'HorizontalPodAutoscaler');
    assert.deepEqual(hpas.map((h) => h.spec.scaleTargetRef.name).sort(), [...SCALED].sort());
    for (const h of hpas) {
      assert.ok(find(objects, h.spec.scaleTargetRef.kind, h.spec.scaleTargetRef.name), `${h.metadata.name} target`);
      assert.ok(h.spec.metrics.some((m) => m.resource?.name === 'cpu'), `${h.metadata.name} cpu metric`);
      assert.ok(h.spec.maxReplicas > h.spec.minReplicas, h.metadata.name);
      const d = find(objects, 'Deployment', h.spec.scaleTargetRef.name);
      assert.ok(podSpecOf(d).containers[0].resources.requests.cpu, 'CPU utilisation needs a CPU request');
    }
  });
}

test('base and prod run gateway and rules-service with two replicas or more', () => {
  for (const target of ['base', 'prod']) {
    const objects = rendered(target);
    for (const name of SCALED) {
      assert.ok(find(objects, 'Deployment', name).spec.replicas >= 2, `${target} ${name} replicas`);
      const hpa = byKind(objects, 'HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === name);
      assert.ok(hpa.spec.minReplicas >= 2, `${target} ${name} HPA minReplicas`);
    }
  }
  assert.ok(find(rendered('prod'), 'Deployment', 'gateway').spec.replicas
    > find(rendered('dev'), 'Deployment', 'gateway').spec.replicas, 'prod runs more gateways than dev');
});

test('dev runs PostgreSQL in the cluster on a persistent volume; prod uses an external one', () => {
  const dev = rendered('dev');
  const pg = find(dev, 'StatefulSet', 'postgresql');
  assert.ok(pg.spec.volumeClaimTemplates.some((t) => podSpecOf(pg).containers[0].volumeMounts.some((m) => m.name === t.metadata.name)));
  assert.equal(byKind(rendered('prod'), 'StatefulSet').length, 0);
});

test('each overlay sets the name and tag of every image in its kustomization, and prod pins them', () => {
  const baseImages = workloads(rendered('base')).flatMap((w) => podSpecOf(w).containers.map((c) => c.image));
  const base = new Set(baseImages.map((i) => splitImage(i).name));
  for (const overlay of OVERLAYS) {
    const k = YAML.parse(fs.readFileSync(path.join(K8S, 'overlays', overlay, 'kustomization.yaml'), 'utf8'));
    const declared = new Set(k.images.map((i) => i.name));
    for (const w of workloads(rendered(overlay))) {
      for (const c of podSpecOf(w).containers) {
        const image = splitImage(c.image);
        assert.ok(image.tag || image.digest, `${overlay} ${c.image} has no tag`);
        assert.notEqual(image.tag, 'latest', `${overlay} ${c.image}`);
        if (overlay === 'prod') assert.doesNotMatch(image.tag ?? '', /SNAPSHOT/, `prod ${c.image}`);
      }
    }
    for (const name of base) assert.ok(declared.has(name), `${overlay}/kustomization.yaml images: must set ${name}`);
  }
  for (const image of baseImages) assert.equal(splitImage(image).tag, undefined, `the base leaves tags to the overlays: ${image}`);
});
