// The rendered manifests the tests check: the base and every overlay, rendered once.
import path from 'node:path';
import { render, podSpecOf } from './kustomize.mjs';
import { ROOT } from './services.mjs';

export const K8S = path.join(ROOT, 'k8s');
export const OVERLAYS = ['dev', 'prod'];
export const TARGETS = { base: path.join(K8S, 'base'), ...Object.fromEntries(OVERLAYS.map((o) => [o, path.join(K8S, 'overlays', o)])) };

const cache = new Map();
export function rendered(target) {
  if (!cache.has(target)) cache.set(target, render(TARGETS[target]));
  return structuredClone(cache.get(target));
}

export const byKind = (objects, kind) => objects.filter((o) => o.kind === kind);
export const find = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'Job', 'CronJob', 'DaemonSet'];
export const workloads = (objects) => objects.filter((o) => WORKLOAD_KINDS.includes(o.kind));

export function podLabels(workload) {
  return workload.kind === 'CronJob'
    ? workload.spec.jobTemplate.spec.template.metadata?.labels ?? {}
    : workload.spec.template.metadata?.labels ?? {};
}

export function selects(selector, labels) {
  const matchLabels = selector?.matchLabels ?? selector ?? {};
  if (selector?.matchExpressions?.length) throw new Error('matchExpressions are not checked by these tests');
  return Object.entries(matchLabels).every(([k, v]) => labels[k] === v);
}

export { podSpecOf };
