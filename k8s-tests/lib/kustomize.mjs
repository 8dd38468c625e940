// A small kustomize renderer for exactly the features k8s/ uses, so the manifests can be checked on a
// machine without kustomize or kubectl. Anything else in a kustomization.yaml is an error, not silently
// ignored. Where kubectl is installed, render.test.mjs checks that this renderer and `kubectl kustomize`
// produce the same objects.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const SUPPORTED = new Set([
  'apiVersion', 'kind', 'resources', 'namespace', 'configMapGenerator', 'generatorOptions', 'patches',
  'replicas', 'images',
]);

// Kinds that are not namespaced, among those a kustomization here could hold.
const CLUSTER_SCOPED = new Set([
  'Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PersistentVolume',
  'StorageClass', 'IngressClass', 'PriorityClass',
]);

export function parseDocuments(text, where) {
  return YAML.parseAllDocuments(text)
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${where}: ${doc.errors[0].message}`);
      return doc.toJSON();
    })
    .filter((obj) => obj != null);
}

/** Renders the kustomization in `dir` to a list of plain objects. */
export function render(dir) {
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
    .map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file) throw new Error(`${dir} has no kustomization.yaml`);
  const k = YAML.parse(fs.readFileSync(file, 'utf8')) ?? {};
  for (const key of Object.keys(k)) {
    if (!SUPPORTED.has(key)) throw new Error(`${file}: '${key}' is not supported by this renderer`);
  }

  let objects = [];
  for (const entry of k.resources ?? []) {
    const p = path.join(dir, entry);
    if (fs.statSync(p).isDirectory()) objects.push(...render(p));
    else objects.push(...parseDocuments(fs.readFileSync(p, 'utf8'), p));
  }
  for (const gen of k.configMapGenerator ?? []) objects.push(configMap(dir, gen, k.generatorOptions ?? {}));

  for (const patch of k.patches ?? []) objects = applyPatch(dir, objects, patch);
  if (k.namespace) objects.forEach((o) => setNamespace(o, k.namespace));
  for (const image of k.images ?? []) objects.forEach((o) => setImage(o, image));
  for (const r of k.replicas ?? []) {
    const hits = objects.filter((o) => o.metadata.name === r.name
      && ['Deployment', 'StatefulSet', 'ReplicaSet'].includes(o.kind));
    if (!hits.length) throw new Error(`${file}: replicas for ${r.name} match no workload`);
    hits.forEach((o) => { o.spec.replicas = r.count; });
  }
  return objects;
}

function configMap(dir, gen, generatorOptions) {
  const options = { ...generatorOptions, ...(gen.options ?? {}) };
  if (!options.disableNameSuffixHash) {
    throw new Error(`configMapGenerator ${gen.name}: name suffix hashes are not supported here; set disableNameSuffixHash`);
  }
  for (const key of Object.keys(gen)) {
    if (!['name', 'files', 'literals', 'options'].includes(key)) {
      throw new Error(`configMapGenerator ${gen.name}: '${key}' is not supported by this renderer`);
    }
  }
  const data = {};
  for (const f of gen.files ?? []) {
    const [key, rel] = f.includes('=') ? f.split('=', 2) : [path.basename(f), f];
    data[key] = fs.readFileSync(path.join(dir, rel), 'utf8');
  }
  for (const l of gen.literals ?? []) {
    const i = l.indexOf('=');
    data[l.slice(0, i)] = l.slice(i + 1);
  }
  const metadata = { name: gen.name };
  if (options.labels) metadata.labels = { ...options.labels };
  if (options.annotations) metadata.annotations = { ...options.annotations };
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata, data };
}

function matchesTarget(obj, target) {
  if (target.kind && obj.kind !== target.kind) return false;
  if (target.name && obj.metadata.name !== target.name) return false;
  if (target.namespace && obj.metadata.namespace !== target.namespace) return false;
  if (target.version || target.group) {
    const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
    if (target.version && target.version !== version) return false;
    if (target.group !== undefined && target.group !== group) return false;
  }
  if (target.labelSelector) {
    const labels = obj.metadata.labels ?? {};
    for (const term of target.labelSelector.split(',')) {
      const [key, value] = term.split('=').map((s) => s.trim());
      if (labels[key] !== value) return false;
    }
  }
  return true;
}

function applyPatch(dir, objects, patch) {
  const text = patch.path ? fs.readFileSync(path.join(dir, patch.path), 'utf8') : patch.patch;
  const parsed = YAML.parse(text);
  if (Array.isArray(parsed)) {
    if (!patch.target) throw new Error('a JSON 6902 patch needs a target');
    const hits = objects.filter((o) => matchesTarget(o, patch.target));
    if (!hits.length) throw new Error(`patch target ${JSON.stringify(patch.target)} matches nothing`);
    hits.forEach((o) => parsed.forEach((op) => applyJsonPatchOp(o, op)));
    return objects;
  }
  // Strategic merge patch: applies to its target, or to the object it names.
  const target = patch.target ?? { kind: parsed.kind, name: parsed.metadata?.name };
  const hits = objects.filter((o) => matchesTarget(o, target));
  if (!hits.length) throw new Error(`patch for ${target.kind}/${target.name} matches nothing`);
  if (parsed.$patch === 'delete') return objects.filter((o) => !hits.includes(o));
  if (parsed.$patch) throw new Error(`$patch: ${parsed.$patch} is not supported`);
  const { apiVersion, kind, metadata, ...rest } = parsed;
  const { name, ...metaRest } = metadata ?? {};
  hits.forEach((o) => {
    strategicMerge(o.metadata, metaRest);
    strategicMerge(o, rest);
  });
  return objects;
}

// Lists of objects with a `name` merge element by element (containers, env, volumes, ports); other
// lists are replaced; null deletes a key.
function strategicMerge(base, patch) {
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete base[key];
    else if (Array.isArray(value) && Array.isArray(base[key])
        && value.every((v) => v && typeof v === 'object' && 'name' in v)) {
      for (const item of value) {
        const existing = base[key].find((b) => b.name === item.name);
        if (existing) strategicMerge(existing, item);
        else base[key].push(structuredClone(item));
      }
    } else if (value && typeof value === 'object' && !Array.isArray(value)
        && base[key] && typeof base[key] === 'object' && !Array.isArray(base[key])) {
      strategicMerge(base[key], value);
    } else base[key] = structuredClone(value);
  }
}

function applyJsonPatchOp(obj, op) {
  const parts = op.path.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = parts.pop();
  let parent = obj;
  for (const p of parts) {
    if (parent[p] === undefined) {
      if (op.op !== 'add') throw new Error(`${op.op} ${op.path}: ${p} does not exist`);
      parent[p] = {};
    }
    parent = parent[p];
  }
  switch (op.op) {
    case 'add':
      if (Array.isArray(parent)) parent.splice(last === '-' ? parent.length : Number(last), 0, op.value);
      else parent[last] = op.value;
      break;
    case 'replace':
      if (!(last in parent)) throw new Error(`replace ${op.path}: does not exist`);
      parent[last] = op.value;
      break;
    case 'remove':
      if (!(last in parent)) throw new Error(`remove ${op.path}: does not exist`);
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    default:
      throw new Error(`JSON patch op ${op.op} is not supported`);
  }
}

function setNamespace(obj, namespace) {
  if (obj.kind === 'Namespace') obj.metadata.name = namespace;
  else if (!CLUSTER_SCOPED.has(obj.kind)) obj.metadata.namespace = namespace;
}

export function podSpecOf(obj) {
  switch (obj.kind) {
    case 'Pod': return obj.spec;
    case 'CronJob': return obj.spec.jobTemplate.spec.template.spec;
    case 'Deployment': case 'StatefulSet': case 'DaemonSet': case 'ReplicaSet': case 'Job':
      return obj.spec.template.spec;
    default: return undefined;
  }
}

export function splitImage(image) {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const rest = at >= 0 ? image.slice(0, at) : image;
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  return { name: hasTag ? rest.slice(0, colon) : rest, tag: hasTag ? rest.slice(colon + 1) : undefined, digest };
}

function setImage(obj, image) {
  const spec = podSpecOf(obj);
  if (!spec) return;
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    const current = splitImage(c.image);
    if (current.name !== image.name) continue;
    const name = image.newName ?? current.name;
    const tag = image.newTag ?? current.tag;
    const digest = image.digest ?? current.digest;
    c.image = name + (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '');
  }
}
