// Two rollup plugins that hand the chunk graph of one build to the next:
// `record()` (in the chunks build) notes the static imports of chunks/ui.js
// and the file of the banner's half of each language table; `provide()` (in the loader build,
// which runs after it) writes them into src/ui-manifest.ts.
const manifest = { deps: [], lang: {} };

export function record({ entry = 'ui.js', language = /\/src\/i18n\/banner\/[a-z]{2,3}\.ts$/ } = {}) {
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
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && language.test(chunk.facadeModuleId ?? '')) manifest.lang[chunk.name] = chunk.fileName;
      }
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
