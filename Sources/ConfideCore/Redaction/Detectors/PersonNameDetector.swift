import Foundation

/// Names of people: survivors, family, professionals. No single clue is enough in notes written every which way, so
/// the detector gathers several and then spreads what it learnt across the note:
/// - context: a title ("DC Okoro"), a relation or role ("her partner Connor", "Manager: Tomasz Bell", "Mum (Heather)"),
///   "known as", a salutation or sign-off, a speech verb after an unfamiliar capitalised word ("Eilidh described");
/// - the lexicons: a given name, a surname beside a name, a pair of unfamiliar capitalised words;
/// - the known-names list, and names inside email addresses;
/// - spread: once a name is established, its other occurrences count too, in lower case or capitals, except where
///   the word is also ordinary English ("I hope", "he will");
/// - initials: "S.M.", "C.B.'s", and "JD" when a "Joanne Doherty" is in the note or the letters stand alone.
struct PersonNameDetector {
    let note: NoteText
    let claimed: [Range<Int>]
    let knownNames: [String]

    private var tokens: [NoteToken] { note.tokens }

    static let dottedInitials = RedactionPattern(#"(?<![\w.])(?:[A-Z]\.[ ]?){1,2}[A-Z](?:\.(?![A-Za-z]))?(?![\w])"#)
    static let degreeLetters: Set<String> = ["BA", "MA", "BSC", "MSC", "LLB", "LLM", "MBA", "PHD", "BED", "MED", "MPHIL", "BENG", "MENG"]
    static let notInitials: Set<String> = ["NB", "PS", "AM", "PM", "UK", "EG", "IE", "DOB", "RIP", "US", "ETA", "AKA", "PTO", "NI", "OK", "AD", "BC"]
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

    func detect() -> [RedactionCandidate] {
        var mark = [Double](repeating: 0, count: tokens.count)
        let blocked = tokens.indices.map { i in claimed.contains { $0.overlaps(tokens[i].range) } || Self.neverAName(tokens, i) }

        func eligible(_ i: Int) -> Bool {
            guard i >= 0, i < tokens.count, !blocked[i] else { return false }
            let t = tokens[i]
            guard t.shape != .number, t.shape != .alphanumeric, t.text.count >= 2 else { return false }
            if t.shape == .upper && RedactionLexicon.acronyms.contains(t.lower) { return false }
            if RedactionLexicon.titles.contains(t.lower) && t.lower != "sister" { return false }
            return true
        }
        func nameLike(_ i: Int, allowCommonNames: Bool = true) -> Bool {
            guard eligible(i) else { return false }
            let t = tokens[i]
            switch t.shape {
            case .title, .mixed:
                if Self.languages.contains(t.lower) && !(i > 0 && RedactionLexicon.titles.contains(tokens[i - 1].lower)) { return false }
                if RedactionLexicon.institutionWords.contains(t.lower) || RedactionLexicon.relationWords.contains(t.lower) && !RedactionLexicon.isFirstName(t.lower) { return false }
                if !RedactionLexicon.isCommon(t.lower) { return true }
                return allowCommonNames && (RedactionLexicon.isFirstName(t.lower) || RedactionLexicon.isSurname(t.lower))
            case .upper:
                return t.text.count >= 3 && (RedactionLexicon.isFirstName(t.lower) || RedactionLexicon.isSurname(t.lower))
            case .lower:
                return RedactionLexicon.isFirstName(t.lower) && !RedactionLexicon.isAmbiguousName(t.lower)
            default:
                return false
            }
        }
        func set(_ i: Int, _ score: Double) { if i >= 0 && i < mark.count { mark[i] = max(mark[i], score) } }

        /// Takes the surname (or more given names) that follow a marked word in the same style.
        func extend(from i: Int, score: Double) {
            var k = i + 1
            while k < tokens.count, k - i < 5, tokens[k].gapBefore == " " || tokens[k].gapBefore == "-", !tokens[k - 1].hasPossessive {
                // "Pieter van der Berg", "Iestyn ap Rhys", "Cian Ó Murchú": particles join when a capitalised surname follows.
                if tokens[i].isCapitalised, !blocked[k], Self.isParticle(tokens[k]) {
                    var p = k
                    while p + 1 < tokens.count, tokens[p + 1].gapBefore == " ", Self.isParticle(tokens[p + 1]) { p += 1 }
                    if p + 1 < tokens.count, tokens[p + 1].gapBefore == " " || tokens[p + 1].gapBefore.isEmpty, tokens[p + 1].shape == .title, eligible(p + 1),
                       !RedactionLexicon.institutionWords.contains(tokens[p + 1].lower) {
                        for n in k...(p + 1) { set(n, score) }
                        k = p + 2
                        continue
                    }
                    break
                }
                guard eligible(k), k - i < 3 else { break }
                let t = tokens[k], first = tokens[i]
                let fits: Bool
                switch (first.shape, t.shape) {
                case (.title, .title) where !t.sentenceInitial && RedactionLexicon.speechVerbs.contains(t.lower) && !["will", "can", "made"].contains(t.lower):
                    // "suspect Karim Said charged": a capitalised "Said" or "Told" mid-sentence is no verb.
                    fits = true
                case (.title, .title), (.mixed, .title), (.title, .mixed):
                    // A street word ends the name ("Kyle Road"), except after a strong cue, where it is the surname
                    // ("his real name may be Elliot Grange", "DC Ann Hill"), unless a number or postcode follows.
                    let streetWord = RedactionLexicon.streetSuffixes.contains(t.lower)
                        && !(score >= 0.85 && k == i + 1 && !(k + 1 < tokens.count && tokens[k + 1].shape != .lower && tokens[k + 1].gapBefore.hasPrefix(",")))
                    // "Kieran Bright", "Jason Fell": an everyday word capitalised mid-sentence straight after a given name that is no
                    // word itself is the surname (not a weekday, month, title or role: "Jason Monday", "Kieran Manager").
                    let commonSurname = k == i + 1 && !t.sentenceInitial && RedactionLexicon.isFirstName(first.lower)
                        && !RedactionLexicon.isCommon(first.lower) && !Self.neverNicknames.contains(t.lower)
                        && !RedactionLexicon.relationWords.contains(t.lower) && !RedactionLexicon.titles.contains(t.lower)
                        && !Self.languages.contains(t.lower) && !RedactionLexicon.blockSuffixes.contains(t.lower)
                    fits = (!RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isSurname(t.lower) || RedactionLexicon.isFirstName(t.lower)
                            || commonSurname)
                        && !RedactionLexicon.institutionWords.contains(t.lower) && !RedactionLexicon.organisationEndings.contains(t.lower)
                        && !streetWord
                case (.lower, .lower):
                    fits = RedactionLexicon.isSurname(t.lower) || RedactionLexicon.isFirstName(t.lower)
                        || (!RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.speechVerbs.contains(t.lower) && t.text.count >= 3)
                case (.upper, .upper):
                    fits = !RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isSurname(t.lower) || RedactionLexicon.isFirstName(t.lower)
                default:
                    fits = false
                }
                guard fits else { break }
                set(k, score)
                k += 1
            }
        }
        /// Given names before a surname found on its own ("Chidinma" before "Ferguson").
        func extendLeft(from i: Int, score: Double) {
            var k = i - 1
            while k >= 0, i - k < 3, tokens[k + 1].gapBefore == " ", eligible(k), tokens[k].shape == tokens[i].shape, !tokens[k].hasPossessive {
                let t = tokens[k]
                guard !RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isFirstName(t.lower) && !t.sentenceInitial else { break }
                guard !RedactionLexicon.relationWords.contains(t.lower), !RedactionLexicon.institutionWords.contains(t.lower) else { break }
                set(k, score)
                k -= 1
            }
        }

        // 1. Titles and ranks: "DC Priya Nowak", "Mrs Kowalski", "dc okoro".
        for (i, t) in tokens.enumerated() where RedactionLexicon.titles.contains(t.lower) && i + 1 < tokens.count {
            let ranks: Set<String> = ["dc", "ds", "pc", "di", "dci", "tdc", "ps", "sgt", "dr", "mr", "mrs", "ms", "nurse", "judge", "prof", "cllr", "insp"]
            guard t.shape != .lower || ranks.contains(t.lower) else { continue }
            if t.lower == "sister" || t.lower == "father" || t.lower == "nurse" || t.lower == "judge", t.shape == .lower {
                // "her sister came"; but "nurse adeyinka" in a lower-case note is the nurse's name.
                guard t.lower == "nurse" || t.lower == "judge", tokens[i + 1].shape == .lower, tokens[i + 1].gapBefore == " ",
                      !RedactionLexicon.isCommon(tokens[i + 1].lower), !RedactionLexicon.speechVerbs.contains(tokens[i + 1].lower),
                      tokens[i + 1].text.count >= 3 else { continue }
            }
            let gap = tokens[i + 1].gapBefore
            guard gap == " " || gap == ". " || gap == "." else { continue }
            // "Mr van der Berg": surname particles join the name.
            var first = i + 1
            while first + 1 < tokens.count, Self.particles.contains(tokens[first].lower), tokens[first].shape == .lower,
                  tokens[first + 1].gapBefore == " ",
                  tokens[first + 1].shape == .title || Self.particles.contains(tokens[first + 1].lower) { first += 1 }
            if first > i + 1, tokens[first].shape == .title {
                for k in (i + 1)...first { set(k, 0.9) }
                continue
            }
            let n = tokens[i + 1]
            // "Mr T Okwu": a single initial between the title and the surname joins the name.
            if n.shape == .upper, n.text.count == 1, !blocked[i + 1], i + 2 < tokens.count, tokens[i + 2].gapBefore == " ",
               tokens[i + 2].shape == .title, eligible(i + 2), !RedactionLexicon.institutionWords.contains(tokens[i + 2].lower) {
                set(i + 1, 0.9); set(i + 2, 0.9)
                extend(from: i + 2, score: 0.9)
                continue
            }
            guard eligible(i + 1) else { continue }
            let ok = n.shape == .title || n.shape == .mixed || (n.shape == .upper && n.text.count > 1 && t.shape == .upper)
                || (n.shape == .lower && t.shape == .lower && !RedactionLexicon.isCommon(n.lower))
            guard ok, !RedactionLexicon.institutionWords.contains(n.lower) else { continue }
            set(i + 1, 0.92)
            extend(from: i + 1, score: 0.92)
        }

        // 2. Relation or role words, then the name: "partner Connor", "Manager: Tomasz Bell", "Mum (Heather)",
        //    "her named worker, Cerys Reid", "the suspect, Will Pearson".
        // "mother in law Gurmeet", "sister-in-law Aneela": the relation ends with "law".
        func inLaw(_ i: Int) -> Bool {
            i >= 2 && tokens[i].lower == "law" && tokens[i - 1].lower == "in" && Self.familyWords.contains(tokens[i - 2].lower)
        }
        for (i, t) in tokens.enumerated() where (RedactionLexicon.relationWords.contains(t.lower) || inLaw(i)) && i + 1 < tokens.count {
            let gap = tokens[i + 1].gapBefore
            // "perp ?Lenny": a guessed name keeps its question mark.
            guard [" ", ": ", " (", ", ", " - ", " – ", ":  ", ":", " ?", " (?"].contains(gap) || gap.trimmingCharacters(in: .whitespaces) == ":" else { continue }
            let n = tokens[i + 1]
            guard eligible(i + 1), !t.hasPossessive else { continue }
            // "Student Finance", "Staff Wellbeing": a department after a capitalised role word names a team, not a person.
            if t.isCapitalised, gap == " ", n.isCapitalised, Self.departmentWords.contains(n.lower) { continue }
            var ok = false
            switch n.shape {
            case .title, .mixed:
                ok = nameLike(i + 1) && !RedactionLexicon.speechVerbs.contains(n.lower)
            case .lower:
                // In lower-case notes a word after "husband" or "mum" that is not English is a name ("husband kuba").
                ok = (RedactionLexicon.isFirstName(n.lower) && !RedactionLexicon.isAmbiguousName(n.lower))
                    || (Self.familyWords.contains(t.lower) && n.text.count >= 3 && !RedactionLexicon.isCommon(n.lower)
                        // "her mother volunteers there": a verb made from a role noun, not a name.
                        && !(n.lower.hasSuffix("s") && RedactionLexicon.relationWords.contains(String(n.lower.dropLast())))
                        && !RedactionLexicon.acronyms.contains(n.lower) && !RedactionLexicon.titles.contains(n.lower)
                        && !RedactionLexicon.speechVerbs.contains(n.lower) && (gap == " " || gap == " ("))
                // "her ex mark is outside": a given name that is also a word, as the subject of a verb after a family word;
                // in shorthand the verb is often a bare "-ing" form ("sister faith minding kids", "brother will doing school run").
                if !ok, Self.familyWords.contains(t.lower), gap == " ", RedactionLexicon.isFirstName(n.lower), n.text.count >= 3,
                   i + 2 < tokens.count, tokens[i + 2].gapBefore == " ", Self.subjectVerbs.contains(tokens[i + 2].lower) || tokens[i + 2].lower == "is"
                    || Self.isShorthandVerb(tokens[i + 2]) {
                    ok = true
                }
                // "her friend amber off campus", "c's sister grace": a given name that is also a word straight after "friend",
                // "sister" or "brother" (where the word itself would not stand), unless it is a verb or an auxiliary.
                if !ok, ["friend", "sister", "brother", "cousin", "bestie", "mate"].contains(t.lower), gap == " ",
                   RedactionLexicon.isFirstName(n.lower), n.text.count >= 3, !Self.auxiliaries.contains(n.lower),
                   !Self.verbNames.contains(n.lower), i > 0, ["her", "his", "my", "their", "c's", "our", "your", "a", "friend"].contains(tokens[i - 1].lower)
                    || tokens[i - 1].hasPossessive {
                    ok = true
                }
                // "brother robin, sister summer (15)": a given name that is also a word, closed by a list comma or a bracket.
                if !ok, Self.familyWords.contains(t.lower), gap == " ", RedactionLexicon.isFirstName(n.lower), n.text.count >= 3,
                   !Self.auxiliaries.contains(n.lower), i + 2 >= tokens.count || [",", " (", ")", ";"].contains(where: { tokens[i + 2].gapBefore.hasPrefix($0) }) {
                    ok = true
                }
            case .upper:
                ok = n.text.count >= 3 && !RedactionLexicon.isCommon(n.lower) && !RedactionLexicon.acronyms.contains(n.lower)
            default: ok = false
            }
            // "her son Junior": after a family word, a capitalised everyday word is a nickname.
            if !ok, n.shape == .title, Self.familyWords.contains(t.lower), gap == " ", !Self.neverNicknames.contains(n.lower),
               !RedactionLexicon.institutionWords.contains(n.lower), !RedactionLexicon.speechVerbs.contains(n.lower),
               !RedactionLexicon.relationWords.contains(n.lower) { ok = true }
            // A comma after a role introduces an aside more often than a name: require a name-like word.
            // An aside of two capitalised words closed by a comma is a full name, listed or not: "the coach, Des Rafferty, still".
            let fullNameAside = gap == ", " && n.shape == .title && i + 3 < tokens.count && tokens[i + 2].shape == .title
                && tokens[i + 2].gapBefore == " " && tokens[i + 3].gapBefore.hasPrefix(",") && nameLike(i + 2)
                && !Self.everyday(n.lower) && !Self.everyday(tokens[i + 2].lower)
            // One unfamiliar word as the aside after "the client," or "her friend,": "the client, Tiegan, has been offered".
            let singleNameAside = gap == ", " && n.shape == .title && i + 2 < tokens.count && tokens[i + 2].gapBefore.hasPrefix(", ")
                && i > 0 && (["the", "her", "his", "my", "our", "their", "another", "a", "an"].contains(tokens[i - 1].lower)
                    // "the defendant's brother, Chukwudi, rang": an owner with a possessive before the relation.
                    || tokens[i - 1].hasPossessive && tokens[i - 1].shape == .lower) && !Self.everyday(n.lower)
                && !RedactionLexicon.isCommon(n.lower) && nameLike(i + 1)
            if gap == ", " && !(RedactionLexicon.isFirstName(n.lower) || RedactionLexicon.isSurname(n.lower) || fullNameAside || singleNameAside) { ok = false }
            guard ok else { continue }
            set(i + 1, 0.88)
            extend(from: i + 1, score: 0.88)
        }

        // 2j. "ex (D) turned up": one capital in brackets after a family word stands for the person's name.
        for (i, t) in tokens.enumerated() where Self.familyWords.contains(t.lower) && !t.hasPossessive && i + 1 < tokens.count {
            let n = tokens[i + 1]
            guard n.gapBefore == " (", n.shape == .upper, n.text.count == 1, n.text != "I", !blocked[i + 1],
                  i + 2 >= tokens.count || tokens[i + 2].gapBefore.hasPrefix(")") else { continue }
            set(i + 1, 0.75)
        }

        // 2l. "taught by Dr M. because", "care worker \"B\"": one capital standing for a name after a title, or in quotes
        //     after a word for a person.
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count {
            let n = tokens[i + 1]
            guard n.shape == .upper, n.text.count == 1, n.text != "I", !blocked[i + 1] else { continue }
            let afterTitle = RedactionLexicon.titles.contains(t.lower) && t.isCapitalised && n.gapBefore == " " && t.lower != "st"
                && (i + 2 >= tokens.count || !tokens[i + 2].isCapitalised || tokens[i + 2].gapBefore != " ")
            let quoted = RedactionLexicon.relationWords.contains(t.lower) && [" \"", " '", " “", " ‘"].contains(n.gapBefore)
                && i + 2 < tokens.count && ["\"", "'", "”", "’"].contains(where: { tokens[i + 2].gapBefore.hasPrefix($0) })
            if afterTitle || quoted { set(i + 1, 0.7) }
        }

        // 2k. "Costin, the man from the flat upstairs": an unfamiliar capitalised word, then a comma and "the" with a word for
        //     a person, is that person's name.
        for (i, t) in tokens.enumerated() where t.shape == .title && i + 2 < tokens.count && eligible(i) && mark[i] == 0 {
            guard tokens[i + 1].gapBefore == ", ", tokens[i + 1].lower == "the" || tokens[i + 1].lower == "a" || tokens[i + 1].lower == "her"
                    || tokens[i + 1].lower == "his", tokens[i + 2].gapBefore == " ",
                  Self.appositiveNouns.contains(tokens[i + 2].lower) || RedactionLexicon.relationWords.contains(tokens[i + 2].lower),
                  !RedactionLexicon.isCommon(t.lower), !t.sentenceInitial || !RedactionLexicon.isCommon(t.lower), nameLike(i) else { continue }
            set(i, 0.75)
        }

        // 2i. "(father of Kinga)", "a friend of Marta's": a relation word, "of", then a capitalised name.
        for (i, t) in tokens.enumerated() where t.lower == "of" && i > 0 && i + 1 < tokens.count && t.gapBefore == " " {
            let r = tokens[i - 1], n = tokens[i + 1]
            guard Self.familyWords.contains(r.lower) || ["friend", "partner", "ex", "carer", "colleague", "neighbour"].contains(r.lower),
                  n.gapBefore == " ", n.shape == .title, eligible(i + 1), !RedactionLexicon.isCommon(n.lower), nameLike(i + 1) else { continue }
            // "a friend of Labour councillors": a word that qualifies the noun after it is not a name.
            if i + 2 < tokens.count, tokens[i + 2].gapBefore == " ", tokens[i + 2].shape == .lower,
               !["who", "and", "is", "was", "has", "had", "said", "says", "to", "from", "at", "in", "on"].contains(tokens[i + 2].lower) { continue }
            set(i + 1, 0.8)
            extend(from: i + 1, score: 0.8)
        }

        // 2m. "client MO (Mariusz Olszewski)", "AK (Anna Kowal)": capitalised words in brackets after initials whose letters
        //     they start with, in order, are the name those initials stand for.
        for (i, t) in tokens.enumerated() where t.shape == .upper && (2...3).contains(t.text.count) && i + 2 < tokens.count
            && tokens[i + 1].gapBefore.hasSuffix("(") && !RedactionLexicon.acronyms.contains(t.lower) {
            let letters = Array(t.text)
            var k = i + 1
            while k < tokens.count, k - i - 1 < letters.count, tokens[k].shape == .title, k == i + 1 || tokens[k].gapBefore == " ",
                  tokens[k].text.first == letters[k - i - 1], eligible(k), !RedactionLexicon.institutionWords.contains(tokens[k].lower) { k += 1 }
            guard k - i - 1 == letters.count, k >= tokens.count || tokens[k].gapBefore.hasPrefix(")") else { continue }
            for n in (i + 1)..<k { set(n, 0.85) }
        }

        // 2n. "Session 6 - Li Na Zhou - 03/06": capitalised words standing as a field of a session note's header, set off by
        //     dashes, are the client's name even when no lexicon knows them.
        markSessionHeaderNames(&mark, eligible: eligible)

        // 2h. "C (Ravinder) v quiet", "client (Morven)": the client's name in brackets after the note's word for her.
        for (i, t) in tokens.enumerated() where i + 2 < tokens.count && (t.text == "C" || t.lower == "client" || t.lower == "clt") {
            let n = tokens[i + 1]
            guard n.gapBefore == " (", n.shape == .title, tokens[i + 2].gapBefore.hasPrefix(")"), nameLike(i + 1),
                  !RedactionLexicon.isCommon(n.lower) || RedactionLexicon.isFirstName(n.lower) else { continue }
            set(i + 1, 0.8)
        }

        // 2f. "Sister faith minding kids", "Brother will doing school run": a capitalised family word opening a shorthand line,
        //     a lower-case given name, then a bare "-ing" verb.
        for (i, t) in tokens.enumerated() where i + 2 < tokens.count && t.shape == .title && Self.familyWords.contains(t.lower) {
            let n = tokens[i + 1], v = tokens[i + 2]
            guard n.gapBefore == " ", v.gapBefore == " ", n.shape == .lower, eligible(i + 1), RedactionLexicon.isFirstName(n.lower),
                  n.text.count >= 3, Self.isShorthandVerb(v) || Self.subjectVerbs.contains(v.lower) else { continue }
            set(i + 1, 0.75)
        }

        // 2g. Numbered case lists in supervision notes: "2. Summer - attendance poor", "3. J - ending approaching".
        for (i, t) in tokens.enumerated() where i > 0 && i + 1 < tokens.count && eligible(i) || (i > 0 && i + 1 < tokens.count && t.shape == .upper && t.text.count == 1 && !blocked[i]) {
            let num = tokens[i - 1]
            guard num.shape == .number, num.text.count <= 2, num.gapBefore.contains("\n") || i - 1 == 0,
                  t.gapBefore == ". " || t.gapBefore == ") ", tokens[i + 1].gapBefore == " - " || tokens[i + 1].gapBefore == " – " else { continue }
            switch t.shape {
            case .upper:
                guard t.text.count <= 3, !["A", "B", "I"].contains(t.text) || t.text.count > 1, !RedactionLexicon.acronyms.contains(t.lower),
                      !RedactionLexicon.isCommon(t.lower) || t.text.count == 1 else { continue }
                set(i, 0.7)
            case .title:
                guard RedactionLexicon.isFirstName(t.lower) || !RedactionLexicon.isCommon(t.lower),
                      !RedactionLexicon.institutionWords.contains(t.lower), !RedactionLexicon.relationWords.contains(t.lower) else { continue }
                set(i, 0.7)
            default: continue
            }
        }

        // 2d. "the landlord is mick o'hara", "her manager was Sanjay": the name after a relation word and "is" or "was".
        for (i, t) in tokens.enumerated() where RedactionLexicon.relationWords.contains(t.lower) && !t.hasPossessive && i + 2 < tokens.count {
            let verb = tokens[i + 1], n = tokens[i + 2]
            guard ["is", "was"].contains(verb.lower), verb.gapBefore == " ", n.gapBefore == " ", eligible(i + 2), !n.sentenceInitial else { continue }
            let ok: Bool
            switch n.shape {
            case .title, .mixed: ok = nameLike(i + 2, allowCommonNames: false) && !RedactionLexicon.speechVerbs.contains(n.lower)
            case .lower: ok = RedactionLexicon.isFirstName(n.lower) && !RedactionLexicon.isAmbiguousName(n.lower) && n.text.count >= 3
            default: ok = false
            }
            guard ok else { continue }
            set(i + 2, 0.8)
            extend(from: i + 2, score: 0.8)
        }

        // 2e. "spoke to rose - she is staying...": a given name that is also a word, straight after a contact verb and closed
        //     by a dash, comma or full stop, is the person spoken to (a word there would go on: "spoke to hope of...").
        for (i, t) in tokens.enumerated() where i >= 1 && i + 1 <= tokens.count && eligible(i) && t.shape == .lower && t.text.count >= 3 {
            let p = tokens[i - 1].lower
            let contact = (p == "to" && i >= 2 && ["spoke", "spoken", "speak", "talked", "chatted", "texted", "wrote"].contains(tokens[i - 2].lower))
                || ["rang", "phoned", "texted", "emailed", "messaged", "met"].contains(p)
            guard contact, t.gapBefore == " ", RedactionLexicon.isFirstName(t.lower), !Self.auxiliaries.contains(t.lower) else { continue }
            let closes = i + 1 >= tokens.count || [" - ", " – ", ", ", ". ", ".", ","].contains(where: { tokens[i + 1].gapBefore.hasPrefix($0) })
                || tokens[i + 1].gapBefore.hasPrefix(" (")
            if closes { set(i, 0.7) }
        }

        // 2c. "Children: Kayden dob 02.02.2016", "Chelsea Ward (DOB ...)": the word before a birth cue is a name.
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count && (t.shape == .title || t.shape == .mixed) && eligible(i) {
            let next = tokens[i + 1]
            guard next.gapBefore == " " || next.gapBefore == " (" || next.gapBefore == ", " || next.gapBefore == " - " else { continue }
            let cue = next.lower == "dob" || (next.lower == "d" && next.range.upperBound < note.length && note.units[next.range.upperBound] == 46)
            guard cue, !RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isFirstName(t.lower) || RedactionLexicon.isSurname(t.lower),
                  !RedactionLexicon.institutionWords.contains(t.lower), !RedactionLexicon.relationWords.contains(t.lower) else { continue }
            set(i, 0.8)
            extendLeft(from: i, score: 0.8)
        }

        // 3. "known as Shan", "first name Tanisha", "an account in the name of ..." — even an ordinary word.
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count {
            let window = " " + ([i - 1, i].compactMap { $0 >= 0 ? tokens[$0].lower : nil }.joined(separator: " ")) + " "
            // "gave the manager's name as Rich": "name ... as" too.
            let knownAs = t.lower == "as" && tokens[max(0, i - 3)..<i].contains { Self.knownAsVerbs.contains($0.lower) || $0.lower == "name" && !$0.hasPossessive }
                || ["be", "is", "was"].contains(t.lower) && tokens[max(0, i - 3)..<i].contains { $0.lower == "name" && !$0.hasPossessive }
            // "who everyone calls 'Tank'", "they call him 'Bear'": a capitalised word in quotes after "call(s)" is what he is called.
            // An everyday word in quotes is what is called out ("she calls 'Help'") unless people call him it ("everyone calls").
            let quotedCall = ["calls", "call"].contains(t.lower) && [" '", " \"", " ‘", " “"].contains(tokens[i + 1].gapBefore)
                && tokens[i + 1].shape == .title && (nameLike(i + 1, allowCommonNames: true)
                    || i > 0 && ["everyone", "everybody", "people", "they", "we", "mates", "friends", "lads", "all"].contains(tokens[i - 1].lower))
            // "the lad everyone calls Tiny has been": unquoted after a crowd word, the name then lower-case words.
            let plainCall = ["calls", "call"].contains(t.lower) && i > 0 && i + 2 < tokens.count
                && ["everyone", "everybody", "people", "mates", "friends", "lads"].contains(tokens[i - 1].lower)
                && tokens[i + 1].gapBefore == " " && tokens[i + 1].shape == .title && !Self.neverNicknames.contains(tokens[i + 1].lower)
                && !RedactionLexicon.relationWords.contains(tokens[i + 1].lower) && tokens[i + 2].gapBefore == " " && tokens[i + 2].shape == .lower
            // "(she prefers Tope)", "he prefers Danny.": after a pronoun, "prefers" and one unfamiliar capitalised word closing
            // the clause give the name used (not "she prefers Tuesdays, ...": a day or an everyday word is what is preferred).
            let preferred = ["prefers", "prefer"].contains(t.lower) && i > 0 && ["she", "he", "they", "c", "client"].contains(tokens[i - 1].lower)
                && tokens[i + 1].gapBefore == " " && tokens[i + 1].shape == .title && !RedactionLexicon.isCommon(tokens[i + 1].lower)
                && !RedactionLexicon.monthAndDayNames.contains(tokens[i + 1].lower)
                && (i + 2 >= tokens.count || tokens[i + 2].gapBefore.first.map({ ").,;\n".contains($0) }) == true)
            guard Self.paddedNicknameCues.contains(where: { window.hasSuffix($0) }) || Self.nicknameCueSet.contains(t.lower) || knownAs || quotedCall
                || plainCall || preferred else { continue }
            let n = tokens[i + 1]
            // "(asked to be called rose)": a lower-case given name closing the clause after "called".
            if (t.lower == "called" || t.lower == "named"), n.shape == .lower, n.gapBefore == " ", eligible(i + 1), RedactionLexicon.isFirstName(n.lower),
               n.text.count >= 3, i + 2 >= tokens.count || tokens[i + 2].gapBefore.first.map({ ").,;\n".contains($0) }) == true {
                set(i + 1, 0.75)
                continue
            }
            // "used the name 'sunny'", "calls herself 'bunny'": one lower-case word in quotes after the cue is the name given.
            // Not after "called her": 'he called her "useless"' is an insult, not a name.
            if n.shape == .lower, Self.namingCues.contains(where: { window.hasSuffix($0) }), [" \"", " '", " ‘", " “"].contains(n.gapBefore),
               eligible(i + 1), n.text.count >= 3,
               !Self.neverNicknames.contains(n.lower), !Self.notGivenNames.contains(n.lower), !RedactionLexicon.institutionWords.contains(n.lower),
               n.fullEnd == n.range.upperBound, n.range.upperBound < note.length, [34, 39, 0x2019, 0x201D].contains(note.units[n.range.upperBound]) {
                set(i + 1, 0.75)
                continue
            }
            // "first name (Gav)", "known as (Bex)": the name given in brackets after a naming cue, closed by its bracket.
            let bracketedName = n.gapBefore == " (" && Self.namingCues.contains(where: { window.hasSuffix($0) })
                && i + 2 < tokens.count && tokens[i + 2].gapBefore.hasPrefix(")")
            guard eligible(i + 1), n.shape == .title || n.shape == .mixed, !n.sentenceInitial,
                  [" ", " \"", " '", " ‘", " “", ": ", ", "].contains(n.gapBefore) || bracketedName,
                  !RedactionLexicon.institutionWords.contains(n.lower), n.lower != "the" else { continue }
            if (t.lower == "called" || t.lower == "named") && i > 0 && Self.animals.contains(tokens[i - 1].lower) { continue }
            if t.lower == "called" || t.lower == "named" || t.lower == "name" {
                // "called the police", "called Police": only a name-like word, unless a person was just named ("a boy called Junior").
                let personBefore = i > 0 && Self.personNouns.contains(tokens[i - 1].lower)
                guard nameLike(i + 1) || personBefore && n.gapBefore == " " && !RedactionLexicon.speechVerbs.contains(n.lower) else { continue }
            }
            set(i + 1, 0.85)
            extend(from: i + 1, score: 0.85)
        }

        // 4. Salutations and headers: "Dear Kyle", "Hi Ryan,", "From: Joanne Ahmed <…>", "To: Kyle McLeod", "Re: Zofia Kowalski".
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count {
            let header = Self.isFieldLabel(note, i)
            guard header || (Self.salutations.contains(t.lower) && t.sentenceInitial) else { continue }
            let aloneOnLine = i + 2 >= tokens.count || tokens[i + 2].gapBefore.contains("\n")
            let initialsValue = header && t.lower == "name" && tokens[i + 1].shape == .upper && tokens[i + 1].text.count == 2 && aloneOnLine
                && !RedactionLexicon.acronyms.contains(tokens[i + 1].lower)
            if initialsValue, !blocked[i + 1], !tokens[i + 1].gapBefore.contains("\n") { set(i + 1, 0.85); continue }
            guard eligible(i + 1), tokens[i + 1].shape == .title || tokens[i + 1].shape == .mixed || tokens[i + 1].shape == .upper && tokens[i + 1].text.count > 2,
                  !tokens[i + 1].gapBefore.contains("\n") else { continue }
            let n = tokens[i + 1]
            var runEnd = i + 1
            while runEnd + 1 < tokens.count, tokens[runEnd + 1].gapBefore == " ", tokens[runEnd + 1].isCapitalised { runEnd += 1 }
            if OrganisationDetector.isInstitution(tokens[(i + 1)...runEnd]) { continue }
            // "Subject: Strategy meeting - ...", "Re: Planning review": one capitalised word running on into lower-case
            // everyday words is the subject's topic, not a name (a given or family name from the lexicon still counts below).
            if ["subject", "re"].contains(t.lower), runEnd == i + 1, runEnd + 1 < tokens.count, tokens[runEnd + 1].gapBefore == " ",
               tokens[runEnd + 1].shape == .lower, RedactionLexicon.isCommon(tokens[runEnd + 1].lower),
               !RedactionLexicon.isFirstName(n.lower), !RedactionLexicon.isSurname(n.lower) { continue }
            let particleLead = Self.isParticle(n) || n.shape == .title && RedactionLexicon.capitalisedParticles.contains(n.lower)
            guard nameLike(i + 1) || (!RedactionLexicon.isCommon(n.lower) && !RedactionLexicon.acronyms.contains(n.lower))
                || particleLead && i + 2 < tokens.count && tokens[i + 2].gapBefore == " " else { continue }
            set(i + 1, 0.88)
            extend(from: i + 1, score: 0.88)
        }

        // 5. Given names from the lexicon, and surnames that are not everyday words.
        for (i, t) in tokens.enumerated() where eligible(i) {
            let isFirst = RedactionLexicon.isFirstName(t.lower)
            let ambiguous = RedactionLexicon.isAmbiguousName(t.lower)
            let nextIsVerb = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && RedactionLexicon.speechVerbs.contains(tokens[i + 1].lower)
            let nearDigits = (i > 0 && tokens[i - 1].shape == .number && tokens[i].gapBefore == " ")
                || (i + 1 < tokens.count && tokens[i + 1].shape == .number && tokens[i + 1].gapBefore == " ")
            switch t.shape {
            case .title, .mixed:
                if isFirst && !ambiguous { set(i, 0.85); extend(from: i, score: 0.85) }
                else if isFirst && ambiguous && !nearDigits {
                    // "Hope" mid-sentence is a name; at a sentence start only with a verb or surname after it.
                    let surnameNext = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && tokens[i + 1].shape == .title
                        && (RedactionLexicon.isSurname(tokens[i + 1].lower) || !RedactionLexicon.isCommon(tokens[i + 1].lower))
                    let subject = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && Self.subjectVerbs.contains(tokens[i + 1].lower)
                    if !t.sentenceInitial || subject || t.hasPossessive || surnameNext { set(i, 0.7); extend(from: i, score: 0.7) }
                } else if RedactionLexicon.isSurname(t.lower) && !RedactionLexicon.isCommon(t.lower) && (!t.sentenceInitial || nextIsVerb) {
                    set(i, 0.7); extendLeft(from: i, score: 0.7); extend(from: i, score: 0.7)
                }
            case .lower:
                if isFirst && !ambiguous && t.text.count >= 3 { set(i, 0.7); extend(from: i, score: 0.7) }
            case .upper:
                // A note typed in capitals: a given name that is no English word is a name on its own ("CONTACT CHLOE").
                if isFirst && !ambiguous && t.text.count >= 4 && !RedactionLexicon.acronyms.contains(t.lower) && lineInCapitals(t.range.lowerBound) {
                    set(i, 0.7); extend(from: i, score: 0.7)
                }
                // Capitals: a given name with a surname beside it ("HOPE ATKINSON"), not a heading word.
                if isFirst && t.text.count >= 3, i + 1 < tokens.count, tokens[i + 1].gapBefore == " ", tokens[i + 1].shape == .upper,
                   RedactionLexicon.isSurname(tokens[i + 1].lower) || !RedactionLexicon.isCommon(tokens[i + 1].lower),
                   !RedactionLexicon.acronyms.contains(tokens[i + 1].lower) {
                    set(i, 0.75); extend(from: i, score: 0.75)
                }
            default: break
            }
        }

        // 6. An unfamiliar capitalised word that acts like a person: "Eilidh described", "Tomasz asked", "Shan's".
        for (i, t) in tokens.enumerated() where eligible(i) && mark[i] == 0 && t.shape == .title && !RedactionLexicon.isCommon(t.lower) {
            // Strong verbs only: "Wales is" and "Northmoor has" are places.
            let nextIsVerb = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && Self.strongSpeechVerbs.contains(tokens[i + 1].lower)
            let possessivePerson = t.hasPossessive && i + 1 < tokens.count && (RedactionLexicon.relationWords.contains(tokens[i + 1].lower)
                || Self.possessions.contains(tokens[i + 1].lower))
            // Two unfamiliar capitalised words are as often a place ("Millbeck United") as a person: one must be a known name.
            let pairNext = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && tokens[i + 1].shape == .title && eligible(i + 1)
                && !RedactionLexicon.isCommon(tokens[i + 1].lower) && !t.sentenceInitial
                && (RedactionLexicon.isSurname(tokens[i + 1].lower) || RedactionLexicon.isFirstName(tokens[i + 1].lower))
            let placeBefore = i > 0 && ["in", "at", "from", "to", "near", "of", "into", "around", "outside"].contains(tokens[i - 1].lower)
            let adverb = t.lower.hasSuffix("ly") && !RedactionLexicon.isFirstName(t.lower)
            if adverb { continue }
            if (nextIsVerb || possessivePerson) && !placeBefore { set(i, 0.65); extendLeft(from: i, score: 0.65) }
            // "Jamal is sofa-surfing": a sentence about an unfamiliar capitalised subject; weaker, and not spread.
            else if t.sentenceInitial, i + 1 < tokens.count, tokens[i + 1].gapBefore == " ", ["is", "was", "has", "had"].contains(tokens[i + 1].lower),
                    i + 2 < tokens.count, tokens[i + 2].shape == .lower { set(i, 0.6) }
            else if pairNext && !placeBefore { set(i, 0.6); extend(from: i, score: 0.6) }
        }

        // 6a. Spelling variants of listed names ("Leanna"), and a capitalised unfamiliar word after "with" ("session with Leanna").
        for (i, t) in tokens.enumerated() where eligible(i) && mark[i] == 0 && t.shape == .title && !RedactionLexicon.isCommon(t.lower) {
            let afterWith = i > 0 && ["with", "w/"].contains(tokens[i - 1].lower) && t.gapBefore == " "
                && !(i + 1 < tokens.count && tokens[i + 1].gapBefore == " " && tokens[i + 1].isCapitalised)
            if RedactionLexicon.isFirstNameVariant(t.lower) || afterWith { set(i, 0.65); extend(from: i, score: 0.65) }
        }

        // 6b. Lower-case notes: "dani says", "dani (D.W.)", "kerry-ann (KAM)".
        for (i, t) in tokens.enumerated() where eligible(i) && mark[i] == 0 && t.shape == .lower && t.text.count >= 3
            && !RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.acronyms.contains(t.lower) && !RedactionLexicon.titles.contains(t.lower)
            && !RedactionLexicon.relationWords.contains(t.lower) && !Self.isContraction(t.lower) {
            guard i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            let speaks = next.gapBefore == " " && Self.strongSpeechVerbs.contains(next.lower)
            let initialsAfter = next.gapBefore.hasSuffix("(") && (next.shape == .upper || next.text.count == 1)
                && next.text.first.map { String($0).lowercased() == String(t.lower.prefix(1)) } == true
            let possessiveFamily = t.hasPossessive && next.gapBefore == " " && Self.familyWords.contains(next.lower)
            // "-ly" words before a verb are adverbs ("consistently reported").
            if speaks && !t.lower.hasSuffix("ly") { set(i, 0.62) }
            if initialsAfter || possessiveFamily { set(i, 0.7) }
        }

        // 6c. A quoted nickname after a word for a person: 'an older lad, "Deano",'.
        for (i, t) in tokens.enumerated() where eligible(i) && mark[i] == 0 && i > 0
            && (t.shape == .title || t.shape == .mixed || (t.shape == .upper && t.text.count <= 3 && !RedactionLexicon.acronyms.contains(t.lower))) {
            let gap = t.gapBefore
            guard gap.hasSuffix("\"") || gap.hasSuffix("“") || gap.hasSuffix("'") || gap.hasSuffix("‘") else { continue }
            let closes = i + 1 >= tokens.count || tokens[i + 1].gapBefore.first.map { "\"”'’".contains($0) } == true
                || t.fullEnd < note.length && "\"”'’".contains(Character(Unicode.Scalar(note.units[t.range.upperBound]) ?? " "))
            let knownAs = tokens[i - 1].lower == "as" && tokens[max(0, i - 4)..<(i - 1)].contains { ["known", "knows", "know", "called", "calls",
                "nicknamed", "goes", "go", "refers", "refer"].contains($0.lower) || Self.knownAsVerbs.contains($0.lower) }
            // '("Tiny")': a quoted word alone in brackets is an alias, whatever word came before.
            let afterQuote = t.range.upperBound < note.length ? note.units[t.range.upperBound] : 0
            let closeBracket = t.range.upperBound + 1 < note.length ? note.units[t.range.upperBound + 1] : 0
            let bracketed = (gap.hasSuffix("(\"") || gap.hasSuffix("(“") || gap.hasSuffix("('") || gap.hasSuffix("(‘"))
                && [34, 0x201D, 39, 0x2019].contains(afterQuote) && closeBracket == 41
            // "Ciaran 'Bap' Quinn": a quoted word between a given name and a surname is a nickname.
            let betweenNames = closes && i + 1 < tokens.count && tokens[i - 1].shape == .title && tokens[i + 1].shape == .title
                && gap.count <= 2 && tokens[i + 1].gapBefore.count <= 2
                && (nameLike(i - 1) || mark[i - 1] > 0) && nameLike(i + 1)
            // Initials in quotes count only after "known as" / "saved as": '"DB"'.
            if t.shape == .upper && !(closes && knownAs) { continue }
            // "a man he met gaming, 'Dex', has been": a quoted word set off by commas, with a word for a person earlier in the
            // same clause, is what that person is called.
            let quotedAside = closes && t.shape == .title && [", \"", ", '", ", ‘", ", “"].contains(where: { gap.hasSuffix($0) })
                && i + 1 < tokens.count && tokens[i + 1].gapBefore.dropFirst().hasPrefix(",")
            let personAside = quotedAside && Self.clauseHasPersonNoun(tokens, before: i)
            if (closes && (Self.personNouns.contains(tokens[i - 1].lower) || knownAs) || bracketed || betweenNames || personAside)
                && !RedactionLexicon.institutionWords.contains(t.lower) { set(i, 0.75) }
        }

        // 6e. "I have spoken to Deb Haines in residences": two unfamiliar capitalised words, and no more, straight after a verb of
        //     talking and "to", are the person talked to (a town, firm or street would have a word the lexicon knows).
        for (i, t) in tokens.enumerated() where i >= 2 && i + 1 < tokens.count && mark[i] == 0 && t.shape == .title && t.gapBefore == " "
            && tokens[i - 1].lower == "to" && Self.talkVerbs.contains(tokens[i - 2].lower) && eligible(i) && eligible(i + 1) {
            let n = tokens[i + 1]
            let runEnds = i + 2 >= tokens.count || tokens[i + 2].gapBefore != " " || !tokens[i + 2].isCapitalised
            guard n.gapBefore == " ", n.shape == .title, runEnds, !t.hasPossessive,
                  !RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isFirstName(t.lower), !RedactionLexicon.isCommon(n.lower),
                  ![t, n].contains(where: { RedactionLexicon.institutionWords.contains($0.lower) || RedactionLexicon.organisationEndings.contains($0.lower)
                    || RedactionLexicon.streetSuffixes.contains($0.lower) || RedactionLexicon.blockSuffixes.contains($0.lower)
                    || Self.languages.contains($0.lower) || RedactionLexicon.relationWords.contains($0.lower) }) else { continue }
            set(i, 0.7); set(i + 1, 0.7)
        }

        // 6f. "Another driver, Sunny, saw him": a capitalised word set off by commas after a word for a person, with a verb
        //     straight after it, is that person's name even when it is also an everyday word.
        for (i, t) in tokens.enumerated() where i + 2 < tokens.count && t.shape == .lower
            && (RedactionLexicon.relationWords.contains(t.lower) || Self.personNouns.contains(t.lower)) {
            let n = tokens[i + 1], v = tokens[i + 2]
            // Any capitalised word there but an adverb, a day or month, a language, a role or a public body or department.
            guard n.gapBefore == ", ", n.shape == .title, eligible(i + 1), mark[i + 1] == 0, !n.lower.hasSuffix("ly"),
                  !Self.neverNicknames.contains(n.lower), !Self.languages.contains(n.lower), !Self.departmentWords.contains(n.lower),
                  !RedactionLexicon.relationWords.contains(n.lower), !RedactionLexicon.institutionWords.contains(n.lower),
                  !["however", "meanwhile", "though", "also", "too", "again", "apparently", "instead", "eventually"].contains(n.lower),
                  v.gapBefore == ", ", v.shape == .lower,
                  Self.subjectVerbs.contains(v.lower) || v.lower == "is" else { continue }
            set(i + 1, 0.75)
        }

        // 6d. "the man Viktor who", "a resident Abu Sami": a word for a person, then an unfamiliar capitalised word.
        for (i, t) in tokens.enumerated() where i > 0 && eligible(i) && mark[i] == 0 && t.shape == .title && t.gapBefore == " "
            && !RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.institutionWords.contains(t.lower)
            && Self.personNouns.contains(tokens[i - 1].lower) && tokens[i - 1].shape == .lower {
            set(i, 0.7)
            extend(from: i, score: 0.7)
        }

        // 7. "mark (ex)", "Leanne (counsellor)": a word with a relation or role in brackets after it; also "mark (olu's brother)",
        //    where the one in brackets is named too.
        for (i, t) in tokens.enumerated() where (eligible(i) || t.shape == .upper && t.text.count == 1 && !blocked[i]) && i + 1 < tokens.count
            && tokens[i + 1].gapBefore == " (" {
            let owner = tokens[i + 1]
            let ownersRelation = owner.hasPossessive && i + 2 < tokens.count && tokens[i + 2].gapBefore == " "
                && RedactionLexicon.relationWords.contains(tokens[i + 2].lower) && owner.shape != .upper
                && !RedactionLexicon.isCommon(owner.lower) && !RedactionLexicon.relationWords.contains(owner.lower)
            if ownersRelation, eligible(i + 1), owner.text.count >= 2 { set(i + 1, 0.75) }
            // "M (ex)", "J (mum)": a single capital before a family word in brackets is that person's initial.
            let initialOfRelative = t.shape == .upper && t.text.count == 1 && !["I", "A", "C"].contains(t.text)
                && Self.familyWords.contains(tokens[i + 1].lower) && i + 2 < tokens.count && tokens[i + 2].gapBefore.hasPrefix(")")
            if initialOfRelative { set(i, 0.7); continue }
            guard eligible(i) else { continue }
            // "josé (my manager)", "Dee (her sister)": a possessive word may come first in the brackets.
            let possessed = ["my", "her", "his", "their", "our", "c's"].contains(tokens[i + 1].lower) && i + 2 < tokens.count
                && tokens[i + 2].gapBefore == " " && RedactionLexicon.relationWords.contains(tokens[i + 2].lower)
            guard RedactionLexicon.relationWords.contains(tokens[i + 1].lower) || ownersRelation || possessed,
                  t.shape != .upper || t.text.count >= 3 else { continue }
            // "Alternative (his sister Abena ...)": at a line's start the word is a heading unless it is a given name.
            if possessed && !RedactionLexicon.relationWords.contains(tokens[i + 1].lower) && !ownersRelation && t.sentenceInitial
                && !RedactionLexicon.isFirstName(t.lower) { continue }
            if t.shape == .lower && RedactionLexicon.isCommon(t.lower) && !RedactionLexicon.isFirstName(t.lower) { continue }
            if (t.shape == .title || t.shape == .lower) && !t.sentenceInitial || !RedactionLexicon.isCommon(t.lower) { set(i, 0.8) }
        }

        // 7a. "ginger (real name Neil Haworth)", "Smudge (aka Darren)": the word before the aside is a nickname.
        for (i, t) in tokens.enumerated() where eligible(i) && i + 2 < tokens.count && tokens[i + 1].gapBefore.hasSuffix("(") {
            let a = tokens[i + 1].lower, b = tokens[i + 2].lower
            // The real name that follows must look like one: "(real name unknown)" says nothing.
            let nameAt = a == "aka" ? i + 2 : i + 3
            guard (a == "real" && b == "name") || a == "aka" || (a == "full" && b == "name"), t.shape != .number,
                  nameAt < tokens.count, tokens[nameAt].shape == .title || tokens[nameAt].shape == .mixed,
                  !RedactionLexicon.relationWords.contains(t.lower), !RedactionLexicon.institutionWords.contains(t.lower) else { continue }
            set(i, 0.75)
        }

        // 7f. "Anouska (no surname given)", "Dev (surname unknown)": a capitalised word before a bracket saying the surname is
        //     missing is a given name.
        for (i, t) in tokens.enumerated() where eligible(i) && mark[i] == 0 && t.shape == .title && i + 2 < tokens.count
            && tokens[i + 1].gapBefore.hasSuffix("(") {
            let a = tokens[i + 1].lower, b = tokens[i + 2].lower
            let noSurname = (a == "no" && ["surname", "last", "family"].contains(b)) || (a == "surname" && ["unknown", "not", "withheld", "n"].contains(b))
                || ((a == "first" || a == "given") && b == "name")
            guard noSurname, !RedactionLexicon.relationWords.contains(t.lower), !RedactionLexicon.institutionWords.contains(t.lower),
                  !Self.neverNicknames.contains(t.lower) else { continue }
            set(i, 0.8)
        }

        // 7g. "(prefers Clo)", "(preferred name Iza)": the name someone asks to be called, alone in brackets.
        for (i, t) in tokens.enumerated() where (t.lower == "prefers" || t.lower == "preferred") && t.gapBefore.hasSuffix("(") && i + 1 < tokens.count {
            var k = i + 1
            if t.lower == "preferred" {
                guard tokens[k].lower == "name", k + 1 < tokens.count else { continue }
                k += 1
            }
            let n = tokens[k]
            guard [" ", ": ", " '", " \"", " ‘", " “"].contains(n.gapBefore), eligible(k), n.shape == .title || n.shape == .mixed,
                  !Self.neverNicknames.contains(n.lower), !Self.languages.contains(n.lower),
                  !RedactionLexicon.monthAndDayNames.contains(String(n.lower.dropLast())), !RedactionLexicon.institutionWords.contains(n.lower),
                  k + 1 >= tokens.count || tokens[k + 1].gapBefore.first.map({ ")'\"’”".contains($0) }) == true else { continue }
            set(k, 0.8)
        }

        // 7b. "Tamsin Roe (19)": capitalised words with an age in brackets after them.
        for (i, t) in tokens.enumerated() where eligible(i) && mark[i] == 0 && t.shape == .title && !RedactionLexicon.isCommon(t.lower) {
            var k = i
            while k + 1 < tokens.count, k - i < 2, tokens[k + 1].gapBefore == " ", tokens[k + 1].shape == .title, eligible(k + 1),
                  !RedactionLexicon.isCommon(tokens[k + 1].lower) { k += 1 }
            guard k + 1 < tokens.count, tokens[k + 1].gapBefore.hasSuffix("("), tokens[k + 1].shape == .number, tokens[k + 1].text.count <= 2,
                  k + 2 >= tokens.count || tokens[k + 2].gapBefore.hasPrefix(")") || tokens[k + 2].gapBefore.hasPrefix(",") else { continue }
            for n in i...k { set(n, 0.75) }
        }

        // 7c. Registers and lists: "O'Connor, Siobhan", "McAllister, Jo-Anne (ISVA)".
        for (i, t) in tokens.enumerated() where i > 0 && mark[i] > 0 && tokens[i].gapBefore == ", " && (t.shape == .title || t.shape == .mixed)
            && RedactionLexicon.isFirstName(t.lower) {
            let p = i - 1
            guard eligible(p), mark[p] == 0, tokens[p].shape == .title || tokens[p].shape == .mixed, !RedactionLexicon.isCommon(tokens[p].lower) else { continue }
            let listStart = p == 0 || tokens[p].gapBefore.contains("\n") || [":", ";"].contains(tokens[p].gapBefore.trimmingCharacters(in: .whitespaces).last.map(String.init) ?? "")
            if listStart || RedactionLexicon.isSurname(tokens[p].lower) { set(p, mark[i]) }
        }

        // 7d. Lists of people: "attendees Becky, Shona, Ife and Marguerite".
        var changed = true
        while changed {
            changed = false
            // An everyday word too when names stand on both sides of it: "Present: Mandy, Sal, Joy, Parveen".
            for (i, t) in tokens.enumerated() where eligible(i) && mark[i] == 0 && t.shape == .title && (!RedactionLexicon.isCommon(t.lower)
                || i > 0 && i + 1 < tokens.count && mark[i - 1] > 0 && mark[i + 1] > 0 && t.gapBefore == ", " && tokens[i + 1].gapBefore == ", "
                    && !RedactionLexicon.institutionWords.contains(t.lower) && !RedactionLexicon.relationWords.contains(t.lower)) {
                let joinedBefore = i > 0 && mark[i - 1] > 0 && [", ", " and ", " & "].contains(t.gapBefore)
                    || (i > 1 && tokens[i - 1].lower == "and" && tokens[i - 1].gapBefore == " " && t.gapBefore == " " && mark[i - 2] > 0
                        && tokens[i - 2].fullEnd == tokens[i - 1].range.lowerBound - 1)
                let joinedAfter = i + 1 < tokens.count && mark[i + 1] > 0 && tokens[i + 1].gapBefore == ", " && tokens[i + 1].shape == .title
                // A list item is one word: "Evans, Northmoor Police" is a name and a force.
                let standsAlone = i + 1 >= tokens.count || !(tokens[i + 1].gapBefore == " " || tokens[i + 1].gapBefore == " & ")
                    || !tokens[i + 1].isCapitalised
                if (joinedBefore || joinedAfter) && standsAlone { set(i, 0.65); changed = true }
            }
        }

        // 7e. Context a name sits in: "R v Haldane"; "it's Kel, ring me"; "Sunny (Sundeep)"; "Keisha, 15, disclosed".
        markNameContexts(&mark, eligible: eligible)

        // 8. Sign-offs: a line that is only a name, perhaps with a role ("Chidinma Ferguson, ISVA", "- Leanne (counsellor)"),
        //    a name after " - " ending a line, and the line after a closing ("Thanks,\nJoanne").
        markSignOffs(&mark, eligible: eligible)

        // 9. Spread: every other occurrence of an established name (and of known names and email-address names).
        spread(&mark, eligible: eligible)

        // 9b. The short form of a given name already in the note: "Gavin Lyle" ... "'Gav' touches him", "Callum" ... "Cal 2".
        //     Not a month or a day ("Jan" beside "Janine"), nor everyday English, nor the start of a surname ("Pat", "Patel").
        let givenNames = Set(tokens.indices.filter { k in
            mark[k] >= 0.65 && tokens[k].shape == .title && (RedactionLexicon.isFirstName(tokens[k].lower)
                || (k + 1 < tokens.count && mark[k + 1] > 0 && tokens[k + 1].gapBefore == " " && !(k > 0 && mark[k - 1] > 0 && tokens[k].gapBefore == " ")))
        }.map { tokens[$0].lower })
        if !givenNames.isEmpty {
            for (i, t) in tokens.enumerated() where mark[i] == 0 && eligible(i) && t.shape == .title && (3...5).contains(t.text.count)
                && !RedactionLexicon.isCommon(t.lower) && !VenueAfterPlaceWord.monthsAndDays.contains(t.lower)
                && !RedactionLexicon.institutionWords.contains(t.lower) {
                if givenNames.contains(where: { $0.count >= t.text.count + 2 && $0.hasPrefix(t.lower) }) { set(i, 0.7) }
            }
        }

        // 10. A lone capital standing for a name already in the note, as the subject of a verb: "K works at the butcher's".
        //     Not "C", the usual shorthand for the client, nor a letter used again and again, which is a shorthand too.
        //     A letter used again and again still stands for the person when someone with a full name in the note has that
        //     initial ("Tom Garside" ... "T feels stuck", "T's self-care"). "A." counts only with its full stop ("A. feeling").
        let initialsInNote = Set(tokens.indices.filter { mark[$0] >= 0.65 && tokens[$0].isCapitalised }.compactMap { tokens[$0].text.first })
        let fullNameInitials = Set(tokens.indices.filter { i in
            i + 1 < tokens.count && mark[i] >= 0.65 && mark[i + 1] >= 0.65 && tokens[i].shape == .title
                && tokens[i + 1].gapBefore == " " && tokens[i + 1].isCapitalised && !tokens[i].hasPossessive
        }.compactMap { tokens[$0].text.first })
        var letterUses: [String: Int] = [:]
        for t in tokens where t.shape == .upper && t.text.count == 1 { letterUses[t.text, default: 0] += 1 }
        for (i, t) in tokens.enumerated() where t.shape == .upper && t.text.count == 1 && t.text != "I" && t.text != "C" && !blocked[i] {
            guard let letter = t.text.first, initialsInNote.contains(letter),
                  letterUses[t.text, default: 0] <= 2 || fullNameInitials.contains(letter), i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            let dotted = next.gapBefore == ". " && next.shape == .lower
            if t.text == "A" && !dotted { continue }
            let verbAfter = (next.gapBefore == " " || dotted) && (Self.subjectVerbs.contains(next.lower) || next.lower == "is"
                // Supervision shorthand: "R worried about client", "S concerned re caseload", "P relieved + scared".
                || Self.shorthandStates.contains(next.lower))
            // "P's employer", "T's self-care": the letter owns something.
            let owns = t.hasPossessive && next.gapBefore == " " && next.shape == .lower
            // "Agreed T to speak w/ ISVA", "..., T to send letter": the letter is the one who will act.
            let clauseStart = t.gapBefore.hasSuffix(", ") || t.gapBefore.hasSuffix("- ") || t.gapBefore.contains("\n") || i == 0
            let willAct = next.lower == "to" && next.gapBefore == " " && i + 2 < tokens.count && tokens[i + 2].shape == .lower
                && tokens[i + 2].gapBefore == " " && (clauseStart || (i > 0 && Self.actingCues.contains(tokens[i - 1].lower)))
            // "Told H.", "rang P, ...": the letter as the object of a contact verb, closing the clause.
            let object = i > 0 && Self.contactVerbs.contains(tokens[i - 1].lower) && t.gapBefore == " "
                && [".", ",", ";", "\n", " -"].contains(where: { next.gapBefore.hasPrefix($0) })
            guard verbAfter || owns || willAct || object else { continue }
            set(i, 0.7)
        }

        // 11. Speakers in a pasted chat or transcript: the same label opening two or more lines before a colon ("Big T: where r u").
        markSpeakerLabels(&mark)

        // 12. Pets and cars are not people: "the dogs Tyson and Luna", "her cat Biscuit", "a grey Mercedes RO70 ASK".
        unmarkPetsAndCars(&mark)

        // 13. A month written short after a word of time is the month: "til Jan", "end of Jan", "by Sept 2025"; not "since Jan
        //     left" (a verb after it makes it the person) nor "with Jan".
        for (i, t) in tokens.enumerated() where mark[i] > 0 && t.shape == .title && Self.shortMonths.contains(t.lower) && i > 0 {
            let before = tokens[i - 1].lower
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let verbAfter = next.map { $0.gapBefore == " " && $0.shape == .lower && (Self.subjectVerbs.contains($0.lower) || $0.lower.hasSuffix("ed")) } ?? false
            let yearAfter = next.map { $0.gapBefore == " " && $0.shape == .number } ?? false
            if (Self.timeWords.contains(before) && t.gapBefore == " " && !verbAfter) || yearAfter { mark[i] = 0 }
        }

        var out: [RedactionCandidate] = []
        var i = 0
        while i < tokens.count {
            guard mark[i] > 0 else { i += 1; continue }
            // "Nanna Pearl", "Auntie Pat": the kinship word stays outside, like a title.
            if i + 1 < tokens.count, mark[i + 1] > 0, tokens[i + 1].gapBefore == " ", tokens[i].shape == .title, !tokens[i].hasPossessive,
               Self.familyWords.contains(tokens[i].lower) || tokens[i].lower == "nanna" || tokens[i].lower == "nana" || tokens[i].lower == "grandma"
                || tokens[i].lower == "granny" || tokens[i].lower == "grandad" || tokens[i].lower == "grandpa" {
                i += 1
                continue
            }
            var j = i
            var score = mark[i]
            // One span for "Kyle Harrison"; a possessive or punctuation ends it.
            while j + 1 < tokens.count, mark[j + 1] > 0, tokens[j + 1].gapBefore == " " || tokens[j + 1].gapBefore == "-", !tokens[j].hasPossessive {
                j += 1
                score = max(score, mark[j])
            }
            out.append(RedactionCandidate(tokens[i].range.lowerBound..<tokens[j].range.upperBound, .person, score: score))
            i = j + 1
        }
        let found = initials(marked: mark)
        out += found
        out += Self.otherUsesOfInitials(note, found: found, claimed: claimed, existing: out)
        // "J. Whitfield": a single initial before a surname joins its span.
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count && t.shape == .upper && t.text.count == 1 && tokens[i + 1].gapBefore == ". "
            && !blocked[i] && (mark[i + 1] > 0 || (eligible(i + 1) && tokens[i + 1].shape == .title && !RedactionLexicon.isCommon(tokens[i + 1].lower))) {
            var j = i + 1
            while j + 1 < tokens.count, mark[j + 1] > 0, tokens[j + 1].gapBefore == " " { j += 1 }
            out.append(RedactionCandidate(t.range.lowerBound..<tokens[j].range.upperBound, .person, score: max(0.7, mark[i + 1]), priority: 51))
        }
        return out
    }

    /// A bare "-ing" verb of shorthand ("minding", "doing"), not a noun that ends the same way ("morning", "thing").
    static func isShorthandVerb(_ t: NoteToken) -> Bool {
        t.shape == .lower && t.text.count >= 5 && t.lower.hasSuffix("ing") && !ingNouns.contains(t.lower)
    }
    static let ingNouns: Set<String> = ["morning", "evening", "nothing", "something", "anything", "everything", "thing", "things", "king",
        "ring", "spring", "building", "wedding", "ceiling", "darling", "sibling", "during", "meeting", "feeling", "feelings", "evening",
        "morning", "housing", "funding", "training", "counselling", "bring", "sting", "swing", "string", "wing", "sling"]

    /// True when the line holding `offset` is typed in capitals: at least twelve letters and no lower-case one.
    private func lineInCapitals(_ offset: Int) -> Bool {
        let u = note.units
        var s = offset, e = offset
        while s > 0, u[s - 1] != 10 { s -= 1 }
        while e < u.count, u[e] != 10 { e += 1 }
        var letters = 0
        for k in s..<e {
            let c = u[k]
            if c >= 97 && c <= 122 { return false }
            if c >= 65 && c <= 90 { letters += 1 }
        }
        return letters >= 12
    }

    static let colours: Set<String> = ["black", "white", "grey", "gray", "silver", "red", "blue", "green", "dark", "light", "navy",
        "maroon", "gold", "yellow", "orange", "purple", "brown", "beige", "a", "an", "his", "her", "their", "the"]

    private func unmarkPetsAndCars(_ mark: inout [Double]) {
        var i = 1
        while i < tokens.count {
            let prev = tokens[i - 1].lower
            let calledAfterAnimal = (prev == "called" || prev == "named") && i >= 2 && Self.animals.contains(tokens[i - 2].lower)
            if mark[i] > 0, tokens[i].gapBefore == " ", Self.animals.contains(prev) || calledAfterAnimal {
                // The pet, and the others listed with it ("Tyson and Luna", "Tyson, Luna").
                var k = i
                while k < tokens.count, mark[k] > 0 {
                    mark[k] = 0
                    if k + 2 < tokens.count, tokens[k + 1].lower == "and" || tokens[k + 1].gapBefore == ", " && tokens[k + 1].isCapitalised {
                        k += tokens[k + 1].lower == "and" ? 2 : 1
                    } else { break }
                }
                i = k + 1
                continue
            }
            // A make of car after a colour or article, or just before the registration: "a grey Mercedes RO70 ASK".
            if mark[i] > 0, tokens[i].isCapitalised, VehicleRegistrationDetector.makes.contains(tokens[i].lower),
               Self.colours.contains(prev) || (i + 1 < tokens.count && claimed.contains { $0.lowerBound == tokens[i + 1].range.lowerBound }) {
                mark[i] = 0
            }
            i += 1
        }
    }

    /// Words that label a line in forms and logs, not a speaker.
    static let lineLabels: Set<String> = ["name", "date", "time", "tel", "phone", "mob", "email", "address", "note", "notes", "action",
        "actions", "outcome", "plan", "re", "subject", "from", "to", "cc", "sent", "q", "a", "mon", "tue", "tues", "wed", "thu", "thurs",
        "fri", "sat", "sun", "update", "risk", "summary", "ref", "dob", "me", "caller", "staff", "worker", "isva", "idva", "client"]

    private func markSpeakerLabels(_ mark: inout [Double]) {
        var runs: [String: [Range<Int>]] = [:]
        var i = 0
        while i < tokens.count {
            guard i == 0 || tokens[i].gapBefore.contains("\n") else { i += 1; continue }
            var k = i
            while k + 1 < tokens.count, k - i < 2, tokens[k + 1].gapBefore == " " { k += 1 }
            // The run up to the colon: one to three words, the colon straight after.
            var end = i
            while end <= k, !(end + 1 < tokens.count && tokens[end + 1].gapBefore.hasPrefix(":")) && end + 1 < tokens.count && tokens[end + 1].gapBefore == " " { end += 1 }
            if end + 1 < tokens.count, tokens[end + 1].gapBefore.hasPrefix(":"), !tokens[end + 1].gapBefore.contains("\n"), end - i < 3 {
                let words = tokens[i...end]
                let key = words.map(\.lower).joined(separator: " ")
                runs[key, default: []].append(i..<(end + 1))
            }
            i += 1
        }
        for (_, ranges) in runs where ranges.count >= 2 {
            let words = Array(tokens[ranges[0]])
            guard words.allSatisfy({ $0.isCapitalised || $0.shape == .lower && RedactionLexicon.isFirstName($0.lower) }),
                  words.contains(where: { !RedactionLexicon.isCommon($0.lower) && !($0.text.count == 1 && words.count == 1) }),
                  !words.contains(where: { Self.lineLabels.contains($0.lower) || RedactionLexicon.relationWords.contains($0.lower)
                    || RedactionLexicon.titles.contains($0.lower) || RedactionLexicon.institutionWords.contains($0.lower)
                    || RedactionLexicon.acronyms.contains($0.lower) && $0.text.count > 1 || $0.shape == .number || $0.shape == .alphanumeric }) else { continue }
            for r in ranges { for k in r where !claimed.contains(where: { $0.overlaps(tokens[k].range) }) { mark[k] = max(mark[k], 0.75) } }
            // The same speaker named in the prose around the transcript ("saved as \"Big T\"", "Big T is Terrell").
            let texts = words.map(\.text)
            guard words.count >= 2 else { continue }
            for start in 0...(tokens.count - texts.count) where tokens[start].text == texts[0] {
                guard (1..<texts.count).allSatisfy({ tokens[start + $0].text == texts[$0] && tokens[start + $0].gapBefore == " " }) else { continue }
                for k in start..<(start + texts.count) where !claimed.contains(where: { $0.overlaps(tokens[k].range) }) { mark[k] = max(mark[k], 0.7) }
            }
        }
    }

    private func markSignOffs(_ mark: inout [Double], eligible: (Int) -> Bool) {
        var lineStarts: [Int] = []
        for (i, t) in tokens.enumerated() where i == 0 || t.gapBefore.contains("\n") { lineStarts.append(i) }
        for (li, start) in lineStarts.enumerated() {
            let end = li + 1 < lineStarts.count ? lineStarts[li + 1] : tokens.count
            var names: [Int] = []
            var k = start
            while k < end, names.count < 3, eligible(k), tokens[k].shape == .title || tokens[k].shape == .mixed,
                  k == start || tokens[k].gapBefore == " " {
                names.append(k); k += 1
            }
            guard !names.isEmpty else { continue }
            let lead = tokens[start].gapBefore.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            guard lead.trimmingCharacters(in: .whitespaces).isEmpty || ["-", "–", "—"].contains(lead.trimmingCharacters(in: .whitespaces)) else { continue }
            // What follows the name on its line: nothing, or ", role", " (role)", " | ...".
            let restOK: Bool
            if k == end {
                restOK = true
            } else {
                let gap = tokens[k].gapBefore
                restOK = (gap.hasPrefix(",") || gap.hasPrefix(" (") || gap.hasPrefix(" |") || gap.hasPrefix(" -"))
                    && (RedactionLexicon.relationWords.contains(tokens[k].lower) || RedactionLexicon.acronyms.contains(tokens[k].lower)
                        || ["head", "senior", "team", "service", "clinical", "safeguarding", "helpline", "duty", "crisis"].contains(tokens[k].lower))
            }
            guard restOK else { continue }
            let words = names.map { tokens[$0] }
            let plausible = words.allSatisfy { !RedactionLexicon.isCommon($0.lower) || RedactionLexicon.isFirstName($0.lower) || RedactionLexicon.isSurname($0.lower) }
                && words.contains { RedactionLexicon.isFirstName($0.lower) || RedactionLexicon.isSurname($0.lower) || words.count >= 2 }
            let afterClosing = start > 0 && Self.closings.contains { c in
                let prevLine = note.wordsBefore(tokens[start].range.lowerBound, maxChars: 40, sameLine: false)
                return prevLine.hasSuffix(" \(c) ")
            }
            guard plausible || afterClosing, !words.contains(where: { RedactionLexicon.institutionWords.contains($0.lower) }) else { continue }
            // "Intake Coordinator", "Senior Practitioner": the job title on the line under a signature is no name.
            if let last = words.last, Self.jobTitleEndings.contains(last.lower) || RedactionLexicon.relationWords.contains(last.lower),
               !RedactionLexicon.isFirstName(last.lower) { continue }
            for n in names { mark[n] = max(mark[n], 0.75) }
        }
        // "... before next week. - Craig Pearson" at a line's end.
        for (i, t) in tokens.enumerated() where eligible(i) && (t.gapBefore.hasSuffix(" - ") || t.gapBefore.hasSuffix(" – ")) && t.shape == .title {
            var k = i
            while k + 1 < tokens.count, k - i < 2, tokens[k + 1].gapBefore == " ", tokens[k + 1].shape == .title { k += 1 }
            let atLineEnd = k + 1 >= tokens.count || tokens[k + 1].gapBefore.contains("\n")
            let words = tokens[i...k]
            if atLineEnd, words.allSatisfy({ !RedactionLexicon.isCommon($0.lower) || RedactionLexicon.isFirstName($0.lower) }) {
                for n in i...k { mark[n] = max(mark[n], 0.75) }
            }
        }
    }

    private func spread(_ mark: inout [Double], eligible: (Int) -> Bool) {
        var established: [String: Double] = [:]
        for (i, m) in mark.enumerated() where m >= 0.65 { established[tokens[i].lower] = max(established[tokens[i].lower] ?? 0, m) }
        // Known names: the whole name and each part of it.
        for name in knownNames {
            for part in name.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) where part.count >= 2 {
                established[String(part)] = max(established[String(part)] ?? 0, 0.9)
            }
        }
        // "okafor.tanisha@inbox.example": the parts of an email's local part are names when they are in the note elsewhere.
        for m in note.matches(EmailDetector.pattern) {
            let local = note.text(m.whole).split(separator: "@").first.map(String.init) ?? ""
            let parts = local.lowercased().split(whereSeparator: { !$0.isLetter })
            guard parts.count >= 2 else { continue }
            for p in parts where p.count >= 3 && !RedactionLexicon.isCommon(String(p)) { established[String(p)] = max(established[String(p)] ?? 0, 0.7) }
        }
        guard !established.isEmpty else { return }
        let lowerNames = Set(tokens.indices.filter { mark[$0] >= 0.65 && tokens[$0].shape == .lower }.map { tokens[$0].lower })
        for (i, t) in tokens.enumerated() where mark[i] == 0 && eligible(i) {
            var found = established[t.lower]
            // "shannons ex": a possessive typed without its apostrophe.
            if found == nil, t.lower.hasSuffix("s"), t.text.count >= 5, let base = established[String(t.lower.dropLast())],
               !RedactionLexicon.isCommon(String(t.lower.dropLast())), !RedactionLexicon.isCommon(t.lower) { found = base * 0.9 }
            guard let score = found else { continue }
            let common = RedactionLexicon.isCommon(t.lower)
            if !common {
                if t.shape == .lower && t.text.count < 3 { continue }
                mark[i] = score * 0.95
                continue
            }
            // An ordinary word: only capitalised mid-sentence, or starting a sentence as the subject ("Rose does not know").
            // In a lower-case note, once "called rose" has made it her name, "rose rang again" is her.
            if t.shape == .lower {
                // "robin is the one she trusts", "summer will be told": "is" and "will" after an established lower-case name too.
                if lowerNames.contains(t.lower), i + 1 < tokens.count, tokens[i + 1].gapBefore == " ",
                   Self.subjectVerbs.contains(tokens[i + 1].lower) || ["is", "will", "won't", "can't", "isn't"].contains(tokens[i + 1].lower) {
                    mark[i] = score * 0.9
                }
                continue
            }
            guard t.shape == .title || t.shape == .upper else { continue }
            let next = i + 1 < tokens.count && tokens[i + 1].gapBefore == " " ? tokens[i + 1] : nil
            let nearDigits = next?.shape == .number || (i > 0 && tokens[i - 1].shape == .number && t.gapBefore == " ")
            if nearDigits { continue }
            if t.shape == .upper {
                let neighbourNamed = (i > 0 && mark[i - 1] > 0 && t.gapBefore == " ") || (next.map { established[$0.lower] != nil } ?? false)
                if neighbourNamed { mark[i] = score * 0.9 }
                continue
            }
            // "Amber then came on the line", "Rose also said": an adverb between the established name and its verb.
            let adverbThenVerb = next.map { Self.linkingAdverbs.contains($0.lower) } == true && i + 2 < tokens.count
                && tokens[i + 2].gapBefore == " " && (Self.subjectVerbs.contains(tokens[i + 2].lower) || Self.pastTenseVerbs.contains(tokens[i + 2].lower)
                    || tokens[i + 2].shape == .lower && tokens[i + 2].lower.hasSuffix("ed") && tokens[i + 2].text.count > 4)
            if !t.sentenceInitial || t.hasPossessive || adverbThenVerb || next.map({ Self.subjectVerbs.contains($0.lower) || Self.pastTenseVerbs.contains($0.lower)
                || $0.lower == "is" || established[$0.lower] != nil || $0.shape == .lower && $0.lower.hasSuffix("ed") && $0.text.count > 4 }) == true {
                // Once the note has shown the word is her name, "Faith is clear that..." is about her.
                mark[i] = score * 0.9
            }
        }
        // "?Lenny Marsh": a surname after a name the note has already established.
        for i in tokens.indices.dropLast() where mark[i] >= 0.6 && mark[i + 1] == 0 && !tokens[i].hasPossessive && eligible(i + 1) {
            let n = tokens[i + 1]
            guard n.gapBefore == " ", n.shape == .title, established[tokens[i].lower] != nil,
                  !RedactionLexicon.isCommon(n.lower) || RedactionLexicon.isSurname(n.lower),
                  !RedactionLexicon.institutionWords.contains(n.lower), !RedactionLexicon.relationWords.contains(n.lower),
                  !RedactionLexicon.speechVerbs.contains(n.lower) else { continue }
            mark[i + 1] = mark[i] * 0.9
        }
        // Whole known names that span several words in any case ("aisha clarke").
        for name in knownNames where name.contains(" ") {
            let pattern = "(?<![\\w])" + NSRegularExpression.escapedPattern(for: name.trimmingCharacters(in: .whitespaces)) + "(?![\\w])"
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            for m in re.matches(in: note.string, range: NSRange(location: 0, length: note.length)) {
                for (i, t) in tokens.enumerated() where m.range.location <= t.range.lowerBound && t.range.upperBound <= m.range.location + m.range.length && eligible(i) {
                    mark[i] = max(mark[i], 0.9)
                }
            }
        }
    }

