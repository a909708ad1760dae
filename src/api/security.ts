// Security headers (helmet) with the Content-Security-Policy the web explorer runs under,
// worked out once: helmet rebuilt the same header values (the CSP string among them) per request.
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

function helmetHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The ForceAtlas2 layout worker is a script of the built explorer.
        workerSrc: ["'self'"],
        // PNG export draws the canvas to data and blob URLs.
        imgSrc: ["'self'", 'data:', 'blob:'],
        // Sigma positions its layers with inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        // The server is often reached over plain HTTP on a LAN address; upgrading would break it.
        upgradeInsecureRequests: null,
      },
    },
  }) as unknown as RequestHandler;
}

export function securityHeaders(): RequestHandler {
  // Helmet's directives depend on nothing in the request, so one run on a recording response
  // gives the headers it sets and removes for every request.
  const set: [string, string][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string) {
      set.push([name, value]);
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  } as unknown as ServerResponse;
  let ran = false;
  (helmetHeaders() as unknown as (req: unknown, res: ServerResponse, next: () => void) => void)(
    {},
    recorder,
    () => (ran = true),
  );
  if (!ran) throw new Error('helmet did not finish synchronously');
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
