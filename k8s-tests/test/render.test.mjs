// The renderer the other tests rely on agrees with kustomize itself, where kubectl is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { parseDocuments } from '../lib/kustomize.mjs';
import { rendered, TARGETS } from '../lib/manifests.mjs';

function kustomizeCommand() {
  for (const [cmd, args, version] of [['kustomize', ['build'], ['version']], ['kubectl', ['kustomize'], ['version', '--client']]]) {
    try {
      execFileSync(cmd, version, { stdio: 'ignore' });
      return [cmd, args];
    } catch { /* not installed */ }
  }
  return undefined;
}
const command = kustomizeCommand();
const key = (o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

for (const target of Object.keys(TARGETS)) {
  test(`${target} renders to named objects with unique names`, () => {
    const objects = rendered(target);
    assert.ok(objects.length > 0);
    const keys = objects.map(key);
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], 'duplicate objects');
    for (const o of objects) {
      assert.ok(o.apiVersion && o.kind && o.metadata?.name, `incomplete object ${JSON.stringify(o).slice(0, 100)}`);
    }
  });

  test(`${target}: this renderer matches kustomize`, { skip: command ? false : 'neither kustomize nor kubectl is installed' }, () => {
    const [cmd, args] = command;
    const out = execFileSync(cmd, [...args, TARGETS[target]], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const expected = new Map(parseDocuments(out, `${cmd} output`).map((o) => [key(o), o]));
    const actual = new Map(rendered(target).map((o) => [key(o), o]));
    assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
    for (const [k, o] of actual) assert.deepEqual(o, expected.get(k), k);
  });
}