    /// "S.M.", "P.D", "C.B.'s", and bare "JD", "KAM" when they stand alone on a line, follow a name in brackets, act as
    /// the subject of a verb, close a heading after " - ", or match the initials of a name in the note.
    /// "S11", "s4": a session number ("S" and one to three digits).
    /// More words for a person that an appositive name is followed by ("Costin, the man upstairs", "Abe, the bouncer").
    static let appositiveNouns: Set<String> = personNouns.union(["chap", "lady", "gentleman", "older", "younger", "student",
        "tenant", "bouncer", "doorman", "owner", "regular"])

    /// Given names that are also verbs or link words after a person: "her friend will", "my sister may", "his mate rob(bed)".
    static let verbNames: Set<String> = ["will", "may", "mark", "rob", "sue", "pat", "bill", "jack", "chase", "drew", "grant", "pierce",
        "cash", "hunter", "sunny", "art", "bob", "dawn", "frank", "lance", "miles", "rusty", "sky", "storm", "wade", "warren", "said",
        "says", "told", "and", "who", "is", "was", "has", "had", "got", "gets", "does", "did"]

    /// Shorthand for how a person is or what they did, after a lone initial: "R worried", "P relieved + scared".
    static let shorthandStates: Set<String> = ["worried", "concerned", "raised", "discussed", "noted", "unsure", "upset", "struggling",
        "needs", "feeling", "relieved", "scared", "anxious", "tearful", "distressed", "frightened", "angry", "pleased", "tired"]
    /// Words before "X to ..." that make X the one to act: "agreed T to speak", "asked P to call".
    static let actingCues: Set<String> = ["agreed", "asked", "for", "wants", "want", "wanted", "need", "needs", "advised", "encouraged"]
    /// Verbs of contact whose object may be a lone initial: "Told H.", "rang P, no answer".
    static let contactVerbs: Set<String> = ["told", "tell", "informed", "updated", "reminded", "advised", "rang", "called", "phoned",
        "texted", "emailed", "messaged", "visited", "accompanied", "supported", "met", "saw", "asked"]

