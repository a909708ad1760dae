// Loads every family of functions into the registry: import this once before looking up.
import './scalar.js';
import './string.js';
import './list.js';
import './math.js';
import './temporal.js';
import './aggregates.js';
import './value-type.js';
