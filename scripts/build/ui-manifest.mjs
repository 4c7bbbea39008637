// Two rollup plugins that hand the chunk graph of one build to the next:
// `record()` (in the chunks build) notes the static imports of chunks/ui.js;
// `provide()` (in the loader build,
// which runs after it) writes them into src/ui-manifest.ts.
const manifest = { deps: [] };

export function record({ entry = 'ui.js' } = {}) {
  return {
    name: 'ui-manifest-record',
    generateBundle(_, bundle) {
      const seen = new Set();
      const visit = (file) => {
        if (seen.has(file) || !bundle[file]) return;
        seen.add(file);
        for (const dep of bundle[file].imports ?? []) visit(dep);
      };
      visit(entry);
      manifest.deps = [...seen];
    },
  };
}

export function provide() {
  return {
    name: 'ui-manifest-provide',
    load(id) {
      if (!id.endsWith('/src/ui-manifest.ts')) return null;
      if (!manifest.deps.length) this.error('the chunks build must run before the loader build (ui manifest is empty)');
      return `export default ${JSON.stringify(manifest)};`;
    },
  };
}
