// What the services themselves say about their configuration, read from their sources: the keys in
// application.properties, the keys of their @ConfigMapping interfaces, their HTTP port and the calls
// they make (REST clients and datasources).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVICES = ['registry-service', 'rules-service', 'gateway'];

/** Properties of a .properties file, profile prefixes (`%test.`) kept in the key. */
export function readProperties(file) {
  const props = new Map();
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].trim();
    const m = line.match(/^([^=:\s]+)\s*[=:\s]\s*(.*)$/);
    if (m) props.set(m[1], m[2]);
  }
  return props;
}

/** MicroProfile Config's environment variable name for a property: non-alphanumerics to _, upper case. */
export function envNameOf(property) {
  return property.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

function javaFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return javaFiles(p);
    return e.name.endsWith('.java') ? [p] : [];
  });
}

/**
 * Keys of the service's @ConfigMapping interfaces: prefix + kebab-case method names, with nested
 * groups (a method returning an interface declared in the same file) expanded one level per group.
 */
export function configMappingKeys(service) {
  const keys = new Set();
  for (const file of javaFiles(path.join(ROOT, service, 'src/main/java'))) {
    const source = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const m = source.match(/@ConfigMapping\s*\(\s*prefix\s*=\s*"([^"]+)"/);
    if (!m) continue;
    const prefix = m[1];
    const interfaces = new Map(); // name -> methods
    const re = /interface\s+(\w+)[^{]*\{/g;
    let im;
    while ((im = re.exec(source))) {
      // Methods declared directly in this interface body (depth 1).
      let depth = 1; let i = re.lastIndex; let body = '';
      while (i < source.length && depth > 0) {
        const ch = source[i];
        if (ch === '{') depth++;
        if (ch === '}') depth--;
        if (depth === 1 && ch !== '}') body += ch; else if (depth > 1) body += ' ';
        i++;
      }
      const methods = [...body.matchAll(/(?:^|[;\s])([\w.<>, ?\[\]]+?)\s+(\w+)\s*\(\s*\)/g)]
        .map((mm) => ({ type: mm[1].trim().split(/\s+/).pop(), name: mm[2] }));
      interfaces.set(im[1], methods);
    }
    const top = [...interfaces.keys()][0];
    const expand = (iface, base, seen) => {
      for (const { type, name } of interfaces.get(iface) ?? []) {
        const key = `${base}.${kebab(name)}`;
        const inner = type.replace(/^Optional<(.*)>$/, '$1');
        if (interfaces.has(inner) && !seen.has(inner)) expand(inner, key, new Set([...seen, inner]));
        else keys.add(key);
      }
    };
    expand(top, prefix, new Set([top]));
  }
  return keys;
}

/** Config keys of the service's REST client interfaces. */
export function restClientKeys(service) {
  const keys = new Set();
  for (const file of javaFiles(path.join(ROOT, service, 'src/main/java'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/@RegisterRestClient\s*\(\s*configKey\s*=\s*"([^"]+)"/g)) keys.add(m[1]);
  }
  return keys;
}

/** Everything the tests need to know about one service, from its sources. */
export function describeService(service) {
  const propsFile = path.join(ROOT, service, 'src/main/resources/application.properties');
  const props = readProperties(propsFile);
  const prodKeys = new Set([...props.keys()].filter((k) => !k.startsWith('%')));
  const profileKeys = [...props.keys()].filter((k) => k.startsWith('%')).map((k) => k.replace(/^%[^.]+\./, ''));
  const configKeys = new Set([...prodKeys, ...profileKeys, ...configMappingKeys(service)]);
  const envNames = new Map([...configKeys].map((k) => [envNameOf(k), k]));
  // The calls the service makes: its REST clients (@RegisterRestClient(configKey = ...)), each with the
  // URL its application.properties gives by default.
  // A client whose URL is another client's (`${quarkus.rest-client.<other>.url}`) follows that one's setting.
  const restClients = [...restClientKeys(service)].map((key) => {
    let url = props.get(`quarkus.rest-client.${key}.url`);
    if (!url) throw new Error(`${service}: REST client '${key}' has no quarkus.rest-client.${key}.url`);
    const reference = url.match(/^\$\{quarkus\.rest-client\.([^.}]+)\.url\}$/);
    const follows = reference ? reference[1] : undefined;
    if (follows) {
      url = props.get(`quarkus.rest-client.${follows}.url`);
      if (!url) throw new Error(`${service}: REST client '${key}' follows '${follows}', which has no URL`);
    }
    return { key, url, follows, port: Number(new URL(url).port || 80) };
  });
  const pom = fs.readFileSync(path.join(ROOT, service, 'pom.xml'), 'utf8');
  return {
    service,
    props,
    configKeys,
    envNames,
    httpPort: Number(props.get('quarkus.http.port') ?? 8080),
    restClients,
    usesDatabase: prodKeys.has('quarkus.datasource.jdbc.url') || prodKeys.has('quarkus.datasource.db-kind'),
    hasHealth: pom.includes('<artifactId>quarkus-smallrye-health</artifactId>'),
    dockerfile: path.join(ROOT, service, 'src/main/docker/Dockerfile.jvm'),
  };
}
