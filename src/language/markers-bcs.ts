import {onFirstUse} from '../util/on-first-use.js'
/*
 * Croatian, Bosnian and Serbian are one language with three standards, and
 * franc's models for them (trained on short translations of one text) are
 * no better than a coin. What separates them in running text:
 *
 * - the reflex of old yat: Serbian is ekavian (`vreme`, `dete`, `mesto`,
 *   `izmena`), Croatian and Bosnian ijekavian (`vrijeme`, `dijete`,
 *   `mjesto`, `izmjena`). The ijekavian spelling is a rule, `ije` inside a
 *   word or `je` after b c d h m p r s t v, so it is a pattern here, not a
 *   list; a longer text with none of it speaks for Serbian. Serbian written
 *   ijekavian (Montenegro, Republika Srpska) reads as Bosnian: no word list
 *   tells them apart.
 * - the words each standard prescribes: Croatian `tisuća`, `tjedan`,
 *   `milijun`, `tko`, `Europa`, `sveučilište`, `znanstvenik`, month names
 *   (`siječanj` …); Bosnian and Serbian `hiljada`, `sedmica`, `milion`, `ko`,
 *   `Evropa`, `univerzitet`, `naučnik`, `januar`; Bosnian alone `historija`,
 *   `hljeb`, `vjerovatno`, `ljekar`, `kahva`.
 *
 * Entries ending in `-` are stems (`tisuć-` is `tisuća`, `tisućama` …).
 * Bosnian and Croatian share the yat reflex, Bosnian and Serbian most of the
 * vocabulary: a short text often has neither, and is `und` unless a hint
 * decides (Bosnian against Croatian is the least reliable call).
 */

/** Ijekavian yat: `ije` inside a word (not the loanword ending `-ijent`), or `je` after b c d h m p r s t v. */
export const ijekavianSpelling = onFirstUse(() => /\p{L}ije(?!nt)\p{L}|[bcdhmprstv]je/u)

export const ekavian = [
  'vreme', 'vremena', 'vremenu', 'mesto', 'mesta', 'mestu', 'reka', 'reke', 'reku', 'dete', 'deca', 'decu', 'dece', 'deci',
  'decom', 'lepo', 'lepa', 'lep', 'cena', 'cene', 'cenu', 'cenama', 'mesec-', 'nedelj-', 'uvek', 'pre', 'posle', 'gde',
  'ovde', 'sledeć-', 'reč', 'reči', 'rečima', 'predsedni-', 'zameni-', 'leto', 'leta', 'letu', 'mleko', 'mleka', 'pesm-',
  'videti', 'razumeti', 'živeti', 'sedeti', 'hteo', 'htela', 'hteli', 'telo', 'tela', 'ceo', 'cela', 'celo', 'celog', 'deo',
  'delu', 'vest', 'vesti', 'uopšte', 'opštin-', 'opšt-', 'saopšt-', 'takođe', 'istorij-', 'hleb-', 'verovatn-', 'lekar-',
  'bezbedn-', 'izveštaj-', 'obaveštenj-', 'izmen-', 'ocen-', 'zahtev-', 'rešenj-', 'pobed-', 'posled-', 'uspeh-', 'primer-',
  'dve', 'obe', 'sneg-', 'predlog-', 'prevoz-', 'zabeleži-', 'devojk-', 'pevač-', 'svetsk-',
]

export const croatian = [
  'tisuć-', 'tjed-', 'milijun-', 'proračun-', 'sveučiliš-', 'kazališ-', 'tvornic-', 'glazb-', 'zrakoplov-', 'obitelj-',
  'znanost-', 'znanstven-', 'povijes-', 'izvješć-', 'nogomet-', 'kruh', 'kruha', 'vlak', 'vlaka', 'vlakom', 'tko', 'točno',
  'točk-', 'udrug-', 'tijekom', 'ponovno', 'izravn-', 'sudjelov-', 'sustav-', 'ravnatelj-', 'europ-', 'inozem-', 'gledatelj-',
  'čitatelj-', 'oporb-', 'priopćen-', 'tvrtk-', 'unatoč', 'posebice', 'prosvjed-', 'liječni-', 'momčad-', 'trenutačn-',
  'siječnj-', 'siječanj', 'veljač-', 'ožuj-', 'travanj', 'travnj-', 'svibanj', 'svibnj-', 'lipanj', 'lipnj-', 'srpanj',
  'srpnj-', 'kolovoz-', 'rujan', 'rujn-', 'listopad-', 'studenog', 'studenoga', 'prosinc-', 'prosinac',
]

/** Bosnian and Serbian against Croatian. */
export const bosnianSerbian = [
  'hiljad-', 'sedmic-', 'voz', 'voza', 'vozom', 'milion-', 'budžet-', 'udruženj-', 'tokom', 'ponovo', 'porodic-', 'nauk-',
  'naučn-', 'ko', 'šta', 'tačno', 'tačk-', 'fudbal-', 'univerzitet-', 'fabrik-', 'saradnj-', 'učestvov-', 'evrop-',
  'inostran-', 'saobraćaj-', 'ambasad-', 'preduzeć-', 'finansij-', 'finansir-', 'hemij-', 'gledalac', 'gledalaca',
  'januar-', 'februar-', 'marta', 'septemb-', 'oktob-', 'novemb-', 'decemb-',
]

export const bosnian = ['historij-', 'hljeb-', 'vjerovatn-', 'ljekar-', 'lahko', 'kahv-', 'sahat-', 'saopćenj-', 'augusta']

/** Slovene, franc's fourth candidate here: words the other three do not write (`tudi`, `zelo`, `kjer`, `kdo`, `ki`, `in`, `več`). */
export const slovene = ['tudi', 'zelo', 'kot', 'ker', 'vendar', 'bo', 'bodo', 'ampak', 'torej', 'kjer', 'kdo', 'kaj', 'vsi', 'vse', 'že', 'danes', 'včeraj', 'jutri', 'lahko', 'ki', 'in', 'več', 'so', 'tega', 'če', 'občin-']

export const ijekavian = [
  'vrijeme', 'mjesto', 'mjesta', 'rijeka', 'rijeke', 'dijete', 'djeca', 'djecu', 'djece', 'lijepo', 'lijepa',
  'lijep', 'cijena', 'cijene', 'mjesec', 'mjeseca', 'mjeseci', 'nedjelja', 'nedjelje', 'uvijek', 'prije', 'poslije', 'gdje',
  'ovdje', 'sljedeći', 'sljedeće', 'sljedeća', 'sljedećeg', 'riječ', 'riječi', 'riječima', 'predsjednik', 'predsjednica',
  'predsjednika', 'zamjenik', 'zamjenika', 'ljeto', 'ljeta', 'mlijeko', 'pjesma', 'pjesme', 'vidjeti', 'razumjeti',
  'živjeti', 'sjediti', 'tijelo', 'cijeli', 'cijela', 'cijelo', 'dio', 'vijest', 'vijesti', 'vijeće', 'vijeća', 'svijet',
  'svijeta', 'općin-', 'uopće', 'dvije', 'obje',
]
