import Foundation

/// Words and word tests the rule families of `PersonNameDetector` share.
extension PersonNameDetector {
    static let nicknameCues = ["known as", "aka", "a.k.a", "nickname", "nicknamed", "goes by", "calls herself", "calls himself", "surname",
                               "last name", "family name", "maiden name",
                               "calls themselves", "first name", "name is", "named", "called", "name",
                               "call him", "call her", "call them", "calls him", "calls her", "called him", "called her"]
    /// The cues padded once, not on every word of every note.
    static let paddedNicknameCues = nicknameCues.map { " \($0) " }
    /// Irregular past tenses that open a sentence about someone ("Rose spent the first half...").
    static let pastTenseVerbs: Set<String> = ["spent", "began", "kept", "found", "got", "gave", "took", "made", "became", "wrote", "ran",
        "slept", "thought", "knew", "felt", "sent", "brought", "bought", "held", "sat", "stood", "lost", "heard", "understood", "chose"]
    static let animals: Set<String> = ["dog", "dogs", "cat", "cats", "puppy", "kitten", "pet", "horse", "pony", "rabbit", "hamster",
        "parrot", "budgie", "snake", "tortoise", "goldfish"]
    /// "known to staff as", "know only as", "referred to as": the verb a few words before "as".
    static let knownAsVerbs: Set<String> = ["known", "know", "knows", "knew", "nicknamed", "referred", "refers", "refer", "goes", "go", "went",
        "recorded", "registered", "listed", "introduced", "introduces", "saved", "written"]
    static let nicknameCueSet = Set(nicknameCues)
    static let familyWords: Set<String> = ["partner", "husband", "wife", "boyfriend", "girlfriend", "ex", "mum", "mother", "dad", "father",
        "brother", "sister", "son", "daughter", "nan", "nanna", "gran", "grandma", "grandad", "aunt", "auntie", "aunty", "uncle", "cousin",
        "niece", "nephew", "friend", "stepdad", "stepmum", "baby", "twin", "bestie", "mate"]
    /// Roles and agencies written in brackets after an attendee's initials in minutes.
    static let attendeeRoles: Set<String> = ["police", "health", "chair", "school", "nurse", "hv", "social", "housing", "probation",
        "education", "minutes", "notes", "yos", "camhs", "ldo", "dsl", "sw", "idva", "isva", "gp", "ssw", "ts", "iro", "cp"]
    /// Auxiliaries and adverbs that are also given names: "her sister will, she thinks, help".
    static let auxiliaries: Set<String> = ["will", "may", "can", "did", "does", "had", "has", "was", "too", "again", "now", "then",
        "still", "also", "even", "though", "says", "said"]
    /// Cues that give a name and nothing else (unlike "called her", which may give an insult).
    static let namingCues = [" name ", " named ", " nickname ", " nicknamed ", " known as ", " aka ", " goes by ", " calls herself ",
                             " calls himself ", " calls themselves ", " name is "]
    /// What a caller gives instead of a name: 'gave the name "unknown"'.
    static let notGivenNames: Set<String> = ["unknown", "anonymous", "anon", "none", "withheld", "private", "nothing", "blank", "redacted"]
    static let neverNicknames: Set<String> = RedactionLexicon.monthAndDayNames
        .union(["year", "mum", "dad", "nan", "the", "and", "christmas", "easter", "i"])
    static let strongSpeechVerbs: Set<String> = ["said", "says", "told", "tells", "asked", "asks", "reported", "reports", "disclosed",
        "feels", "felt", "wants", "wanted", "rang", "texted", "thinks", "explained", "mentioned", "described", "agreed", "admitted"]
    /// After an everyday word that is also a name, at a sentence start: verbs that make it the person ("Rose does not know"),
    /// leaving out "is", which as often follows the word ("Hope is hard to hold onto").
    static let subjectVerbs: Set<String> = strongSpeechVerbs.union(["does", "did", "doesn't", "didn't", "has", "had", "was", "lives", "works",
        "rang", "called", "came", "went", "arrived", "attended", "stayed", "left", "returned", "cried", "confirmed", "informed", "talked",
        "spoke", "shared", "wrote", "noticed", "remembered", "decided", "signed", "started", "joined", "worked", "phoned", "emailed",
        "messaged", "sent", "brought", "drove", "met", "saw", "sat", "engaged", "presented", "seemed", "appeared", "works", "lives", "goes",
        "seen"])
    /// An everyday word, its plural ("resources"), or a word that ends an organisation's name ("Lettings", "Solicitors").
    static func everyday(_ lower: String) -> Bool {
        RedactionLexicon.isCommon(lower) || RedactionLexicon.organisationEndings.contains(lower)
            || RedactionLexicon.institutionWords.contains(lower)
            || (lower.count > 4 && lower.hasSuffix("s") && RedactionLexicon.isCommon(String(lower.dropLast())))
            || departmentWords.contains(lower)
    }
    /// Names of teams and departments, which follow a role and a comma as a name would: "her manager, Human Resources,".
    static let departmentWords: Set<String> = ["human", "resources", "payroll", "finance", "accounts", "reception", "admissions",
        "estates", "facilities", "operations", "marketing", "sales", "customer", "student", "pastoral", "safeguarding", "wellbeing",
        "welfare", "security", "legal", "compliance", "personnel", "admin", "administration", "it", "ict", "occupational", "health",
        "conduct", "residences", "accommodation", "careers", "disability", "complaints", "services", "support", "advice", "records"]
    /// "hasn't", "we'd", "they’ll": a contraction is never a name, whatever verb follows it ("she hasn't told").
    static func isContraction(_ lower: String) -> Bool {
        let plain = lower.replacingOccurrences(of: "\u{2019}", with: "'")
        return ["n't", "'d", "'ll", "'re", "'ve", "'m"].contains { plain.hasSuffix($0) }
    }
    /// Words that are never a person's name, whatever their capitals or the verb after them: a contraction at a line's start
    /// ("Hasn't told anyone"), a platform's name ("The boy's Snapchat is ..."), an operation's name and its "Op" ("Op Hartley").
    static func neverAName(_ tokens: [NoteToken], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.shape != .number else { return false }
        if t.isCapitalised, (t.range.count == 2 || t.range.count == 9), t.lower == "op" || t.lower == "operation", i + 1 < tokens.count,
           tokens[i + 1].gapBefore == " ", tokens[i + 1].isCapitalised { return true }
        if i > 0, t.isCapitalised, tokens[i - 1].isCapitalised, (tokens[i - 1].range.count == 2 || tokens[i - 1].range.count == 9),
           t.gapBefore == " ", tokens[i - 1].lower == "op" || tokens[i - 1].lower == "operation" { return true }
        if t.range.count >= 4, OnlineHandleDetector.platformWords.contains(t.lower) { return true }
        guard t.lower.utf16.contains(where: { $0 == 39 || $0 == 0x2019 }) else { return false }
        return isContraction(t.lower)
    }
    /// Adverbs that may stand between a sentence's subject and its verb: "Amber then came", "Rose also said".
    static let linkingAdverbs: Set<String> = ["then", "also", "later", "eventually", "finally", "just", "never", "still", "again", "only",
        "first", "initially", "briefly", "quickly"]
    /// Verbs of talking that a person follows after "to": "spoken to Deb Haines".
    static let talkVerbs: Set<String> = ["spoke", "spoken", "speak", "speaking", "talked", "talking", "talk", "chatted", "chatting", "wrote",
        "written", "introduced", "explained", "apologised"]
    static let particles: Set<String> = ["van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
        "al", "el", "ap", "ter", "dos", "das"]
    /// Things a person has: "Deano's insta", "Jamie's car".
    static let possessions: Set<String> = ["case", "car", "phone", "house", "flat", "home", "number", "address", "family", "children",
        "agreement", "consent", "no", "insta", "instagram", "snapchat", "snap", "facebook", "fb", "tiktok", "account", "profile", "mobile",
        "statement", "behaviour", "friends", "mates", "room", "bedroom", "van", "bike", "messages", "texts", "name"]
    /// Words for a person before a quoted nickname: 'an older lad, "Deano",'.
    static let personNouns: Set<String> = ["lad", "lads", "man", "guy", "bloke", "boy", "girl", "woman", "person", "someone", "fella",
        "bloke", "friend", "mate", "ex", "partner", "boyfriend", "girlfriend", "male", "female", "youth", "teenager", "resident",
        "neighbour", "landlord", "customer", "driver"]
    /// Words that are about a person without being one: a language in brackets after a name is the interpreter's.
    static let languages: Set<String> = RedactionLexicon.words("""
    urdu punjabi bengali bangla hindi gujarati arabic farsi dari pashto kurdish sorani turkish polish romanian lithuanian latvian
    russian ukrainian portuguese spanish italian french somali tigrinya amharic albanian mandarin cantonese vietnamese tamil english
    welsh gaelic bsl slovak czech bulgarian hungarian hausa yoruba igbo twi swahili lingala levantine egyptian sylheti mirpuri
    pahari persian tagalog thai japanese korean greek german dutch kurmanji deaf
    """)
    /// A word for a person among the few words before token `i`, in the same sentence: "a man he met gaming, ...".
    static func clauseHasPersonNoun(_ tokens: [NoteToken], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 6 {
            if personNouns.contains(tokens[k].lower) && tokens[k].shape == .lower { return true }
            if tokens[k].sentenceInitial { return false }
            k -= 1
        }
        return false
    }

