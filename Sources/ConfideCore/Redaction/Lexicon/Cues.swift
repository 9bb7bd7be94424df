// Context words. Each table answers one question a detector asks about the words around a candidate.
extension RedactionLexicon {
    /// Titles and ranks that precede a name and stay outside its span.
    static let titles: Set<String> = words("""
    mr mrs ms miss mx dr doctor dc ds pc di dci dsu dsi tdc tdi ps sgt sergeant insp inspector ch supt cllr councillor prof professor rev
    reverend fr father sister nurse judge hhj sir dame lord lady pcso det sheikh shaykh imam pastor rabbi vicar maulana
    mufti ustadh giani
    """)

    /// Words naming a relationship or role; a name often follows ("her partner Connor", "Manager: Tomasz Bell").
    static let relationWords: Set<String> = words("""
    partner husband wife boyfriend girlfriend ex ex-partner ex-husband ex-wife ex-boyfriend ex-girlfriend fiance fiancee fiancé fiancée
    mum mother mom dad father stepdad stepmum step-dad step-mum stepfather stepmother brother sister son daughter child baby twin nan nanna nana
    gran granny grandma grandmother grandad grandpa grandfather grandson granddaughter aunt auntie aunty uncle cousin niece nephew friend
    bestie neighbour colleague manager boss supervisor teacher tutor lecturer coach caller client volunteer worker counsellor therapist isva
    idva chisva advocate officer oic gp dsl suspect perpetrator offender defendant accused witness complainant survivor victim housemate
    abuser attacker assailant rapist groomer
    flatmate lodger carer advisor adviser vol landlord landlady keyworker solicitor barrister midwife visitor interpreter intermediary lead key named mentor
    stepson stepdaughter sibling siblings parent guardian foster ward pupil student classmate flatmates roommate member sw mp
    brother-in-law sister-in-law mother-in-law father-in-law son-in-law daughter-in-law stepbrother stepsister half-brother half-sister
    step-brother step-sister step-son step-daughter perp
    """)

    /// Relation words whose name may follow after "called", ":" or in brackets; a name can also stand before them in brackets.
    static let speechVerbs: Set<String> = words("""
    said says told tells asked asks reported reports disclosed discloses feels felt wants wanted was is has had rang called phoned texted
    messaged attended arrived agreed explained confirmed described stated mentioned thinks thought believes believed became did does didn't
    doesn't will would can could cannot can't won't spoke speaks stayed lives lived works worked came went left returned says' admitted denied
    declined decided refused appeared seemed sounded cried laughed shared expressed became needs needed hopes hoped wishes wished knows knew
    remains remained continues continued struggles struggled got gets gave gives took takes made makes looked looks seems presented
    """)

    /// Organisation endings, capitalised: "Pemberton Print Works", "Oakleigh Care Home", "Harcourt & Lyle Solicitors".
    static let organisationEndings: Set<String> = words("""
    school primary academy college university nursery practice surgery hospital clinic infirmary hospice home solicitors llp ltd limited
    plc logistics works bakery tavern inn arms bar club gym fitness church mosque temple synagogue gurdwara chapel cafe café restaurant
    hotel supermarket stores store shop salon garage motors group partnership studios pharmacy chemist chemists dental dentists opticians
    leisure factory warehouse farm kitchen pizza pub nightclub lounge bistro cinema theatre barbers barber fc services cars taxis foods
    builders construction carpets centre center mart market markets boutique grill diner takeaway brewery
    kebab spa nails beauty hair deli launderette laundrette cafeteria trust foundation associates accountants consultancy agency
    recruitment hairdressers agents bank high grammar comprehensive infants juniors montessori preschool playgroup creche
    palace express arena stadium station burger burgers united rovers athletic wanderers albion rangers mandir masjid
    hub secondary counselling therapies locksmiths locks florists florist refuge gp
    law legal digital media solutions systems consulting technologies tech designs marketing engineering haulage transport carry
    interiors electrical plumbing cleaning insurance finance properties lettings partners
    coffee butchers butcher bakers florist florists scaffolding roofing joinery tyres autos catering newsagents newsagent
    harriers striders athletics rfc afc barbershop tattoo tattoos carvery chippy freight homes assoc association
    couriers courier removals cabs royal general fellowship ministries tabernacle
    bakehouse shack rescue sanctuary vape vapes bookshop news society repairs
    supplies packing packaging wholesale distribution childcare cleaners league housing library uni assembly
    vets veterinary advice
    """)

