// The embedded store's entry point (used when NEO4J_URI is unset).
export { openEmbeddedStore } from './store.js';
