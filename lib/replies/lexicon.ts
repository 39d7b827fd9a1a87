/**
 * Cue lexicons for the message analysis (German and English). Entries are folded (lower case,
 * ä→a, ß→ss): `stems` match the start of a word, `phrases` match whole words in sequence.
 * These are general signals of tone, type and topic, not sentences from any data set.
 */

export interface Cues {
  stems?: string[];
  phrases?: string[];
  /** label → pattern over the folded text (tokens joined by single spaces, padded with a space) */
  patterns?: Record<string, RegExp>;
}

/** ordinals from the third on: zum dritten/4./x-ten Mal, the fifth/umpteenth/10th time (folded) */
const ORD3_DE = String.raw`(?:dritt|viert|funft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwolft|x ?t|n ?t|zigst|hundertst|tausendst|millionst)en|x|n|[3-9]|\d\d+`;
const ORD3_EN = String.raw`third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|hundredth|thousandth|millionth|\d+ ?(?:rd|th)`;

/** tone cues */
export const TONE = {
  angryWords: {
    stems: ['stinksauer', 'unverschamt', 'frechheit', 'sauer', 'wutend', 'katastroph', 'skandal', 'lacherlich', 'furious', 'disgust', 'outrage', 'unacceptabl', 'appalling', 'pathetic', 'ridiculous', 'disgrace', 'livid', 'fuming'],
    phrases: ['ich kundige', 'ich kundige jetzt', 'kundige sofort', 'reicht mir', 'mir reicht', 'sofort', 'i m cancelling', 'i will cancel', 'im cancelling', 'cancel my', 'still nothing', 'sick of', 'fed up', 'never again', 'nie wieder', 'what a joke', 'erbarmlich', 'armselig', 'unter aller sau', 'zum kotzen', 'schamt euch', 'shame on you', 'absolute joke', 'a total joke', 'beyond a joke'],
    patterns: {
      // a repeated attempt from the third on
      'nth-time': new RegExp(String.raw` zum (?:${ORD3_DE}) mal | (?:${ORD3_EN}) (?:time|attempt|call|try) `),
      // the customer's job or income is at stake
      'job-at-stake': / (?:verlier\w*|riskier\w*|gefahrd\w*|kostet mich|kosten mich|lose|losing|lost|risk\w*|cost\w* me) (?:\w+ ){0,3}(?:job|jobs|arbeitsplatz|arbeitsstelle|stelle|anstellung|work|employment|livelihood|shift|schicht) | (?:abmahnung|gefeuert|get fired|getting fired|got fired|get sacked|getting sacked) /,
      // a consequence the customer now faces: a dunning letter, a late fee, debt collectors, an eviction
      'stakes': / (?:droht|drohen|drohte|riskiere|riskieren|bekomme|kriege|krieg) (?:\w+ ){0,3}(?:mahnung|mahngebuhr\w*|inkasso|schufa\w*|rauswurf|zwangsraumung|sperre) | (?:late (?:payment )?fee|overdraft fee|eviction|evicted|bailiffs?|debt collect\w*|credit score|ccj) /,
      // nobody calls or writes back
      'nobody-calls-back': / (?:niemand|keiner|keine sau|kein mensch|nobody|no one|noone) (?:\w+ ){0,2}(?:ruft|rief|meldet sich|schreibt|calls?|called|rings?|rang|phones?|phoned|gets?|got|writes?|wrote) (?:\w+ ){0,3}(?:zuruck|back) | kein(?:en)? ruckruf | never (?:called|rang|phoned|got) (?:me |us )?back /,
    },
  },
  frustratedWords: {
    stems: ['nervig', 'nervt', 'genervt', 'argerlich', 'enttausch', 'leider', 'dringend', 'annoy', 'frustrat', 'disappoint', 'urgent', 'unfortunately', 'useless'],
    phrases: ['jedes mal', 'immer noch', 'schon wieder', 'wieder mal', 'seit wochen', 'seit tagen', 'seit stunden', 'echt jetzt', 'was ist los', 'keiner hatte zeit', 'niemand', 'not happy', 'still waiting', 'still not', 'again', 'every time', 'every day', 'every morning', 'every evening', 'every week', 'in a row', 'jeden morgen', 'jeden tag', 'jede woche', 'mal wieder', 'zum wiederholten', 'repeatedly', 'for weeks', 'for days', 'sos', 'help', 'hilfe', 'how do i know', 'do you even', 'no one', 'nobody', 'neither', 'half way', 'halfway', 'wasted', 'in folge', 'reicht es', 'nicht normal', 'hilft nicht', 'erwarte ich mehr', 'expect better', 'expect more', 'means nothing', 'bedeutet nichts', 'looking at other', 'schaue mich um', 'warum so viel', 'why so much', 'why so high', 'so teuer', 'out of order', 'ausser betrieb', 'embarrassing', 'peinlich', 'isn t here', 'ist nicht da', 'either', 'geht so nicht weiter', 'so nicht weiter', 'can t go on like this', 'still not here', 'noch nicht da', 'verliere die geduld', 'verliere ich die geduld', 'losing patience', 'kann doch nicht', 'das ist doch', 'not normal', 'it s been', 'why is my', 'warum ist mein', 'barely', 'kaum', 'can t pay', 'ganz grosses kino', 'langsam reicht', 'heute wieder', 'kommt immer', 'warte immer noch', 'been waiting', 'still waiting', 'waiting', 'warte', 'in a row', 'getting ridiculous', 'still no', 'no reply', 'no response', 'no answer', 'never heard back', 'heard nothing', 'keine antwort', 'keine ruckmeldung', 'nie eine antwort', 'niemand meldet', 'keiner meldet', 'nobody answers', 'nobody replies', 'no one answers', 'no one replies', 'for the second time', 'zum zweiten mal', 'immer noch nicht', 'noch immer nicht', 'seit monaten', 'for months', 'since last week', 'seit letzter woche', 'nochmal', 'once again', 'seitdem nichts', 'ohne antwort', 'without a reply', 'without an answer', 'warteschleife', 'on hold', 'fliegt man raus', 'rausgeflogen', 'ausser betrieb', 'seither nichts', 'nichts gehort', 'nichts passiert', 'nothing since', 'nothing happened', 'still dead', 'still down', 'still broken', 'immer noch tot', 'restarted', 'neu gestartet', 'reset it', 'already reset', 'rebooted', 'zuruckgesetzt', 'tried everything', 'alles probiert', 'already tried', 'schon probiert', 'schon versucht', 'in folge'],
    patterns: {
      'nth-time': new RegExp(String.raw` (?:zum|for the) (?:${ORD3_DE}|${ORD3_EN}) (?:mal|time) `),
      // impatience about a case that drags on: "how long does this take?", "wie lange soll das noch dauern?"
      'how-long-still': / how long (?:does|will|is) (?:this|it|that) (?:\w+ )?(?:take|going to take|gonna take)|how much longer | wie lange (?:denn )?(?:noch|soll das|dauert das (?:denn|noch)) /,
      // "do you even want customers?": a rhetorical question about the brand's will
      'do-you-even-want': / (?:wollt|wollen|mochtet|mochten) (?:ihr|sie) (?:eigentlich|uberhaupt|denn|uberhaupt noch|ernsthaft|wirklich) | do you (?:even|actually|really|still) want /,
    },
  },
  positiveWords: {
    stems: ['lob', 'dankeschon', 'danke', 'klasse', 'spitze', 'wunderbar', 'genial', 'hilfsbereit', 'freundlich', 'thank', 'brilliant', 'fantastic', 'awesome', 'excellent', 'helpful', 'lovely', 'legend', 'superb', 'wonderful', 'genius', 'genial', 'perfekt', 'perfect', 'blitzschnell', 'superschnell', 'zuverlassig', 'reliable', 'grossartig', 'fabelhaft', 'phantastisch', 'fantastisch', 'spitzenmassig'],
    phrases: ['die beste', 'der beste', 'die besten', 'ganz toll', 'super', 'toll', 'cool', 'nice', 'great', 'love', 'amazing', 'above and beyond', 'well done', 'so geht das', 'top', 'gut gelaunt', 'thanks', 'cheers', 'kudos', 'best ever', 'ever been with', 'the best', 'shout out', 'shoutout', 'hats off', 'mega', 'echt fix', 'so fix', 'ganz fix', 'so schnell', 'super schnell', 'so fast', 'super fast', 'schon da', 'already here', 'you rock', 'ihr rockt', 'ihr seid spitze', 'ihr seid klasse', 'ihr seid super', 'respekt an', 'riesen respekt', 'grossen respekt', 'big respect', 'respect to', 'props to', 'hut ab vor'],
  },
  /** markers that praise words are meant the other way round */
  ironyMarkers: {
    phrases: ['danke fur nix', 'danke fur nichts', 'thanks for nothing', 'gluckwunsch', 'herzlichen gluckwunsch', 'na toll', 'na super', 'super gemacht', 'oh great', 'oh wow', 'oh nice', 'nothing like', 'nothing says', 'love how', 'love that', 'amazing how', 'great job', 'real', 'bravo', 'well played', 'chapeau', 'weiter so', 'ihr seid die besten', 'you re the best', 'klasse gemacht', 'vielen dank auch', 'thanks a lot', 'genius', 'what a treat', 'just what i needed', 'exactly what i wanted', 'so much for', 'wie immer', 'as always', 'mal wieder', 'yet again', 'another', 'on a roll', 'what a surprise', 'who would have thought', 'so impressed', 'rekord', 'new record', 'hut ab', 'typisch', 'hauptsache', 'applaus', 'fortschritt', 'money well spent', 'well spent', 'love paying', 'gut investiert', 'na klasse', 'prima', 'thanks so much', 'oh brilliant', 'oh lovely', 'respekt', 'ganz grosses kino', 'grosses kino', 'truly', 'living in the future', 'toller service', 'echt toll', 'ganz toll', 'wer hatte das gedacht', 'uberraschung', 'how lovely', 'brilliant stuff', 'congrats', 'congratulations', 'vom feinsten', 'at its finest', 'at its best', 'weltklasse', 'world class', 'erste sahne', 'ganze zwei', 'ganze drei', 'a whole two', 'money s worth', 'value for money', 'preis leistung', 'ganz toll gemacht', 'toll gemacht', 'super gelaufen', 'gut gemacht', 'glanzleistung', 'meisterleistung', 'hervorragende arbeit', 'stark gemacht', 'starke leistung', 'great work', 'top service', 'stellar', 'impressive', 'beeindruckend', 'sieht anders aus', 'stelle ich mir anders vor', 'stell ich mir anders vor'],
    patterns: {
      // stock sarcasm about one's lot: "living my best life", "a dream come true", "Luxus pur"
      'living-the-life': / living (?:the (?:dream|life|high life)|my best life|large) | dream come true | luxus pur | (?:traum|luxus)urlaub pur /,
      // "really making the most of my weekend", "truly brightening my day"
      'time-well-spent': / (?:really|truly|totally|so|just) (?:maximi[sz]ing|making the most of|brightening|improving|optimi[sz]ing|enriching|elevating|making) (?:my|our|the|everyone s) (?:\w+ )?(?:evening|day|morning|afternoon|weekend|night|week|lunch break|lunch|commute|holiday|time|life) /,
    },
  },
  trollWords: {
    stems: ['unfahig', 'idiot', 'clown', 'abzock', 'schafe', 'chemiedreck', 'dreck', 'loser', 'scammer', 'ripoff', 'lol', 'lmao', 'rofl', 'haha', 'ratio', 'bots', 'greed', 'witzfigur', 'saftladen', 'scheissladen', 'incompetent', 'morons'],
    phrases: ['verbrecher', 'jeder weiss', 'everyone knows', 'imagine having', 'who runs this', 'an intern', 'wer bei', 'gleich verbrennen', 'might as well burn', 'kann es auch gleich', 'couldn t deliver a', 'aus der holle', 'from hell', 'kundigt alle', 'boykott', 'boycott', 'avoid them', 'never use them', 'is a joke', 'ist ein witz', 'imagine trusting', 'selber schuld', 'selbst schuld', 'your own fault', 'serves you right', 'ihr bots', 'you bots', 'wer euch', 'wer da', 'who even uses', 'anyone who', 'the worst company', 'schlechteste firma', 'nicht besser verdient', 'nichts besseres verdient', 'deserves it', 'deserve it', 'deserve what', 'jeder der bei euch', 'anyone who still', 'dichtmachen', 'dicht machen', 'laden dicht', 'zumachen', 'shut down', 'shut it down', 'close the shop', 'close down', 'pack ein', 'packt ein', 'einpacken', 'witzverein', 'kindergarten', 'amateure', 'amateurs', 'clowns', 'schimpft sich', 'nennt sich', 'nennen sich', 'calls itself', 'call yourselves', 'calling yourselves', 'thinking you re a', 'think you re a', 'pretending to be a'],
    patterns: {
      // "you won't answer anyway", "lest ihr ja eh nicht"
      'wont-answer-anyway': / (?:antwortet|antwortest|liest|lest|reagiert|reagierst|ruft|hort|hoert) (?:\w+ ){0,2}(?:eh|sowieso|ohnehin) (?:nicht|nie|kein\w*) | (?:won t|will never|never|don t|wont) (?:\w+ )?(?:reply|respond|answer|read this|read it|care) (?:\w+ )?anyway /,
      // "next they'll bill us for air": mock escalation of prices
      'charge-for-air': / next (?:\w+ )?(?:you ll|they ll|you will|they will|it ll be) (?:\w+ )?(?:charg|bill|tax|make us pay|want money)\w* | (?:charg|bill|tax)\w* (?:\w+ )?(?:us|me|people|everyone|you) for (?:breathing|air|oxygen|existing|sleeping|blinking|looking|asking|daylight) | (?:bald|demnachst|als nachstes) (?:\w+ ){0,4}(?:atmen|luft|sauerstoff|tageslicht|anschauen|angucken) /,
      // mock career advice: "ihr solltet BWL unterrichten", "you should teach a masterclass in …"
      'mock-advice': / (?:solltet ihr|ihr solltet|solltest du|should) (?:\w+ ){0,5}(?:unterrichten|lehren|kurse geben|ein buch schreiben|teach|give lessons|write a book|run a masterclass|hold a masterclass)|(?:geschaftsmodell|business model) /,
      // "the lot should be sacked", "die gehören alle entlassen"
      'fire-them-all': / (?:gehort|gehoren|gehort ihr) (?:\w+ ){0,2}(?:entlassen|gefeuert|rausgeworfen|rausgeschmissen) | (?:sollte|sollten|musste|mussten|gehort|gehoren|konnte|kann) man (?:\w+ ){0,3}(?:rauswerfen|rausschmeissen|entlassen|feuern|einsperren|abschaffen|dichtmachen|zumachen) | (?:alle|euch alle|die alle|den ganzen haufen|den ganzen laden) (?:\w+ )?(?:rauswerfen|rausschmeissen|entlassen|feuern) | (?:fire|sack) (?:the lot|them all|all of them|everyone|the whole (?:\w+ )?(?:team|lot|board)) | (?:should|ought to|needs to) (?:\w+ ){0,2}(?:be )?(?:fired|sacked) /,
    },
  },
  /** things that show a real incident (a troll with a grievance is still a complaint) */
  grievanceNouns: {
    stems: ['funkloch', 'funkloche', 'netzabdeck', 'empfang', 'zugbegleit', 'personal', 'mitarbeit', 'schaffner', 'verspat', 'ausfall', 'app', 'rechnung', 'signal', 'coverage', 'staff', 'delay', 'outage', 'bill', 'erhoht', 'erhohen', 'erhohung', 'raise', 'raising', 'raised', 'hike', 'gestrichen', 'streicht', 'abgeschafft', 'remove', 'removing', 'removed'],
  },
};

