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
  'aaron abigail aidan aiden alan albert alice alison amanda amber amy andrew angela anthony aoife ashley ' +
  'austin barry becky beth bethany betty billy bob brad bradley brandon brenda brendan brian brittany ' +
  'brooke bryan caitlin calvin cameron carl carol caroline carter casey catherine charles charlie chelsea chloe ' +
  'chris christopher ciara cian cindy claire colin connor conor courtney craig crystal cynthia dale dan danielle ' +
  'danny darren dave dean debbie deborah declan denis derek donna doug douglas dylan ed eddie edward eileen eleanor ' +
  'elizabeth ellie emily eoin eric erin ethan evan evelyn fiona frances gary gavin gemma george georgia grace ' +
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
  'ravi rohan sanjay sunil vikram wei li ming yuki hiro kenji mei lin jun hana';

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
    'harry potter|sherlock holmes').split('|'),
);

/** Capitalised words that follow a first name without being a surname (greetings, nouns, weekdays …). */
export const NOT_SURNAME = new Set(
  ('and und oder or but aber the der die das den dem des ein eine i ich wir we you du sie ihr er es he she it they ' +
    'my mein meine dein deine your our unser unsere euer eure his her sein seine this that dies diese hier here ' +
    'hi hey hallo hello moin servus danke dank thanks thank cheers regards grüße gruß gruss best love liebe lieber ' +
    'bitte please sorry entschuldigung team service support kundenservice hotline care help hilfe store shop ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday ' +
    'saturday sunday januar februar märz april mai juni juli august september oktober november dezember january ' +
    'february march may june july october december bestellung paket rechnung vertrag kunde kundin kundennummer ' +
    'lieferung sendung konto karte account order card phone telefon handy mail email e-mail app website online ' +
    'deutschland germany berlin hamburg münchen köln frankfurt london dublin paris wien zürich usa uk ' +
    'happy birthday geburtstag weihnachten christmas ostern easter neujahr new year frohe schöne schönen ' +
    'vielen viele herzliche herzlichen beste besten kind freundliche freundlichen mfg lg vg ok okay ja nein yes no ' +
    'is ist war was hat has had wird will kann can auch also nur just noch still schon already mal wieder again ' +
    'von vom zu zum zur bei mit für for to at in im on an am auf aus of from by per via wie how was what wer who ' +
    'warum why wann when wo where weil because dass that ob if wenn when als as so'
  ).split(/\s+/),
);

/** Lower-case particles inside surnames ("Katharina von Stetten", "Anna de Vries"). */
export const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'ten', 'ter', 'zu', 'vom', 'al', 'el', 'bin', 'ibn']);
