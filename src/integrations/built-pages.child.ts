/**
 * A child process of the build's last step: checks and indexes the part of the built pages it is sent
 * (src/lib/built-pages.ts), answers with the part's result, and ends.
 */
import { checkAndIndexPart, type PagesPart } from '../lib/built-pages.ts';

process.once('message', (part: PagesPart) => {
	process.send?.(checkAndIndexPart(part), () => process.disconnect());
});
