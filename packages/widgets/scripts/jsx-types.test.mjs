// The JSX types, generated from a manifest of the current sources (no build needed), type-check the
// fixtures in fixtures/jsx: each framework's `-ok.tsx` without an error, and its `-wrong.tsx` with
// exactly the errors its lines mark (`// error: <message part>`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// The analyzer's own TypeScript (another version than the compiler's below) parses the sources it reads.
import { ts as analyzerTs, create } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../custom-elements-manifest.config.mjs';
import { elementsOf, jsxTypeFiles } from './jsx-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures/jsx');
/** Where the generated files seem to be: in the package, so that `react` and the rest resolve from there. */
const generated = join(root, 'dist/jsx');

/** custom-elements.json of the sources as they are, made as `cem analyze` makes it (same plugins). */
function analyze() {
  const dir = join(root, 'src/components');
  const modules = readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.component.ts'))
    .map((file) => {
      const path = `src/components/${file.replaceAll('\\', '/')}`;
      return analyzerTs.createSourceFile(
        path,
        readFileSync(join(root, path), 'utf8'),
        analyzerTs.ScriptTarget.ES2015,
        true,
      );
    });
  return create({ modules, plugins: [...litPlugin(), ...config.plugins] });
}

const frameworks = {
  react: { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'react' },
  preact: { jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact' },
  solid: { jsx: ts.JsxEmit.Preserve, jsxImportSource: 'solid-js' },
};

const parsed = new Map();

/** A compiler host that also serves the generated files from memory (the real dist may be stale or absent). */
function hostWith(options, files) {
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  host.fileExists = (path) => files.has(path) || fileExists.call(host, path);
  host.readFile = (path) => files.get(path) ?? readFile.call(host, path);
  host.directoryExists = (path) => path === generated || directoryExists.call(host, path);
  host.getSourceFile = (path, language, ...rest) => {
    if (files.has(path)) return ts.createSourceFile(path, files.get(path), language);
    // The three programs share the DOM's and the libraries' declarations: parse them once.
    const cacheKey = `${path}\0${JSON.stringify(language)}`;
    if (!parsed.has(cacheKey)) parsed.set(cacheKey, getSourceFile.call(host, path, language, ...rest));
    return parsed.get(cacheKey);
  };
  return host;
}

/** The package's component entries (`@perhekeskus/widgets/calendar.js`) mapped to their sources. */
function sourcePaths() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const out = {};
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const types = target?.types;
    if (!types?.startsWith('./dist/components/')) continue;
    out[`@perhekeskus/widgets/${entry.slice(2)}`] = [
      join(root, types.replace('./dist/', 'src/').replace(/\.d\.ts$/, '.ts')),
    ];
  }
  return out;
}

/** The `// error: …` marks of a fixture: line number (1-based) → the message part expected there. */
function marks(path) {
  const out = new Map();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const mark = /\/\/ error: (.+)$/.exec(line);
      if (mark?.[1]) out.set(index + 1, mark[1].trim());
    });
  return out;
}

/** The errors of a file: line number → the flattened messages of the diagnostics starting there. */
function errorsOf(program, path) {
  const file = program.getSourceFile(path);
  if (!file) throw new Error(`not in the program: ${path}`);
  const out = new Map();
  for (const d of [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]) {
    const line = file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1;
    out.set(line, `${out.get(line) ?? ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n`);
  }
  return out;
}

let manifest;
let files;

beforeAll(() => {
  manifest = analyze();
  const types = jsxTypeFiles(manifest, (module) => {
    const specifier = relative(generated, join(root, 'src', `${module}.js`)).replaceAll('\\', '/');
    return specifier.startsWith('.') ? specifier : `./${specifier}`;
  });
  files = new Map(Object.entries(types).map(([name, text]) => [join(generated, name), text]));
});

describe('JSX types from custom-elements.json', () => {
  it('lists every tag with its fixed values as literal unions', () => {
    const byTag = new Map(elementsOf(manifest).map((el) => [el.tag, el]));
    expect([...byTag.keys()]).toEqual([
      'pk-agreement-status',
      'pk-calendar',
      'pk-meeting-place-finder',
      'pk-year-clock',
    ]);
    const attribute = (tag, name) => byTag.get(tag)?.attributes.find((a) => a.name === name)?.type;
    expect(attribute('pk-calendar', 'view')).toBe("'month' | 'week' | 'agenda' | undefined");
    expect(attribute('pk-year-clock', 'source')).toBe("'year-clock' | 'evaluation' | 'plan' | undefined");
    for (const tag of byTag.keys()) expect(attribute(tag, 'heading-level')).toBe('2 | 3 | 4 | 5 | 6');
    expect(byTag.get('pk-calendar')?.events.map((e) => e.name)).toEqual(['pk-date-select', 'pk-event-select']);
    // An event type the manifest spells out stays the fallback; one it only names comes from the element.
    const elements = files.get(join(generated, 'elements.d.ts'));
    expect(elements).toContain("'pk-date-select': PkEvent<'pk-date-select', CustomEvent<{ date: string }>>;");
    expect(elements).toContain("'pk-filter-change': PkEvent<'pk-filter-change', CustomEvent<unknown>>;");
    expect(elements).toContain("municipalities?: MeetingPlaceFinder['municipalities'];");
  });

  it('are what the package exports as ./jsx/react, ./jsx/preact and ./jsx/solid', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const framework of Object.keys(frameworks)) {
      const types = pkg.exports[`./jsx/${framework}`]?.types;
      expect(types).toBe(`./dist/jsx/${framework}.d.ts`);
      expect(files.has(join(root, types))).toBe(true);
    }
  });

  it("show in the README's React example the code of react-ok.tsx, as it is type-checked here", () => {
    const code = readFileSync(join(fixtures, 'react-ok.tsx'), 'utf8').split('\n').slice(1).join('\n');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`\`\`\`tsx\n${code}\`\`\``);
  });

  for (const [framework, jsxOptions] of Object.entries(frameworks)) {
    it(`type-check ${framework} markup: the right one passes, the wrong one fails where marked`, () => {
      const ok = join(fixtures, `${framework}-ok.tsx`);
      const wrong = join(fixtures, `${framework}-wrong.tsx`);
      const options = {
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        customConditions: ['@perhekeskus/source'],
        strict: true,
        skipLibCheck: true,
        noUncheckedSideEffectImports: true,
        noEmit: true,
        types: [],
        // The package as a user's project sees it, read from the sources: no build needed, none half-written.
        paths: { ...sourcePaths(), '@perhekeskus/widgets/jsx/*': [join(generated, '*.d.ts')] },
        ...jsxOptions,
      };
      const program = ts.createProgram({
        rootNames: [join(root, 'src/css-inline.d.ts'), ok, wrong],
        options,
        host: hostWith(options, files),
      });
      expect(program.getGlobalDiagnostics()).toEqual([]);
      expect(Object.fromEntries(errorsOf(program, ok))).toEqual({});

      const expected = marks(wrong);
      expect(expected.size).toBeGreaterThan(0);
      const actual = errorsOf(program, wrong);
      expect([...actual.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const [line, part] of expected) expect(actual.get(line), `line ${line}`).toContain(part);
    });
  }
});
