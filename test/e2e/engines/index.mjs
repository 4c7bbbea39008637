// The engines the visitor scenarios run in, by name.
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Launches one engine; returns { name, newSession(options), close() }. */
export async function launchEngine(name) {
  if (!ENGINES.includes(name)) throw new Error(`unknown engine ${name}; one of ${ENGINES.join(', ')}`);
  const adapter = await import(`./${name}.mjs`);
  return adapter.launch();
}
