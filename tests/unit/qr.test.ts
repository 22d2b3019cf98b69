import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/lib/qr.ts';

/** Redraws the modules a path covers, to compare with the QR code's own matrix. */
function draw(size: number, d: string): boolean[][] {
	const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
	}
	return grid;
}

describe('QR codes for print', () => {
	it('draw exactly the dark modules of the code for the page address', () => {
		const url = 'https://roses.example.org/zh/police-custody/';
		const { size, d } = qrPath(url);
		expect(draw(size, d)).toEqual(encode(url, { ecc: 'M', border: 2 }).data);
	});

	it('are smaller than one rectangle per module', () => {
		const { d } = qrPath('https://roses.example.org/fr/residence-permits-for-victims/');
		expect(d.length).toBeLessThan(6000);
	});
});
