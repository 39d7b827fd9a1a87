/**
 * Compact word lists for the name detector, written for this project (not taken from any data set).
 * First names common among German- and English-speaking customers, incl. Turkish, Arabic, Polish,
 * Russian, Italian, Spanish, Portuguese, Greek, Balkan, Dutch, Scandinavian, Indian and East-Asian ones.
 */

const FIRST_NAMES =
 // German
  'adam adrian alexander alexandra alfred alina alois amelie andrea andreas angelika anja anke anna annalena anne ' +
  'annette annika anton antonia armin arne axel barbara bastian beate ben benedikt benjamin bernd bernhard ' +
  'bettina bianca birgit björn bodo brigitte bruno burkhard carina carla carolin caroline carsten charlotte ' +
  'christa christian christiane christina christine christoph christopher clara claudia cornelia dagmar daniel daniela ' +
  'david denise dennis detlef diana dieter dirk doris dominik doreen dorothea edith elena elias elisabeth elke ' +
  'ella emil emilia emily emma erik erika ernst esther eva fabian felix finn florian frank franz franziska ' +
  'frauke friederike friedrich frieda gabriele georg gerald gerd gerda gerhard gisela greta gudrun günter günther ' +
  'hanna hannah hannelore hans harald hartmut heike heiko heinz helga helmut henning henrik herbert hermann hilde ' +
  'holger horst ida ilse ina ines ingo ingrid irene iris isabel isabell jakob jan jana janina janine jannik jens ' +
  'jessica joachim jochen johanna johannes jonas jonathan jörg josef julia julian juliane julius jürgen justus ' +
  'jutta kai karin karl karla karsten katharina kathrin katja katrin kerstin kevin kilian klaus konrad konstantin ' +
  'kristin lara lars laura lea lena leni leon leonie liam lina linda lisa lotta louis luca lucas luis luisa ' +
  'lukas luise lutz madeleine maik malte manfred manuel manuela mara marc marcel marco maria marie marika marina ' +
  'mario marion marius markus marlene martha martin martina mathias matthias max maximilian melanie mia michael ' +
  'michaela mila milan miriam monika moritz nadine natalie nele nick nico nicole niklas nils nina noah norbert ' +
  'olaf ole oliver otto pascal patrick paul paula peter petra philipp pia ralf ralph rainer regina reinhard ' +
  'renate rene robert robin roland rolf rosemarie ruth sabine sabrina sandra sara sarah sascha sebastian silke ' +
  'simon simone sofia sophia sophie stefan stefanie steffen stephan susanne svea sven svenja swen sylvia tanja ' +
  'thomas thorsten tim timo tobias tom torsten ulrich ulrike ursula ute uwe valentin vanessa vera veronika ' +
  'viktor viktoria volker walter waltraud werner wilhelm willi wolfgang yannick yvonne ' +
 // English / Irish
  'aaron abigail aidan aiden alan albert alice alison amanda amber amy andrew angela anthony ashley ' +
  ' barry becky beth bethany betty billy bob brad bradley brandon brenda brendan brian brittany ' +
  'brooke bryan caitlin calvin cameron carl carol caroline carter casey catherine charles charlie chloe ' +
  'chris christopher ciara cian cindy claire colin connor conor courtney craig crystal cynthia dale dan danielle ' +
  'danny darren dave dean debbie deborah declan denis derek donna doug douglas dylan ed eddie edward eileen eleanor ' +
  'elizabeth ellie emily eoin eric erin ethan evan evelyn fiona frances gary gavin gemma george grace ' +
  'graham greg gregory hailey harry hayley heather helen henry holly ian isaac isabella isla jack jackson jacob ' +
  'jade jake james jamie jane janet jason jeff jeffrey jenna jennifer jenny jeremy jerry jesse jill jim jimmy ' +
  'joan joanna joe joel john johnny jon jordan joseph josh joshua joyce judith judy julie justin karen kate ' +
  'katherine kathleen kathryn katie kayla keith kelly ken kenneth kerry kieran kim kimberly kyle larry lauren ' +
  'leah lee liam lily lindsay lisa logan lori louise lucy luke lynn madison maggie mandy margaret marie mark mary ' +
  'matt matthew megan melissa michelle mike molly nancy naomi nathan neil nia niamh nicholas nick noel olivia ' +
  'oscar owen pamela pat patricia patrick paula pauline phil philip phoebe rachel ray rebecca richard rick ricky ' +
  'rob robert robyn roger ronan ronald rose ross ruby russell ryan sally sam samantha samuel sandra scott sean ' +
  'seán shane shannon sharon shaun sheila shirley siobhan sophie stacey stephanie stephen steve steven stuart sue ' +
  'susan tara taylor teresa terry theresa thomas tiffany timothy tina toby todd tommy tony tracy travis trevor ' +
  'tyler vicky victoria vincent wayne wendy william zach zachary zoe ' +
 // Turkish, Kurdish, Arabic, Persian
  'ahmad ahmed ahmet ali amina amir aylin ayse ayşe aysel baran burak can cem cemile deniz derya ebru elif emine ' +
  'emre esra fatima fatma fatih ferhat gül gülsen hakan hamza hasan hassan hatice hüseyin ibrahim ilker ismail ' +
  'kemal kerem khalid layla leyla mahmoud mariam mehmet melek meryem mohammed mohammad muhammad murat mustafa ' +
  'nadia nour omar ömer onur orhan osman reza rana samira selin serkan sevgi sibel tarek tarik yasemin yasin ' +
  'youssef yusuf zehra zeynep ' +
 // Polish, Czech, Russian, Ukrainian, Balkan, Greek
  'agnieszka aleksandra andrzej anastasia dmitri dmitrij dragan ewa goran grzegorz igor irina ivan jakub janusz ' +
  'jelena katarzyna kasia krzysztof lukasz łukasz magdalena malgorzata małgorzata marek marta mateusz milena ' +
  'miroslav natalia natalja nikola nikolai oksana olga pawel paweł piotr sergei sergej svetlana tatjana tomasz ' +
  'vladimir wojciech yulia zoran zbigniew dimitrios georgios maria eleni konstantinos nikos ' +
 // Italian, Spanish, Portuguese, French
  'alessandro alejandro andrés antonio beatriz carlos carmen chiara diego elena fernando francesca francesco ' +
  'gabriel giovanni giulia giuseppe isabel javier joão jorge josé juan lorenzo lucía luigi manuel marco ' +
  'matteo miguel pablo paolo pedro rafael raúl ricardo roberto rosa sergio sofía valentina alain camille ' +
  'céline françois jean julien léa louis lucie marc mathilde nathalie nicolas pierre sylvie thierry ' +
 // Dutch, Scandinavian
  'anouk bram daan fleur jeroen joris lieke pieter sanne sem thijs wouter astrid ingrid lars magnus nils ' +
  'sigrid sven mikael erik karin linnea oskar ' +
 // South Asian, East Asian
  'aarav amit anil anjali arjun deepak divya kiran krishna lakshmi neha nikhil pooja priya rahul raj rajesh ' +
  'ravi rohan sanjay sunil vikram wei li ming yuki hiro kenji mei lin jun hana ' +
 // more German, Austrian, Swiss
  'achim agathe albrecht alexa alwin annemarie anneliese antje arnold arthur astrid babette beatrix benno berit ' +
  'bernadette bertram brigitta carmen cäcilia christel conny constanze corinna dana dietmar dietrich dora edgar ' +
  'egon elfriede elias elke emilie enrico erich ernestine eugen fabienne falk ferdinand finja florentine frida ' +
  'friedhelm fritz gabi gerlinde gernot gertrud gesa gottfried gregor gundula hagen hanne hannes hansjörg ' +
  'heidi heidrun heinrich heino helene helmuth henrike herta hildegard hubert hugo ilona ingeborg irmgard isolde ' +
  'jacqueline janek jannes janosch jasmin jella joscha josefine jule jolina jonte karoline kasimir katarina kathi ' +
  'kay knut kuno laila lasse leander lenja lennard lennart lenny leopold lia liesel lilli lina lioba lorenz ' +
  'lothar ludwig luzie maik maja malin mandy manja mareike margarete margit marianne marko marlies martha ' +
  'mathilda mats mattis merle meta michel mika milena mira mirko nadja nora norman olga ottilie patricia ' +
  'paulina peer philippa quirin raphael rebekka reiner reinhold renée ricarda richard rita robert romy ronja ' +
  'rosalie rüdiger sabina samuel saskia sebastian selina severin sigrid silvia sina smilla sönke stella ' +
  'susi svea tabea tamara thea theo theodor thilo till tilo toni torben uli ulla ulf ursel valerie vincent ' +
  'waldemar wiebke wilma wolfram xaver yara yvette zoe ' +
 // more English, Scottish, Welsh, US
  'abby addison alfie alistair archie arthur ava barbara bella bernard blake bonnie brett bruce caleb callum ' +
  'carly carol carolyn charlotte cheryl chester christine clara clifford clive cole colleen connie cora dana ' +
  'darcy dawn della dennis derrick diane dominic dorothy duncan dwayne edith elaine ella ellen elliot emma ' +
  'ernest eva faith felicity finley frankie freddie freya gail gareth gemma gerald gillian glen ' +
  'gloria gordon hannah harold harper hazel heidi howard hugh imogen irene isabel jackie jacqueline janice ' +
  'jared jasmine jean jenna jerome jess jessie jocelyn jodie jonathan josephine julian june kai karl kay ' +
  'kelsey kendra kirsty kristen lachlan lance laura leanne leo leon leonard leslie lewis lillian linda lloyd ' +
  'lorna lorraine lydia lyndon mabel malcolm marcus marilyn marion marjorie marshall martha martin maureen ' +
  'maxine melanie mia mildred miranda monica morgan muriel nadine natalie nathaniel neville nicola nigel ' +
  'nina nora norma oliver ollie paige percy peter phyllis poppy quentin rachael reece reggie rhys rita ' +
  'roberta rodney rory rosemary roy rupert ruth sadie seth sienna simon sonia spencer stanley ' +
  'stella tamsin tanya ted teddy theo thea tobias tom tracey troy valerie vanessa vera vivian wade ' +
  'walter warren wesley willow yvonne zara ' +
 // more Turkish, Arabic, Persian, Kurdish, Afghan, Somali, Eritrean
  'abdullah abdul adnan aisha alaa amal anas arda asli aziz bahar batuhan berkay beyza bilal burcu cansu ' +
  'cengiz dilara doğan duygu ece efe egemen elif emel emin enes eren erkan esma faruk fatih ferhat feyza ' +
  'gizem gökhan gonca halil hamid hanife hatice hilal hülya ilayda irem jamal jamil karim kenan khadija ' +
  'kübra leila mahmut malik mansur melih merve mert mohamed nabil nadia najib nasser nazli nesrin nihat ' +
  'nurcan oğuz okan osman ozan özge rabia rami rania rashid recep riza saad salim sami sara selim ' +
  'semra serdar sevda şeyma sinan songül süleyman tamer tuba tuncay tülay ufuk umut volkan walid yasmin ' +
  'yavuz yeliz yıldız yunus zainab zaid zafer zeki ' +
 // more Polish, Czech, Slovak, Russian, Ukrainian, Romanian, Hungarian, Balkan
  'adrianna alicja anatolij andrei artur bartosz bogdan damian daria dariusz dawid denis dominika dorota ' +
  'elżbieta emilia filip gabriela hanna ilja iwona jacek jarosław joanna julia justyna kamil karolina ' +
  'klaudia kinga konrad krystyna lena lidia maciej maksim marcin mariusz mikhail milan miroslava monika ' +
  'nadezhda natasha oleg olena oleksandr paulina przemysław radek rafał renata robert roman ryszard ' +
  'sebastian sławomir stanisław szymon tadeusz taras tereza tomas vasile viktoria vlad weronika wiktoria ' +
  'zofia zuzana ana andrea bojan branko darko dejan dusan emir ivana jovana luka marija marko milica mirela ' +
  'nemanja stefan tamara vesna zlatan zeljko attila bence gabor laszlo zoltan ' +
 // more Italian, Spanish, Portuguese, French, Greek
  'adriana alba alberto alessia alfonso alicia ana angela angelo anna antonella arturo aurora bianca ' +
  'carla carolina catalina cristina daniela dario davide domenico emilio enzo ernesto esteban fabio ' +
  'federica federico felipe gabriela gianluca giorgio graziella guillermo hugo ignacio inés irene jaime ' +
  'leonardo lucas luciana lucia luis luisa marcela margarita mariana martina mateo mauro mercedes ' +
  'nicolás nuria óscar patricia paula pilar ramón rocío rodrigo salvatore santiago silvia simona stefano ' +
  'teresa tiago tommaso vanessa vittoria ximena antoine aurélie benoît chloé claude élise émilie étienne ' +
  'florian guillaume hélène isabelle jacques laurent manon mathieu olivier pascal philippe sandrine ' +
  'sébastien stéphane théo valérie yves anastasios christos eleni ioannis katerina maria panagiotis ' +
  'sofia vasilis ' +
 // more Dutch, Scandinavian, Finnish, Irish
  'bas daan dirk eva femke floor frits gijs hendrik henk jasper jelle kees koen lotte luuk maarten ' +
  'marieke niels noor ruben sjoerd stijn tess wim anders annika birgitta björn dag erik freja gunnar ' +
  'hanne helga ingrid jens johan kari kjell klara lasse leif linnea mads maja mette nils olav ole ' +
  ' rasmus sigrid solveig stig tove ulf aino eero juha mikko pekka sari tuomas aisling cathal ' +
  'clodagh eamon fionn grainne oisin orla padraig roisin saoirse sinead ' +
 // more South Asian, East / South-East Asian, African
  'abhishek aditi aditya akash amita ananya anand anita arun ashok ayesha bilal chandra deepa gaurav ' +
  'harpreet imran jaspreet kavita kumar manish meera mohan nisha pallavi pradeep prakash preeti ' +
  'rajiv rakesh ramesh rani rekha ritu sachin sandeep sanjay shalini shreya siddharth sunita suresh ' +
  'tanvi uma varun vijay vinod yash zainab aiko akira chen daisuke haruka hiroshi jin kaito minh ' +
  'naoko ngoc phuong quang ryo sakura satoshi sora takashi thanh trang tuan wen xin yan yong yumi ' +
  'abebe adaeze amara chidi chinedu emeka fatou kofi kwame ngozi nia obinna oluwaseun yaw';

