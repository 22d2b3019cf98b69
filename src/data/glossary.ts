import type { Glossary } from '../lib/glossary.ts';

/** Key terms readers hear in France, with the French original. Used by <Term> and the glossary page. */
export const glossary = {
	'garde-a-vue': {
		fr: { term: 'garde à vue', definition: 'Quand la police garde une personne soupçonnée d’une infraction.' },
		zh: { term: '拘留', definition: '警察怀疑你犯了法，把你留在警察局。' },
		en: { term: 'police custody', definition: 'When the police hold a person suspected of an offence.' },
	},
	tpe: {
		fr: { term: 'TPE (traitement post-exposition)', definition: 'Un traitement d’urgence après un risque de VIH.' },
		zh: { term: '阻断药', definition: '有感染艾滋病病毒的风险以后，马上吃的紧急药。' },
		en: { term: 'post-exposure treatment (PEP)', definition: 'Emergency treatment after a risk of HIV.' },
	},
} satisfies Glossary;
