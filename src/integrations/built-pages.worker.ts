/**
 * A worker thread of the build's last step: checks and indexes one part of the built pages
 * (src/lib/built-pages.ts) with a heap of its own, and answers with the part's result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkAndIndexPart, type PagesPart } from '../lib/built-pages.ts';

parentPort?.postMessage(checkAndIndexPart(workerData as PagesPart));
