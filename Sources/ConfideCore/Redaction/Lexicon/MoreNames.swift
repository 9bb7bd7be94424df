// Given names and surnames beyond FirstNames/Surnames: Welsh, Scottish and Irish names (with and without accents), and
// more of the communities services work with. Notes from Wales and Scotland missed many of these. Lower case.
extension RedactionLexicon {
    // Then Polish, Romanian, Baltic, Ukrainian, Czech and Hungarian, Turkish and Kurdish, Somali, Arabic, South Asian, Yoruba,
    // Igbo, Akan, Shona, Caribbean, Chinese and Vietnamese, Irish, Scottish and Welsh given names and everyday short forms. (These
    // lines once sat inside the string literal below, which made their words, "and" among them, given names.)
    static let moreFirstNames: Set<String> = words("""
    angharad gwenllian gwenno rhodri iestyn aled lowri owain gethin tomos llinos eleri manon catrin osian mali efa cadi iwan emyr
    geraint huw meleri delyth heledd sioned eirlys glesni nerys rhiannon rhian ceri bryn dewi gruffydd gruffudd ifan ieuan idris
    elis elliw alaw nia tegan tirion ffraid mabli mared meinir menna morwenna non olwen rhun steffan sion siôn taliesin trystan
    wyn gwyn gwion hywel ioan llywelyn macsen cai cian deio emrys
    morag kirsteen ishbel ruaridh ruairidh ruaraidh hamish mhairi catriona iona seonaid struan alasdair alastair lachlan fergus
    murdo angus calum euan ewan finlay fionn kenna kirstin kirstie lorna mairead marsali morven rhona shona sorcha elspeth isla
    innes torquil gregor ruairi magnus seumas sheena
    tadhg donncha darragh cathal padraig pádraig sinéad sinead róisín roisin gráinne grainne ailbhe clodagh eabha éabha aoibhe
    aoibheann aoibhinn caoimhín ciarán oisín méabh meabh nuala fionnuala siobhán siún diarmuid dermot donal dónal eamon éamon
    colm conall conor conn cormac fiachra peadar ronan rónán seán seamus séamus eimear deirbhile orlaith orfhlaith una úna
    bea bee precious patience blessing mercy prudence constance
    chiamaka chidera chiamaka ngozi obinna uche ugochi ifeoma ifeanyi nnamdi tobi tobiloba tolu tunde temi tomi funmi funke
    yemi bisi bola segun kemi kehinde taiwo ekow kofi kojo kwabena kwasi yaw abena akosua ama efua esi adjoa nana
    kobe tyrese tyrone jermaine marlon delroy desmond leroy winston clive errol ainsley dwayne shaquille jaheim
    ngoc minh thanh linh huong trang mai anh hieu tuan quang duc phuong thao
    wei jun ying mei xin yan hui lei jing ling ming
    oksana olena iryna yulia tetiana nataliya mykola taras bohdan dmytro andriy vasyl
    zofia zuzanna wiktoria oliwia maja julia jakub szymon kacper filip wojciech mateusz kuba krzysztof tomasz marek
    ioana ionut mihai andreea bianca cristina florin gabriel alexandru vasile
    aigerim dilnoza gulnara
    amani baraka imani wanjiru wanjiku njeri achieng akinyi otieno odhiambo
    fatuma hodan hamdi ayan ubah warsame
    parisa shirin maryam reza farhad dariush
    gurpreet harpreet jaspreet manpreet navdeep rajinder sukhwinder kuldeep baljit jaswinder
    marky bubbles
    gosia bartek bartosz tomek ola jolanta grzegorz lukasz zbigniew patrycja weronika wiktor kamil malgorzata renata halina danuta
    radu cristian georgiana madalina raluca roxana sorin catalin marius ionela costel dumitru dovile egle ruta jurgita tomas mantas
    arturas inga ilze janis rasa vytautas aurelija olha kateryna svitlana oleksandr serhii vladimir sergei dmitri tatiana yuri viktor
    viktoriia jana lucie zuzana lenka jiri miroslav laszlo zoltan gabor zsofia katarina dusan jozef emre zeynep ayse fatma hakan murat
    burak serkan esra merve kemal deniz shilan rojda dilan baran azad hevin abdirahman abdi farhiya faduma hawa sahra ifrah abdullahi
    abdirashid ilhan asad hibo najma kadra yousef youssef khalid rania nour hussein zaid rami salma jamal walid majid sami tarek
    mahmoud zahra gurdeep parminder simran amrit nusrat farhan tahira saima irfan kamran tanvir rizwan shahid sajid nadeem naveed
    deepa suresh ramesh sunita kavita lakshmi meena divya pooja neha rohit sanjeev vijay nikhil aarav ishaan krishna hemant shreya
    tanvi rupinder devi anand ashwin venkat sundar nirmala bina rekha fahmida rumana moinul jahangir rafiq mizanur rahima shamima
    sultana seun yetunde funmilayo bukola adewale olumide tolulope olusegun chukwuemeka ikenna amaka ekene kwesi afua kwaku gifty
    abiodun babatunde damilola temitope titilayo dapo sola lanre toyin moyo farai rutendo nyasha thandiwe sipho chinwe nneka marcia
    claudette sharelle everton carlton denzel shanice shereen latoya keisha jamila donovan trevor hyacinth verna joycelyn dionne
    kareem shanelle xiaoyu maricel jocelyn rosalie ho-yin aine brid philomena concepta mairi senga iain jeanie wullie llyr eluned
    mick micky mickey paddy tez davey stevie bazza jase ritchie rick
    jonno stevo dee ros alf suze suzy chrissie philippa tamsin clementine rosalind marianne
    """)

