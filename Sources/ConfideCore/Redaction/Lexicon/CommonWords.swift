// Everyday English and the vocabulary of support-service notes. A capitalised word found here is not taken for a name
// without more evidence (a title, a relation word, a surname beside it), and a lower-case one never is.
extension RedactionLexicon {
    static let commonWords: Set<String> = words("""
    a about above absolutely abuse abused abuser accept accepted access accommodation according account accounts across act action actions
    actually add added additional address addresses adult adults advice advise advised adviser advisor advocate affect affected after afternoon
    again against age aged agency agree agreed agreement ahead aim alcohol alert all alleged allegation allegations allocated allow allowed almost
    alone along already also although always am ambulance amendment amount an and anger angry anniversary annual anonymous another answer
    answered anxiety anxious any anyone anything anyway apart apologised app appeal appear appeared application applied apply appointment
    appointments appropriate approx april are area areas arms around arranged arrangement arrangements arrest arrested arrival arrive arrived
    as ask asked asking assault assaulted assessment assist assistance at attempt attend attendance attended attending attends attention
    august authority available avoid aware away awful baby back bad bag bail bailed bank bar barely based basis be became because become bed
    bedroom been before began begin behaviour being believe believed believes below benefit benefits best better between big birth birthday
    bit block blocked blue board body book booked both bottom bought box boy boyfriend break breakfast breath breathing brief briefly bring
    brother brothers brought building bus busy but buy by call called caller calling calls calm came can cancel cancelled cannot car card care
    carer case cases caught cause caused centre certain chair chance change changed changes charge charged charges charging chat check
    checked checking child childcare children choice choose chose christmas church city claim class classes clear clearly client clients close
    closed closely clothes club co coat code cold college colleague colleagues come comes coming comment comments community company complaint
    complete completed concern concerned concerns conditions confidential confidentiality confirm confirmed consent consented consider
    considered constabulary contact contacted contacting content continue continued contract control conversation cope coping copy correct
    corrected correspondence cost could council counselling counsellor country couple course court courts cover covered crime crisis cross
    crown crying cry current currently cut dad daily damage date dates daughter day days dc dead deal dear december decide decided decision
    decisions declined delay department describe described details did didn die died different difficult difficulty dinner direct directly
    disclose disclosed disclosure discuss discussed discussion distress distressed district do doctor does doesn doing domestic don done door
    doubt down dr drink drinking drinks drive driving drop drove drugs due during duty each earlier early easier easy eat eating effect
    either else email emailed emails emergency emotional emotions end ended ends enough ensure enter entered especially estate even evening
    evenings event events ever every everyone everything evidence ex exam example exercise expect expected experience explain explained
    explore extra eye eyes face facebook fact failed fair fall family far fast father fear feared fears february feel feeling feelings feels
    fell felt female few file fill final finally financial find fine finish finished fire first five flashbacks flat floor focus follow followed
    following food for force forces form forms forward found four free friday friend friends from front full fund funding further future gap
    gate gave general get gets getting girl girlfriend give given gives giving go goal goals goes going gone good got gp grandfather grandmother
    great ground grounding group guidance guilt guilty had half hand handed hands happen happened happening happens happy hard harm harassment
    has have having he head health hear heard hearing heart help helped helpful helpline helps her here herself hi high him himself his history
    hold holiday home homes hope hoped hopes hoping hospital hour hours house housing how however hug husband i idea identified if ill important
    in incident incidents include included including independent info information initial injury inside instead interview into involved is
    issue issues it item its itself january job join joint journey july june just keen keep keeping kept key kids kind kindly knew know knowing
    known knows lack large last late later law lead learn learning least leave leaving led left legal less let letter letters level life like
    likely line link list listen listened little live lived lives living local lock long look looked looking lost lot lots loud love low lunch made
    main make makes making male man manage managed management manager many march mark marked matter matters may maybe me meal mean means
    measures medical medication meet meeting meetings member members memories memory men mental mention mentioned message messaged messages
    met mid might mind mine minutes miss missed mob mobile moment monday money month months mood more morning most mostly mother move moved
    moving mr mrs ms much mum mummy must my myself name named names national near nearby need needed needs neighbour neighbours never new news
    next nice night nightmares nights nine no nobody none normal normalised not note notes nothing notice november now number numbers
    nurse nursery o october of off offence offer offered officer officers office often ok okay old on once one ones online only onto open
    opened option options or order other others our out outcome outside over overall own page pain panic parent parents park part partner
    partners party pass passed past pastoral patient pay people per perhaps period person personal phone phoned phones photo photos physical
    picked picture place placed plan planned plans play please pleased point police policy poor positive possible post practical prefer
    preferred pregnant present presented pressure previous previously primary private probably problem problems process professional progress
    property protect protection protective provide provided public pupil put question questions quick quickly quiet quite raise raised rape rang
    rather re read ready real really reason reasons receive received recent recently record recorded records refer referral referred refuge
    regards relationship relief remain remained remember removed repeat reply report reported reporting reports request requested requests
    required review reviewed right ring risk road room round routine rule rules run sad safe safely safer safeguarding safety said same
    saturday saw say saying says scared school schools screen screens second secondary see seeing seek seem seemed seems seen self send sending
    sense sent separate september serious service services session sessions set settle seven several sexual shared she shift shifts shop short
    should show showed shower sick side sign signed since sincerely single sister sisters sit situation six sleep sleeping slept slowly small so
    social some someone something sometimes son soon sorry sort space speak speaking special spend spent spoke spoken staff stage start started
    starting state statement station stay stayed staying step still stop stopped stories story street stress stressed strong struggle
    struggled struggling student study subject suggested summer sunday support supported supportive sure surgery survivor suspect system take
    taken taking talk talked talking task tea teacher team tearful telephone tell telling tells ten term terms test text texted texts than
    thank thanks that the their them themselves then therapy there these they thing things think thinking third this those though thought
    thoughts three through thursday time times tired to today together told tomorrow tonight too took top total touch town towards trauma
    travel tried trigger triggers trust try trying tuesday turn twice two type under understand understanding unit university unless unsure
    until up update updated upon upset urgent us use used useful using usual usually very via victim victims view visit visited voice
    voicemail wait waiting walk walked walking want wanted wants was water way ways we wednesday week weekend weekly weeks welcome well went
    were what whatever when where whether which while white who whole whom whose why wife will wish with within without woman women
    words work worked worker workers working works worried worry worse would write writing written wrong year years yes yesterday yet you
    young your yours yourself

    able absent abusive accident accompany ache actual added admitted advance afraid agreeing alright angle animal apartment apologise
    apparently appointed approach arm arranged arrangements article assured attitude aunt auntie aunty autumn avenue awake award bad badly
    balance bathroom battery beach bear beat beautiful beauty bedtime beech behind bell belong beside bill bird bit bitter black blame bleeding
    blind blood board boat bond bone born boss bottle brain brave bread bridge bright broke broken brown budget build building built burn bus
    business button cake camera cancer capital captain card cards career careful carefully carry cash cat cause ceiling certainly chain
    chance chapel charity cheap chest chief choice circle civil claimed clean clerk clinic clock closer cloud coach coast coffee coin collect
    colour comfortable common concern condition conference confident considerate cook cool corner cottage cousin cousins cover crash
    create credit crowd cup custody customer dark daughter daughters dawn deep defence defendant delivered dentist deny deputy desk detective
    diary diet dinner dirty disabled doctor dog dogs door double drama dream dress driver drop dry early earn ease east edge education
    effort elder electric elsewhere employer employment empty energy engine english enjoy enjoyed entire entrance equal escape evening exact
    exam excited expert explained faith fake fall false farm fat favourite fee feet fight figure film finger fish fit flat flight floor flower
    fly foot football forget forgot forward frank freedom fresh fridge frightened front fruit fun funeral funny game garage garden gas gentle
    gift glad glass gold grace grand gran grandad grandma grass grateful green grey grove guard guess gun guy gym hair hall handle hang
    hardly hate heat heavy height hell hide hill hit holding hole honest honestly horse host hot hotel huge humour hunger hurt ice ill image
    imagine improve inch increase indeed inform injured inn insurance interest internet iron island jail jealous jewel joke joy judge jump
    junior jury justice keys kick kill king kitchen knee knife knock lady lake lamp land lane language laptop laugh lawyer lay leader leaf lean
    lease leg lesson lessons library lie lift light limit lip liquid listen loan lodge lonely lord loss lounge lovely lucky machine magistrate
    magistrates mail major manner map marked market marriage married master match meat medicine metal middle mild milk mill minister minute
    mirror mistake mix model modern monitor moon mouth movie murder music nail narrow nation natural nature neck nervous nest net nice nil noise
    north nose novel nurse oak object ocean odd oil orange ordinary organise outdoor oven owner pack packed pair palm pan paper parade parent
    parking pass passenger path patient pay peace pen pencil pension perfect pet petrol phase pick piece pin pink pipe pitch plain plane
    plant plate pleasant plus pocket poem poet pool pop port pose pot pound power practice pray prayer prepare press pretty price pride priest
    prince print prison prize proof proper proud pub pull punch pure purple purse push queen queue race radio rail railway rain range rare
    rate raw ray reach rear record red reflect relative relatives rent repair rest result return rich ride ring rise river robin rock roof
    root rope rose rough row royal rubbish rude ruin rush sail salt sand sandy sauce scale scene scheme science score sea seat secret section
    secure seed sell senior serve settle shade shake shame shape share sharp sheet shelf shell shelter shine ship shirt shock shoe shoes shoot
    shout shut shy sight signal silence silent silver simple sing sink skin skirt sky slip slow smell smile smoke snow soap sock soft soil
    soldier solid song soul sound soup south spare spirit spoon sport spot spring square staff stair stamp stand star steady steal steel stick
    stone storm strange stranger stream strength stretch strike string stuck stuff style sudden sugar suit sun sunny supper sweet swim
    switch table tail tall tap taste tax taxi teeth temple tend tent terrible terrace thick thin thirsty threat threatened threats throat
    throw thumb ticket tidy tie tight tiny toe toilet tone tongue tool tooth tower toy track trade traffic train tree trip trouble truck true
    truth tune twin ugly uncle underneath uniform upper upstairs valley van vault wage waist wake wall war warm wash watch wave weak wear
    weather wedding weight west wet wheel whisper wide wild win wind window wine wing winter wire wise wood wool word worn wrap yard yellow
    youth zone sue ward visitor visitors
    chapter annex section part schedule coalition paragraph article appendix item clause regulation code protocol figure version
    volume whoever whatever whichever wherever however guidance secretary state act acts criminal civil
    irish scottish welsh british european american polish indian pakistani african caribbean asian chinese amber precious blessing max rob destiny

    abe adhd ae asap bsl camhs cbt cctv cica cid cps cse csa dbs dob dsl dwp emdr fb gbh hr idva ig isva isvas marac mash nfa nhs ni oic
    ptsd sarc sms soit sh tbc tv uk vps vri wkly wk w/ c/o mob tel ext ref cc bcc fwd rv dv da asb pcso gp gps mh ok uk vs re am pm urn dc ds
    pc di dci dsu tdc sgt insp ps cllr prof rev sir madam dame lord lady mx miss mrs mr ms dr fao attn
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept
    oct nov dec
    inc ltd plc llp
    i'll i'm i've i'd you'll you're we'll we're they're he'll she'll hiya heya hey lol omg ya yeah yep nah u ur im ive dont cant wont
    didnt doesnt isnt wasnt gonna wanna cos coz tmrw tho thru pls plz thx mam yer wee pal aye cheers diolch hwyl shwmae
    grant grants granted drew chase chased pat patted barber log logs logged
    callback callbacks jobcentre webchat
    conduct misconduct wellbeing older younger elder handover handovers longer straight forensic physician role roles mate staffing
    """)
}
