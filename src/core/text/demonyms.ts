/**
 * Countries, their common alternative names and demonyms (general world knowledge), so that
 * "U.S.", "US", "United States", "America" and "American" all meet at "united states".
 * Entries: "canonical|alias,alias|demonym,demonym" (folded: lower case, no dots, no diacritics).
 */
const TABLE = `
afghanistan||afghan
albania||albanian
algeria||algerian
andorra||andorran
angola||angolan
argentina||argentine,argentinian
armenia||armenian
australia||australian,aussie
austria||austrian
azerbaijan||azerbaijani,azeri
bahamas|the bahamas|bahamian
bahrain||bahraini
bangladesh||bangladeshi
barbados||barbadian
belarus|byelorussia|belarusian
belgium||belgian
belize||belizean
benin||beninese
bhutan||bhutanese
bolivia||bolivian
bosnia and herzegovina|bosnia,bosnia-herzegovina|bosnian
botswana||motswana,batswana
brazil||brazilian
brunei||bruneian
bulgaria||bulgarian
burkina faso||burkinabe
burundi||burundian
cambodia||cambodian
cameroon||cameroonian
canada||canadian
cape verde|cabo verde|cape verdean
central african republic||central african
chad||chadian
chile||chilean
china|prc,people's republic of china,mainland china|chinese
colombia||colombian
comoros||comorian
congo|drc,dr congo,democratic republic of the congo,democratic republic of congo,republic of the congo,congo-brazzaville,congo-kinshasa|congolese
costa rica||costa rican
croatia||croatian,croat
cuba||cuban
cyprus||cypriot
czech republic|czechia|czech
denmark||danish,dane
djibouti||djiboutian
dominican republic||dominican
ecuador||ecuadorian,ecuadorean
egypt||egyptian
el salvador||salvadoran,salvadorean
equatorial guinea||equatoguinean
eritrea||eritrean
estonia||estonian
eswatini|swaziland|swazi
ethiopia||ethiopian
fiji||fijian
finland||finnish,finn
france||french,frenchman,frenchwoman
gabon||gabonese
gambia|the gambia|gambian
georgia||georgian
germany||german
ghana||ghanaian
greece||greek,hellenic
greenland||greenlandic
guatemala||guatemalan
guinea||guinean
guinea-bissau||bissau-guinean
guyana||guyanese
haiti||haitian
honduras||honduran
hong kong||hongkonger
hungary||hungarian
iceland||icelandic,icelander
india||indian
indonesia||indonesian
iran|islamic republic of iran,persia|iranian
iraq||iraqi
ireland|eire,republic of ireland|irish
israel||israeli
italy||italian
ivory coast|cote d'ivoire|ivorian
jamaica||jamaican
japan||japanese
jordan||jordanian
kazakhstan||kazakh,kazakhstani
kenya||kenyan
kosovo||kosovar,kosovan
kuwait||kuwaiti
kyrgyzstan|kirghizia|kyrgyz
laos|lao pdr|laotian,lao
latvia||latvian
lebanon||lebanese
lesotho||basotho,mosotho
liberia||liberian
libya||libyan
liechtenstein||liechtensteiner
lithuania||lithuanian
luxembourg||luxembourgish,luxembourger
madagascar||malagasy
malawi||malawian
malaysia||malaysian
maldives|the maldives|maldivian
mali||malian
malta||maltese
mauritania||mauritanian
mauritius||mauritian
mexico||mexican
moldova||moldovan
monaco||monegasque
mongolia||mongolian
montenegro||montenegrin
morocco||moroccan
mozambique||mozambican
myanmar|burma|burmese,myanmarese
namibia||namibian
nepal||nepali,nepalese
netherlands|the netherlands,holland|dutch
new zealand||new zealander
nicaragua||nicaraguan
niger||nigerien
nigeria||nigerian
north korea|dprk,democratic people's republic of korea|north korean
north macedonia|macedonia|macedonian
norway||norwegian
oman||omani
pakistan||pakistani
palestine|palestinian territories,state of palestine|palestinian
panama||panamanian
papua new guinea|png|papua new guinean
paraguay||paraguayan
peru||peruvian
philippines|the philippines|filipino,filipina,philippine
poland||polish,pole
portugal||portuguese
puerto rico||puerto rican
qatar||qatari
romania||romanian
russia|russian federation|russian
rwanda||rwandan
saudi arabia|ksa,kingdom of saudi arabia|saudi
senegal||senegalese
serbia||serbian,serb
sierra leone||sierra leonean
singapore||singaporean
slovakia||slovak,slovakian
slovenia||slovenian,slovene
somalia||somali
south africa||south african
south korea|republic of korea|south korean
south sudan||south sudanese
spain||spanish,spaniard
sri lanka||sri lankan
sudan||sudanese
suriname||surinamese
sweden||swedish,swede
switzerland||swiss
syria|syrian arab republic|syrian
taiwan||taiwanese
tajikistan||tajik
tanzania||tanzanian
thailand||thai
timor-leste|east timor|timorese
togo||togolese
trinidad and tobago|trinidad|trinidadian
tunisia||tunisian
turkey|turkiye|turkish,turk
turkmenistan||turkmen
uganda||ugandan
ukraine||ukrainian
united arab emirates|uae,emirates|emirati
united kingdom|uk,britain,great britain,u k|british,briton,brit
united states|us,usa,america,united states of america,u s,u s a|american
uruguay||uruguayan
uzbekistan||uzbek
vatican|holy see,vatican city|
venezuela||venezuelan
vietnam|viet nam|vietnamese
yemen||yemeni
zambia||zambian
zimbabwe||zimbabwean
england||english
scotland||scottish,scot
wales||welsh
northern ireland||northern irish
`;

