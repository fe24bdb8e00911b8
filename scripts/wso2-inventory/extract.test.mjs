/**
 * The key extractor (extract-template-keys.mjs) on small hand-written template sets: what a template
 * reads becomes a key of the inventory, with the type the fixture gives it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractKeys } from './extract-template-keys.mjs';
import { Parser, lexTemplate } from './jinja.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const made = [];

/** Writes a set dir: {'templates/a.xml.j2': '...', 'json/product/default.json': {...}, ...}. */
function templateSet(files) {
  const dir = mkdtempSync(join(tmpdir(), 'wso2-inventory-'));
  made.push(dir);
  mkdirSync(join(dir, 'templates'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('jinja.mjs', () => {
  it('finds expression and statement tags, not comments, with trim markers removed', () => {
    const tags = lexTemplate('a {{- x.y -}}\n{# {{ no }} #}{%- if z %}"}}"{% endif %}');
    expect(tags).toEqual([
      { kind: 'expr', body: 'x.y', line: 1 },
      { kind: 'stmt', body: 'if z', line: 2 },
      { kind: 'stmt', body: 'endif', line: 2 },
    ]);
  });

  it('parses Jinjava `||`, `&&` and `!` as or, and, not', () => {
    const e = new Parser('a.b || c && !d').parseExpr();
    expect(e).toEqual({
      k: 'bin',
      op: 'or',
      a: { k: 'attr', e: { k: 'name', v: 'a' }, name: 'b' },
      b: {
        k: 'bin',
        op: 'and',
        a: { k: 'name', v: 'c' },
        b: { k: 'not', e: { k: 'name', v: 'd' } },
      },
    });
  });

  it('parses filters with arguments, tests and conditional expressions', () => {
    const e = new Parser("x | default('false') if y is defined else []").parseExpr();
    expect(e.k).toBe('cond');
    expect(e.then).toEqual({
      k: 'filter',
      e: { k: 'name', v: 'x' },
      name: 'default',
      args: [{ k: 'lit', v: 'false' }],
    });
    expect(e.test).toEqual({
      k: 'test',
      e: { k: 'name', v: 'y' },
      name: 'defined',
      neg: false,
      args: [],
    });
    expect(e.alt).toEqual({ k: 'list', items: [] });
  });

  it('throws on what it cannot read', () => {
    expect(() => new Parser('a @ b').parseExpr()).toThrow("unexpected '@'");
  });
});

describe('extractKeys', () => {
  it('resolves a loop variable to the array it iterates: array<table> with element keys', () => {
    const dir = templateSet({
      'templates/repository/conf/api-manager.xml.j2':
        '{% for e in apim.gateway.environment %}<E name="{{ e.name }}" url="{{ e.service_url }}"/>{% endfor %}',
    });
    const { keys, parseErrors } = extractKeys(dir);
    expect(parseErrors).toEqual([]);
    expect(keys['apim.gateway.environment']).toBe('array<table>');
    expect(keys['apim.gateway.environment[].name']).toBe('string');
    expect(keys['apim.gateway.environment[].service_url']).toBe('string');
    expect(keys['e.name']).toBeUndefined();
  });

  it('types a table iterated with .items() as free-form, and a loop over plain values as array<string>', () => {
    const dir = templateSet({
      'templates/a.xml.j2':
        '{% for k, v in apim.cors.headers.items() %}{{ k }}={{ v }}{% endfor %}' +
        '{% for h in apim.cors.allow_origins %}{{ h }}{% endfor %}',
    });
    const { keys } = extractKeys(dir);
    expect(keys['apim.cors.headers']).toBe('table(free-form keys)');
    expect(keys['apim.cors.allow_origins']).toBe('array<string>');
  });

  it("types a key by its template default: default('false') is boolean, default(9443) integer", () => {
    const dir = templateSet({
      'templates/carbon.xml.j2':
        "{{ server.disable_shutdown_from_ui | default('false') }} {{ server.port | default(9443) }}" +
        " {{ server.hostname | default('localhost') }}",
    });
    const { keys } = extractKeys(dir);
    expect(keys['server.disable_shutdown_from_ui']).toBe('boolean');
    expect(keys['server.port']).toBe('integer');
    expect(keys['server.hostname']).toBe('string');
  });

  it('reads conditions written with || and &&, and `{% set %}` aliases', () => {
    const dir = templateSet({
      'templates/a.xml.j2':
        '{% if apim.throttling.enable || apim.throttling.blocking && !apim.throttling.x %}{% endif %}' +
        '{% set tm = apim.throttling.url if apim.throttling.url is defined else [] %}' +
        '{% for u in tm %}{{ u.host }}{% endfor %}',
    });
    const { keys, parseErrors } = extractKeys(dir);
    expect(parseErrors).toEqual([]);
    expect(keys['apim.throttling.enable']).toBe('boolean');
    expect(keys['apim.throttling.blocking']).toBe('boolean');
    expect(keys['apim.throttling.x']).toBe('boolean');
    expect(keys['apim.throttling.url']).toBe('array<table>');
    expect(keys['apim.throttling.url[].host']).toBe('string');
  });

  it('adds the keys only the JSON inputs know: key-mappings sources, infer conditions, $ref targets', () => {
    const dir = templateSet({
      'templates/a.xml.j2': '{{ apim.key_manager.url }}',
      'json/kernel/key-mappings.json': { 'apim.old_name': 'apim.key_manager.url' },
      'json/product/infer.json': {
        'database.$1.type': {
          mysql: { 'database.$1.url': 'jdbc:mysql://$ref{database.$1.hostname}:3306' },
        },
        'apim.analytics.enable': { true: {}, false: {} },
      },
      'json/product/default.json': { 'apim.key_manager.url': '$ref{server.base_path}/services' },
    });
    const { keys } = extractKeys(dir);
    expect(keys['apim.old_name']).toBe('string');
    expect(keys['apim.analytics.enable']).toBe('boolean');
    expect(keys['database.<name>.type']).toBe('string');
    expect(keys['database.apim_db.type']).toBe('string');
    expect(keys['database.shared_db.hostname']).toBe('string');
    expect(keys['server.base_path']).toBe('string');
  });

  it('types from default.json, unit-resolve and the shipped TOML samples', () => {
    const dir = templateSet({
      'templates/a.xml.j2': '{{ apim.cache.timeout }} {{ apim.ws.port }} {{ apim.x.enable }}',
      'json/product/default.json': { 'apim.x.enable': 'true' },
      'json/product/unit-resolve.json': { apim: { 'apim.cache.timeout': 's' } },
      'samples/deployment.toml': '[apim.ws]\nport = 9099\n',
    });
    const { keys } = extractKeys(dir);
    expect(keys['apim.cache.timeout']).toBe('duration');
    expect(keys['apim.ws.port']).toBe('integer');
    expect(keys['apim.x.enable']).toBe('boolean');
  });

  it('keeps only the selected sections, adds [[event_listener]] when no template reads it', () => {
    const dir = templateSet({
      'templates/a.xml.j2': '{{ oauth.token_type }} {{ encryption.key }}',
    });
    const team = extractKeys(dir, { sections: 'team' }).keys;
    expect(team['oauth.token_type']).toBeUndefined();
    expect(team['encryption.key']).toBeUndefined();
    expect(team.event_listener).toBe('array<table>');
    expect(team['event_listener[].order']).toBe('integer');
    expect(extractKeys(dir).keys['encryption.key']).toBe('string');
    expect(extractKeys(dir, { sections: 'all' }).keys['oauth.token_type']).toBe('string');
    expect(extractKeys(dir, { supplement: false }).keys.event_listener).toBeUndefined();
  });

  it('reports a tag it cannot parse, with its file and line', () => {
    const dir = templateSet({
      'templates/b.xml.j2': '{{ apim.a }}\n{% frobnicate x %}\n{{ a @ b }}',
    });
    const { keys, parseErrors } = extractKeys(dir);
    expect(parseErrors).toEqual([
      "templates/b.xml.j2:2: unknown statement 'frobnicate' at line 2",
      "templates/b.xml.j2:3: unexpected '@' in: a @ b",
    ]);
    expect(keys['apim.a']).toBe('string');
  });

  it('--full gives sources as repo@commit:path from SOURCES.json, and defaults', () => {
    const dir = templateSet({
      'templates/a.xml.j2': "{{ apim.sync | default('true') }}",
      'SOURCES.json': { files: { 'templates/a.xml.j2': 'wso2/product-apim@abc:conf/a.xml.j2' } },
    });
    const { keys } = extractKeys(dir, { full: true });
    expect(keys['apim.sync']).toEqual({
      type: 'boolean',
      sources: ['wso2/product-apim@abc:conf/a.xml.j2'],
      default: 'true',
      default_source: 'template | default() filter',
    });
  });

  it('the CLI prints what extractKeys returns', () => {
    const dir = templateSet({
      'templates/a.xml.j2': '{% for e in apim.gateway.environment %}{{ e.name }}{% endfor %}',
    });
    const stdout = execFileSync(
      process.execPath,
      [join(here, 'extract-template-keys.mjs'), dir, '--sections=team'],
      { encoding: 'utf8' },
    );
    expect(stdout).toBe(
      JSON.stringify(extractKeys(dir, { sections: 'team' }).keys, null, 1) + '\n',
    );
    expect(JSON.parse(stdout)['apim.gateway.environment[].name']).toBe('string');
  });
});
