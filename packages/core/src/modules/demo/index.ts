export { loadDemo, DEMO_SEED, type DemoSummary } from './load-demo';
export { seededRandom, type Random } from './random';
