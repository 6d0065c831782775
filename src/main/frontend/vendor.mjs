// Copies the prebuilt files of the npm packages into the folder served as /vendor/ (the jar's
// public/vendor), with a LICENSES.txt naming each package, its version and licence.
// Usage: node vendor.mjs OUT_DIR   (Maven passes target/generated-resources/frontend/public/vendor)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node vendor.mjs OUT_DIR');
  process.exit(2);
}

// package -> the files it ships that the pages load, and the folder they go to under /vendor/.
const files = {
  '@zazuko/yasgui': { dir: 'yasgui', files: ['build/yasgui.min.js', 'build/yasgui.min.js.map', 'build/yasgui.min.css'] },
  'cytoscape': { dir: 'cytoscape', files: ['dist/cytoscape.min.js', 'LICENSE'] },
};

const licences = [];
for (const [name, { dir, files: list }] of Object.entries(files)) {
  const root = join(here, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(join(out, dir), { recursive: true });
  for (const f of list) {
    copyFileSync(join(root, f), join(out, dir, f.split('/').pop()));
  }
  licences.push(`${pkg.name} ${pkg.version}: ${pkg.license} (${pkg.homepage || pkg.repository?.url || ''})`);
}
writeFileSync(join(out, 'LICENSES.txt'), licences.join('\n') + '\n');
console.log(`vendor: ${Object.keys(files).length} packages copied to ${out}`);
