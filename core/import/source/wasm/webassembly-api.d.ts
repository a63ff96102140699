/**
 * The part of the WebAssembly JavaScript API the importer uses, for the Node side of the type-check
 * (tsconfig.node.json). TypeScript ships these types only inside its DOM library, which core/ does not load;
 * Node has the API itself. Same shapes as lib.dom.d.ts, so a program that loads the DOM library must not
 * include this file (tsconfig.web.json reaches core/ only through imports, never this file).
 */
declare namespace WebAssembly {
  type Exports = Record<string, unknown>;
  type Imports = Record<string, Record<string, unknown>>;

  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- opaque, as in lib.dom.d.ts
  interface Module {}
  const Module: {
    prototype: Module;
    new (bytes: ArrayBufferView<ArrayBuffer> | ArrayBuffer): Module;
  };

  interface Instance {
    readonly exports: Exports;
  }
  const Instance: {
    prototype: Instance;
    new (module: Module, importObject?: Imports): Instance;
  };

  interface Memory {
    readonly buffer: ArrayBuffer;
    grow(delta: number): number;
  }
}
