import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A host in front of a served test site, to play what real hosts and networks do: answer late (slow
 * mobile data), fail (5xx), serve a later build of some files, and send no headers at all (GitHub
 * Pages, which ignores `_headers`). Each test gets its own, so its own origin and its own storage.
 */
export interface TestHost {
	/** The site's address through this host, base path included. */
	url: string;
	/** Paths (with the base) answered this many milliseconds late. */
	slow: Map<string, number>;
	/** Paths answered with this status. */
	failing: Map<string, number>;
	/** Paths answered with a changed body, as after a new build. */
	changed: Map<string, (body: string) => string>;
	close(): Promise<void>;
}

/** Starts a host that passes requests on to `upstream` (a served site's URL), without its headers. */
export async function startHost(upstream: string): Promise<TestHost> {
	const origin = new URL(upstream).origin;
	const slow = new Map<string, number>();
	const failing = new Map<string, number>();
	const changed = new Map<string, (body: string) => string>();
	const server = createServer(async (request, response) => {
		const path = new URL(request.url ?? '/', origin).pathname;
		const delay = slow.get(path);
		if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
		const status = failing.get(path);
		if (status) return void response.writeHead(status, { 'Content-Type': 'text/plain' }).end('Host error');
		const answer = await fetch(`${origin}${request.url}`, { redirect: 'manual' });
		const headers: Record<string, string> = { 'Cache-Control': 'no-cache' };
		for (const name of ['content-type', 'location']) {
			const value = answer.headers.get(name);
			if (value) headers[name] = value;
		}
		const change = changed.get(path);
		const body = change ? Buffer.from(change(await answer.text())) : Buffer.from(await answer.arrayBuffer());
		response.writeHead(answer.status, headers).end(body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${new URL(upstream).pathname}`,
		slow,
		failing,
		changed,
		close: () =>
			new Promise((done) => {
				server.close(() => done());
				// The browser keeps connections open; a test is over, so are they.
				server.closeAllConnections();
			}),
	};
}
