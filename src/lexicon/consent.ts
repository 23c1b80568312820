import type {LexiconMatch} from './match.js'

/**
 * The consent a sign-up or comment form prints under its button: the action
 * ("By signing up", "Mit Absenden meiner E-Mail-Adresse", "En vous
 * inscrivant", "Al suscribirte"), then, in the same sentence, the reader
 * agreeing to it ("you agree to our Privacy Policy", "willige ich … ein",
 * "vous acceptez", "aceptas"). One pattern per language, as the farewells are
 * (see sign-offs.ts): the action alone opens article sentences too ("By
 * signing up for the programme, farmers receive …"), and a story's "By
 * entering this store you agree …" names no form's action; the two together
 * in one sentence are a form's small print wherever they stand.
 */
const consents: readonly RegExp[] = [
  // English: "By signing up, you agree to our Privacy Policy", "By clicking “Post Your Answer”, you agree to our terms".
  /^by (?:signing up|subscribing|registering|submitting|clicking|providing your e-?mail|entering your e-?mail)\b[^.!?]{0,120}?\b(?:you|i) (?:hereby )?(?:agree|accept|consent|acknowledge|confirm)\b/iu,
  // German: "Mit Absenden meiner E-Mail-Adresse willige ich … ein", "Mit deiner Anmeldung akzeptierst du …",
  // "Mit der Anmeldung für den Newsletter haben Sie den Hinweis … zur Kenntnis genommen".
  /^mit (?:dem )?(?:absenden|abschicken|klick auf|klicken auf|(?:der|deiner|ihrer) (?:anmeldung|registrierung))\b[^.!?]{0,120}?\b(?:willige ich|erkläre ich|erklärst du|erklären sie|akzeptiere ich|akzeptierst du|akzeptieren sie|stimme ich|stimmst du|stimmen sie|bestätige ich|bestätigst du|bestätigen sie|zur kenntnis genommen|einverstanden)/iu,
  // French: "En vous inscrivant, vous acceptez …", "En cliquant sur « S'abonner », vous acceptez …".
  /^en (?:vous inscrivant|vous abonnant|cliquant|soumettant|validant)\b[^.!?]{0,120}?\b(?:vous acceptez|vous consentez|vous reconnaissez|j'accepte|je consens)\b/iu,
  // Spanish: "Al suscribirte aceptas …", "Al hacer click en el botón de registro afirmo que acepto …".
  /^al (?:suscribirte|suscribirse|registrarte|registrarse|hacer cli(?:c|ck)|enviar|pulsar)\b[^.!?]{0,120}?\b(?:aceptas|acepta|aceptás|acepto|consientes|consiente|afirmo)\b/iu,
  // Portuguese: "Ao se inscrever, você concorda …", "Ao clicar em Assinar, aceito …".
  /^ao (?:se inscrever|se cadastrar|assinar|clicar|enviar|subscrever)\b[^.!?]{0,120}?\b(?:você concorda|concordo|aceita|aceito|declaro)\b/iu,
  // Italian: "Iscrivendoti accetti …", "Cliccando su Iscriviti, dichiari …".
  /^(?:iscrivendoti|registrandoti|cliccando|inviando)\b[^.!?]{0,120}?\b(?:accetti|acconsenti|dichiari|accetto|acconsento|dichiaro)\b/iu,
  // Dutch: "Door je in te schrijven ga je akkoord met …", "Door op Aanmelden te klikken, gaat u akkoord …".
  /^door (?:je|u|jezelf|op)\b[^.!?]{0,120}?\b(?:ga je|gaat u|ga ik) akkoord\b/iu,
]

/**
 * What the reader agrees to, in the same line: a policy, terms, their data or e-mail ("our Privacy Policy",
 * "Datenschutzhinweise", "politique de confidentialité"). A how-to's "Mit der Anmeldung bestätigen Sie den Umzug"
 * agrees to no such thing.
 */
const policies = /privacy|polic|terms|\bdata\b|cookie|consent|e-?mail|newsletter|datenschutz|nutzungsbedingungen|\bagb\b|\bdaten\b|confidentialit|conditions|données|privacidad|términos|condiciones|datos|política|privacidade|termos|dados|informativa|termini|\bdati\b|privacybeleid|voorwaarden|gegevens/iu

/**
 * What makes the action a form's: a control or the form itself ("By clicking", "this form", "Mit Absenden", "the button
 * above"), or the site's newsletter or the reader's e-mail. Signing up and registering alone are no form's: one signs up
 * for a gym, a programme, a loan, and consumer advice says what the contract's terms then bind one to ("By signing up
 * for a gym membership, you agree to the terms of the contract, which …").
 */
const formControl =
  /\b(?:click(?:ing|ed)?|submit(?:ting)?|tap(?:ping)?|button|form|above|below|e-?mails?|newsletters?|klick\w*|absenden|abschicken|formular|cliqu\w+|soumett\w+|validant|bouton|formulaire|lettre d'information|clic|enviar|pulsar|bot[oó]n|formul[aá]rio|boletín|clicar|bot[aã]o|cliccando|inviando|pulsante|modulo|klikken|verzend\w*|knop|formulier|nieuwsbrief)\b/iu

/**
 * The site speaking of its own documents ("our Privacy Policy", "unsere Datenschutzerklärung", "notre politique",
 * "nuestra política", "nossa política", "la nostra informativa", "ons privacybeleid"), or the reader agreeing in the
 * first person, as a form words it for them ("I agree", "willige ich", "j'accepte", "acepto", "aceito", "accetto", "ga ik
 * akkoord"). An article tells a third party's terms ("the terms of the contract") and its reader in the second person.
 */
const ownSite = /\b(?:our|unser\w*|ich|meine[mnrs]?|notre|nos|j'|je (?:consens|reconnais|confirme|certifie)|nuestr[ao]s?|acepto|afirmo|noss[ao]s?|aceito|concordo|declaro|nostr[aeio]|accetto|acconsento|dichiaro|onze|ons|ik)\b/iu
/** The reader as "I", in English: case-sensitive, as the Italian article "i" is not. */
const firstPerson = /\bI\b/u

/** The most words of such a line: the consent and the policy it names, a paragraph of small print. */
const maxConsentWords = 120

/** Whether a line is a form's consent small print (see consents). */
export function isConsentLine(text: string, words: number): boolean {
  if (words < 4 || words > maxConsentWords) return false
  const trimmed = text.trimStart()
  return consents.some((pattern) => pattern.test(trimmed)) && policies.test(trimmed) && (formControl.test(trimmed) || ownSite.test(trimmed) || firstPerson.test(trimmed))
}

/** Such a line as a match of the newsletter category, for the audit trail. */
export function consentMatch(text: string): LexiconMatch {
  return {category: 'newsletter', phrase: text.trim().split(/\s+/u).slice(0, 4).join(' '), langs: ['form consent'], whole: true, rest: '', labelled: false}
}