export const SAD_EMOJI = /[😭😢😤😡🤬😠🙄😩😫😒😞😔😬😕🤦]/u;
export const IRONY_EMOJI = /[🙃🙄👏✨😍🤡🏆🥇🎉]/u;
export const LAUGH_EMOJI = /[😂🤣🐌🐑💸🤡🤮]/u;
export const HAPPY_EMOJI = /[❤💚💙💕💖😍🥰😊🙂👍👏🙌🙏🎉🐶🌱⭐💪]/u;

/** type cues */
export const TYPE = {
  spamPromo: {
    stems: ['gratis', 'gewinnspiel', 'treuebonus', 'bonus', 'pramie', 'verifizier', 'verify', 'nebenverdienst', 'nebenjob', 'homeoffice', 'trading', 'forex', 'giveaway', 'crypto', 'krypto', 'bitcoin', 'invest', 'verdien', 'earn', 'voucher', 'gutschein', 'claim'],
    phrases: ['nur heute', 'only today', 'today only', 'click here', 'klick hier', 'link in bio', 'dm me', 'message me', 'free iphone', 'for 1', 'fur 1', 'follow4follow', 'make money', 'geld verdienen', 'win a', 'gewinne', 'free', 'card details', 'bank details', 'bankdaten', 'only 50 left', 'limited offer', 'von zuhause', 'von zu hause', 'work from home', 'ohne vorkenntnisse', 'no experience', 'konto verifizieren', 'verify your account', 'jetzt sichern', 'sichern sie sich', 'sichere dir', 'schreib mir', 'passives einkommen', 'passive income', 'jetzt klicken'],
    patterns: {
      // a price cut as bait: "Fernseher für den halben Preis", "70% Rabatt", "half off"
      'price-bait': / (?:zum|fur den|at|for) (?:halben|half|viertel|drittel|quarter) (?:preis|price) | half (?:price|off) | halber preis | [1-9]\d (?:prozent |percent |pct )?(?:rabatt|off|billiger|gunstiger|reduziert) /,
      // a deadline that makes money vanish: "innerhalb von 24 Stunden, sonst verfällt", "within 24 hours or it expires"
      'deadline-bait': / (?:innerhalb|binnen|within) (?:von )?(?:\d+|24|48) (?:stunden|std|hours|hrs|h) (?:\w+ ){0,8}(?:sonst|or|otherwise) (?:\w+ ){0,3}(?:verfallt|verfallen|verloren|expires?|forfeit\w*|lost|gesperrt|suspended|blocked) | sonst verfallt /,
      // "share this post", "like und teile den Beitrag", "tag 3 friends"
      'share-to-win': / (?:teil|teile|teilt|like|liket|likt|share|repost|retweet|rt)(?: (?:und|and|\+) (?:like|teil|share)\w*)? (?:diesen|den|dies|das|this|my|meinen|unseren|our) (?:post|beitrag|tweet|reel|link|video) | (?:markiere|markiert|tagge|taggt|tag) (?:\d+|zwei|drei|vier|two|three|four) (?:freunde|freundinnen|friends) /,
      // "trag hier deine Kontodaten ein", "enter your card details"
      'enter-your-data': / (?:gib|gebt|geben sie|trag|tragt|hinterlass\w*|bestatig\w*|enter|submit|confirm|verify|drop|fill in|type in) (?:\w+ ){0,5}(?:deine|eure|ihre|your) (?:\w+ )?(?:daten|details|kontodaten|zugangsdaten|kartendaten|info|information|login) /,
    },
  },
  spamAuthor: { stems: ['gewinn', 'giveaway', 'deals', 'promo', 'rewards', 'gifts', 'crypto', 'invest', 'coach', 'winner'] },
  lead: {
    stems: ['procurement', 'purchasing', 'beschaffung', 'einkaufsabteilung', 'geschaftskund', 'geschaftskonto', 'geschaftlich', 'firmenkund', 'firmenkonto', 'gmbh', 'grunden', 'grundung', 'grunder', 'firma', 'firmen', 'unternehmen', 'gewerb', 'wholesale', 'business', 'b2b', 'jobticket', 'neukund', 'forderung', 'zuschuss', 'kooperation', 'cooperation', 'collab', 'sponsor', 'partnersh', 'partnerschaft', 'haushalt', 'wohnungen', 'einfamilienhaus', 'installation', 'install', 'wallbox', 'warmepump', 'photovoltaik', 'solar', 'glasfaser', 'grant', 'quote', 'angebot', 'konditionen', 'tarife', 'pendler', 'employees', 'mitarbeitende', 'wiederverkauf', 'reseller', 'resell', 'stockist', 'retailer', 'sortiment', 'lieferant', 'supplier', 'listung'],
    phrases: ['charity', 'verein', 'spende', 'spenden', 'donate', 'donation', 'community programme', 'community program', 'partnership', 'partnerschaft', 'kooperation', 'wir planen', 'we re opening', 'we are opening', 'wir eroffnen', 'we run', 'i run', 'ich betreibe', 'wir betreiben', 'was kostet sowas', 'what would it cost', 'quote', 'onlineshop', 'online shop', 'my shop', 'mein shop', 'our shop', 'unser shop', 'eigenen shop', 'switch to you', 'switching to you', 'switch over to you', 'switch to', 'kunde werden', 'become a customer', 'sign up with you', 'neue kunden', 'new customer', 'trade account', 'small business', 'my business', 'our company', 'bietet ihr', 'habt ihr noch', 'do you offer', 'do you install', 'do you do', 'do you have a', 'etsy', 'per month', 'im monat', 'ins regal', 'in euer regal', 'in eure regale', 'ins sortiment', 'stock our', 'sell our', 'carry our', 'list our', 'unsere produkte', 'our products', 'looking to switch', 'want to switch', 'am uberlegen zu wechseln'],
    patterns: {
      // a business introducing itself: "wir sind eine Gärtnerei", "we're a small charity"
      'business-self': / (?:wir sind|we are|we re|ich bin) (?:ein|eine|einen|a|an) (?:\w+ ){0,3}(?:unternehmen|firma|betrieb|company|business|firm|startup|agentur|agency|verein|charity|praxis|kanzlei|genossenschaft|kette|chain|\w+(?:erei|betrieb|laden|handel|hotel|praxis|werkstatt|studio|shop|store)) /,
      // a prospective customer asking which plans the brand has: "what SIM-only plans do you have for …"
      'plans-for-me': / (?:what|which) (?:\w+ ){0,2}(?:plans|tariffs|deals|packages|bundles|contracts) (?:do you|have you|can you|would you) | welche (?:\w+ ){0,2}(?:tarife|pakete|vertrage|angebote) (?:habt|hattet|bietet|gibt es bei) /,
      // a supplier introducing itself: "we make compostable bags", "wir stellen … her", "we already supply two chains"
      'supplier': / (?:we|wir) (?:\w+ )?(?:make|produce|manufacture|supply|roast|brew|bake|design|produzieren|liefern|rosten|brauen|backen|fertigen|entwickeln) (?:\w+ ){0,6}(?:for|an|fur|to|and|und|already|bereits|schon|from|aus) | (?:wir stellen) (?:\w+ ){1,6}her /,
      // a shipping or order volume: "ca. 120 Sendungen pro Woche", "500 parcels a month"
      'volume': / \d+ (?:\w+ )?(?:pakete|packchen|sendungen|bestellungen|auftrage|lieferungen|parcels|packages|orders|shipments|deliveries|boxes|kartons) (?:im|pro|per|a|an|each|jeden|jede|every|in the) (?:monat|woche|tag|jahr|quartal|month|week|day|year|quarter) /,
      // a business with several locations: "mit 6 Standorten", "we have two branches" (not a shopper who "tried 5 stores")
      'locations': / (?:wir haben|we have|we ve got|we run|we operate|mit|with|across|unsere[nm]?|our|uber|over) (?:\d+|zwei|drei|vier|funf|two|three|four|five|several|mehrere) (?:\w+ )?(?:sites|locations|branches|stores|shops|outlets|filialen|standorte|niederlassungen|laden|geschafte) /,
    },
  },
  tech: {
    stems: ['app', 'login', 'einlogg', 'anmeld', 'fehler', 'error', 'portal', 'ungultig', 'invalid', 'broadband', 'declin', 'abgelehnt', 'fehlermeldung', 'geldautomat', 'atm', 'website', 'webseite', 'browser', 'firefox', 'chrome', 'safari', 'router', 'wlan', 'wifi', 'internet', 'esim', 'signal', 'stromausfall', 'storung', 'outage', 'update', 'passwort', 'password', 'crash', 'absturz', 'formular', 'bluetooth', 'empfang', 'netzausfall', 'akku', 'display', 'bildschirm', 'screen', 'tracking', 'pixel', 'iphone', 'android', 'festnetz', 'dsl', 'ladesaule', 'ladestation', 'ladepunkt', 'charger', 'reader', 'contactless', 'kontaktlos', 'scanner', 'thermostat', 'heizung', 'modem', 'fernseh', 'receiver', 'stream', 'zahler', 'smartmeter', 'kartenleser', 'handy', 'telefon', 'mobilfunk', 'laptop', 'computer', 'drucker', 'netz', 'phone', 'tv', 'meter', 'device', 'mobile data', 'data'],
    phrases: ['apple pay', 'google pay', 'not supported', 'nicht unterstutzt', 'smart meter', 'funktioniert nicht', 'geht nicht', 'doesn t work', 'won t accept', 'won t load', 'blank', 'white screen', 'no signal', 'kein netz', 'kein strom', 'power cut', 'no power', 'ate my card', 'swallowed my card', 'karte eingezogen', 'cash machine', 'self service machine', 'lad nicht', 'ladt nicht', 'keeps saying', 'zeigt immer', 'sagt seit'],
  },
  /** money taken or charged (a complaint about money, even when phrased as a question) */
  money: {
    stems: ['abgebucht', 'abbuchung', 'abgezogen', 'berechnet', 'erstatt', 'refund', 'overcharg', 'charged', 'deducted', 'debited', 'entschadig', 'compensat', 'reimburs'],
    phrases: ['geld zuruck', 'money back', 'charged me', 'charged twice', 'twice', 'doppelt', 'statt', 'i owe', 'nachzahlung', 'nachzahlen', 'says i owe'],
  },
  question: {
    phrases: ['wie', 'wann', 'wo', 'warum', 'wieso', 'weshalb', 'was', 'welche', 'welcher', 'gibt es', 'gibts', 'gibt s', 'kann ich', 'konnt ihr', 'habt ihr', 'ist das', 'how', 'when', 'where', 'why', 'what', 'which', 'can i', 'can you', 'could you', 'does', 'do you', 'is there', 'is the', 'are there', 'wisst ihr'],
  },
  negative: {
    stems: ['kaputt', 'defekt', 'verspat', 'warte', 'waiting', 'abgestellt', 'gesperrt', 'ungultig', 'invalid', 'ausgefall', 'ausfall', 'storn', 'blocked', 'froze', 'frozen', 'sperrt', 'beschadig', 'zerkratzt', 'verbeult', 'gerissen', 'scratched', 'dented', 'cracked', 'torn', 'abgebucht', 'berechnet', 'geschlossen', 'ausverkauft', 'aufgetaut', 'unfreundlich', 'falsch', 'verloren', 'vergessen', 'schlecht', 'problem', 'broken', 'damag', 'delay', 'cancel', 'wrong', 'missing', 'lost', 'rude', 'smell', 'fail', 'late', 'charged', 'locked', 'empty', 'wasted', 'soaked', 'sturzt', 'absturz', 'trash', 'smash', 'zerbroch', 'erhoh', 'teurer', 'gestrichen', 'annulliert', 'declin', 'abgelehnt', 'restrict', 'eingeschrankt', 'gewartet', 'waited', 'verpasst', 'missed', 'stranded', 'gestrandet', 'cancelled', 'canceled'],
    phrases: ['zu spat', 'nicht an', 'keine', 'kein', 'nicht', 'not', 'never', 'no', 'won t', 'doesn t', 'didn t', 'can t', 'isn t', 'cannot', 'couldn t', 'unable', 'the bin', 'die tonne', 'der tonne', 'im mull', 'in the skip', 'going up', 'price increase', 'out of order', 'fiel aus', 'fallt aus', 'ist ausgefallen', 'nothing here', 'nothing there', 'never arrived', 'not arrived', 'hasn t arrived', 'never came', 'nie angekommen', 'nicht angekommen', 'nichts angekommen', 'nichts da', 'nix da', 'not here'],
  },
};

