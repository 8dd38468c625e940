// The OpenAPI document each service writes at build time (quarkus.smallrye-openapi.store-schema-directory)
// passes Spectral (spectral:oas) and Redocly (recommended) with zero errors. Warnings are printed, not failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const moduleDir = path.resolve(here, '..');
const root = path.resolve(moduleDir, '..');
const bin = (name) => path.join(moduleDir, 'node_modules', '.bin', name);

export const SERVICES = ['gateway', 'registry-service', 'rules-service'];
const documentOf = (service) => path.join(root, service, 'target', 'openapi', 'openapi.json');

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: moduleDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // offline and quiet: no usage reports, no update checks
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  if (result.error) {
    throw result.error;
  }
  return result;
}

function spectral(document) {
  const { stdout, stderr } = run(bin('spectral'), ['lint', '--quiet', '--format', 'json', '--ruleset',
    path.join(moduleDir, '.spectral.yaml'), document]);
  const start = stdout.indexOf('[');
  assert.ok(start >= 0, `Spectral printed no results: ${stdout}${stderr}`);
  const results = JSON.parse(stdout.slice(start));
  const describe = (r) => `${r.code} at ${r.path.join('.')}: ${r.message}`;
  return {
    errors: results.filter((r) => r.severity === 0).map(describe),
    warnings: results.filter((r) => r.severity === 1).map(describe),
  };
}

function redocly(document) {
  const { stdout, stderr } = run(bin('redocly'), ['lint', '--config', path.join(moduleDir, 'redocly.yaml'),
    '--format', 'json', document]);
  const start = stdout.indexOf('{');
  assert.ok(start >= 0, `Redocly printed no results: ${stdout}${stderr}`);
  const report = JSON.parse(stdout.slice(start));
  const describe = (p) => `${p.ruleId} at ${(p.location?.[0]?.pointer) ?? '?'}: ${p.message}`;
  return {
    errors: report.problems.filter((p) => p.severity === 'error').map(describe),
    warnings: report.problems.filter((p) => p.severity === 'warn').map(describe),
  };
}

for (const service of SERVICES) {
  const document = documentOf(service);
  for (const [linter, lint] of [['Spectral spectral:oas', spectral], ['Redocly recommended', redocly]]) {
    test(`${service}: ${linter} finds no error`, () => {
      assert.ok(existsSync(document), `${document} is missing: package ${service} first`);
      const { errors, warnings } = lint(document);
      console.log(`${service} ${linter}: ${errors.length} errors, ${warnings.length} warnings`);
      for (const warning of warnings) {
        console.log(`  warning ${warning}`);
      }
      assert.deepEqual(errors, [], `${service}: ${linter} errors`);
    });
  }
}
