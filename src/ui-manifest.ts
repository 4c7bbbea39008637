/**
 * The chunks the banner needs, relative to `chunks/`: the UI entry's static
 * imports (the banner's words are `words/<code>/banner.js`, no list needed). The build fills this in
 * (scripts/build/ui-manifest.mjs) so the loader can preload them all at once
 * instead of discovering them one import after another; unbuilt, it is empty
 * and nothing is preloaded.
 */
export interface UiManifest {
  deps: string[];
}

const manifest: UiManifest = { deps: [] };
export default manifest;
