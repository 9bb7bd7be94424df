// Family names common in the UK and Ireland, across communities. Used to extend a given name into a full name and to
// recognise a lone surname; never enough on its own for an ordinary word ("Bell", "Brown") at a sentence start.
extension RedactionLexicon {
    static let surnames: Set<String> = words("""
    abbott abdi acheampong adams adebayo adeyemi ahmad ahmed akhtar ali allen anderson andrews appiah armstrong ashraf atkinson atwal austin
    bailey baker ball banda banks barker barnes barrett bates begum bell bennett berry bibi bishop black blackwood boateng bond booth bowen boyle
    bradley brennan brooks brown bryant bull burke burns butler byrne campbell carr carroll carter chadwick chapman charles chaudhry chen clark
    clarke cole coleman collins connolly cook cooke cooper cox craig cunningham dale daly davidson davies davis dawson day dean dhillon diallo
    dixon doherty donnelly douglas doyle duffy duncan dunn edwards elliott ellis evans farrell ferguson fernandes fisher fitzgerald fleming fletcher
    ford foster fox francis fraser gallagher gardner gibson gill gordon graham grant gray green greenwood griffin griffiths gupta hall hamilton
    hammond harris harrison hart hartley harvey hassan hawkins hayes henderson hill hodgson holland holmes hooper howard hughes hunt hussain hussein
    ibrahim iqbal jackson james jenkins john johnson johnston jones jordan joseph kaczmarek kamara kang kaur kelly kennedy khan king knight kowalczyk
    kowalski kumar lamb lambert lane lawrence lawson lee lewis lloyd lowe lynch macdonald mackenzie mahmood malik marshall martin mason matthews
    mcdonald mcgrath mckenzie mclean mcleod mensah miah miller mills mitchell mohamed moore morgan morris murphy murray nowak nwosu obi obrien
    o'brien o'connor o'neill o'sullivan okafor okeke okonkwo okoro oliver osei owen owusu palmer parker parry patel payne pearce pearson perry
    phillips poole powell price quinn rahman rana rees reid reynolds richards richardson riley roberts robertson robinson rogers rose ross
    russell ryan saunders scott shah sharma shaw simpson singh smith spencer stevens stewart stone sullivan sutton taylor thomas thompson thomson
    turner walker walsh ward watson webb wells west white wilkinson williams wilson wisniewski wood woods wright yates young zielinski
    """)
}
