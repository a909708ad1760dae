// `actorgraph serve`: starts the HTTP API and the web explorer.
import { loadConfig } from '../../config.js';
import type { Command } from '../command.js';
import { print } from '../output.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the HTTP API and web explorer',
  help: `Usage: actorgraph serve

Starts the HTTP server (API under /api, the web explorer at /) on $HOST:$PORT (default
127.0.0.1:3000) over the configured store, seeding it from the package's seed/ first if it is
empty. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.

Options:
  -h, --help   show this help`,
  options: {},
  positionals: [],
  async run() {
    // Imported on demand so the other commands do not load Express. startServer seeds an empty
    // store itself (seedIfEmpty), so the server is never up over an empty graph.
    const { startServer } = await import('../../api/server.js');
    const { url } = await startServer(loadConfig());
    print(`actorgraph is serving at ${url}`);
  },
};