    /// Endings too generic to mark an organisation unless a word before them is a proper name ("Lattice Digital", not
    /// "Criminal Law").
    static let weakOrganisationEndings: Set<String> = words("""
    high palace express arena stadium station burger burgers united rovers athletic wanderers albion rangers law legal digital media
    solutions systems consulting technologies tech designs marketing engineering haulage transport interiors electrical plumbing
    cleaning insurance finance properties lettings partners group services trust foundation agency market homes association assoc
    royal general rescue sanctuary news therapies
    league housing library uni assembly distribution wholesale
    hub secondary counselling locks refuge society repairs advice
    """)

    /// Lower-case words that make the capitalised word before them a venue or employer ("Costwise supermarket").
    static let lowercaseVenueWords: Set<String> = words("""
    supermarket pub gym cafe café salon nightclub club bar restaurant takeaway garage factory warehouse hotel shop store bakery nursery
    academy college surgery practice pharmacy chemist cinema theatre casino bookmakers leisure primary school church mosque hostel
    barbers clinic florists florist refuge
    """)

    /// Bodies the annotation rules leave unredacted: police forces, courts, the CPS, statutory and national bodies, charities.
    static let institutionWords: Set<String> = words("""
    police constabulary court courts crown magistrates magistrates' prosecution cps council sarc crisis support victim victims
    department ministry government nhs dwp cica service services probation tribunal commission authority board helpline samaritans refuge
    childline justice witness unit hmrc parliament bbc national office secretary state act code cafcass ofsted nspcc citizens
    """)

    /// Cues just before an organisation without a telling ending ("works at Vault 54", "a night out at The Wool Pack").
    static let organisationLeadVerbs: Set<String> = words("""
    works work working worked employed job shifts shift placement volunteers volunteering volunteer studies studying student pupil
    apprentice apprenticeship manager out drinks drinking bouncer barmaid barman cleaner waitress waiter started starts attends attend
    attended enrolled staff coach trains training plays member employs runs owns manages
    """)

    /// Street-type words that end a street name.
    static let streetSuffixes: Set<String> = words("""
    street st road rd lane ln avenue ave drive dr close way gr crescent cres grove gardens gdns place pl terrace tce mews row square sq hill
    rise view walk parade side green vale wharf yard fields meadow meadows chase croft gate wynd brae loan boulevard quay approach bank
    hollow lea garth path court ct park end heights drove causeway copse dale glen grange mount orchard ridge spinney villas walks
    circus broadway embankment passage cl
    """)

    /// Street types specific enough to stand without a house number ("nearby on Ridgeway Drive", "parked on Canal Side").
    static let bareStreetSuffixes: Set<String> = words("""
    street road rd lane avenue ave drive close way crescent grove gardens place terrace mews row square walk parade side wharf rise view
    meadow meadows chase croft wynd brae boulevard quay court tce ln gdns cres sq
    """)

    /// Building names that stand for an address ("Waterside House", "Alder Court").
    static let blockSuffixes: Set<String> = words("""
    house court lodge tower towers heights mansions buildings point hall halls apartments cottages flats mews chambers place cottage
    villa manor farmhouse bungalow
    """)

    /// Upper-case abbreviations that are never a person's initials.
    static let acronyms: Set<String> = words("""
    ico iopc ipcc hmcts hmicfrs vir vrr ccrc abe adhd ae asap asb bsl camhs cbt cctv cica cid cps cse csa dbs dob dsl dwp emdr fb gbh hr idva ig isva marac mash nfa nhs ni oic ptsd
    sarc sms soit sh tbc tv uk dv da pcso gp mh ok vs am pm urn dc ds pc di dci dsu tdc sgt insp ps mp id it gcse gcses sen send ehcp cpn
    cmht crn nb ps rip usa eu faq pdf url dm dms tba ftm mtf lgbt lgbtq ae re cc ref tel mob abh rcc itv bbc sos yp iva ivas vrr scr ocd asd cpd
    hq no cr mb le ld fao pf copfs rsvp po ceo md ltd plc llp dna sti stis hiv gum ed icu er ooh isvas sarcs oics nhs iapt rasasc sw
    dk chi nino yn ceop psni
    """)

    /// Words after which a date is a date of birth.
    static let birthCues: [String] = ["dob", "d.o.b", "d.o.b.", "date of birth", "born", "b.", "birthday", "birth date", "dob:"]

    /// Month and day names in full: never a person's nickname or a venue, whatever their capitals.
    static let monthAndDayNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Their short forms ("til Jan", "Weds"), which can also be names ("Jan"), so only some rules use them.
    static let monthAndDayAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"]
}
