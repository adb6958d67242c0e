// Builds the folder clasp pushes: one Code.js whose public functions are top-level `function`
// declarations (Apps Script only sees those), one self-contained HTML file per page in
// addon/client/, and appsscript.json with the worker origin from configuration.
//
//   ART30_WORKER_ORIGIN=https://… node addon/build.mjs -> build/addon/       (pushable)
//   ART30_ADDON_CONFIG=test node addon/build.mjs         -> build/addon-test/  (local http origin, never pushed)
// A production build refuses a placeholder (example.org, .test, localhost) or non-https origin.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GLOBAL_NAME = 'Art30';
// Apps Script's V8 runs ES2020 and later; ES2020 keeps optional chaining and ?? as they are.
const TARGET = 'es2020';

export function configName(env = process.env) {
  const name = env.ART30_ADDON_CONFIG ?? 'production';
  if (name !== 'production' && name !== 'test') {
    throw new Error(`ART30_ADDON_CONFIG must be "production" or "test", not "${name}"`);
  }
  return name;
}

export function outDirFor(name) {
  return join(root, 'build', name === 'test' ? 'addon-test' : 'addon');
}

/** The environment variable that sets the production worker origin without editing a file. */
export const ORIGIN_ENV = 'ART30_WORKER_ORIGIN';

const HOW_TO_SET = `Set ${ORIGIN_ENV} to your worker's https origin, for example ${ORIGIN_ENV}=https://art30.your-domain.dk/ npm run build:addon (see docs/deploy.md, "The add-on").`;

/**
 * Hosts that can never be a deployed worker: the documentation domains of RFC 2606 / RFC 6761
 * (example.org, .example, .test, .invalid, localhost) and loopback addresses.
 */
export function isPlaceholderHost(host) {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/(^|\.)example\.(com|net|org)$/.test(h)) return true;
  if (/(^|\.)(example|test|invalid|localhost)$/.test(h)) return true;
  return h === '[::1]' || /^127\./.test(h) || h === '0.0.0.0';
}

