export { loadDemo, DEMO_SEED, DEMO_GUESTS, type DemoSummary } from './load-demo';
export { seededRandom, type Random } from './random';