/**
 * Topics: what the message is about. The composer chooses the substance of a reply by topic
 * (a next step that fits the problem), so two customers with different problems get different
 * replies.
 */
export const TOPICS = {
  fraud: {
    stems: ['betrug', 'betrüg', 'angeblich', 'phishing', 'scam', 'fraud', 'legit', 'verdachtig', 'suspicious', 'masche'],
    phrases: ['nicht kenne', 'nicht kennen', 'kenne ich nicht', 'nicht von mir', 'don t recognise', 'don t recognize', 'unknown', 'really you', 'fake', 'didn t make', 'did not make', 'not mine', 'nicht gemacht', 'habe ich nicht', 'unauthorised', 'unauthorized', 'someone used my'],
    patterns: {
      // "ist das wirklich von euch?", "is this actually from you?"
      'really-from-you': / (?:echt|wirklich|tatsachlich|offiziell|really|actually|genuinely|officially) (?:von|vom|from) (?:euch|ihnen|dir|you|your) /,
    },
  },
  billing: {
    stems: ['rechnung', 'abgebucht', 'abbuchung', 'berechnet', 'gebuhr', 'erstatt', 'bill', 'charged', 'refund', 'invoice', 'overcharg', 'lastschrift', 'kosten'],
    phrases: ['geld zuruck', 'money back', 'statt', 'instead of', 'charged twice', 'mehr bezahlt'],
    patterns: {
      // a bill that went up: "£15 more than last month", "Abschlag diesmal doppelt so hoch"
      'bill-went-up': / (?:higher|more|bigger|up|hoher|mehr|teurer|gestiegen) (?:\w+ ){0,2}(?:this|last|that|diesen|letzten|im|vorigen|als letzten|than last) (?:month|monat|quarter|quartal|year|jahr|time|mal|bill) | (?:bill|rechnung|abschlag|invoice) (?:\w+ ){0,6}(?:went up|gone up|has gone up|jumped|doubled|double|tripled|shot up|gestiegen|verdoppelt|doppelt|hoher|teurer) /,
      // money still not back: "das Geld für die Jacke habe ich immer noch nicht zurück", "haven't had the money back"
      'money-not-back': / (?:geld|betrag|money|refund|erstattung) (?:\w+ ){0,8}(?:nicht|nie|kein|not|never|no) (?:\w+ ){0,2}(?:zuruck|back|erhalten|bekommen|received|arrived) /,
    },
  },
  delivery: {
    stems: ['paket', 'parcel', 'sendung', 'zustell', 'liefer', 'deliver', 'abholkarte', 'abhol', 'courier', 'kurier', 'bestellung', 'order', 'shopping', 'einkauf'],
    phrases: ['click collect', 'safe place', 'ablageort'],
  },
  delay: {
    stems: ['verspat', 'ausgefall', 'zugausfall', 'stau', 'delay', 'cancelled', 'canceled', 'anschluss', 'connection'],
    phrases: ['fallt aus', 'fallt jeden', 'zu spat', 'kam nicht', 'ran late', 'too late', 'late', 'standing room', 'standing'],
  },
  outage: {
    stems: ['stromausfall', 'storung', 'outage', 'funkloch', 'netzausfall', 'blackout'],
    phrases: ['kein strom', 'kein netz', 'no signal', 'no power', 'power cut', 'no service', 'kein internet', 'no internet'],
  },
  tech: {
    stems: ['app', 'login', 'einlogg', 'fehler', 'error', 'portal', 'website', 'webseite', 'browser', 'firefox', 'chrome', 'router', 'wlan', 'wifi', 'esim', 'update', 'upgrade', 'passwort', 'password', 'crash', 'formular', 'screen', 'tracking', 'pixel', 'iphone', 'android'],
    phrases: ['apple pay', 'google pay', 'not supported', 'funktioniert nicht', 'geht nicht', 'won t accept', 'blank', 'locked out', 'locking'],
  },
  stock: {
    stems: ['ausverkauft', 'vorratig', 'restock', 'nachschub', 'regal', 'shelf', 'shelves'],
    phrases: ['in stock', 'out of stock', 'sold out', 'wieder rein', 'back in'],
  },
  quality: {
    stems: ['riecht', 'smell', 'smash', 'zerbroch', 'abgelaufen', 'verdorben', 'schimmel', 'mould', 'mold', 'kaputt', 'broken', 'damag', 'beschadig', 'aufgetaut', 'thawed', 'defekt', 'faulty', 'rotten', 'expired'],
    phrases: ['use by', 'mhd', 'haltbar', 'not fresh', 'nicht frisch'],
  },
  lost: {
    stems: ['vergessen', 'verloren', 'fundburo', 'fundsach'],
    // ("ich habe meine Mitgliedschaft gekündigt" is no lost item: the possessive alone is not enough)
    phrases: ['liegen lassen', 'liegengelassen', 'left my', 'lost my', 'lost property', 'i left'],
  },
  contract: {
    stems: ['kundig', 'umzug', 'auszug', 'umzieh', 'vertrag', 'contract', 'moving', 'tarif'],
    phrases: ['plan', 'move out', 'moving house', 'cancel my contract'],
  },
  sales: {
    stems: ['wechsel', 'switch', 'neukund', 'geschaftskund', 'geschaftskonto', 'gmbh', 'firma', 'firmen', 'unternehmen', 'wholesale', 'trade', 'business', 'jobticket', 'forderung', 'grant', 'zuschuss', 'install', 'wallbox', 'glasfaser', 'angebot', 'konditionen', 'kooperation', 'pendler'],
    phrases: ['neue kunden', 'new customer', 'do you offer', 'bietet ihr', 'habt ihr noch'],
  },
  staff: {
    stems: ['mitarbeiter', 'zugbegleit', 'personal', 'fahrer', 'zusteller', 'kassier', 'schaffner', 'staff', 'driver', 'kollegin', 'team', 'crew', 'verkauferin', 'verkaufer', 'unfreundlich', 'rude', 'hilfsbereit', 'friendly', 'helpful'],
    phrases: [],
  },
  access: {
    stems: ['rollstuhl', 'barriere', 'kinderwagen', 'rollator', 'wheelchair', 'accessib', 'gehbehinder', 'blind'],
    phrases: ['step free', 'step-free'],
  },
  info: {
    stems: ['inhaltsstoff', 'zutat', 'allerg', 'contain', 'ingredient', 'label', 'zins', 'interest', 'gultig', 'valid', 'reserv', 'mitnehm', 'verpack', 'versand', 'vorgabe', 'kostet', 'preis', 'price', 'cost', 'mindest', 'tagesgeld', 'zahlerstand', 'hotspot', 'tether', 'bike', 'fahrrad', 'gepack', 'luggage'],
    phrases: ['wie viel', 'how much', 'can i bring', 'darf ich'],
  },
  price: {
    stems: ['teurer', 'erhoh', 'preiserhoh', 'expensive', 'greed', 'abzock'],
    phrases: ['kostet jetzt', 'jetzt kostet', 'price rise', 'price hike', 'charge us', 'im monat', 'a month', 'going up', 'goes up', 'steigt', 'price increase', 'more expensive', 'teurer'],
  },
  praise: {
    stems: ['lob', 'dankeschon', 'danke', 'thank', 'kudos'],
    phrases: ['die beste', 'der beste', 'above and beyond', 'shout out', 'shoutout', 'well done', 'so geht das'],
  },
} satisfies Record<string, Cues>;
export type Topic = keyof typeof TOPICS;