/** The origin as the manifest wants it ("https://host/"), or an error saying what to set. */
export function checkWorkerOrigin(origin, { production, source }) {
  if (typeof origin !== 'string' || !/^https?:\/\/[^/?#@\s]+\/?$/.test(origin)) {
    throw new Error(
      `${source}: the worker origin must be an origin such as https://art30.your-domain.dk/, got ${JSON.stringify(origin)}. ${HOW_TO_SET}`,
    );
  }
  const normalised = origin.endsWith('/') ? origin : `${origin}/`;
  if (!production) return normalised;
  // The pushable manifest must never whitelist a plain-http, local or placeholder origin:
  // every sync of such a build would fail on real Google.
  if (!normalised.startsWith('https://')) {
    throw new Error(
      `${source}: the worker origin ${normalised} is not https; Apps Script may only call https. ${HOW_TO_SET}`,
    );
  }
  if (isPlaceholderHost(new URL(normalised).hostname)) {
    throw new Error(
      `${source}: ${normalised} is a placeholder, not your worker; a build for it can never sync. ${HOW_TO_SET}`,
    );
  }
  return normalised;
}

/** The build's worker origin: ART30_WORKER_ORIGIN for production when set, else addon/config/<name>.json. */
export function loadConfig(name, env = process.env) {
  const file = `addon/config/${name}.json`;
  const fromEnv = name === 'production' ? env[ORIGIN_ENV] : undefined;
  if (fromEnv !== undefined && fromEnv !== '') {
    return { workerOrigin: checkWorkerOrigin(fromEnv.trim(), { production: true, source: ORIGIN_ENV }) };
  }
  const config = JSON.parse(readFileSync(join(root, file), 'utf8'));
  return {
    workerOrigin: checkWorkerOrigin(config.workerOrigin, { production: name === 'production', source: file }),
  };
}

/** Writes through a temporary file so a test reading the build never sees half a file. */
function writeAtomic(file, text) {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Top-level stubs so Apps Script sees every export of main.ts as a global function. */
export function topLevelStubs(names) {
  return names.map((n) => `function ${n}(...args) {\n  return ${GLOBAL_NAME}.${n}(...args);\n}`).join('\n');
}

async function buildServer(config, outDir) {
  const entry = join(root, 'addon/src/main.ts');
  const shared = {
    entryPoints: [entry],
    bundle: true,
    target: TARGET,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    define: { __ART30_WORKER_ORIGIN__: JSON.stringify(config.workerOrigin) },
    logLevel: 'silent',
  };
  // The export list comes from the bundle itself (an ESM metafile), never from a hand-kept list.
  const esm = await esbuild.build({
    ...shared,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'x.js',
  });
  const exportNames = Object.values(esm.metafile.outputs).flatMap((o) => o.exports ?? []);
  if (exportNames.length === 0) throw new Error('addon/src/main.ts exports no public functions');
  const iife = await esbuild.build({
    ...shared,
    format: 'iife',
    globalName: GLOBAL_NAME,
    write: false,
    outfile: 'x.js',
  });
  const body = iife.outputFiles[0].text;
  if (/^\s*export\s/m.test(body) || /\brequire\(/.test(body)) {
    throw new Error('the server bundle still contains export or require');
  }
  const code = `// Art30 add-on: generated by addon/build.mjs, do not edit.\n${body}\n${topLevelStubs(exportNames.sort())}\n`;
  writeAtomic(join(outDir, 'Code.js'), code);
  return exportNames;
}

/** Inlines <link rel="stylesheet" href="x.css"> and the bundled main.ts into one page. */
async function buildPage(pageDir, outFile) {
  const result = await esbuild.build({
    entryPoints: [join(pageDir, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: TARGET,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    outdir: join(pageDir, '.out'),
    logLevel: 'silent',
  });
  const js = result.outputFiles
    .filter((f) => f.path.endsWith('.js'))
    .map((f) => f.text)
    .join('\n');
  const importedCss = result.outputFiles
    .filter((f) => f.path.endsWith('.css'))
    .map((f) => f.text)
    .join('\n');
  let html = readFileSync(join(pageDir, 'index.html'), 'utf8');
  html = html.replace(/<link\s+[^>]*href="([^"]+\.css)"[^>]*>/g, (_m, href) => {
    const css = readFileSync(join(pageDir, href), 'utf8');
    return `<style>\n${css}\n</style>`;
  });
  if (importedCss) html = html.replace('</head>', `<style>\n${importedCss}\n</style>\n</head>`);
  // A "</script" inside the code would end the inline script early.
  const inline = `<script>\n${js.replace(/<\/script/gi, '<\\/script')}\n</script>`;
  const tag = /<script\s+[^>]*src="\.?\/?main\.(ts|js)"[^>]*>\s*<\/script>/;
  html = tag.test(html)
    ? html.replace(tag, () => inline)
    : html.replace('</body>', () => `${inline}\n</body>`);
  writeAtomic(outFile, html);
}

async function buildPages(outDir) {
  const clientDir = join(root, 'addon/client');
  let names = [];
  try {
    names = readdirSync(clientDir).filter((n) => statSync(join(clientDir, n)).isDirectory());
  } catch {
    return [];
  }
  const pages = [];
  for (const name of names) {
    const dir = join(clientDir, name);
    const files = readdirSync(dir);
    if (!files.includes('index.html') || !files.includes('main.ts')) continue;
    await buildPage(dir, join(outDir, `${name}.html`));
    pages.push(name);
  }
  return pages;
}

function writeManifest(config, outDir) {
  const template = readFileSync(join(root, 'addon/appsscript.json'), 'utf8');
  const manifest = JSON.parse(template.replaceAll('{{workerOrigin}}', config.workerOrigin));
  writeAtomic(join(outDir, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function buildAddon(name = configName()) {
  const config = loadConfig(name);
  const outDir = outDirFor(name);
  mkdirSync(outDir, { recursive: true });
  const functions = await buildServer(config, outDir);
  const pages = await buildPages(outDir);
  writeManifest(config, outDir);
  // A page removed from addon/client/ must not be pushed any more. Files are replaced one by
  // one (never the whole folder) so a test reading the previous build meanwhile never fails.
  const keep = new Set(['Code.js', 'appsscript.json', ...pages.map((p) => `${p}.html`)]);
  for (const f of readdirSync(outDir)) {
    if (!keep.has(f) && !f.includes('.tmp-')) rmSync(join(outDir, f), { force: true });
  }
  return { outDir, functions, pages };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let built;
  try {
    built = await buildAddon();
  } catch (e) {
    // A configuration mistake is the deployer's to fix: say what, without a stack trace.
    console.error(`npm run build:addon: ${e.message}`);
    process.exit(1);
  }
  const { outDir, functions, pages } = built;
  const size = statSync(join(outDir, 'Code.js')).size;
  console.log(
    `Built ${outDir}: Code.js ${(size / 1024).toFixed(1)} KiB, ${functions.length} public functions, pages: ${pages.join(', ') || '(none)'}`,
  );
}
