// The usual words of a banner's "accept all" and "reject all" buttons in
// cookie-seal's 31 built-in languages, lower case, as written on real
// banners (several wordings each). Used only on sites that are not driven
// by cookie-seal, to find the buttons a visitor would press.

/** @type {Record<string, { accept: string[], reject: string[] }>} */
export const WORDS = {
  en: {
    accept: ['accept all', 'accept all cookies', 'accept', 'accept cookies', 'allow all', 'allow all cookies', 'allow cookies', 'i accept', 'i agree', 'agree', 'agree and close', 'accept and close', 'got it', 'ok', 'okay', 'yes, i agree'],
    reject: ['reject all', 'reject all cookies', 'reject', 'reject cookies', 'decline', 'decline all', 'deny', 'deny all', 'refuse', 'refuse all', 'necessary only', 'only necessary', 'only necessary cookies', 'necessary cookies only', 'use necessary cookies only', 'essential only', 'only essential cookies', 'continue without accepting', 'no, thanks', 'no thanks'],
  },
  fr: {
    accept: ['tout accepter', 'accepter tout', 'accepter', 'j\'accepte', 'accepter et fermer', 'accepter les cookies', 'accepter tous les cookies', 'autoriser tous les cookies', 'tout autoriser', 'ok pour moi'],
    reject: ['tout refuser', 'refuser tout', 'refuser', 'je refuse', 'refuser les cookies', 'refuser tous les cookies', 'continuer sans accepter', 'uniquement les cookies nécessaires', 'cookies nécessaires uniquement'],
  },
  de: {
    accept: ['alle akzeptieren', 'akzeptieren', 'alle annehmen', 'annehmen', 'alle zulassen', 'alle cookies akzeptieren', 'zustimmen', 'alle zustimmen', 'einverstanden', 'ich stimme zu', 'akzeptieren und schließen'],
    reject: ['alle ablehnen', 'ablehnen', 'nur notwendige', 'nur notwendige cookies', 'nur essenzielle cookies', 'nur erforderliche cookies', 'ablehnen und schließen', 'nicht zustimmen'],
  },
  es: {
    accept: ['aceptar todo', 'aceptar todas', 'aceptar', 'aceptar cookies', 'aceptar todas las cookies', 'acepto', 'permitir todas'],
    reject: ['rechazar todo', 'rechazar todas', 'rechazar', 'rechazar cookies', 'solo necesarias', 'denegar', 'no acepto'],
  },
  it: {
    accept: ['accetta tutto', 'accetta tutti', 'accetta', 'accetto', 'accetta tutti i cookie', 'consenti tutti', 'acconsento'],
    reject: ['rifiuta tutto', 'rifiuta tutti', 'rifiuta', 'rifiuto', 'solo necessari', 'continua senza accettare', 'nega'],
  },
  pt: {
    accept: ['aceitar tudo', 'aceitar todos', 'aceitar', 'aceito', 'aceitar cookies', 'permitir todos', 'concordo'],
    reject: ['rejeitar tudo', 'rejeitar todos', 'rejeitar', 'recusar', 'recusar tudo', 'recusar todos', 'apenas necessários'],
  },
  nl: {
    accept: ['alles accepteren', 'accepteren', 'alle cookies accepteren', 'accepteer alles', 'akkoord', 'alles toestaan', 'ik ga akkoord'],
    reject: ['alles weigeren', 'weigeren', 'alles afwijzen', 'afwijzen', 'alleen noodzakelijke', 'alleen noodzakelijke cookies', 'niet akkoord'],
  },
  pl: {
    accept: ['zaakceptuj wszystkie', 'akceptuj wszystkie', 'akceptuję', 'zaakceptuj', 'zgadzam się', 'zezwól na wszystkie', 'akceptuj'],
    reject: ['odrzuć wszystkie', 'odrzuć', 'odrzucam', 'tylko niezbędne', 'nie zgadzam się'],
  },
  cs: {
    accept: ['přijmout vše', 'přijmout všechny', 'přijmout', 'souhlasím', 'povolit vše', 'přijmout všechny cookies'],
    reject: ['odmítnout vše', 'odmítnout všechny', 'odmítnout', 'nesouhlasím', 'pouze nezbytné'],
  },
  sk: {
    accept: ['prijať všetko', 'prijať všetky', 'prijať', 'súhlasím', 'povoliť všetko'],
    reject: ['odmietnuť všetko', 'odmietnuť všetky', 'odmietnuť', 'nesúhlasím', 'iba nevyhnutné'],
  },
  sl: {
    accept: ['sprejmi vse', 'sprejmem', 'sprejmi', 'strinjam se', 'dovoli vse'],
    reject: ['zavrni vse', 'zavrni', 'zavračam', 'samo nujni'],
  },
  hr: {
    accept: ['prihvati sve', 'prihvaćam', 'prihvati', 'slažem se', 'dopusti sve'],
    reject: ['odbij sve', 'odbij', 'odbijam', 'samo nužni'],
  },
  hu: {
    accept: ['összes elfogadása', 'elfogadom', 'elfogadás', 'mindet elfogadom', 'összes cookie elfogadása', 'elfogad'],
    reject: ['összes elutasítása', 'elutasítom', 'elutasítás', 'mindet elutasítom', 'csak a szükségesek'],
  },
  ro: {
    accept: ['acceptă tot', 'acceptă toate', 'acceptați toate', 'accept', 'acceptă', 'sunt de acord', 'de acord'],
    reject: ['respinge tot', 'respinge toate', 'respingeți toate', 'refuz', 'refuză', 'respinge', 'doar necesare'],
  },
  bg: {
    accept: ['приемам всички', 'приемане на всички', 'приеми всички', 'приемам', 'съгласен съм', 'разреши всички'],
    reject: ['отхвърлям всички', 'отхвърляне на всички', 'отхвърли всички', 'отказвам', 'отхвърлям', 'само необходимите'],
  },
  el: {
    accept: ['αποδοχή όλων', 'αποδέχομαι', 'αποδοχή', 'συμφωνώ', 'αποδοχή όλων των cookies', 'να επιτρέπονται όλα'],
    reject: ['απόρριψη όλων', 'απορρίπτω', 'απόρριψη', 'μόνο τα απαραίτητα', 'δεν συμφωνώ'],
  },
  da: {
    accept: ['accepter alle', 'accepter', 'tillad alle', 'tillad alle cookies', 'jeg accepterer', 'ok'],
    reject: ['afvis alle', 'afvis', 'kun nødvendige', 'kun nødvendige cookies', 'afslå'],
  },
  sv: {
    accept: ['acceptera alla', 'godkänn alla', 'acceptera', 'godkänn', 'jag godkänner', 'tillåt alla', 'tillåt alla cookies'],
    reject: ['avvisa alla', 'neka alla', 'avvisa', 'neka', 'endast nödvändiga', 'bara nödvändiga', 'avböj'],
  },
  fi: {
    accept: ['hyväksy kaikki', 'hyväksy', 'hyväksyn', 'salli kaikki', 'hyväksy evästeet'],
    reject: ['hylkää kaikki', 'hylkää', 'kieltäydy', 'vain välttämättömät', 'vain välttämättömät evästeet'],
  },
  et: {
    accept: ['nõustu kõigiga', 'nõustun', 'nõustu', 'luba kõik', 'aktsepteeri kõik'],
    reject: ['keeldu kõigist', 'keeldu', 'lükka kõik tagasi', 'keeldun', 'ainult vajalikud'],
  },
  lv: {
    accept: ['pieņemt visus', 'pieņemt visas', 'piekrītu', 'pieņemt', 'atļaut visas'],
    reject: ['noraidīt visus', 'noraidīt visas', 'noraidīt', 'tikai nepieciešamās'],
  },
  lt: {
    accept: ['priimti visus', 'priimti visus slapukus', 'sutinku', 'priimti', 'leisti visus'],
    reject: ['atmesti visus', 'atmesti', 'nesutinku', 'tik būtini'],
  },
  mt: {
    accept: ['aċċetta kollox', 'aċċetta', 'naċċetta', 'naqbel', 'aċċetta l-cookies kollha'],
    reject: ['irrifjuta kollox', 'irrifjuta', 'nirrifjuta', 'dawk meħtieġa biss'],
  },
  ga: {
    accept: ['glac le gach ceann', 'glac leo go léir', 'glac le gach rud', 'glacaim', 'glac leis', 'aontaím'],
    reject: ['diúltaigh do gach ceann', 'diúltaigh do gach rud', 'diúltaigh', 'diúltaím', 'riachtanach amháin'],
  },
  nb: {
    accept: ['godta alle', 'aksepter alle', 'godta', 'aksepter', 'jeg godtar', 'tillat alle', 'tillat alle informasjonskapsler'],
    reject: ['avvis alle', 'avvis', 'avslå', 'avslå alle', 'bare nødvendige', 'kun nødvendige'],
  },
  is: {
    accept: ['samþykkja allt', 'samþykkja allar', 'samþykkja', 'ég samþykki', 'leyfa allar'],
    reject: ['hafna öllu', 'hafna öllum', 'hafna', 'aðeins nauðsynlegar'],
  },
  ca: {
    accept: ['accepta-ho tot', 'acceptar-ho tot', 'acceptar tot', 'acceptar totes', 'accepto', 'acceptar', 'accepta'],
    reject: ['rebutja-ho tot', 'rebutjar-ho tot', 'rebutjar tot', 'rebutjar', 'rebutja', 'només necessàries'],
  },
  uk: {
    accept: ['прийняти всі', 'прийняти все', 'приймаю', 'прийняти', 'погоджуюсь', 'дозволити всі'],
    reject: ['відхилити всі', 'відхилити все', 'відхилити', 'відмовитися', 'лише необхідні'],
  },
  tr: {
    accept: ['tümünü kabul et', 'hepsini kabul et', 'kabul et', 'kabul ediyorum', 'tüm çerezleri kabul et', 'onayla'],
    reject: ['tümünü reddet', 'hepsini reddet', 'reddet', 'reddediyorum', 'yalnızca gerekli'],
  },
  ar: {
    accept: ['قبول الكل', 'قبول الجميع', 'موافقة على الكل', 'أوافق', 'موافق', 'قبول', 'السماح بالكل'],
    reject: ['رفض الكل', 'رفض الجميع', 'رفض', 'أرفض', 'الضرورية فقط'],
  },
  he: {
    accept: ['קבל הכל', 'קבלת הכל', 'אישור הכל', 'אשר הכל', 'אני מסכים', 'מסכים', 'אישור', 'קבלה'],
    reject: ['דחה הכל', 'דחיית הכל', 'דחה', 'דחייה', 'אני לא מסכים', 'רק הכרחיות'],
  },
};

