/**
 * The chunks the banner needs, relative to `chunks/`: the UI entry's static
 * imports and the string table of each language. The build fills this in
 * (scripts/build/ui-manifest.mjs) so the loader can preload them all at once
 * instead of discovering them one import after another; unbuilt, it is empty
 * and nothing is preloaded.
 */
export interface UiManifest {
  deps: string[];
  lang: Record<string, string>;
}

const manifest: UiManifest = { deps: [], lang: {} };
export default manifest;