/** Words that start with a capital letter in German but are not facts worth picking up. */
export const DE_CAP_STOP = new Set(
  (
    'vom beim ins ans aufs übers ich du er sie es wir ihr euch eure euer ihnen ihre ihren ihrem ihrer sich mein meine dein deine sein unser unsere hallo hi hey moin servus danke bitte ' +
    'hab habe habt hat haben bin ist sind war waren wird werden kann könnt muss soll will wollt wollen gibt gibt\'s gibts ' +
    'wie wann wo was warum wieso weshalb welche welcher ob und oder aber auch noch schon nur jetzt heute gestern morgen ' +
    'seit trotz echt super cool toll mega lol leute mal zeit sache ding problem frage antwort kunde kunden team ' +
    'der die das den dem des ein eine einen einem einer kein keine nicht nix nichts alle alles jeder jede immer wieder ' +
    'für mit von vor nach bei aus auf in im am um zum zur dass wenn weil als so da dann denn doch ja nein ' +
    'großes großen riesiges riesigen lob dankeschön glückwunsch wisst bietet wollt macht sperrt ruft schickt ' +
    'mir mich dir dich uns ihm ihn man tag tage woche wochen monat monate jahr jahre stunde stunden minute minuten ' +
    'guten liebe lieber liebes grüße gruß viele vielen dank trotzdem wäre würde würdet hätte hätten niemand antwortet ' +
    'hause haus schreib schreibt beste besten übrigens eigentlich leider endlich wirklich gerade deshalb darum außerdem dennoch ' +
    'allerdings natürlich vielleicht hoffentlich bisher sonst also genau sogar einfach ganz gar bald sofort dringend ' +
    'warum weil obwohl sobald nachdem bevor während stattdessen zuerst dann danach überall nirgends manchmal'
  ).split(/\s+/),
);

