export { createTestContext, testBackends, type TestContext } from './test-context';
export { seedOrg, staffActor } from './factories';
