import { figureText as fig } from '../lib/figures.ts';
import type { Lang } from '../i18n/languages.ts';
import { ownInterfaceLangs } from '../i18n/ui.ts';
import type { Glossary } from '../lib/glossary.ts';

/** Key terms readers hear in France, with the French original. Used by <Term> and the glossary page. */
const entries = {
	'garde-a-vue': {
		fr: {
			term: 'garde à vue',
			definition: `La police garde au commissariat une personne soupçonnée d’une infraction punie de prison, en général ${fig('gav-hours', 'fr')}, et au plus ${fig('gav-extended-hours', 'fr')} dans la plupart des cas. La personne a droit à un avocat, à un interprète et à un médecin, et peut se taire.`,
		},
		zh: {
			term: '拘留',
			definition: `警察怀疑你犯了会坐牢的罪，把你留在警察局，一般${fig('gav-hours', 'zh')}，大多数情况最多${fig('gav-extended-hours', 'zh')}。你有权要律师、翻译、医生，也可以不说话。`,
		},
		en: {
			term: 'police custody',
			definition: `The police hold a person suspected of an offence punishable by prison at the station, usually for ${fig('gav-hours', 'en')} and in most cases for ${fig('gav-extended-hours', 'en')} at most. The person has the right to a lawyer, an interpreter and a doctor, and to remain silent.`,
		},
	},
	'controle-identite': {
		fr: {
			term: "contrôle d'identité",
			definition: `Des policiers ou des gendarmes demandent à une personne de prouver qui elle est ; on peut le prouver par tout moyen (passeport, autres documents, témoins). Si l’identité n’est pas établie, la personne peut être retenue au plus ${fig('identity-check-hours', 'fr')} pour la vérifier.`,
		},
		zh: {
			term: '查证件',
			definition: `警察要你证明你是谁。护照、别的证件、证人，都可以用来证明。证明不了，最多可以把你留${fig('identity-check-hours', 'zh')}查清楚。`,
		},
		en: {
			term: 'identity check',
			definition: `Police officers or gendarmes ask a person to prove who she is; she can do so by any means (passport, other documents, witnesses). If her identity cannot be established, she can be held for at most ${fig('identity-check-hours', 'en')} to check it.`,
		},
	},
	retenue: {
		fr: {
			term: 'retenue pour vérification du droit au séjour',
			short: 'retenue',
			definition: `Une personne étrangère qui ne peut pas justifier de son droit au séjour peut être emmenée au commissariat et retenue au plus ${fig('stay-check-hours', 'fr')}. Elle a droit à un interprète, à un avocat et à un médecin, et peut faire prévenir la personne de son choix et son consulat ; avant de prévenir le consulat, mieux vaut en parler à l’avocat.`,
		},
		zh: {
			term: '扣留（查居留）',
			short: '扣留',
			definition: `你拿不出可以合法留在法国的证件，警察可以把你带到警察局扣下，最长${fig('stay-check-hours', 'zh')}。你有权要翻译、律师、医生，也可以通知你想通知的人和领事馆；要不要通知领事馆，最好先问律师。`,
		},
		en: {
			term: 'detention to check the right to stay',
			definition: `A foreigner who cannot show her right to stay can be taken to a police station and held for at most ${fig('stay-check-hours', 'en')}. She has the right to an interpreter, a lawyer and a doctor, and can have any person she chooses and her consulate told; before telling the consulate, it is best to ask the lawyer.`,
		},
	},
	oqtf: {
		fr: {
			term: 'OQTF (obligation de quitter le territoire français)',
			short: 'OQTF',
			definition: `Décision de la préfecture qui ordonne de quitter la France. En principe, elle laisse ${fig('oqtf-days', 'fr')} pour partir, mais parfois aucun, surtout après une arrestation. Le délai pour la contester est écrit sur la décision et peut être très court : voyez tout de suite un avocat ou une association.`,
		},
		zh: {
			term: '离境令',
			definition: `省政府下的决定，要你离开法国。一般给你${fig('oqtf-days', 'zh')}离开，但是有时一天也不给，被抓以后更常这样。上诉的期限写在决定上，可能很短，要马上找律师或者协会。`,
		},
		en: {
			term: 'order to leave France',
			definition: `A prefecture decision ordering a person to leave France. In principle it leaves ${fig('oqtf-days', 'en')} to go, but sometimes none, especially after an arrest. The deadline to challenge it is written on the decision and can be very short: see a lawyer or an association at once.`,
		},
	},
	cra: {
		fr: {
			term: 'CRA (centre de rétention administrative)',
			short: 'CRA',
			definition:
				'Lieu fermé où l’administration garde des personnes étrangères en vue de leur expulsion : d’abord 4 jours au plus, puis un juge peut prolonger, jusqu’à 90 jours au plus en tout, la durée maximale prévue par la loi. On y a droit à un interprète, à un avocat et à un médecin ; les soins et les repas sont gratuits.',
		},
		zh: {
			term: '遣返拘留中心',
			definition:
				'把你关起来、准备把你送出法国的地方。一开始最多关4天，法官可以延长，一共最多90天，这是法律规定的最长时间。在里面你有权要翻译、律师、医生；看病和吃饭不要钱。',
		},
		en: {
			term: 'immigration detention centre',
			definition:
				'A closed place where the authorities hold foreigners in order to remove them from France: first for 4 days at most, then a judge can extend it, up to 90 days in all, the longest the law allows. People held there have the right to an interpreter, a lawyer and a doctor; care and food are free.',
		},
	},
	'avocat-commis-d-office': {
		fr: {
			term: "avocat commis d'office",
			definition:
				'Avocat désigné par le bâtonnier (le chef des avocats) quand on n’a pas d’avocat, par exemple en garde à vue. Ce service fonctionne 24 heures sur 24.',
		},
		zh: {
			term: '指定律师',
			definition: '你没有认识的律师，律师协会会给你指定一个，比如在你被拘留的时候。24小时都有。',
		},
		en: {
			term: 'duty lawyer',
			definition:
				'A lawyer appointed by the head of the bar (bâtonnier) when a person has no lawyer, for example in police custody. The service runs 24 hours a day.',
		},
	},
	interprete: {
		fr: {
			term: 'interprète',
			definition:
				'Personne qui traduit à l’oral. Une victime qui porte plainte, ou une personne en garde à vue ou en retenue, qui ne comprend pas le français y a droit.',
		},
		zh: {
			term: '翻译',
			definition: '帮你把法语和中文互相翻译的人。报案、被拘留、被扣下的时候，你听不懂法语，都有权要翻译。',
		},
		en: {
			term: 'interpreter',
			definition:
				'A person who translates what is said. A victim filing a complaint, or a person in police custody or held to check her right to stay, who does not understand French has the right to one.',
		},
	},
	procureur: {
		fr: {
			term: 'procureur de la République',
			short: 'procureur',
			definition:
				'Magistrat du tribunal judiciaire. On peut lui envoyer une plainte directement par courrier ; il est aussi informé quand la police garde une personne en garde à vue ou en retenue.',
		},
		zh: { term: '检察官', definition: '法院的检察官。你可以直接写信给检察官报案。警察拘留人、扣人，也要告诉检察官。' },
		en: {
			term: 'public prosecutor',
			definition:
				'A magistrate at the court (tribunal judiciaire). You can send a complaint to the prosecutor directly by post; the prosecutor is also told when the police hold someone in custody or to check her right to stay.',
		},
	},
	plainte: {
		fr: {
			term: 'plainte',
			definition:
				'Déclaration par laquelle une victime signale une infraction à la police, à la gendarmerie ou au procureur. La police doit la prendre et remettre tout de suite un récépissé.',
		},
		zh: { term: '报案', definition: '告诉警察或者检察官：有人伤害了你。警察必须接受，还要马上给你回执。' },
		en: {
			term: 'complaint',
			definition:
				'A victim’s report of an offence to the police, the gendarmerie or the public prosecutor. The police must take it and give a receipt at once.',
		},
	},
	recepisse: {
		fr: {
			term: 'récépissé',
			definition:
				'Reçu officiel. Après une plainte, la police doit le remettre tout de suite, et on peut en demander la traduction ; un récépissé de la préfecture peut aussi servir de document de séjour provisoire.',
		},
		zh: {
			term: '回执',
			definition:
				'官方给的收据。报案以后，警察必须马上给你，你可以要求翻译。省政府发的回执，还可以暂时证明你可以留在法国。',
		},
		en: {
			term: 'receipt',
			definition:
				'An official receipt. After a complaint, the police must hand it over at once, and you can ask for a translation; a récépissé from the prefecture can also serve as a temporary residence document.',
		},
	},
	'proces-verbal': {
		fr: {
			term: 'procès-verbal',
			definition:
				'Document écrit où la police note une plainte ou une audition. La victime peut en avoir une copie tout de suite si elle la demande.',
		},
		zh: { term: '笔录', definition: '警察写下来的记录，比如你报案时说的话。你要的话，可以马上拿到一份复印件。' },
		en: {
			term: 'official record',
			definition:
				'The written record in which the police note a complaint or an interview. The victim can get a copy at once if she asks.',
		},
	},
	'partie-civile': {
		fr: {
			term: 'partie civile',
			definition:
				'Une victime qui se constitue partie civile participe à l’affaire pénale, avec un avocat ; l’aide pour payer l’avocat dépend des revenus. Certaines associations peuvent aussi l’être, avec l’accord de la victime.',
		},
		zh: {
			term: '要求赔偿的一方',
			definition: '受害人在刑事案子里正式当一方，要求赔偿，可以请律师。律师费能不能帮你出，要看你的收入。',
		},
		en: {
			term: 'civil party',
			definition:
				'A victim who becomes a civil party takes part in the criminal case, with a lawyer; help with the lawyer’s fees depends on income. Some associations can also be civil parties, with the victim’s agreement.',
		},
	},
	proxenetisme: {
		fr: {
			term: 'proxénétisme',
			definition:
				'Aider, assister ou protéger la prostitution d’une autre personne, en tirer profit ou en partager les gains. C’est un délit même sans violence. Pour la loi, la personne qui vend des services sexuels en est la victime, pas la coupable.',
		},
		zh: {
			term: '拉皮条罪',
			short: '拉皮条',
			definition:
				'帮别人做性工作、给她“保护”，从中拿好处，或者分她的收入。没有暴力也犯法。法律上，做性工作的人算受害人，不算犯法的人。',
		},
		en: {
			term: 'pimping',
			definition:
				'Helping, assisting or protecting someone else’s prostitution, profiting from it or sharing its proceeds. It is an offence even without force. In law, the person who sells sex is the victim, not the offender.',
		},
	},
	racolage: {
		fr: {
			term: 'racolage',
			definition:
				'Le fait de chercher des clients en public. Ce n’est plus une infraction depuis la loi du 13 avril 2016.',
		},
		zh: { term: '拉客', definition: '在街上等公共场所找客人。2016年4月13日的法律以后，不再犯法。' },
		en: {
			term: 'soliciting',
			definition: 'Looking for clients in public. It has not been an offence since the law of 13 April 2016.',
		},
	},
	'titre-de-sejour': {
		fr: {
			term: 'titre de séjour',
			definition:
				'Document qui permet à une personne étrangère de rester en France, par exemple une carte de séjour ou une carte de résident. Certaines victimes peuvent en obtenir un.',
		},
		zh: { term: '居留证', definition: '让外国人可以合法留在法国的证件，比如一年卡、十年卡。有些受害人可以申请。' },
		en: {
			term: 'residence permit',
			definition:
				'A document that allows a foreigner to stay in France, for example a residence card or a resident card. Some victims can get one.',
		},
	},
	aps: {
		fr: {
			term: 'APS (autorisation provisoire de séjour)',
			short: 'APS',
			definition: `Autorisation de séjour de courte durée donnée par le préfet. Dans le parcours de sortie de la prostitution, elle dure au moins ${fig('aps-months', 'fr')} et permet de travailler.`,
		},
		zh: {
			term: '临时居留许可',
			definition: `省政府临时给的居留，时间短。参加退出性工作帮助计划的人，可以拿到至少${fig('aps-months', 'zh')}的，可以合法工作。`,
		},
		en: {
			term: 'temporary permission to stay',
			definition: `A short-term permission to stay given by the prefect. In the exit programme from prostitution it lasts at least ${fig('aps-months', 'en')} and allows work.`,
		},
	},
	'parcours-de-sortie': {
		fr: {
			term: 'parcours de sortie de la prostitution',
			definition:
				'Programme pour les victimes de prostitution, de proxénétisme ou de traite qui arrêtent le travail du sexe, préparé avec une association agréée. Il dure 6 mois, renouvelable jusqu’à 24 mois.',
		},
		zh: {
			term: '退出性工作帮助计划',
			definition: '给决定不再做性工作的人的帮助计划，要通过政府认可的协会申请。一次6个月，最多24个月。',
		},
		en: {
			term: 'exit programme',
			definition:
				'A programme for victims of prostitution, pimping or trafficking who stop sex work, prepared with an approved association. It lasts 6 months, renewable up to 24 months.',
		},
	},
	'ordonnance-de-protection': {
		fr: {
			term: 'ordonnance de protection',
			definition:
				'Décision de justice qui protège une personne victime de violences de son partenaire ou ex-partenaire. Une étrangère qui l’obtient reçoit une carte de séjour d’un an.',
		},
		zh: {
			term: '保护令',
			definition:
				'法院下的命令，保护被老公、男朋友（或者以前的）打的人。你是外国人，拿到保护令，可以拿一年的居留证（一年卡）。',
		},
		en: {
			term: 'protection order',
			definition:
				'A court decision that protects a person from violence by a partner or ex-partner. A foreign woman who gets one receives a 1-year residence card.',
		},
	},
	ame: {
		fr: {
			term: "AME (aide médicale de l'État)",
			short: 'AME',
			definition:
				'Couverture santé pour les personnes sans titre de séjour qui vivent en France depuis plus de 3 mois et ont de faibles ressources. Elle est donnée pour un an et couvre les soins à 100 % des tarifs de la Sécurité sociale, sans avance de frais.',
		},
		zh: {
			term: '国家医疗救助',
			definition:
				'给没有居留证、在法国住了3个月以上、收入低的人的医保。一次管一年，看病在医保价格以内全部报销，不用先付钱。',
		},
		en: {
			term: 'State medical aid',
			definition:
				'Health cover for people without a residence permit who have lived in France for more than 3 months and have low resources. It is granted for one year and covers care at 100 % of Sécurité sociale rates, with nothing to pay up front.',
		},
	},
	puma: {
		fr: {
			term: 'PUMa (protection universelle maladie)',
			short: 'PUMa',
			definition:
				'Assurance maladie pour les personnes qui travaillent en France, ou qui y vivent de façon stable (plus de 3 mois) et régulière (avec un titre de séjour valable).',
		},
		zh: { term: '全民医保', definition: '给在法国工作的人，或者在法国住了3个月以上、有合法居留证件的人的医保。' },
		en: {
			term: 'universal health cover',
			definition:
				'Health insurance for people who work in France, or who live there in a stable way (more than 3 months) and a regular way (with a valid residence document).',
		},
	},
	pass: {
		fr: {
			term: "PASS (permanence d'accès aux soins de santé)",
			short: 'PASS',
			definition:
				'Service de l’hôpital pour les personnes sans couverture santé ou sans argent : consultations, examens et médicaments, gratuits si besoin. Une assistante sociale aide à ouvrir les droits (AME, PUMa).',
		},
		zh: {
			term: 'PASS（医院免费看病处）',
			short: 'PASS',
			definition:
				'医院里给没有医保、没有钱的人看病的地方：看医生、做检查、拿药，需要的话不用花钱。那里的社工会帮你申请医保。',
		},
		en: {
			term: 'hospital care access service',
			definition:
				'A hospital service for people with no health cover or no money: consultations, tests and medicines, free if needed. A social worker helps open rights (AME, PUMa).',
		},
	},
	cegidd: {
		fr: {
			term: 'CeGIDD',
			definition:
				'Centre gratuit d’information, de dépistage et de diagnostic du VIH, des hépatites et des IST. Les tests y sont gratuits et peuvent être anonymes, même sans assurance maladie.',
		},
		zh: { term: '免费检测中心', definition: '免费检查艾滋病病毒、肝炎和性病的地方。可以不说名字，没有医保也可以去。' },
		en: {
			term: 'free testing centre',
			definition:
				'A free centre for information, testing and diagnosis of HIV, hepatitis and STIs. Tests there are free and can be anonymous, even without health insurance.',
		},
	},
	depistage: {
		fr: {
			term: 'dépistage',
			definition:
				'Test pour savoir si l’on a une infection, par exemple le VIH ou une IST. Il est gratuit dans un CeGIDD ; le test du VIH est aussi gratuit et sans ordonnance en laboratoire pour les personnes assurées ou à l’AME.',
		},
		zh: {
			term: '检测',
			definition:
				'查一查身上有没有病，比如艾滋病病毒、性病。在免费检测中心不要钱。有医保或者国家医疗救助的人，去化验室查艾滋病病毒，不用处方，也不要钱。',
		},
		en: {
			term: 'testing',
			definition:
				'A test to find out whether you have an infection, for example HIV or an STI. It is free at a CeGIDD; an HIV test at a lab is also free and needs no prescription for people who are insured or on AME.',
		},
	},
	autotest: {
		fr: {
			term: 'autotest',
			definition:
				'Test du VIH que l’on fait soi-même avec une goutte de sang, vendu en pharmacie sans ordonnance. Il n’est fiable que 3 mois après le risque, et un résultat positif doit être confirmé par un test en laboratoire.',
		},
		zh: {
			term: '自检试剂（试纸）',
			short: '自检试剂',
			definition:
				'自己测艾滋病病毒的试剂，用一滴血，药店有卖，不用处方。出事3个月以后测才准；测出阳性，要去化验室再查一次。',
		},
		en: {
			term: 'self-test',
			definition:
				'An HIV test you do yourself with a drop of blood, sold in pharmacies without a prescription. It is only reliable 3 months after the risk, and a positive result must be confirmed by a lab test.',
		},
	},
	prep: {
		fr: {
			term: 'PrEP',
			definition:
				'Médicament pris par une personne séronégative pour se protéger du VIH. Les femmes le prennent tous les jours. Il est remboursé à 100 % et ne protège pas des autres IST.',
		},
		zh: {
			term: '暴露前预防药',
			definition: '没有艾滋病病毒的人吃的药，用来防艾滋病病毒。女人要每天吃。医保全部报销。它不能防别的性病。',
		},
		en: {
			term: 'PrEP',
			definition:
				'Medicine taken by an HIV-negative person to protect herself from HIV. Women take it every day. It is reimbursed at 100 % and does not protect against other STIs.',
		},
	},
	tpe: {
		fr: {
			term: 'TPE (traitement post-exposition)',
			short: 'TPE',
			definition: `Traitement d’urgence après un risque de VIH : préservatif cassé, rapport sans préservatif, agression sexuelle. À commencer le plus tôt possible : idéalement dans les ${fig('pep-ideal-hours', 'fr')}, au plus tard dans les ${fig('pep-max-hours', 'fr')}, par exemple aux urgences. Les urgences donnent d’abord quelques jours de traitement : revenir en consultation avant la fin des comprimés.`,
		},
		zh: {
			term: '阻断药',
			definition: `有感染艾滋病病毒的风险以后吃的紧急药，比如套子破了、没戴套、被性侵。越快越好，最好${fig('pep-ideal-hours', 'zh')}内，最晚${fig('pep-max-hours', 'zh')}以内，可以去医院急诊拿。急诊先给几天的药，吃完以前要回去复诊。`,
		},
		en: {
			term: 'post-exposure treatment (PEP)',
			short: 'PEP',
			definition: `Emergency treatment after a risk of HIV: a broken condom, sex without a condom, sexual assault. Start as soon as possible: ideally within ${fig('pep-ideal-hours', 'en')}, at the latest within ${fig('pep-max-hours', 'en')}, for example at a hospital emergency department. The emergency department first gives a few days of pills: go back before they run out.`,
		},
	},
	ist: {
		fr: {
			term: 'IST (infections sexuellement transmissibles)',
			short: 'IST',
			definition:
				'Infections qui se transmettent par les rapports sexuels, par exemple la syphilis, la chlamydia, la gonorrhée ou l’hépatite B. On peut les dépister gratuitement dans un CeGIDD.',
		},
		zh: { term: '性病', definition: '通过性行为传染的病，比如梅毒、衣原体、淋病、乙肝。可以去免费检测中心免费检查。' },
		en: {
			term: 'STIs',
			definition:
				'Infections passed on through sex, for example syphilis, chlamydia, gonorrhoea or hepatitis B. You can be tested for them free of charge at a CeGIDD.',
		},
	},
	vih: {
		fr: {
			term: 'VIH',
			definition:
				'Le virus du sida. Une personne qui vit avec le VIH et dont la charge virale reste indétectable grâce au traitement, depuis environ 6 mois ou plus, ne le transmet pas par les rapports sexuels.',
		},
		zh: {
			term: '艾滋病病毒（HIV）',
			short: '艾滋病病毒',
			definition:
				'会引起艾滋病的病毒，法语叫VIH。感染的人好好吃药，血里一直查不出病毒，大约6个月以上，就不会通过性行为传给别人。',
		},
		en: {
			term: 'HIV',
			definition:
				'The virus that causes AIDS. A person with HIV whose treatment has kept the viral load undetectable for about 6 months or more does not pass it on through sex.',
		},
	},
	urgences: {
		fr: {
			term: 'urgences',
			definition:
				'Service de l’hôpital ouvert 24 heures sur 24. On peut y aller pour recevoir le TPE après un risque de VIH.',
		},
		zh: { term: '急诊', definition: '医院里24小时开门的地方。有感染艾滋病病毒的风险以后，可以去急诊拿阻断药。' },
		en: {
			term: 'emergency department',
			definition:
				'The hospital department that is open 24 hours a day. You can go there to get PEP after a risk of HIV.',
		},
	},
	ordonnance: {
		fr: {
			term: 'ordonnance',
			definition:
				'Papier d’un médecin qui prescrit des médicaments ou des examens. Sans ordonnance, on peut quand même acheter un autotest du VIH en pharmacie.',
		},
		zh: {
			term: '处方',
			definition: '医生开的单子，写着要吃什么药、做什么检查。没有处方，也可以在药店买艾滋病病毒自检试剂。',
		},
		en: {
			term: 'prescription',
			definition:
				'A doctor’s note for medicines or tests. Even without one, you can buy an HIV self-test at a pharmacy.',
		},
	},
	preservatif: {
		fr: {
			term: 'préservatif',
			definition:
				'Protection à mettre pendant les rapports sexuels. Gratuit dans certains CeGIDD et dans beaucoup d’associations ; en pharmacie, certaines marques sont gratuites avant 26 ans, et remboursées à 60 % sur ordonnance à partir de 26 ans.',
		},
		zh: {
			term: '避孕套（安全套）',
			short: '避孕套',
			definition:
				'大家也叫套子，性行为的时候戴。有的免费检测中心和很多协会免费发。在药店，26岁以下，有的牌子免费；26岁以上，有处方可以报销60%。',
		},
		en: {
			term: 'condom',
			definition:
				'Protection to use during sex. Free at some CeGIDDs and many associations; at the pharmacy, some brands are free under 26, and reimbursed at 60 % with a prescription from age 26.',
		},
	},
	samu: {
		fr: {
			term: 'SAMU',
			definition: 'Service d’aide médicale urgente. On l’appelle au 15, gratuitement, 24 heures sur 24.',
		},
		zh: { term: '急救中心', definition: '急病、重伤，打15叫救护车。免费，24小时有人。' },
		en: {
			term: 'emergency medical service',
			definition: 'The emergency medical service, reached by calling 15, free, 24 hours a day.',
		},
	},
} satisfies Glossary;

/** Typed as a glossary, so an entry of a language added later reads as possibly missing, not as an error. */
export const glossary: Readonly<Record<keyof typeof entries, Glossary[string]>> = entries;

/**
 * Whether a language's glossary page is its own: its interface is translated and the entries explain
 * the words in it (French explains them in French). Otherwise the page shows other languages' words: a
 * fallback, out of search engines, hreflang, the sitemap and the site's search, like an untranslated page.
 */
export function ownGlossary(lang: Lang): boolean {
	return ownInterfaceLangs.includes(lang) && (lang === 'fr' || Object.values(glossary).some((entry) => entry[lang]));
}