export const FIRST = new Set(FIRST_NAMES.split(/\s+/).filter(Boolean));
/** The same names as written at the start of a word ("Anna"), for a lookup without lower-casing. */
export const FIRST_CAP = new Set([...FIRST].map((n) => n.charAt(0).toUpperCase() + n.slice(1)));

/** Public figures and brands that look like personal names: never flagged. */
export const NOT_PRIVATE = new Set(
 ('elon musk|jeff bezos|bill gates|mark zuckerberg|tim cook|sundar pichai|satya nadella|sam altman|jensen huang|' +
  'warren buffett|steve jobs|donald trump|joe biden|kamala harris|barack obama|hillary clinton|taylor swift|' +
  'angela merkel|olaf scholz|friedrich merz|robert habeck|christian lindner|annalena baerbock|markus söder|' +
  'karl lauterbach|frank-walter steinmeier|boris pistorius|keir starmer|rishi sunak|boris johnson|king charles|' +
  'emmanuel macron|vladimir putin|volodymyr zelensky|thomas müller|manuel neuer|lionel messi|cristiano ronaldo|' +
  'max verstappen|lewis hamilton|michael schumacher|helene fischer|dieter bohlen|heidi klum|günther jauch|' +
  'jan böhmermann|richard lutz|tim höttges|oliver blume|carsten spohr|stefan raab|tom hanks|brad pitt|' +
  'jack wolfskin|tom tailor|hugo boss|calvin klein|ralph lauren|tommy hilfiger|marc o\'polo|paul hewitt|' +
  'peter kölln|ben jerry|jack daniels|walt disney|santa claus|max mustermann|erika mustermann|john doe|jane doe|' +
  'harry potter|sherlock holmes|marco polo|marc cain|max mara|ted baker|kate spade|michael kors|marc jacobs|' +
  'stella mccartney|vera wang|jimmy choo|mario kart|lara croft|paul green|hugo boss|tommy jeans|' +
  'peter hahn|fred perry|tom ford|ben sherman|otto versand|otto group|' +
  'otto shop|otto app|otto market|otto payments|emma matratze|emma mattress|max bahr|klaus kinski|' +
  'lena meyer-landrut|mario barth|karl lagerfeld|anna wintour|jamie oliver|gordon ramsay|tim mälzer|' +
  'florian silbereisen|nina chuba|ed sheeran|billie eilish|justin bieber|kim kardashian|kanye west|' +
  'oprah winfrey|lewis capaldi|adele adkins|paul mccartney|john lennon|david beckham|harry kane|jamal musiala|' +
  'jessica alba|mark twain|william shakespeare|albert einstein|emma watson|tom cruise|johnny depp|' +
  'leonardo dicaprio|scarlett johansson|angelina jolie|jennifer lopez|jennifer aniston|keanu reeves|' +
    'ryan reynolds|ryan gosling|chris hemsworth|morgan freeman|will smith|michelle obama|greta thunberg|' +
    'joshua kimmich|toni kroos|thomas tuchel|jürgen klopp|julian nagelsmann|hansi flick|rudi völler').split('|'),
);

