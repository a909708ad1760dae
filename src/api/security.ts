// Security headers (helmet) with the Content-Security-Policy the web explorer runs under.
import helmet from 'helmet';

export function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The ForceAtlas2 layout worker is created from a blob URL.
        workerSrc: ["'self'", 'blob:'],
        // PNG export draws the canvas to data and blob URLs.
        imgSrc: ["'self'", 'data:', 'blob:'],
        // Sigma positions its layers with inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        // The server is often reached over plain HTTP on a LAN address; upgrading would break it.
        upgradeInsecureRequests: null,
      },
    },
  });
}