    /// Months written short that are also given names or read as them.
    static let shortMonths: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    /// Words of time before a month: "til Jan", "end of Jan", "since Feb".
    static let timeWords: Set<String> = ["of", "in", "til", "till", "until", "since", "from", "by", "before", "after", "mid", "early",
        "late", "end", "start", "beginning", "next", "last", "this", "during", "throughout"]

    static func isSessionNumber(_ text: String) -> Bool {
        let u = Array(text.utf8)
        return u.count >= 2 && u.count <= 4 && (u[0] == 83 || u[0] == 115) && u.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    private func initials(marked: [Double]) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        var dottedLetters: Set<String> = []
        for m in note.matches(Self.dottedInitials) {
            let r = m.whole
            let letters = note.text(r).filter(\.isLetter)
            guard letters.count >= 2, !Self.notInitials.contains(letters), !claimed.contains(where: { $0.overlaps(r) }) else { continue }
            dottedLetters.insert(letters)
            var end = r.upperBound
            // Keep a trailing full stop only when it is part of the initials ("T.F." vs "P.D.").
            if note.units[end - 1] == 46, letters.count == note.text(r).filter({ $0 == "." }).count { end = r.upperBound } else if note.units[end - 1] == 46 { end -= 1 }
            out.append(RedactionCandidate(r.lowerBound..<end, .person, score: 0.8))
        }
        // Initials of the full names found: "Joanne Doherty" gives "JD".
        var nameInitials: Set<String> = []
        var i = 0
        while i < tokens.count {
            if marked[i] > 0, tokens[i].shape == .title || tokens[i].shape == .lower {
                var j = i
                var letters = String(tokens[i].text.prefix(1)).uppercased()
                while j + 1 < tokens.count, marked[j + 1] > 0, tokens[j + 1].gapBefore == " " {
                    j += 1
                    letters += String(tokens[j].text.prefix(1)).uppercased()
                }
                // "Bartek N.", "Roisin G": a given name with its surname's initial gives "BN", "RG".
                if j + 1 < tokens.count, tokens[j + 1].shape == .upper, tokens[j + 1].text.count == 1, tokens[j + 1].gapBefore == " " {
                    letters += tokens[j + 1].text
                }
                if letters.count >= 2 { nameInitials.insert(letters) }
                // "kerry-ann" gives K and A.
                i = j + 1
            } else { i += 1 }
        }
        let headerFields = sessionHeaderFields(marked: marked)
        var roleInitials: Set<String> = []
        for k in headerFields where tokens[k].shape == .lower && !claimed.contains(where: { $0.overlaps(tokens[k].range) }) {
            out.append(RedactionCandidate(tokens[k].range, .person, score: 0.7))
        }
        for (k, t) in tokens.enumerated() where t.shape == .upper && (2...3).contains(t.text.count) {
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            // "Danielle Kirkbride (DK)": the letters of the name just before them, in brackets, even when they spell an
            // abbreviation elsewhere ("dk" for "don't know").
            // "dami (DA)": letters in brackets after a one-word name that starts with the same letter.
            let ownInitials = k > 0 && marked[k - 1] > 0 && t.gapBefore.hasSuffix("(") && (next?.gapBefore.hasPrefix(")") ?? false)
                && (nameInitials.contains(t.text) || tokens[k - 1].text.prefix(1).uppercased() == t.text.prefix(1))
            // "S7 05/03/26 - DK": letters closing the header line of a session note are the client's, whatever they spell.
            let lineHead = tokens[..<k].lastIndex(where: { $0.gapBefore.contains("\n") }) ?? 0
            // The session number may come after a date: "14/6 s9 - MB".
            let sessionLineEnd = tokens[lineHead..<k].prefix(4).contains(where: { Self.isSessionNumber($0.text) })
                && (t.gapBefore.hasSuffix(" - ") || t.gapBefore.hasSuffix(" – "))
                && (next == nil || next!.gapBefore.contains("\n"))
            // "AK (Aleksandra)": letters before a name in brackets that starts with the same letter.
            let nameInBrackets = next.map { n in n.gapBefore == " (" && k + 1 < marked.count && marked[k + 1] > 0 && n.isCapitalised
                && !n.hasPossessive && n.text.prefix(1) == t.text.prefix(1)
                && (k + 2 < tokens.count ? tokens[k + 2].gapBefore.hasPrefix(")") || (marked[k + 2] > 0 && k + 3 < tokens.count
                    && tokens[k + 3].gapBefore.hasPrefix(")")) : false) } ?? false
            let headerField = headerFields.contains(k)
            // "BA History", "MSc Data Science": a degree before its subject is no one's initials.
            if Self.degreeLetters.contains(t.text.uppercased()), let n = next, n.gapBefore == " ", n.isCapitalised || n.lower == "hons" { continue }
            // "- BC" closing the note: a sign-off's letters even when they spell an abbreviation elsewhere.
            let closingSignOff = next == nil && (t.gapBefore.hasSuffix("\n- ") || t.gapBefore.hasSuffix("\n– "))
            // "with PM's consent" beside a "Precious Moyo": letters with a possessive that match a name in the note are hers,
            // even when they spell "PM" or "AM" elsewhere (a time of day takes no possessive).
            let possessiveOfName = t.hasPossessive && nameInitials.contains(t.text)
            guard !RedactionLexicon.acronyms.contains(t.lower) || ownInitials || sessionLineEnd || nameInBrackets || headerField || possessiveOfName,
                  !Self.notInitials.contains(t.text) || headerField || closingSignOff || possessiveOfName,
                  !claimed.contains(where: { $0.overlaps(t.range) }) else { continue }
            // "S11 JW 20/03": the client's initials after the session number that opens a counsellor's note.
            let sessionHeader = k > 0 && tokens[k - 1].shape == .alphanumeric && (k - 1 == 0 || tokens[k - 1].gapBefore.contains("\n"))
                && Self.isSessionNumber(tokens[k - 1].text) && t.gapBefore == " "
            let lineAlone = (t.gapBefore.contains("\n") || k == 0) && (next == nil || next!.gapBefore.contains("\n")
                || (next!.shape == .upper && next!.text.count <= 3 && next!.gapBefore.trimmingCharacters(in: .whitespaces) == "/"))
            let afterSlash = t.gapBefore.trimmingCharacters(in: .whitespaces) == "/" && k > 0 && tokens[k - 1].shape == .upper
                && (next == nil || next!.gapBefore.contains("\n") || next!.gapBefore.hasPrefix("."))
            // "AW / LP": two sets of initials joined by a slash.
            // Not the letters of a reference code that runs on over more slashes ("their ref CP/DEF/2291").
            let slashRunsOn = k + 2 < tokens.count && tokens[k + 2].gapBefore.trimmingCharacters(in: .whitespaces) == "/"
            let beforeSlash = next.map { $0.gapBefore.trimmingCharacters(in: .whitespaces) == "/" && $0.shape == .upper && (2...3).contains($0.text.count)
                && !RedactionLexicon.acronyms.contains($0.lower) } ?? false && !slashRunsOn
            // "kerry-ann (KAM)": bracketed letters after a name, not after an organisation ("Victims' Right to Review (VRR)").
            // Also quoted: 'Jack ("JJ")'.
            let quotes = CharacterSet(charactersIn: "\"'‘’“”")
            let bracketed = t.gapBefore.trimmingCharacters(in: quotes).hasSuffix("(") && (next?.gapBefore.trimmingCharacters(in: quotes).hasPrefix(")") ?? false)
                && k > 0 && marked[k - 1] > 0
            let subject = next.map { $0.gapBefore == " " && (Self.subjectVerbs.contains($0.lower) || $0.lower == "is") } ?? false
            let dashEnd = (t.gapBefore.hasSuffix(" - ") || t.gapBefore.hasSuffix("- ")) && (next == nil || next!.gapBefore.contains("\n"))
            let prev = k > 0 ? tokens[k - 1].lower : ""
            let cue = (["client", "w", "with", "re", "cc", "pt", "tc", "f2f", "vm", "txt", "call", "met"].contains(prev) || (prev == "by" && t.text.count == 2)) && t.gapBefore.count <= 2
            let matchesName = nameInitials.contains(t.text) || dottedLetters.contains(t.text)
            let lastWord = k == tokens.count - 1 && t.gapBefore.contains(where: { "\n.?!-".contains($0) })
            let possessiveFamily = t.hasPossessive && next.map { Self.familyWords.contains($0.lower) || RedactionLexicon.relationWords.contains($0.lower) } == true
            // Attendee lists: "SM (SW), PR (police), AL (health visitor)": letters, then a role or agency in brackets.
            let bracketRole = t.text.count >= 2 && next.map { $0.gapBefore == " (" && (RedactionLexicon.relationWords.contains($0.lower)
                || Self.attendeeRoles.contains($0.lower)) } == true
            if bracketRole { roleInitials.insert(t.text) }
            // A word in capitals ("CALL LOG", "SEE NOTE") is a heading, not initials, unless a name in the note has those letters.
            if t.text.count == 3 && RedactionLexicon.isCommon(t.lower) && !matchesName { continue }
            // "flagged to RW.": letters a matter is passed to are a worker's.
            let passedTo = k >= 2 && prev == "to" && ["flagged", "passed", "handed", "escalated", "forwarded", "emailed", "reported", "sent"]
                .contains(tokens[k - 2].lower) && t.text.count >= 2
            if matchesName || lineAlone || sessionHeader || sessionLineEnd || headerField || nameInBrackets || ownInitials || passedTo || afterSlash || beforeSlash || bracketed || dashEnd || lastWord || possessiveFamily || bracketRole
                || (subject || cue) && t.text.count >= 2 {
                out.append(RedactionCandidate(t.range, .person, score: matchesName ? 0.85 : 0.7))
            }
        }
        // The same letters elsewhere in the minutes ("1. SM summarised", "2. PR: no previous involvement").
        if !roleInitials.isEmpty {
            for t in tokens where t.shape == .upper && roleInitials.contains(t.text) && !claimed.contains(where: { $0.overlaps(t.range) })
                && !out.contains(where: { $0.range.overlaps(t.range) }) {
                out.append(RedactionCandidate(t.range, .person, score: 0.7))
            }
        }
        out += initialsInLists(marked: marked, found: out)
        return out
    }