    // Family names across the same communities.
    static let moreSurnames: Set<String> = words("""
    llewellyn llywelyn pryce prys prosser pugh powell bowen gwynne vaughan rees rhys meredith parry probert howells griffiths
    macleod mciver mcleod macdonald mackenzie mackay maclean macrae matheson munro hendry lennox fraser sinclair buchanan
    cameron grant gunn mcintyre mcgregor macgregor mcallister mcalister mckay mckinnon ross sutherland urquhart
    murchú murchu bhriain bhriaín ó'brien o'sullivan o'neill o'donnell o'connor o'reilly o'leary o'malley o'hara o'shea
    mwangi okonjo okafor nwosu achebe mensah boateng asante owusu osei adeyinka adeyemi obi eze
    nowak nowicka nowicki kowalczyk kowalski wiśniewska wisniewska wozniak lewandowski kaminski zielinska
    tran nguyen pham hoang huynh vo dang bui
    alabi adjei oyelaran bankole qureshi sethi sandhu bains mistry raghunathan warsame farah haddad yilmaz kaya demir celik ozturk
    popescu ionescu popa wojcik horvath novak melnyk shevchenko kovalenko bondarenko petrenko wong chan zhang liu wang huang zhao
    santos delgado ferreira silva pereira rodrigues costa oliveira mackie docherty mcaleese kearney costello donovan nnamdi chukwu
    onyeka ogunleye adeleke oladipo balogun afolabi ogundipe akinola babatunde olawale agyeman darko frimpong ampofo amoah addo
    nkrumah sesay conteh bangura jalloh koroma toure traore ndiaye uddin khatun chowdhury choudhury siddiqui anwar aslam mirza rehman
    grewal bhatti sidhu dhaliwal johal virk sahota randhawa kazlauskas petrauskas jankauskas ozols berzins kalnins mahmoud abdullah
    mustafa saleh mansour nasser khalil aziz hamid mcguinness oconnell mcdermott mulligan quinlan fitzpatrick corrigan mcbride llwyd
    pritchard bevan gwilliam whitlock lomax hollis pickering braithwaite ashworth greenhalgh
    """)

    /// Irish and Welsh particles written capitalised inside a name: "Aoife Ní Bhriain", "Cian Ó Murchú", "Iestyn ap Rhys".
    static let capitalisedParticles: Set<String> = ["ní", "ó", "o", "nic", "mac", "mc", "ua", "uí", "ap", "ab", "van", "von", "de", "da", "di", "le", "la"]
}
