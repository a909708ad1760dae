// Serves the built web explorer from dist/web, with index.html for client-side routes (paths
// without a file extension); says how to build it when it is missing. It answers GET and HEAD.
import path from 'node:path';
import express, { type Router } from 'express';
import { methodNotAllowed } from './methods.js';

const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>actorgraph</title></head>
<body>
<h1>actorgraph</h1>
<p>The web explorer has not been built yet. Run <code>npm run build</code>, then restart the server.</p>
<p>The JSON API is running: see <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>
`;

export function webApp(webDir: string): Router {
  const router = express.Router();
  const index = path.join(webDir, 'index.html');
  const refuse = methodNotAllowed('GET, HEAD');
  // Files and pages are only read: other methods get 405 (not 404), OPTIONS gets 204.
  router.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') next();
    else refuse(req, res, next);
  });
  router.use(express.static(webDir));
  router.get('/{*page}', (req, res, next) => {
    if (path.extname(req.path) !== '') return next();
    res.sendFile(index, (err?: NodeJS.ErrnoException) => {
      if (!err) return;
      if (err.code === 'ENOENT' && !res.headersSent) res.type('html').send(NOT_BUILT);
      else next(err);
    });
  });
  return router;
}