    /// Words that open a session note's header with a number: "wk 7", "sesh 10", "Session 5", "appt 3".
    static let sessionWords: Set<String> = ["session", "sess", "sesh", "wk", "week", "appt", "s"]
    /// What a header field of two or three letters may say about the session instead of whose it is: "S5 - DNA - 3/4".
    static let headerTopics: Set<String> = ["dna", "dv", "da", "sh", "vm", "tc", "tel", "ftf", "abe", "ok", "na", "am", "pm", "cbt",
        "emdr", "gp", "cse", "csa", "hr", "cps", "oic", "sms", "nfa", "tbc", "tba", "isva", "idva", "sarc", "ptsd", "ref", "re", "cc", "fu"]

    /// Two or three capitalised words between dashes (or a dash and the line's end) on a session header line: "Session 6 -
    /// Li Na Zhou - 03/06", "S4 – Mhairi Dunlop". None may be an everyday word or a public body's ("Session 2 - Court Prep - 5/6").
    private func markSessionHeaderNames(_ mark: inout [Double], eligible: (Int) -> Bool) {
        func dash(_ gap: String) -> Bool { let g = gap.trimmingCharacters(in: .whitespaces); return g == "-" || g == "–" || g == "—" }
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count, !tokens[lineEnd].gapBefore.contains("\n") { lineEnd += 1 }
            defer { lineStart = lineEnd }
            let head = lineStart..<min(lineEnd, lineStart + 3)
            let numbered = head.contains { k in Self.isSessionNumber(tokens[k].text)
                || Self.sessionWords.contains(tokens[k].lower) && k + 1 < lineEnd && tokens[k + 1].shape == .number && tokens[k + 1].gapBefore == " " }
            guard numbered else { continue }
            var k = lineStart + 1
            while k < lineEnd {
                guard dash(tokens[k].gapBefore), tokens[k].shape == .title else { k += 1; continue }
                var e = k + 1
                while e < lineEnd, e - k < 3, tokens[e].gapBefore == " ", tokens[e].shape == .title { e += 1 }
                let closed = e == lineEnd || dash(tokens[e].gapBefore)
                let words = tokens[k..<e]
                if closed, e - k >= 2, (k..<e).allSatisfy(eligible), words.allSatisfy({ !RedactionLexicon.isCommon($0.lower)
                    && !RedactionLexicon.institutionWords.contains($0.lower) && !RedactionLexicon.organisationEndings.contains($0.lower)
                    && !RedactionLexicon.monthAndDayNames.contains($0.lower) && !Self.languages.contains($0.lower) }) {
                    for n in k..<e { mark[n] = max(mark[n], 0.75) }
                }
                k = e
            }
        }
    }

    /// Letters that stand as a field of a session note's header, which are the client's initials whatever they spell:
    /// "wk 7 - dm - 11/9", "sesh 10 - ZF - 5 Mar", "LP - session 5 - 12.12.24", "s9 - Tash (NB)". The line must hold a
    /// session word and its number (or "s9") among its first four words; the field is set off by " - ", " / ", " | ", the
    /// line's start or end, or brackets right after a name found.
    private func sessionHeaderFields(marked: [Double]) -> Set<Int> {
        var out: Set<Int> = []
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart + 1
            while lineEnd < tokens.count, !tokens[lineEnd].gapBefore.contains("\n") { lineEnd += 1 }
            defer { lineStart = lineEnd }
            let head = lineStart..<min(lineEnd, lineStart + 6)
            let numbered = head.contains { k in Self.isSessionNumber(tokens[k].text)
                || Self.sessionWords.contains(tokens[k].lower) && k + 1 < lineEnd && tokens[k + 1].shape == .number && tokens[k + 1].gapBefore == " " }
            guard numbered else { continue }
            func opens(_ gap: String) -> Bool {
                let g = gap.trimmingCharacters(in: .whitespaces)
                return g.hasSuffix("-") || g.hasSuffix("–") || g.hasSuffix("/") || g.hasSuffix("|")
            }
            func closes(_ gap: String) -> Bool {
                let g = gap.trimmingCharacters(in: .whitespaces)
                return g.hasPrefix("-") || g.hasPrefix("–") || g.hasPrefix("/") || g.hasPrefix("|")
            }
            for k in lineStart..<lineEnd {
                let t = tokens[k]
                // "s9 - fenella - 27/3": a whole given name typed in lower case stands as the field too, when it is no English word.
                let lowerName = t.shape == .lower && t.text.count >= 4 && !RedactionLexicon.acronyms.contains(t.lower)
                    && !RedactionLexicon.monthAndDayNames.contains(t.lower)
                guard (2...3).contains(t.text.count) && t.text.unicodeScalars.allSatisfy({ $0.isASCII }) || lowerName,
                      t.shape == .upper || t.shape == .lower,
                      !Self.headerTopics.contains(t.lower), !Self.sessionWords.contains(t.lower), !RedactionLexicon.monthAndDayAbbreviations.contains(t.lower)
                else { continue }
                if t.shape == .lower && (RedactionLexicon.isCommon(t.lower) || RedactionLexicon.isFirstName(t.lower)) { continue }
                let end = k + 1 == lineEnd
                let before = k == lineStart || opens(t.gapBefore)
                let after = end || closes(tokens[k + 1].gapBefore)
                // "Tash (NB)": brackets closing the line, after a name found.
                let bracketed = t.shape == .upper && k > lineStart && marked[k - 1] > 0 && t.gapBefore == " ("
                    && (end ? (t.fullEnd < note.length && note.units[t.fullEnd] == 41) : tokens[k + 1].gapBefore.hasPrefix(")"))
                if before && after || bracketed { out.insert(k) }
            }
        }
        return out
    }

    /// Group notes list people by their initials: "6 attended: AB, KL, MN, R.T., SJ, Yas", "Present: T, H.M., Jess W",
    /// "CP and AA walked home". A short run of capitals (or a lone capital) joined by a comma, "and" or "&" to initials or a
    /// name already found is one too; so are two sets of initials joined by "and" as the subject of a verb.
    private func initialsInLists(marked: [Double], found: [RedactionCandidate]) -> [RedactionCandidate] {
        // Only short runs of capitals can start a list of initials; most notes have few.
        let short = tokens.indices.filter { tokens[$0].shape == .upper && tokens[$0].text.count <= 3 }
        guard !short.isEmpty else { return [] }
        var person = [Bool](repeating: false, count: tokens.count)
        for (i, m) in marked.enumerated() where m > 0 { person[i] = true }
        var k = 0
        for c in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            while k < tokens.count, tokens[k].range.upperBound <= c.range.lowerBound { k += 1 }
            var j = k
            while j < tokens.count, tokens[j].range.lowerBound < c.range.upperBound { person[j] = true; j += 1 }
        }
        func isLetters(_ i: Int) -> Bool {
            let t = tokens[i]
            // Part of a dotted abbreviation not taken for initials ("D.O.B.").
            if i + 1 < tokens.count, tokens[i + 1].gapBefore.hasPrefix("."), tokens[i + 1].gapBefore.count <= 2, tokens[i + 1].shape == .upper,
               tokens[i + 1].text.count == 1, !person[i + 1] { return false }
            if Self.degreeLetters.contains(t.text), i + 1 < tokens.count, tokens[i + 1].gapBefore == " ", tokens[i + 1].isCapitalised { return false }
            guard t.shape == .upper, (1...3).contains(t.text.count), !person[i], !["I", "A"].contains(t.text),
                  !RedactionLexicon.acronyms.contains(t.lower), !Self.notInitials.contains(t.text),
                  !claimed.contains(where: { $0.overlaps(t.range) }) else { return false }
            return !(t.text.count == 3 && RedactionLexicon.isCommon(t.lower))
        }
        func joined(_ gap: String) -> Bool {
            // "R.T., SJ": the full stop closing dotted initials comes before the comma.
            let g = gap.hasPrefix(".") ? String(gap.dropFirst()) : gap
            return g == ", " || g == "," || g == " and " || g == " & " || g == "; "
        }
        var out: [RedactionCandidate] = []
        var changed = true
        var rounds = 0
        while changed && rounds < 8 {
            changed = false
            rounds += 1
            for i in short where isLetters(i) {
                let t = tokens[i]
                // A neighbour in the list: the item before (the gap before this token), or after.
                var linked = i > 0 && person[i - 1] && joined(t.gapBefore)
                if !linked, i + 1 < tokens.count, person[i + 1], joined(tokens[i + 1].gapBefore) { linked = true }
                // "R.T., SJ": dotted initials are several tokens; the one before the comma counts.
                if !linked, i + 1 < tokens.count, (tokens[i + 1].gapBefore == ". " || tokens[i + 1].gapBefore == "."), tokens[i + 1].shape == .upper,
                   tokens[i + 1].text.count == 1, person[i + 1] { linked = true }
                // Lone capitals only in a list, with initials of two letters or more beside them.
                if linked && t.text.count == 1 {
                    let neighbours = [i - 1, i + 1].filter { $0 >= 0 && $0 < tokens.count && person[$0] }
                    linked = neighbours.contains { tokens[$0].text.count >= 2 || tokens[$0].gapBefore.hasSuffix(".") || tokens[$0].shape == .upper }
                }
                // "CP and AA walked home".
                var pair = false
                if !linked, i + 2 < tokens.count, tokens[i + 1].lower == "and", tokens[i + 1].gapBefore == " ", tokens[i + 2].gapBefore == " ",
                   t.text.count >= 2, isLetters(i + 2), tokens[i + 2].text.count >= 2, i + 3 < tokens.count, tokens[i + 3].gapBefore == " ",
                   tokens[i + 3].shape == .lower, !RedactionLexicon.isCommon(tokens[i + 3].lower) || Self.subjectVerbs.contains(tokens[i + 3].lower)
                    || tokens[i + 3].lower.hasSuffix("ed") {
                    pair = true
                    person[i + 2] = true
                    out.append(RedactionCandidate(tokens[i + 2].range, .person, score: 0.7))
                }
                guard linked || pair else { continue }
                person[i] = true
                changed = true
                out.append(RedactionCandidate(t.range, .person, score: 0.7))
            }
            // "SJ, Yas": an unfamiliar capitalised word in the same list.
            let besideCapitals = Set(short.filter { person[$0] }.flatMap { [$0 - 1, $0 + 1] }.filter { $0 >= 0 && $0 < tokens.count })
            for i in besideCapitals.sorted() where !person[i] && tokens[i].shape == .title && !tokens[i].sentenceInitial {
                let t = tokens[i]
                guard t.text.count >= 2, !RedactionLexicon.isCommon(t.lower), !RedactionLexicon.institutionWords.contains(t.lower),
                      !claimed.contains(where: { $0.overlaps(t.range) }) else { continue }
                let before = i > 0 && person[i - 1] && tokens[i - 1].shape == .upper && joined(t.gapBefore)
                let after = i + 1 < tokens.count && person[i + 1] && tokens[i + 1].shape == .upper && joined(tokens[i + 1].gapBefore)
                guard before || after else { continue }
                person[i] = true
                changed = true
                out.append(RedactionCandidate(t.range, .person, score: 0.65))
                // The same word elsewhere in the note ("Yas left early").
                for (k, o) in tokens.enumerated() where !person[k] && o.text == t.text && !claimed.contains(where: { $0.overlaps(o.range) }) {
                    person[k] = true
                    out.append(RedactionCandidate(o.range, .person, score: 0.6))
                }
            }
        }
        // A lone capital found in a list is that person elsewhere too, as the subject of a verb ("T celebrated").
        let letters = Set(out.map { note.text($0.range) }.filter { $0.count == 1 })
        for (i, t) in tokens.enumerated() where !person[i] && t.shape == .upper && letters.contains(t.text) && i + 1 < tokens.count {
            let n = tokens[i + 1]
            if n.gapBefore == " ", n.shape == .lower, Self.subjectVerbs.contains(n.lower) || n.lower.hasSuffix("ed") || n.lower == "is" {
                out.append(RedactionCandidate(t.range, .person, score: 0.65))
            }
        }
        return out
    }
}
