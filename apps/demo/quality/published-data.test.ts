// The published data the deployed demo serves beside the embed (`perhekeskus publish` at build time,
// build/publishData.ts): the manifest at /data/etela-savo/index.json, and every file it lists, served
// from the site's own origin and valid against the schema the manifest names. No browser needed.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PublishManifest, parseInput, publishedFileSchema } from '@perhekeskus/core';
import { etelaSavo } from '@perhekeskus/core/etela-savo';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../scripts/serve.mjs';

const require = createRequire(import.meta.url);

describe('the published data (/data/etela-savo/)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const get = (path: string) => fetch(new URL(path, server.url));

  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves a manifest of the built-in region as JSON', async () => {
    const response = await get('/data/etela-savo/index.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const manifest = parseInput(PublishManifest, await response.json(), 'index.json');
    expect(manifest.region.id).toBe(etelaSavo.id);
    expect(manifest.sourceFile.name).toBe('etela-savo.json');
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['places.json', 'evaluation.json', 'groups/steering-group.json']),
    );
  });

  it('serves every file the manifest lists, each valid against its schema, and nothing with a source', async () => {
    const manifest = parseInput(PublishManifest, await (await get('/data/etela-savo/index.json')).json(), 'index');
    for (const listed of manifest.files) {
      const response = await get(`/data/etela-savo/${listed.path}`);
      expect(response.status, listed.path).toBe(200);
      const text = await response.text();
      expect(text.includes('"source"'), listed.path).toBe(false);
      // The HTML fragments and their stylesheet are text without a JSON Schema (no-javascript.test.ts shows them).
      if (listed.kind === 'html-fragment' || listed.kind === 'stylesheet') {
        expect(response.headers.get('content-type'), listed.path).toBe(
          listed.kind === 'stylesheet' ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8',
        );
        continue;
      }
      const schema = publishedFileSchema(listed.kind);
      expect(schema.url).toBe(listed.schema);
      // parseInput throws a ValidationError naming the file and the field when a file does not match.
      const data = parseInput(schema.schema, JSON.parse(text), listed.path) as { $schema?: string };
      expect(data.$schema).toBe(listed.schema);
      // The JSON Schema the file names ships with core, for teams that validate without TypeScript.
      expect(existsSync(require.resolve(`@perhekeskus/core/schema/${schema.fileName}`)), schema.fileName).toBe(true);
    }
  });

  it('matches the JSON Schemas core ships, checked by a JSON Schema validator (ajv, draft 2020-12)', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    const manifestText = await (await get('/data/etela-savo/index.json')).text();
    const manifest = JSON.parse(manifestText) as { $schema: string; files: { path: string; schema?: string }[] };
    const check = (schemaUrl: string, data: unknown, name: string) => {
      const fileName = schemaUrl.slice(schemaUrl.lastIndexOf('/') + 1);
      let validate = validators.get(fileName);
      if (validate === undefined) {
        const path = require.resolve(`@perhekeskus/core/schema/${fileName}`);
        validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
        validators.set(fileName, validate);
      }
      expect(validate(data) ? [] : validate.errors, name).toEqual([]);
    };
    check(manifest.$schema, manifest, 'index.json');
    for (const listed of manifest.files) {
      if (listed.schema === undefined) continue; // an HTML fragment or the stylesheet
      check(listed.schema, await (await get(`/data/etela-savo/${listed.path}`)).json(), listed.path);
    }
    expect(validators.size).toBeGreaterThanOrEqual(4);
  });
});
