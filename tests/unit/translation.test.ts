import { describe, expect, it } from 'vitest';
import {
	copiedShare,
	fingerprint,
	hasScaffoldNote,
	notTranslatedReason,
	proseOf,
	scaffoldNote,
	scriptOf,
	scriptShare,
	sentencesOf,
} from '../../src/lib/translation.ts';

const text = {
	title: '套子破了怎么办？',
	description: '48小时内去急诊。',
	summary: ['越快越好。'],
	sources: [{ title: 'TPE', url: 'https://www.sida-info-service.org/c-est-quoi-le-tpe/' }],
	body: '## 什么是阻断药\n\n阻断药是一种紧急的药。\n',
};

describe('translation fingerprints', () => {
	it('ignore line endings, trailing spaces and blank lines at the ends', () => {
		const resaved = { ...text, body: '\r\n## 什么是阻断药  \r\n\r\n阻断药是一种紧急的药。\r\n\r\n' };
		expect(fingerprint(resaved)).toBe(fingerprint(text));
	});

	it('change when the text, the summary or a source changes', () => {
		const base = fingerprint(text);
		expect(fingerprint({ ...text, body: text.body.replace('紧急', '特别') })).not.toBe(base);
		expect(fingerprint({ ...text, summary: ['最晚48小时。'] })).not.toBe(base);
		expect(fingerprint({ ...text, sources: [{ title: 'TPE', url: 'https://example.org/' }] })).not.toBe(base);
		expect(fingerprint({ ...text, title: '别的' })).not.toBe(base);
	});

	it('are 12 hexadecimal characters', () => {
		expect(fingerprint(text)).toMatch(/^[0-9a-f]{12}$/);
	});
});

describe('the copy check', () => {
	const french = {
		title: 'Le TPE',
		description: 'Allez aux urgences dans les 48 heures.',
		body: 'Le TPE est un traitement d’urgence. <Term id="tpe" /> Le plus tôt est le mieux.\n',
	};
	const spanish = {
		title: 'La PEP',
		description: 'Ve a urgencias en las primeras 48 horas.',
		body: 'La PEP es un tratamiento de urgencia. <Term id="tpe" /> Cuanto antes, mejor.\n',
	};

	it('reads the prose of a page without components, attributes, link targets, addresses and comments', () => {
		const prose = proseOf({
			title: 'T',
			description: 'D',
			body: '{/* note */}\n<Phrase fr="Je veux un avocat.">我要律师。</Phrase> [免费检测](/free-testing/) https://a.example/b',
		});
		expect(prose).not.toMatch(/Je veux|free-testing|a\.example|note/);
		expect(prose).toContain('我要律师。');
		expect(prose).toContain('免费检测');
	});

	it('cuts sentences at their ends whatever the wrapping or list marks', () => {
		expect(sentencesOf('- Le plus tôt\nest le mieux. **Allez-y** !')).toEqual([
			'Le plus tôt',
			'est le mieux',
			'Allez y',
		]);
		expect(sentencesOf('越快越好。去急诊！')).toEqual(['越快越好', '去急诊']);
	});

	it('measures how much of a text is copied sentence for sentence, weighed by letters', () => {
		expect(copiedShare('Un. Deux trois.', 'Un. Deux trois.')).toBe(1);
		expect(copiedShare('Alpha beta. Gamma zeta.', 'Alpha beta. Autre chose.')).toBe(0.5);
		expect(copiedShare(proseOf(spanish), proseOf(french))).toBe(0);
	});

	it('knows the script of a language from its tag, and measures the share of letters in a script', () => {
		expect(scriptOf('zh-Hans')).toBe('Han');
		expect(scriptOf('es')).toBe('Latn');
		expect(scriptOf('ar')).toBe('Arab');
		expect(scriptShare('阻断药 PEP', 'Han')).toBe(0.5);
		expect(scriptShare('阻断药 PEP', 'Latn')).toBe(0.5);
	});

	it('finds the scaffold note of new-translation', () => {
		expect(hasScaffoldNote(`${scaffoldNote('中文', 'Español')}\n\nLa PEP.`)).toBe(true);
		expect(hasScaffoldNote('La PEP.')).toBe(false);
	});

	it('says why a file is not translated: the note, the script of another language, or its sentences', () => {
		const others = [
			{ path: 'zh/pep.mdx', tag: 'zh-Hans', parts: text },
			{ path: 'fr/pep.mdx', tag: 'fr', parts: french },
		];
		expect(notTranslatedReason({ path: 'es/pep.mdx', tag: 'es', parts: spanish }, others)).toBeUndefined();
		expect(notTranslatedReason({ path: 'es/pep.mdx', tag: 'es', parts: text }, others)).toBe(
			'100 % of its letters are in the script of zh/pep.mdx (Han), not in its own (Latn)',
		);
		expect(notTranslatedReason({ path: 'es/pep.mdx', tag: 'es', parts: french }, others)).toBe(
			'100 % of its text is the same, sentence for sentence, as fr/pep.mdx',
		);
		const noted = { ...spanish, body: `${scaffoldNote('中文', 'Español')}\n\n${spanish.body}` };
		expect(notTranslatedReason({ path: 'es/pep.mdx', tag: 'es', parts: noted }, others)).toMatch(
			/^it still has the note/,
		);
	});

	it('counts a half-translated page as translated only when most of it is translated', () => {
		const half = { ...spanish, title: french.title, description: french.description };
		const mostly = { ...french, title: spanish.title };
		const others = [{ path: 'fr/pep.mdx', tag: 'fr', parts: french }];
		expect(notTranslatedReason({ path: 'es/pep.mdx', tag: 'es', parts: half }, others)).toBeUndefined();
		expect(notTranslatedReason({ path: 'es/pep.mdx', tag: 'es', parts: mostly }, others)).toMatch(
			/sentence for sentence/,
		);
	});
});
