/** The dependency rules of ARCHITECTURE.md, checked by `npm run deps`. */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'contracts-only-zod',
      comment: 'contracts imports only zod',
      severity: 'error',
      from: { path: '^packages/contracts/src' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-peer'], pathNot: '^node_modules/zod/' },
    },
    {
      name: 'core-no-adapters',
      comment: 'core never imports Fastify, React, CLI libraries, server, web or cli',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: {
        path: [
          '^packages/(server|web|cli)/',
          '^node_modules/(fastify|@fastify|react|react-dom|antd|commander|cli-progress)/',
        ],
      },
    },
    {
      name: 'adapters-call-use-cases',
      comment: 'server and cli call use cases; they do not query the database themselves',
      severity: 'error',
      from: { path: '^packages/(server|cli)/src', pathNot: '\\.test\\.ts$' },
      to: { path: ['^node_modules/(drizzle-orm|pg|@electric-sql)/', '^packages/core/src/(db|modules)/'] },
    },
    {
      name: 'web-through-contracts',
      comment:
        'the console talks HTTP through contracts; it never imports core (browser tests may use its test helpers)',
      severity: 'error',
      from: { path: '^packages/web/src/' },
      to: { path: ['^packages/(core|server|cli)/'] },
    },
    {
      name: 'only-client-knows-drivers',
      comment: 'only db/client.ts (and the migrator) know PGlite from pg',
      severity: 'error',
      from: {
        path: '^packages/core/src',
        pathNot: ['^packages/core/src/db/(client|migrate)\\.ts$'],
      },
      to: {
        path: [
          '^node_modules/(pg|@electric-sql/pglite)/',
          '^node_modules/drizzle-orm/(pglite|node-postgres)/',
        ],
      },
    },
    {
      name: 'modules-through-index',
      comment: 'a module uses another only through its index.ts (tables and rules are shared inside core)',
      severity: 'warn',
      from: { path: '^packages/core/src/modules/([^/]+)/' },
      to: {
        path: '^packages/core/src/modules/([^/]+)/',
        pathNot: [
          '^packages/core/src/modules/$1/',
          '^packages/core/src/modules/[^/]+/(index|[^/]+\\.tables|[^/]+\\.service|authorize)\\.ts$',
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['dist', '(^|/)test/global-setup\\.ts$'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