/** Capitalised words that follow a first name without being a surname (greetings, nouns, weekdays …). */
export const NOT_SURNAME = new Set(
 ('and und oder or but aber the der die das den dem des ein eine i ich wir we you du sie ihr er es he she it they ' +
  'my mein meine dein deine your our unser unsere euer eure his her sein seine this that dies diese hier here ' +
  'hi hey hallo hello moin servus danke dank thanks thank cheers regards grüße gruß gruss best love liebe lieber ' +
  'bitte please sorry entschuldigung team service support kundenservice hotline care help hilfe store shop ' +
  'montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday ' +
  'saturday sunday januar februar märz april juni juli august september oktober november dezember january ' +
  'february march may june july october december bestellung paket rechnung vertrag kunde kundin kundennummer ' +
  'lieferung sendung konto karte account order card phone telefon handy mail email e-mail app website online ' +
  'deutschland germany berlin hamburg münchen köln frankfurt london dublin paris wien zürich usa uk ' +
  'happy birthday geburtstag weihnachten christmas ostern easter neujahr new year frohe schöne schönen ' +
  'vielen viele herzliche herzlichen beste besten kind freundliche freundlichen mfg lg vg ok okay ja nein yes no ' +
  'is ist war was hat has had wird will kann can auch also nur just noch still schon already mal wieder again ' +
  'von vom zu zum zur bei mit für for to at in im on an am auf aus of from by via wie how was what wer who ' +
  'warum why wann when wo where weil because dass that ob if wenn when als as so'
 ).split(/\s+/),
);

/** Lower-case particles inside surnames ("Helene von Arnim", "Mira van Dijk"). */
export const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'ten', 'ter', 'zu', 'vom', 'al', 'el', 'bin', 'ibn']);
