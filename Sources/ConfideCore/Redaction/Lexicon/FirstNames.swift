// Given names common among people in the UK and Ireland, across the communities services work with.
// Written for Confide; common public-domain words only. Lower case, one table, built once.
extension RedactionLexicon {
    static let firstNames: Set<String> = words("""
    aaliyah aaron abbie abby abdul abdullah abi abigail ada adam adaeze adam adebayo adele adeola adrian agata agnes agnieszka ahmad ahmed aidan aiden
    ailsa aimee aisha aisling aiza ajay akash alan alana alanna albert alec aleksandra alex alexa alexander alexandra alexis alfie ali alice alicia
    alisha alison alistair aliyah allan amaan amal amanda amara amarjit amber amelia amelie amina amir amira amit amy ana anastasia andre andrea andreea
    andrei andrew andy aneta angela angelika angus anil anita anjali ann anna anne annie ansel anthony anton antonia anya archie areeba aria arjun arlo
    arthur arun asha ashleigh ashley ashok asif asma aston aurora austin ava aya ayaan ayesha ayla ayo ayodele babajide barbara barry basia beata
    beatrice becky bella ben benjamin bernadette beth bethan bethany betty beverley bex bilal billy blessing bogdan bonnie brad bradley brandon
    brendan brenda brian bridget bronwen brooke bryony busola caitlin caitlyn callum calum cameron camille cara carl carla carly carmen carol caroline
    carys casey cassie catherine cathy cecilia cerys chanel chantelle charlene charles charlie charlotte chelsea cheryl chidi chidinma chinedu chioma
    chloe chris christian christina christine christopher ciara cian ciaran claire clara clare claudia colin connor conor corey courtney craig
    cristina dafydd daisy dale damian damien dan dana daniel daniela daniella danielle danny dara darius darren darryl dave david dawid dean deborah
    debbie declan deepak deirdre demi denise dennis derek desmond destiny dev devon dexter diana diane dimitri dina dominic dominika donna dorota
    douglas duncan dylan ebony eddie edward efe eilidh eileen elaine eleanor elena eli elif elijah elin elise eliza elizabeth ella ellen ellie elliot
    elliott eloise elsie emeka emil emilia emily emma emmanuel eoin erin esme esther ethan eugene eva evan evelyn evie ewa ewan ezra faisal farah
    fatima fatuma faye felicity felix femi fern ffion finn finley fiona florence folake francesca francis freddie frederick freya gabriel gabriela
    gabriella gareth garry gary gavin gemma geoffrey george georgia georgina gerald gerard gillian gina glen glenn gloria gordon graham grace
    grainne greg gregory gurpreet gwen gwyneth habib hafsa haleema hamza hana hannah harjit harley harper harriet harrison harry harvey hassan hayden
    hayley heather heidi helen helena henry hollie holly huda hugh hugo hussain ian ibrahim idris ieuan ifeoma ifan igor ikram ilona imani imogen
    imran ina inaya india ines ingrid iqra irene iris isaac isabel isabella isabelle isaiah isha isla ismail ivan ivy iwona iyabo izzy jack jackie
    jackson jacob jacqueline jade jake james jamie jan jane janet janice jasmine jason jaspreet javed jay jayden jaz jean jeff jemma jennifer jenny
    jeremy jess jessica jessie jim jimmy jo joan joanna joanne jodie joe joel joey john johnny jon jonathan jordan joseph josh joshua josie joy joyce
    judith julia julian julie justin justyna kacper kai kamal kamila karen kari karim karina karl karolina kasia kate katherine kathleen kathryn
    katie katarzyna kayla kayleigh keira keith kelly kelsey kemi ken kenneth kenny kerry kevin kezia khadija kieran kim kimberley kira kirsty kwame
    kwabena kyle lacey lara laura lauren layla leah lee leila lena leo leon leona leonie lesley leslie lewis lexi liam lily lina linda lindsay
    lisa liz lizzie logan lois lola lorna lorraine louis louise lucas lucia lucy luis luka lukas luke lydia lynn lynne mabel macey maciej mackenzie
    maddie madeleine madison maeve magda magdalena maisie maja malachi malcolm malik mandy mandeep manpreet marcus margaret maria mariam marian
    marie marina mario marion marek marta martha martin martina mary maryam mason matt matthew mateusz maureen max maxine maya megan mehmet mei
    melanie melissa mia michael michaela michal michelle mihai mikey milan millie mina mo mohamed mohammad mohammed moira molly monika morgan
    muhammad mustafa nadia nadine naomi natalia natalie natasha nathan nathaniel neil niall nicholas nicola nicole nikita nina nkechi noah noor
    nora norman nuala oakley obinna olamide olga oliver olivia ollie olu oluwaseun omar oscar owen paige pamela parveen patricia patrick paul paula
    pauline pawel pearl penelope penny peter petra phil philip phillip phoebe piotr pippa polly poppy precious preeti priya priyanka przemek qasim
    rachael rachel rahul raj rajesh ralph rana rashid ravi rebecca rebekah reece reggie reuben rhian rhiannon rhys ria richard rickie ricky riley
    rita rob robbie robert roberta roisin ronan ronnie rory rosa rosie rowan roxanne ruby rufus rupert ruth ryan sabrina sadia safiya sahil saira
    sally sam samantha samir samira samuel sana sandeep sandra sandy sanjay sara sarah sasha saskia scarlett scott sean sebastian seren serena
    shabnam shakira shan shane shannon shantelle sharon shaun shauna shazia sheila shelley sheryl shirley shona siân sian sienna simon simone
    siobhan sofia sonia sophia sophie stacey stefan stella stephanie stephen steve steven stuart sukhdeep sumaya summer susan suzanne sylvia szymon
    tamara tammy tanisha tanya tara tariq tasha taylor teresa terry tess tessa theo theresa thomas tia tiffany tilly tim timothy tina tobias toby
    todd tom tomasz tommy toni tony tracey tracy travis tyler tyrone una valerie vanessa vera veronica vicky victor victoria vikram vincent
    violet wanda wayne wendy wiktoria will william willow wojciech xavier yasmin yasmine yusuf yvonne zac zach zachary zainab zak zara zoe zofia
    zoë zuzanna hope rose mark dawn faith bill pat sue ray frank robin autumn chanelle sinead aoife niamh orla saoirse caoimhe eimear mairead padraig seamus eamon eamonn oisin cillian fionn tendai chipo
    tatenda nia kofi ama yaw akua abena ngozi uche tunde bisi funmi dayo kehinde taiwo segun wale zainab hamid rukhsana nasreen tahmina
    rubina shabana ruksana imtiaz waqas usman zubair bushra kiran navdeep harpreet jasvinder rajinder kulwinder balvinder manjit paramjit
    dani bev becca bex steph kat nat mel sal gaz daz baz kev dom jen ally rach vic nic tash tasha shaz kaz trish tina
    jules manny benny shona ash bren cass debs fran gem jas jaz kez lou mags nikki pip roz sammie tam vee zed
    leigh deano
    kerry-ann mary-jane anne-marie lily-mae
    """)
}
