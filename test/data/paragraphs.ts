/**
 * Realistic paragraphs for language detection, written for these tests: a
 * local-news report told in each language of a close group (nb/da/sv,
 * nl/af, es/pt/gl/ca, sk, ru/uk/bg, fa/ar/ur, hr/sr/bs, id/ms), so the pairs differ
 * by language only, not by topic; plus a second, different text for the
 * hardest pairs and a few other languages.
 */
export const paragraphs: Record<string, readonly string[]> = {
  nb: [
    'Kommunen har bestemt at den gamle skolen i sentrum skal rives neste år. Mange av innbyggerne er misfornøyde med vedtaket, og flere hundre har allerede skrevet under på et opprop. – Vi mener at bygningen burde bevares som et kulturhus for barn og unge, sier lederen av velforeningen, Kari Solberg. Ifølge rådmannen vil det koste over tretti millioner kroner å sette bygget i stand. Politikerne skal likevel ta saken opp igjen etter sommeren, når det nye budsjettet er klart.',
    'Vi kom fram til hytta sent på fredag kveld, etter nesten fire timer i bil. Snøen lå høyt rundt veggene, så vi måtte måke oss inn før vi kunne tenne i peisen. Neste morgen var det minus tjue grader og helt vindstille. Barna ville ut på ski med en gang, men vi ble enige om å vente til sola kom over åsen. Det ble en lang og fin tur, og etterpå smakte kakaoen bedre enn noen gang.',
  ],
  da: [
    'Kommunen har besluttet, at den gamle skole i midtbyen skal rives næste år. Mange af borgerne er utilfredse med beslutningen, og flere hundrede har allerede skrevet under på en underskriftindsamling. – Vi mener, at bygningen burde bevares som et kulturhus for børn og unge, siger formanden for grundejerforeningen, Karen Sørensen. Ifølge kommunaldirektøren vil det koste over tredive millioner kroner at sætte bygningen i stand. Politikerne vil dog tage sagen op igen efter sommerferien, når det nye budget er vedtaget.',
    'Vi nåede frem til sommerhuset sent fredag aften, efter næsten fire timer i bilen. Det havde regnet hele dagen, og haven var fuld af vandpytter. Næste morgen skinnede solen, og børnene ville straks ned til stranden. Vi blev enige om først at spise morgenmad på terrassen, mens vi hørte radio. Det blev en lang og dejlig dag, og om aftenen grillede vi pølser og snakkede til langt ud på natten.',
  ],
  sv: [
    'Kommunen har beslutat att den gamla skolan i centrum ska rivas nästa år. Många av invånarna är missnöjda med beslutet, och flera hundra har redan skrivit under ett upprop. – Vi tycker att byggnaden borde bevaras som ett kulturhus för barn och unga, säger ordföranden i hembygdsföreningen, Karin Lindqvist. Enligt kommundirektören skulle det kosta över trettio miljoner kronor att rusta upp huset. Politikerna ska ändå ta upp frågan igen efter sommaren, när den nya budgeten är klar.',
  ],
  nl: [
    "De gemeente heeft besloten dat de oude school in het centrum volgend jaar wordt gesloopt. Veel inwoners zijn het niet eens met dat besluit en honderden mensen hebben al een petitie ondertekend. 'Wij vinden dat het gebouw bewaard moet blijven als cultuurhuis voor kinderen en jongeren', zegt de voorzitter van de buurtvereniging, Karin de Vries. Volgens de gemeentesecretaris kost het meer dan dertig miljoen euro om het gebouw op te knappen. De gemeenteraad bespreekt de kwestie na de zomer opnieuw, als de nieuwe begroting klaar is.",
  ],
  af: [
    "Die munisipaliteit het besluit dat die ou skool in die middestad volgende jaar gesloop word. Baie inwoners is nie tevrede met die besluit nie, en honderde mense het reeds 'n petisie onderteken. “Ons voel dat die gebou bewaar moet word as 'n kultuursentrum vir kinders en jongmense,” sê die voorsitter van die buurtvereniging, Karin du Plessis. Volgens die munisipale bestuurder sal dit meer as dertig miljoen rand kos om die gebou op te knap. Die raad sal die saak na die somer weer bespreek, wanneer die nuwe begroting gereed is.",
  ],
  es: [
    'El ayuntamiento ha decidido que la antigua escuela del centro será demolida el próximo año. Muchos vecinos no están de acuerdo con la decisión y cientos de personas ya han firmado una petición. «Creemos que el edificio debería conservarse como casa de cultura para niños y jóvenes», afirma la presidenta de la asociación de vecinos, Carmen López. Según el secretario municipal, rehabilitar el edificio costaría más de treinta millones de euros. Los concejales volverán a debatir el asunto después del verano, cuando esté listo el nuevo presupuesto.',
  ],
  ca: [
    "L'ajuntament ha decidit que l'antiga escola del centre serà enderrocada l'any vinent. Molts veïns no estan d'acord amb la decisió i centenars de persones ja han signat una petició. «Creiem que l'edifici s'hauria de conservar com a casa de cultura per als infants i els joves», afirma la presidenta de l'associació de veïns, Carme Puig. Segons el secretari municipal, rehabilitar l'edifici costaria més de trenta milions d'euros. Els regidors tornaran a debatre l'assumpte després de l'estiu, quan el nou pressupost estigui enllestit.",
    "La nova biblioteca del barri de Gràcia ha obert les portes aquest dissabte amb més de vint mil llibres i una sala d'estudi oberta fins a mitjanit. L'equipament ha costat quatre milions d'euros i ocupa l'antiga fàbrica tèxtil del carrer Verdi, que feia anys que estava abandonada. La planta baixa acull una sala infantil amb contes en set llengües i activitats cada tarda.",
  ],
  sk: [
    'Mestské zastupiteľstvo rozhodlo, že starú školu v centre budú budúci rok búrať. Mnohí obyvatelia s rozhodnutím nesúhlasia a petíciu už podpísali stovky ľudí. „Myslíme si, že budova by sa mala zachovať ako kultúrny dom pre deti a mládež,“ hovorí predsedníčka miestneho združenia Katarína Horváthová. Podľa prednostu mestského úradu by oprava budovy stála viac ako tridsať miliónov eur. Poslanci sa k veci vrátia po lete, keď bude pripravený nový rozpočet.',
    // A page's body, its subheading on a line of its own.
    'Mestská knižnica v Petržalke otvorí v apríli nové priestory s viac ako tridsiatimi tisícmi kníh a študovňou otvorenou do polnoci.\nRekonštrukcia bývalej kotolne stála takmer štyri milióny eur a mesto na ňu získalo peniaze z eurofondov.\nMiesto pre deti\nNa prízemí bude detské oddelenie s rozprávkami v piatich jazykoch a každé popoludnie tu budú tvorivé dielne.\nRiaditeľka knižnice povedala, že chce, aby sa knižnica stala „miestom stretnutí pre celú štvrť“.',
  ],
  sl: [
    'Občina se je odločila, da bodo staro šolo v središču mesta prihodnje leto porušili. Veliko prebivalcev se z odločitvijo ne strinja in več sto ljudi je že podpisalo peticijo. Po besedah direktorja občinske uprave bi obnova stavbe stala več kot trideset milijonov evrov.',
  ],
  pt: [
    'A prefeitura decidiu que a antiga escola do centro será demolida no próximo ano. Muitos moradores não concordam com a decisão e centenas de pessoas já assinaram um abaixo-assinado. “Achamos que o prédio deveria ser preservado como uma casa de cultura para crianças e jovens”, diz a presidente da associação de moradores, Carla Souza. Segundo o secretário municipal, a reforma do edifício custaria mais de trinta milhões de reais. Os vereadores vão voltar a discutir o assunto depois do verão, quando o novo orçamento estiver pronto.',
  ],
  gl: [
    'O concello decidiu que a vella escola do centro será derrubada o ano que vén. Moitos veciños non están de acordo coa decisión e centos de persoas xa asinaron unha petición. «Cremos que o edificio debería conservarse como casa da cultura para nenos e mozos», afirma a presidenta da asociación veciñal, Carme Rodríguez. Segundo o secretario municipal, rehabilitar o edificio custaría máis de trinta millóns de euros. Os concelleiros volverán debater o asunto despois do verán, cando estea listo o novo orzamento.',
  ],
  ru: [
    'Городская администрация решила, что старое здание школы в центре снесут в следующем году. Многие жители недовольны этим решением, и уже несколько сотен человек подписали петицию. «Мы считаем, что здание нужно сохранить как дом культуры для детей и молодёжи», — говорит председатель местного совета жильцов Елена Смирнова. По словам заместителя мэра, ремонт обойдётся более чем в тридцать миллионов рублей. Депутаты вернутся к этому вопросу после лета, когда будет готов новый бюджет.',
  ],
  uk: [
    "Міська рада вирішила, що стару будівлю школи в центрі знесуть наступного року. Багато мешканців незадоволені цим рішенням, і кілька сотень людей уже підписали петицію. «Ми вважаємо, що будівлю треба зберегти як будинок культури для дітей і молоді», — каже голова об'єднання мешканців Олена Коваленко. За словами заступника міського голови, ремонт коштуватиме понад тридцять мільйонів гривень. Депутати повернуться до цього питання після літа, коли буде готовий новий бюджет.",
  ],
  bg: [
    'Общината реши старата сграда на училището в центъра да бъде съборена догодина. Много жители не са съгласни с това решение и няколкостотин души вече подписаха петиция. „Смятаме, че сградата трябва да бъде запазена като читалище за деца и младежи“, казва председателката на кварталното сдружение Елена Петрова. Според заместник-кмета ремонтът ще струва повече от тридесет милиона лева. Общинските съветници ще се върнат към въпроса след лятото, когато новият бюджет бъде готов.',
  ],
  fa: [
    'شهرداری تصمیم گرفته است که ساختمان قدیمی مدرسه در مرکز شهر سال آینده تخریب شود. بسیاری از ساکنان با این تصمیم مخالف هستند و چند صد نفر تاکنون طوماری را امضا کرده‌اند. رئیس انجمن محله، مریم احمدی، می‌گوید: «ما فکر می‌کنیم این ساختمان باید به عنوان خانه فرهنگ برای کودکان و نوجوانان حفظ شود.» به گفته معاون شهردار، بازسازی ساختمان بیش از سی میلیارد تومان هزینه خواهد داشت. اعضای شورای شهر پس از تابستان، وقتی بودجه جدید آماده شد، دوباره درباره این موضوع بحث خواهند کرد.',
  ],
  ar: [
    'قررت البلدية هدم مبنى المدرسة القديمة في وسط المدينة العام المقبل. ويعارض كثير من السكان هذا القرار، وقد وقّع مئات الأشخاص على عريضة تطالب بالحفاظ عليه. وتقول رئيسة جمعية الحي، مريم أحمد: «نرى أن المبنى يجب أن يبقى دارًا للثقافة للأطفال والشباب». وبحسب نائب رئيس البلدية، فإن ترميم المبنى سيكلف أكثر من ثلاثين مليون دينار. وسيعود أعضاء المجلس البلدي إلى مناقشة المسألة بعد الصيف، عندما تصبح الميزانية الجديدة جاهزة.',
  ],
  ur: [
    'بلدیہ نے فیصلہ کیا ہے کہ شہر کے مرکز میں واقع اسکول کی پرانی عمارت اگلے سال گرا دی جائے گی۔ بہت سے رہائشی اس فیصلے سے ناخوش ہیں اور کئی سو افراد پہلے ہی ایک درخواست پر دستخط کر چکے ہیں۔ محلہ کمیٹی کی سربراہ مریم احمد کہتی ہیں: ”ہمارا خیال ہے کہ اس عمارت کو بچوں اور نوجوانوں کے لیے ثقافتی مرکز کے طور پر محفوظ رکھا جانا چاہیے۔“ ڈپٹی میئر کے مطابق عمارت کی مرمت پر تیس کروڑ روپے سے زیادہ خرچ آئے گا۔ کونسل کے اراکین گرمیوں کے بعد، جب نیا بجٹ تیار ہو جائے گا، اس معاملے پر دوبارہ بحث کریں گے۔',
  ],
  hr: [
    'Gradsko vijeće odlučilo je da će se stara zgrada škole u središtu grada srušiti sljedeće godine. Mnogi stanovnici nisu zadovoljni tom odlukom, a nekoliko stotina ljudi već je potpisalo peticiju. „Smatramo da bi zgradu trebalo sačuvati kao dom kulture za djecu i mlade”, kaže predsjednica udruge stanara Ivana Horvat. Prema riječima zamjenika gradonačelnika, obnova zgrade stajala bi više od trideset milijuna kuna. Vijećnici će o tom pitanju ponovno raspravljati nakon ljeta, kada novi proračun bude gotov.',
  ],
  sr: [
    'Gradsko veće odlučilo je da će stara zgrada škole u centru grada biti srušena sledeće godine. Mnogi stanovnici nisu zadovoljni tom odlukom, a nekoliko stotina ljudi već je potpisalo peticiju. „Smatramo da bi zgradu trebalo sačuvati kao dom kulture za decu i mlade”, kaže predsednica udruženja stanara Jelena Petrović. Prema rečima zamenika gradonačelnika, obnova zgrade koštala bi više od trideset miliona dinara. Odbornici će o tom pitanju ponovo raspravljati posle leta, kada novi budžet bude spreman.',
    'Градско веће одлучило је да ће стара зграда школе у центру града бити срушена следеће године. Многи становници нису задовољни том одлуком, а неколико стотина људи већ је потписало петицију. „Сматрамо да би зграду требало сачувати као дом културе за децу и младе”, каже председница удружења станара Јелена Петровић. Према речима заменика градоначелника, обнова зграде коштала би више од тридесет милиона динара. Одборници ће о том питању поново расправљати после лета, када нови буџет буде спреман.',
  ],
  bs: [
    'Gradsko vijeće odlučilo je da će stara zgrada škole u centru grada biti srušena naredne godine. Mnogi stanovnici nisu zadovoljni tom odlukom, a nekoliko stotina ljudi već je potpisalo peticiju. „Smatramo da bi zgradu trebalo sačuvati kao dom kulture za djecu i omladinu”, kaže predsjednica udruženja stanara Amra Hadžić. Prema riječima zamjenika načelnika općine, obnova zgrade koštala bi više od trideset miliona maraka. Vijećnici će o tom pitanju ponovo raspravljati poslije ljeta, kada novi budžet bude spreman.',
  ],
  id: [
    'Pemerintah kota memutuskan bahwa gedung sekolah lama di pusat kota akan dibongkar tahun depan. Banyak warga tidak setuju dengan keputusan itu, dan ratusan orang sudah menandatangani petisi. “Kami merasa gedung itu seharusnya dipertahankan sebagai rumah budaya untuk anak-anak dan remaja,” kata ketua rukun warga, Siti Rahayu. Menurut wakil wali kota, biaya renovasi gedung tersebut bisa mencapai lebih dari tiga puluh miliar rupiah. Para anggota dewan akan kembali membahas masalah ini setelah musim liburan, ketika anggaran yang baru sudah siap.',
  ],
  ms: [
    'Majlis bandaraya telah memutuskan bahawa bangunan sekolah lama di tengah bandar akan dirobohkan tahun hadapan. Ramai penduduk tidak bersetuju dengan keputusan itu, dan beratus-ratus orang telah menandatangani petisyen. “Kami berpendapat bangunan itu patut dikekalkan sebagai pusat kebudayaan untuk kanak-kanak dan remaja,” kata pengerusi persatuan penduduk, Siti Aminah. Menurut timbalan datuk bandar, kos untuk membaik pulih bangunan tersebut boleh mencecah lebih daripada tiga puluh juta ringgit. Ahli majlis akan membincangkan semula perkara ini selepas cuti sekolah, apabila bajet baharu sudah siap.',
  ],
  en: [
    'The council has decided that the old school building in the town centre will be demolished next year. Many residents are unhappy with the decision, and several hundred people have already signed a petition. "We believe the building should be kept as a cultural centre for children and young people," says the chair of the residents\' association, Karen Mitchell. According to the deputy mayor, restoring the building would cost more than thirty million pounds. Councillors will return to the matter after the summer, when the new budget is ready.',
  ],
  de: [
    'Der Gemeinderat hat beschlossen, dass das alte Schulgebäude in der Innenstadt im nächsten Jahr abgerissen wird. Viele Anwohner sind mit der Entscheidung nicht einverstanden, und mehrere hundert Menschen haben bereits eine Petition unterschrieben. „Wir finden, dass das Gebäude als Kulturhaus für Kinder und Jugendliche erhalten bleiben sollte“, sagt die Vorsitzende des Bürgervereins, Karin Becker. Nach Angaben des Bürgermeisters würde die Sanierung mehr als dreißig Millionen Euro kosten. Der Rat will sich nach dem Sommer erneut mit der Frage befassen, wenn der neue Haushalt steht.',
  ],
  fr: [
    "Le conseil municipal a décidé que l'ancienne école du centre-ville serait démolie l'an prochain. De nombreux habitants ne sont pas d'accord avec cette décision, et plusieurs centaines de personnes ont déjà signé une pétition. « Nous pensons que le bâtiment devrait être conservé comme maison de la culture pour les enfants et les jeunes », explique la présidente du comité de quartier, Claire Martin. Selon l'adjoint au maire, la rénovation coûterait plus de trente millions d'euros. Les élus reviendront sur la question après l'été, quand le nouveau budget sera prêt.",
  ],
}

/** A Dutch article with an English quote in the middle: the quote is English, the article Dutch. */
export const mixedDutchEnglish = [
  'De gemeente heeft besloten dat de oude school in het centrum volgend jaar wordt gesloopt. Veel inwoners zijn het niet eens met dat besluit en honderden mensen hebben al een petitie ondertekend.',
  'Een Britse architect die het gebouw in de jaren negentig onderzocht, schreef destijds in een brief aan de gemeente:',
  'The building is one of the finest examples of early modernist school design in the region, and it would be a great loss for the town if it were allowed to fall into ruin.',
  'Volgens de gemeentesecretaris kost het meer dan dertig miljoen euro om het gebouw op te knappen. De gemeenteraad bespreekt de kwestie na de zomer opnieuw, als de nieuwe begroting klaar is.',
  'Bewoners kunnen tot eind augustus hun mening geven via de website van de gemeente of tijdens het spreekuur op het stadhuis.',
].join('\n\n')
