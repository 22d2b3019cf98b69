/**
 * UI strings in Simplified Chinese, the default language. Its keys are the list every other language
 * must have (a missing key is a type error). `{name}` marks a value filled in by the code.
 * Translate the values, never the keys.
 */
export default {
	/** Site name in the header, titles and citations. */
	'site.name': '铿锵玫瑰',
	/** One line under the site name on the home page and in search previews. */
	'site.tagline': '写给在巴黎的华人性工作者：权利、健康和安全',
	/** The language chooser at the site root: one welcome line per language, in that language. */
	'chooser.welcome': '欢迎！这里用简单的中文讲法律、健康和安全。',
	/** Skip link, first thing a keyboard user reaches. */
	'skipLink.label': '跳到正文',
	/** Label of the language switcher. */
	'langSwitcher.label': '语言',
	/** Header link back to the home page of the language. */
	'nav.home': '首页',
	/** Header search box label and button. */
	'search.label': '搜索',
	'search.submit': '搜索',
	/** Placeholder in the search box: an example query. */
	'search.placeholder': '例如：套子破了怎么办',
	/** Search page title and description. */
	'search.title': '搜索',
	'search.description': '在本站的中文指南里搜索。',
	/** Number of results. */
	'search.results': '找到{count}个结果',
	/** No result for the query. */
	'search.noResults': '没有找到“{query}”。换个词试试，或者看下面的全部指南。',
	/** Above the results: the words of the same meaning also searched ({words}: 阻断药、拘留), so she sees why a page came up. */
	'search.also': '也搜索了：{words}',
	/** Button under the results: show the next ones ({count} of them). */
	'search.more': '再看{count}个结果',
	/** Under a result: a link to the section of the page where the query is ({section}: its heading). */
	'search.section': '看这一节：{section}',
	/** When nothing is found: before the emergency numbers. */
	'search.emptyUrgent': '有危险，马上打电话：',
	/** When nothing is found: before the links to the help page, the emergency numbers page and the list of guides. */
	'search.emptyHelp': '还可以看：',
	/** While the index loads. */
	'search.loading': '正在搜索……',
	/** When search cannot run (no network and not saved, old browser). */
	'search.error': '现在不能搜索。请看下面的全部指南。',
	/** Heading of the list of every guide on the search page. */
	'search.allGuides': '全部指南',
	/** Quick exit button: leaves the site at once. */
	'quickExit.label': '快速离开',
	/** Tooltip of the quick exit button. */
	'quickExit.hint': '马上离开本站。用电脑时，连按两次键盘左上角的Esc键也可以。',
	/** Label of the emergency numbers bar (for screen readers): it holds emergency numbers and a helpline. */
	'emergency.label': '紧急电话和妇女热线',
	/** "Forget this site" (footer, language chooser, 404): removes what the site stored, then leaves. */
	'forget.label': '清除本站在手机上的记录',
	/** Tooltip of the forget button. */
	'forget.hint': '删掉本站存在这部手机上的所有东西，然后像“快速离开”一样马上离开。',
	/** Short names in the emergency bar. */
	'emergency.police': '报警',
	'emergency.samu': '急救',
	'emergency.sms': '短信求救',
	/** Caption of the emergency numbers in the bar (17, 15, 114). */
	'emergency.urgent': '紧急电话',
	/** Caption of 3919 in the bar: a women's helpline, not an emergency number (the pages say so too). */
	'emergency.violence': '妇女热线',
	/** Under 3919 in the bar. */
	'emergency.violenceNote': '免费，24小时',
	/** Topic names on the home page and search page. */
	'topic.rights': '权利和法律',
	'topic.health': '健康',
	'topic.safety': '安全',
	'topic.about': '关于我们',
	/** Home page. */
	'home.title': '铿锵玫瑰：权利、健康和安全指南',
	'home.intro':
		'这些指南写给在巴黎的华人姐妹，说的都是实在话，每一页都写明出处和日期。本站不跟踪你，也不让别的网站知道你来过。',
	/** Callout boxes in guides: their label when the writer gives no title. */
	'callout.important': '重要',
	'callout.warning': '注意',
	/** Guide sections shown by the layout. */
	'guide.inShort': '简单说',
	'guide.getHelp': '哪里可以求助',
	'guide.sources': '信息来源',
	/** After each source: when it was consulted. */
	'guide.consulted': '查阅日期：{date}',
	'guide.updated': '最后更新',
	'guide.reviewed': '最后核对',
	/** Who checked the facts. */
	'guide.reviewedBy': '核对人：{who}',
	'role.editors': '本站编辑',
	'role.members': '协会成员',
	'role.lawyer': '律师',
	'role.health-worker': '医务人员',
	/** Said honestly when nobody in that role has reviewed the page yet. */
	'guide.pending': '这一页还在等{who}审核。',
	/** Link to the page's history in the repository. */
	'guide.history': '修改记录',
	/** The version of the page: the short commit of its last change, linked to the file at that commit. */
	'guide.version': '版本',
	/** The version when the build cannot tell the commit (no git history): {date} is the build's day. */
	'guide.versionBuilt': '本站{date}生成的版本',
	/** First line of the change history: the day the page was first published. */
	'guide.published': '首次发布',
	/** Print button. */
	'guide.print': '打印',
	/** Read aloud buttons. */
	'guide.readAloud': '读给我听',
	'guide.stopReading': '别读了',
	/** Under the QR code printed on leaflets. */
	'guide.qr': '扫码打开这一页',
	/** Link next to each section heading. */
	'anchor.label': '这一节的链接：{heading}',
	/** Notice on a page shown in another language because its translation is missing. */
	'notice.fallback': '这一页还没有中文版，下面是{language}原文。看不懂的话，可以请协会帮你。',
	/** Notice on a translation whose original changed after it was translated. */
	'notice.outdated': '这一页的原文（{language}）在{date}更新了，中文版还没有跟着改。重要的事，请先问协会。',
	'notice.outdatedLink': '看原文',
	'notice.changes': '原文改了什么：',
	/** Cite box for journalists. */
	'cite.title': '引用这一页',
	'cite.intro': '写文章时可以直接复制。要写“引用日期”的格式，用的是你打开这里的日期。',
	'cite.copy': '复制',
	'cite.copied': '已复制',
	/** Labels of the styles whose names need words (the others are names of standards: APA 7, BibTeX…). */
	'cite.apaInText': 'APA 7 正文引用',
	'cite.mlaInText': 'MLA 9 正文引用',
	'cite.chicagoNote': 'Chicago 17 注释体系：脚注',
	'cite.chicagoBibliography': 'Chicago 17 注释体系：参考文献',
	/** An English-language style on a page in another language: {style} is its name. */
	'cite.inEnglish': '{style}（英文写作用）',
	/** Above the citations when the page was opened at a section: {section} is its heading. */
	'cite.sectionScope': '下面的引用指向“{section}”这一节。',
	/** Buttons that switch between citing the whole page and citing the section opened. */
	'cite.citePage': '改成引用整页',
	'cite.citeSection': '只引用“{section}”这一节',
	/** Before the links to the CSL-JSON and RIS files. */
	'cite.download': '下载到文献管理软件：',
	/** Under English-language citations of a title in another script. */
	'cite.romanize': 'APA 和 Chicago 要求把中文标题写成拼音。本站不自动生成拼音（怕写错），请自己改。',
	/** Footer. */
	'footer.press': '给记者',
	'footer.helpTranslate': '帮助翻译',
	'footer.glossary': '常用法语词',
	'footer.feed': '更新订阅',
	'footer.privacy': '本站不跟踪你，也不让别的网站知道你来过。',
	/** The licence of the text: {licence} is its name, linked to the licence. */
	'footer.licence': '本站文字按{licence}许可发布：可以转载和改编，请注明出处并附上网址。',
	/** Press page: the press contact, when one is configured (PRESS_CONTACT). */
	'press.contact': '记者联系方式：',
	/** Press kit: the logo files, and the press page in the other languages. */
	'press.logoSvg': '下载 Logo（SVG 矢量图，可以随意放大）',
	'press.logoPng': '下载 Logo（PNG 图片，1760×480）',
	'press.otherLanguages': '这一页的其他语言版本（有那种语言的介绍）：',
	/** Press page, when no press contact is configured: say so, and why. */
	'press.noContact': '本站暂时没有公布给记者的联系方式。为了姐妹们的安全，我们不在网上公开协会的联系方式。',
	/** Offline reading. */
	'offline.save': '保存中文指南到手机（没网也能看）',
	/** Under the save button: what will be kept on the phone, and how to remove it. */
	'offline.saveNote':
		'这会把全部中文指南和搜索存在这部手机上。清除浏览记录删不掉它们；点“清除本站在手机上的记录”就能全部删掉。',
	'offline.saving': '正在保存……',
	'offline.saved': '已保存{count}页。没有网络时也能打开。',
	'offline.failed': '保存失败。请连上网络再试。',
	'offline.stale': '现在连不上网，或者网太慢。这是{date}存在手机上的版本，内容可能已经改了。',
	/** Saving failed because the phone is full. */
	'offline.noSpace': '手机空间不够，没能保存。腾出一些空间再试。',
	'offline.backOnline': '网络恢复了。刷新这一页，看最新的内容。',
	'offline.reload': '刷新',
	/** The page shown offline at an address that was never saved (/<lang>/offline/). */
	'offline.missingTitle': '这一页没有存在手机上',
	'offline.missingText':
		'现在连不上网，这一页以前没有保存。下面的指南已经存在手机上，没网也能看。有危险，马上打上面的紧急电话。',
	/** Phrase cards. */
	'phrase.show': '全屏给对方看',
	'phrase.close': '关闭',
	'phrase.printBilingual': '打印中法对照卡片',
	/** Glossary page. */
	'glossary.title': '常用法语词',
	'glossary.description': '在法国会听到的法语词，用中文解释。',
	'glossary.original': '法语全称：{term}',
	/** Link text of a term to its glossary entry. */
	'term.link': '常用法语词：{term}',
	/** Translation status page. */
	'translate.title': '帮助翻译',
	'translate.description': '每一页在每种语言里的翻译情况：已完成、需要更新、还没有翻译。',
	'translate.howTo': '怎样参加翻译：请看仓库里的CONTRIBUTING.md。',
	'translate.page': '页面',
	'translate.source': '原文',
	'translate.upToDate': '已完成',
	'translate.outdated': '需要更新',
	'translate.missing': '还没有翻译',
	/** A file that exists but is still a copy of another language's text. */
	'translate.notTranslated': '只是复制，还没翻译',
	'translate.edit': '修改',
	'translate.create': '新建',
	'translate.view': '查看',
	'translate.summary': '{lang}：已完成{upToDate}，需要更新{outdated}，还没有翻译{missing}',
	'translate.uiStrings': '界面文字',
	'translate.uiMissing': '界面文字缺少{count}条：{keys}',
	'translate.uiSame': '和中文一样、可能没翻译的界面文字{count}条：{keys}',
	'translate.uiComplete': '界面文字齐全。',
	/** The strings file is still a copy of another language's ({language}: its own name). */
	'translate.uiCopy': '界面文字还是从“{language}”复制来的，还没翻译。',
	'translate.glossaryMissing': '常用法语词缺少{count}条：{ids}',
	/** 404 page. */
	'notFound.title': '找不到这一页',
	'notFound.text': '这个地址没有内容。可能输错了，或者这一页换了地方。',
	'notFound.home': '回到首页',
	/** Reference marks and the source list (issue #10). A mark after a claim: its name for screen readers. */
	'ref.label': '来源 {n}',
	/** In the source list: the link back to the {k}-th mark that points to this source. */
	'ref.back': '回到正文第{k}处',
	/** Shown above the page when its facts were last checked more than a year before the build. */
	'guide.reviewOld': '这一页上次核对是在{date}，已经超过一年了。有些信息可能变了，做决定前先问问协会。',
	/** Near the sources: a link to tell the editors about a mistake. */
	'guide.report': '报告错误',
	'guide.reportHint': '发现这一页有错误、或者信息过时了？告诉我们。',
} as const;
