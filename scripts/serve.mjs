// Serves the static build as a static host would: precompressed brotli/gzip files, an SPA
// fallback page for routes that are not prerendered, and long caching for hashed assets.
// Usage: node scripts/serve.mjs [--port 4173] [--dir build] [--key key.pem --cert cert.pem]
// With a key and certificate it serves HTTPS, which Chromium needs before it asks for brotli.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4173' },
		dir: { type: 'string', default: 'build' },
		key: { type: 'string' },
		cert: { type: 'string' }
	}
});

const assets = sirv(values.dir, {
	brotli: true,
	gzip: true,
	etag: true,
	extensions: ['html'],
	single: '200.html',
	setHeaders(res, pathname) {
		if (pathname.startsWith('/_app/immutable/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		else res.setHeader('Cache-Control', 'no-cache');
	}
});

const handler = (req, res) => assets(req, res);
const tls = values.key && values.cert;
const server = tls
	? createHttpsServer({ key: readFileSync(values.key), cert: readFileSync(values.cert) }, handler)
	: createServer(handler);
server.listen(Number(values.port), '127.0.0.1', () => {
	console.log(`serving ${values.dir} on ${tls ? 'https' : 'http'}://127.0.0.1:${values.port}`);
});
