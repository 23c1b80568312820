import type {LanguageLexicon} from './categories.js'

/** Icelandic. Phrases are matched case-insensitively against a whole line or its start; `{n}` stands for a number. */
export default {
  related: ['tengdar fréttir', 'fleiri fréttir', 'tengt efni', 'meira um efnið'],
  popular: ['mest lesið', 'mest lesnu fréttirnar', 'vinsælast', 'mest skoðað'],
  recent: ['nýjustu fréttir', 'nýjast'],
  newsletter: ['skráðu þig á póstlistann', 'fréttabréf', 'póstlisti', 'netfangið þitt'],
  // Not 'deila' (also a dispute), 'flokkur' / 'flokkar' (also a political party) nor 'ummæli' (remarks) alone: a phrase opens
  // chrome of up to 40 words at the page's edges, and these open headlines ("Deila um kvótann harðnar", "Flokkur fólksins vill …").
  share: ['deila frétt', 'deildu', 'afrita hlekk'],
  postedIn: ['efnisorð'],
  readMore: ['lesa einnig', 'lestu einnig', 'lesa meira', 'lestu meira', 'sjá einnig', 'lesa áfram'],
  comments: ['athugasemdir', '{n} athugasemdir', 'skrifa athugasemd'],
  commentsOn: [],
  authorBox: ['um höfundinn'],
  cookie: ['þessi vefur notar vafrakökur', 'við notum vafrakökur', 'samþykkja allar', 'persónuverndarstefna', 'stefna um vafrakökur'],
  copyright: ['allur réttur áskilinn'],
  advertisement: ['auglýsing', 'kostað efni'],
  breadcrumbHome: ['forsíða', 'heim'],
  authorLabel: ['höfundur', 'eftir', 'skrifað af'],
  sourceLabel: ['heimild'],
  // Not 'mynd' alone (image): Welsh's verb 'to go' opens short headings ('Mynd am dro'), which a credit word of four words or fewer would cut.
  photoCredit: ['ljósmynd', 'myndir'],
  readingTime: ['{n} mín. lestur', 'lestími'],
  login: ['innskráning', 'skrá inn', 'nýskráning', 'mínar síður'],
} satisfies LanguageLexicon
