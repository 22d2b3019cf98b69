/**
 * Serves the built site like a static host would: under the base path, gzip-compressed, with the
 * headers of `dist/_headers`, and the nearest 404.html for unknown addresses.
 *
 *   node scripts/serve.ts [--dir dist] [--port 4321] [--host 127.0.0.1]
 *
 * The base path is BASE_PATH (as for the build). Port 0 picks a free port; the address is printed.
 * Used by `npm start` and by the tests.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { normalizeBase } from '../src/lib/paths.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|manifest\+json|javascript))|image\/svg/;

/** The headers `_headers` gives every path (`/*` rules only, as the tests need). */
function siteHeaders(dir: string): Record<string, string> {
	const file = join(dir, '_headers');
	if (!existsSync(file)) return {};
	const headers: Record<string, string> = {};
	let all = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (/^\S/.test(line)) all = line.trim().endsWith('/*') && !line.includes('_astro') && !line.includes('search/');
		else if (all && line.includes(':')) {
			const [name, ...value] = line.trim().split(':');
			headers[name!.trim()] = value.join(':').trim();
		}
	}
	return headers;
}

export interface ServeOptions {
	dir: string;
	base?: string;
	port?: number;
	host?: string;
}

/** Starts the server; resolves with it and its address once it listens. */
export function serve({
	dir,
	base = '/',
	port = 0,
	host = '127.0.0.1',
}: ServeOptions): Promise<{ server: Server; url: string }> {
	const root = resolve(dir);
	const prefix = normalizeBase(base);
	const headers = siteHeaders(root);
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (!path.startsWith(prefix)) {
			if (`${path}/` === prefix) {
				response.writeHead(301, { Location: prefix }).end();
				return;
			}
			send(response, 404, join(root, '404.html'), request.headers['accept-encoding']);
			return;
		}
		path = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		if (existsSync(file)) {
			send(response, 200, file, request.headers['accept-encoding']);
			return;
		}
		const lang = path.split('/')[0] ?? '';
		const nearest = existsSync(join(root, lang, '404.html')) ? join(root, lang, '404.html') : join(root, '404.html');
		send(response, 404, nearest, request.headers['accept-encoding']);
	});

	function send(
		response: import('node:http').ServerResponse,
		status: number,
		file: string,
		encoding: string | string[] | undefined,
	) {
		const type = types[extname(file)] ?? 'application/octet-stream';
		const gzip = compressible.test(type) && String(encoding ?? '').includes('gzip');
		response.writeHead(status, {
			...headers,
			'Content-Type': type,
			'Cache-Control': 'no-cache',
			...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': statSync(file).size }),
		});
		const stream = createReadStream(file);
		(gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(response);
	}

	return new Promise((done) => {
		server.listen(port, host, () => {
			const { port: actual } = server.address() as AddressInfo;
			done({ server, url: `http://${host}:${actual}${prefix}` });
		});
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'dist' },
			port: { type: 'string', default: '4321' },
			host: { type: 'string', default: '127.0.0.1' },
		},
	});
	if (!existsSync(join(values.dir, 'index.html'))) {
		console.error(`No built site in ${values.dir}/. Run \`npm run build\` first.`);
		process.exit(1);
	}
	const { url } = await serve({
		dir: values.dir,
		base: process.env['BASE_PATH'] || '/',
		port: Number(values.port),
		host: values.host,
	});
	console.log(`Serving ${values.dir}/ at ${url} (Ctrl+C to stop)`);
}