    /// The last word of a job title written under a signature ("Intake Coordinator", "Service Administrator").
    static let jobTitleEndings: Set<String> = ["coordinator", "co-ordinator", "administrator", "assistant", "director", "lead", "practitioner",
        "specialist", "receptionist", "secretary", "consultant", "psychologist", "psychotherapist", "trainee", "apprentice", "chair",
        "trustee", "facilitator", "caseworker", "navigator", "champion", "analyst", "clerk", "executive", "deputy", "administration",
        "team", "officer", "manager", "adviser", "advisor", "worker", "nurse", "therapist", "counsellor", "supervisor",
        // Clinical and legal titles under a signature ("Forensic Physician", "Consultant Paediatrician").
        "physician", "paediatrician", "pediatrician", "doctor", "surgeon", "psychiatrist", "pharmacist", "midwife", "examiner", "registrar",
        "solicitor", "paralegal", "lecturer", "tutor"]
    static let salutations: Set<String> = ["dear", "hi", "hello", "hiya", "morning", "afternoon", "thanks", "cc", "fao", "attn"]
    static let closings = ["thanks", "many thanks", "kind regards", "regards", "best wishes", "yours sincerely", "yours faithfully",
                           "best", "cheers", "warm regards", "with thanks", "thank you", "all the best"]
}
