// Jest runs the TypeScript sources as native ESM (NODE_OPTIONS=--experimental-vm-modules);
// @swc/jest strips types only, so `npm run typecheck` is what checks them.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '/node_modules/@actions/(workflow-parser|languageservice)/dist/.+\\.js$':
      '<rootDir>/test-support/json-import-attributes.cjs',
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' } }],
  },
  // Those two packages go through the transform above; every other module is loaded as it is.
  transformIgnorePatterns: ['/node_modules/(?!@actions/(workflow-parser|languageservice)/)'],
  // src/ imports siblings as './x.js' (Node ESM rules); map them back to the .ts sources.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60000,
};
