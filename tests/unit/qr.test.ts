import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/lib/qr.ts';

/** Redraws the modules a path covers, to compare with the QR code's own matrix. */
function draw(size: number, d: string): boolean[][] {
	const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	// `M x y.5` starts a row, `m dx 0` moves along it, `h w` draws a run of w modules.
	let x = 0;
	let y = 0;
	for (const [, move, a, b, w] of d.matchAll(/([Mm])(\d+) (\d+)(?:\.5)?h(\d+)/g)) {
		if (move === 'M') [x, y] = [Number(a), Number(b)];
		else x += Number(a);
		for (let i = 0; i < Number(w); i++) grid[y]![x + i] = true;
		x += Number(w);
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
