/**
 * The walls of the house (docs/architecture.md, "Walls"), as dependency-cruiser rules: `npm run lint:deps`
 * checks the tree, test/architecture/walls.test.ts proves each rule fires on a tree that breaks it.
 * The DOM half of the core wall is the type-checker's: tsconfig.node.json has no DOM library.
 */

/** A package by name: resolved into node_modules, or left unresolved (then the name itself is the path). */
const pkg = (name) => `^${name}$|(^|/)node_modules/${name}/`;

/** Every wall is an error: a crossed wall fails `npm test`. */
const wall = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    wall(
      'no-circular',
      'no import cycle anywhere, type-only imports included: the graph of modules is a tree of layers',
      {},
      { circular: true },
    ),
    wall(
      'not-to-unresolvable',
      'an import that does not resolve could hide a crossed wall (and fails the build anyway)',
      {},
      { couldNotResolve: true },
    ),
    wall(
      'core-not-to-shell',
      'core/ is the engine: it knows nothing of the desktop shell or the UI that use it',
      { path: '^core/' },
      { path: '^(electron|renderer)/' },
    ),
    wall(
      'core-not-to-ui-packages',
      'core/ runs in Node, a worker or the browser: no Electron, no React',
      { path: '^core/' },
      { path: [pkg('electron'), pkg('@electron/[^/]+'), pkg('react'), pkg('react-dom'), pkg('react-[^/]+')] },
    ),
    wall(
      'renderer-not-to-main-or-preload',
      'the renderer reaches the main process only through window.sla (its type: electron/shared/window.d.ts)',
      { path: '^renderer/' },
      { path: '^electron/(main|preload)/' },
    ),
    wall(
      'renderer-not-to-node',
      'the renderer is a sandboxed web page: no Node builtins',
      { path: '^renderer/' },
      { dependencyTypes: ['core'] },
    ),
    wall(
      'renderer-not-to-electron',
      'the renderer is a sandboxed web page: no Electron APIs but the bridge',
      { path: '^renderer/' },
      { path: [pkg('electron'), pkg('@electron/[^/]+')] },
    ),
    wall(
      'preload-not-to-main',
      'the preload is bundled into the sandboxed page: none of the main process may come with it',
      { path: '^electron/preload/' },
      { path: '^electron/main/' },
    ),
  ],
  options: {
    // a type-only import is a dependency too: it ties the modules' meaning together
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: {
      // trees that break the walls on purpose (walls.test.ts), build output, data
      path: [
        '^test/architecture/fixtures/',
        '^(out|dist|coverage|\\.git)/',
        '^bench/data/',
        '^test/e2e/__screenshots__/',
      ],
    },
    // packages such as dependency-cruiser itself are reachable only through package.json "exports"
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
