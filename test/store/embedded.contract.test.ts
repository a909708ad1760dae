// The GraphStore contract on the embedded store, each store in a fresh temporary directory.
import { openTempStore, tempDirs } from '../fixtures/store.js';
import { runStoreContract } from './contract.js';

const makeDir = tempDirs();
runStoreContract('embedded', () => openTempStore(makeDir));