/** Supranational bodies written like countries ("U.N.", "EU"); they are organisations. */
const BODIES = `
united nations|un,u n|
european union|eu,e u|
`;

const COUNTRY_BY_FORM = new Map<string, string>();
const BODY_CANONICALS = new Set<string>();

function load(table: string, isBody: boolean): void {
  for (const line of table.trim().split('\n')) {
    const [canonical = '', aliases = '', demonyms = ''] = line.split('|');
    const add = (form: string): void => {
      if (form) COUNTRY_BY_FORM.set(form, canonical);
    };
    add(canonical);
    if (isBody) BODY_CANONICALS.add(canonical);
    for (const a of aliases.split(',')) add(a);
    for (const d of demonyms.split(',')) {
      if (!d) continue;
      add(d);
      add(pluralOf(d));
    }
  }
}

/** "Iraqi" → "iraqis", "Swiss" → "swiss", "Frenchman" → "frenchmen". */
function pluralOf(d: string): string {
  if (/(?:ss|sh|ch|ese)$/.test(d)) return d;
  if (d.endsWith('man')) return d.slice(0, -3) + 'men';
  return d + 's';
}

load(TABLE, false);
load(BODIES, true);

/** Country (or UN/EU) canonical for a folded form ("iraqi" → "iraq", "us" → "united states"), else null. */
export function countryOf(folded: string): string | null {
  return COUNTRY_BY_FORM.get(folded) ?? countryOfPersonNoun(folded);
}

/** "Englishman", "Irishwomen": a demonym of four letters or more joined to man/woman. */
function countryOfPersonNoun(folded: string): string | null {
  const m = /^([a-z]{4,}?)(?:wo)?m[ae]n$/.exec(folded);
  return m ? (COUNTRY_BY_FORM.get(m[1]!) ?? null) : null;
}

/** True for a canonical from the table (a country, or the UN/EU). */
export function isCountryCanonical(canonical: string): boolean {
  return COUNTRY_BY_FORM.get(canonical) === canonical;
}

/** True for the UN/EU-like bodies in the table (kind org, not place). */
export function isBodyCanonical(canonical: string): boolean {
  return BODY_CANONICALS.has(canonical);
}
