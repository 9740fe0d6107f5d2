// Builds the Apps Script bundle (dist/Code.js + dist/appsscript.json) and the Node command line
// (build/cli.mjs). Apps Script V8 has no modules, so the bundle is one IIFE followed by a
// top-level forwarding function per entry point exported by src/index.ts.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

const GLOBAL = 'TienDo';
/** `node build.mjs --sheets-api`: the manifest also enables the Sheets advanced service. */
const SHEETS_API = process.argv.includes('--sheets-api');
/**
 * `node build.mjs --addon`: the bundle a published Editor add-on runs, whose menu goes under
 * Extensions (Ui.createAddonMenu); without it, the bundle of a script bound to one spreadsheet,
 * whose menu stands in the menu bar (Ui.createMenu). Apps Script offers no call that tells the
 * two apart at run time, so the build says which.
 */
const ADDON = process.argv.includes('--addon');
/** `--out DIR`: where the bundle goes (default dist/, which clasp pushes). */
const OUT = process.argv.includes('--out')
  ? process.argv[process.argv.indexOf('--out') + 1]
  : 'dist';
const ENTRY = 'src/index.ts';

/** The names src/index.ts exports, read from the exports themselves (a hand-kept list drifts). */
async function entryPointNames() {
  const probe = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(probe.metafile.outputs);
  return output.exports.slice().sort();
}

/** Built-ins the per-row and per-unit code uses: parameters of the wrapper, when it names them. */
const BUILTINS = [
  'Array',
  'ArrayBuffer',
  'Date',
  'Float64Array',
  'Int32Array',
  'Map',
  'Math',
  'Number',
  'Object',
  'Set',
  'Uint32Array',
];

/**
 * The ES module as one IIFE assigned to the global TienDo, returning what the module exports.
 * The built-ins it uses come in as parameters: a lookup of a global is cheap in Apps Script but
 * costs ~150 ns in a Node vm context (the local runtime, the CLI and the benchmark), where
 * \`Math.floor\` in a loop of a million rows would otherwise cost a tenth of a second.
 */
function wrap(module) {
  const tail = /\nexport\s*\{([^}]*)\};?\s*$/.exec(module);
  if (!tail || /^\s*(import|export)\s/m.test(module.slice(0, tail.index)))
    throw new Error('build: unexpected module shape');
  const members = tail[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [local, as = local] = s.split(/\s+as\s+/);
      return as === local ? local : `${as}: ${local}`;
    });
  const body = module.slice(0, tail.index);
  const used = BUILTINS.filter((name) => new RegExp(`(?<![.\\w$])${name}\\b`).test(body));
  return `"use strict";\nvar ${GLOBAL} = ((${used.join(', ')}) => {\n${body}\nreturn { ${members.join(', ')} };\n})(${used.join(', ')});\n`;
}

async function buildAddon() {
  const names = await entryPointNames();
  if (names.length === 0) throw new Error(`${ENTRY} exports no entry point`);
  const stubs = names
    .map((name) => `function ${name}() {\nreturn ${GLOBAL}.${name}(...arguments);\n}`)
    .join('\n');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    // ES module output, wrapped below in our own IIFE: Apps Script has no modules.
    format: 'esm',
    target: 'es2019',
    platform: 'neutral',
    charset: 'utf8',
    // Readable as Apps Script's editor shows it: every name, indentation and statement kept.
    minifySyntax: false,
    minifyWhitespace: false,
    minifyIdentifiers: false,
    legalComments: 'none',
    metafile: true,
    write: false,
    outfile: `${OUT}/Code.js`,
    define: { ADDON_BUILD: String(ADDON) },
    logLevel: 'warning',
  });
  const fromPackages = Object.keys(result.metafile.inputs).filter((p) =>
    p.includes('node_modules'),
  );
  if (fromPackages.length > 0) {
    throw new Error(
      `npm packages must not enter the Apps Script bundle: ${fromPackages.join(', ')}`,
    );
  }
  const addonOnly = Object.keys(result.metafile.inputs).filter((p) => p.startsWith('src/local/'));
  if (addonOnly.length > 0) {
    throw new Error(
      `Node-only code must not enter the Apps Script bundle: ${addonOnly.join(', ')}`,
    );
  }
  const [output] = result.outputFiles;
  writeFileSync(`${OUT}/Code.js`, wrap(output.text) + `\n// Apps Script entry points\n${stubs}\n`);
  if (SHEETS_API) {
    // One batchGet for all unit tabs needs the Sheets API and its broader scope.
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8'));
    manifest.dependencies = {
      enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }],
    };
    manifest.oauthScopes = [
      ...manifest.oauthScopes.filter((s) => !s.endsWith('/spreadsheets.currentonly')),
      'https://www.googleapis.com/auth/spreadsheets',
    ];
    writeFileSync(`${OUT}/appsscript.json`, JSON.stringify(manifest, null, 2) + '\n');
  } else {
    copyFileSync('appsscript.json', `${OUT}/appsscript.json`);
  }
  const bytes = statSync(`${OUT}/Code.js`).size;
  console.log(
    `${OUT}/Code.js: ${(bytes / 1024).toFixed(1)} KB, ${names.length} entry points (${names.join(', ')})`,
  );
  if (OUT !== 'dist') return;
  mkdirSync('build', { recursive: true });
  writeFileSync(
    'build/addon-info.json',
    JSON.stringify({ bundleBytes: bytes, entryPoints: names }, null, 2),
  );
}

async function buildCli() {
  await esbuild.build({
    entryPoints: ['src/local/cli.ts', 'src/local/sample-campaign.ts', 'src/local/bench.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    charset: 'utf8',
    outdir: 'build',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
}

await buildAddon();
// Another folder is a variant of the bundle only (a test's, or a copy to deploy by hand).
if (OUT === 'dist') await buildCli();