/** The built-in languages, as DESIGN §5 lists them. */
export const LANGUAGES = Object.keys(WORDS);

/**
 * Known consent-manager buttons, first layer only. Each CMP is listed with
 * its accept and reject selectors.
 */
export const CMP_SELECTORS = [
  { cmp: 'OneTrust', accept: '#onetrust-accept-btn-handler', reject: '#onetrust-reject-all-handler' },
  { cmp: 'Cookiebot', accept: '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll, #CybotCookiebotDialogBodyButtonAccept', reject: '#CybotCookiebotDialogBodyButtonDecline' },
  { cmp: 'Didomi', accept: '#didomi-notice-agree-button', reject: '#didomi-notice-disagree-button' },
  { cmp: 'Usercentrics', accept: '[data-testid="uc-accept-all-button"]', reject: '[data-testid="uc-deny-all-button"]' },
  { cmp: 'Quantcast', accept: '.qc-cmp2-summary-buttons button[mode="primary"]', reject: '.qc-cmp2-summary-buttons button[mode="secondary"]' },
  { cmp: 'CookieYes', accept: '.cky-btn-accept', reject: '.cky-btn-reject' },
  { cmp: 'Complianz', accept: '.cmplz-btn.cmplz-accept', reject: '.cmplz-btn.cmplz-deny' },
  { cmp: 'vanilla-cookieconsent', accept: '#cc-main [data-role="all"], #cc--main .c-bn[data-role="all"]', reject: '#cc-main [data-role="necessary"], #cc--main .c-bn[data-role="necessary"]' },
  { cmp: 'Klaro', accept: '.klaro .cm-btn-accept-all, .klaro .cookie-notice .cm-btn-success', reject: '.klaro .cn-decline, .klaro .cm-btn-decline' },
  { cmp: 'Orejime', accept: '.orejime-Notice-saveButton', reject: '.orejime-Notice-declineButton' },
  { cmp: 'tarteaucitron', accept: '#tarteaucitronPersonalize2', reject: '#tarteaucitronAllDenied2' },
  { cmp: 'Osano', accept: '.osano-cm-accept-all', reject: '.osano-cm-denyAll' },
  { cmp: 'iubenda', accept: '.iubenda-cs-accept-btn', reject: '.iubenda-cs-reject-btn' },
  { cmp: 'TrustArc', accept: '#truste-consent-button', reject: '#truste-consent-required' },
  { cmp: 'Borlabs Cookie', accept: '[data-borlabs-cookie-actions="accept-all"]', reject: '[data-borlabs-cookie-actions="accept-only-essential"]' },
];

/**
 * The texts to look for, the scan's language first, then English, then the
 * rest (a site in Polish may still say "Accept all").
 * @param {'accept' | 'reject'} which @param {string} [lang]
 */
export function wordsFor(which, lang) {
  const primary = (lang || 'en').toLowerCase().split('-')[0];
  const order = [primary, 'en', ...LANGUAGES.filter((l) => l !== primary && l !== 'en')];
  return [...new Set(order.flatMap((l) => WORDS[l]?.[which] ?? []))];
}