/** English words that are often capitalised but are not facts worth picking up. */
export const EN_CAP_STOP = new Set(
  (
    'i im i\'m you your we our they the a an my hi hello hey dear thanks thank please just so oh wow lol ' +
    'and or but also still now today yesterday tomorrow when where what why how who which is are was were do does did ' +
    'can could would should will not no yes nothing love amazing great nice cheers sent got this that these those ' +
    'there here it its if then than been being have has had sos fyi ok okay'
  ).split(/\s+/),
);

export const DETERMINERS_EN = new Set(['my', 'your', 'the', 'a', 'an', 'our', 'this', 'that', 'his', 'her', 'their']);
export const EN_STOP = new Set(
  (
    'a about after again all also am an and any are as at be because been but by can could did do does don for from get got had has have he her here him his how i if in into is it its just like me more my no not now of on one only or our out so some than that the their them then there these they this to too up us very was we were what when which who why will with would you your yours im ive dont thats hasnt havent wasnt werent arent shouldnt wouldnt couldnt else before along through keeps keep says said say shows show works work made make still isnt wont cant doesnt didnt already even ever every next another other much many lot lots really actually about round back near over under off just please need help done fine sure anything something nothing everything guys thanks thank hello sorry okay yeah evening morning afternoon night day week month year time life way thing stuff everyone anyone someone nobody while whilst although unless until'
  ).split(/\s+/),
);

/** well-known products and apps: things, not places */
export const KNOWN_THINGS = new Set(
  'firefox chrome safari edge android ios iphone ipad pixel samsung galaxy windows mac macbook apple google pay paypal whatsapp instagram facebook twitter etsy amazon ebay'.split(' '),
);

export const DE_NUMBER_WORDS: Record<string, number> = {
  ein: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};
