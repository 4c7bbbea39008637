/** Defines a custom element once, so loading a chunk twice never throws. */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}
