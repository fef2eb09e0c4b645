// Jest runs the TypeScript sources as native ESM (NODE_OPTIONS=--experimental-vm-modules);
// @swc/jest strips types only, so `npm run typecheck` is what checks them.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' } }],
  },
  // src/ imports siblings as './x.js' (Node ESM rules); map them back to the .ts sources.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60000,
};
