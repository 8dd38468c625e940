// Every rendered object is valid against the Kubernetes JSON schemas (offline, from kubernetes-models).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { rendered, TARGETS } from '../lib/manifests.mjs';

const require = createRequire(import.meta.url);

function modelOf(obj) {
  const module = require(`kubernetes-models/${obj.apiVersion}`);
  const Model = module[obj.kind];
  assert.ok(Model, `no schema for ${obj.apiVersion} ${obj.kind}`);
  return new Model(obj);
}

for (const target of Object.keys(TARGETS)) {
  test(`${target}: every object is valid against its Kubernetes schema`, () => {
    for (const obj of rendered(target)) {
      assert.doesNotThrow(() => modelOf(obj).validate(), (e) => {
        throw new Error(`${obj.kind}/${obj.metadata.name}: ${e.message}`);
      });
    }
  });
}

test('the schema check rejects a broken manifest', () => {
  const deployment = rendered('base').find((o) => o.kind === 'Deployment');
  deployment.spec.template.spec.containers[0].ports[0].containerPort = 'eighty';
  assert.throws(() => modelOf(deployment).validate(), /containerPort/);
  const service = rendered('base').find((o) => o.kind === 'Service');
  delete service.spec.ports[0].port;
  assert.throws(() => modelOf(service).validate(), /port/);
});
