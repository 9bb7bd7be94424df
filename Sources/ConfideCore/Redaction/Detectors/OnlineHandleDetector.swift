import Foundation

/// Social-media usernames ("@kelsbridge_lad_96", "snapchat: jess.b99") and profile links.
enum OnlineHandleDetector {
    /// "@name" not preceded by a word character (which would make it an email).
    static let atHandle = RedactionPattern(#"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"#)
    static let platforms = "snapchat|snap|sc|insta|instagram|ig|tiktok|tik tok|twitter|x|facebook|fb|messenger|whatsapp|discord|telegram|kik|xbox|psn|twitch|youtube|yt|reddit|onlyfans|threads|tumblr|pinterest|roblox|steam|tinder|hinge|bumble|grindr|linkedin|bereal"
    /// A link on a platform's domain, whatever the top-level domain ("instagram.com/…", "facebook.example/profile.php?id=…",
    /// "t.me/…", "wa.me/…").
    static let profileLink = RedactionPattern(
        #"\b(?:https?://)?(?:www\.|m\.|vm\.|web\.)?(?:facebook|fb|instagram|tiktok|twitter|x|snapchat|linkedin|youtube|youtu|threads|onlyfans|reddit|t|wa|discord|discordapp|telegram|twitch|tumblr|pinterest|kik|linktr)\.(?:[a-z]{2,10}\.)?[a-z]{2,10}/[^\s,;)\]]+"#,
        caseInsensitive: true)
    /// Any other web link to a person's page: a path with "@name", "/u/", "/user/", "profile" or "?id=".
    static let personalLink = RedactionPattern(
        #"\b(?:https?://|www\.)[A-Za-z0-9.\-]+\.[A-Za-z]{2,10}/[^\s,;)\]]*(?:/@|/u/|/user/|profile|[?&]id=)[^\s,;)\]]*"#, caseInsensitive: true)
    /// "u/kaylax" on Reddit.
    static let redditUser = RedactionPattern(#"(?<![\w/])u/[A-Za-z0-9_\-]{3,20}(?![\w/])"#)
    /// A platform or "username" cue, then the name ("on snapchat as jess.b99", "Instagram: kelsbridgelad").
    static let cued = RedactionPattern(
        #"\b(?:"# + platforms + #"|username|user name|handle|gamertag|account)(?:\s+(?:name|account|handle|profile|id|username|channel|page|tag))?\s*(?:is|was|called|named|under|as|:|-|=|\()\s*['"‘“]?(@?[A-Za-z0-9_.]{3,30})"#,
        caseInsensitive: true)
    /// The field named inside a bracket after the platform: "grindr (user ManchesterBear85)", "snap (username: kaz_m)".
    static let bracketField = RedactionPattern(
        #"\b(?:"# + platforms + #")\s*\(\s*(?:username|user name|user|profile name|profile|name|handle|id)\s*[:=\-]?\s*['"‘“]?(@?[A-Za-z0-9_.]{3,30})"#,
        caseInsensitive: true)
    /// What a note writes where it does not know the account: "(user unknown)", "(name withheld)".
    static let placeholders: Set<String> = ["unknown", "withheld", "unclear", "redacted", "hidden", "private", "deleted", "anonymous",
        "blocked", "tbc", "tba", "unsure", "none", "changed"]
    static let platformWords: Set<String> = Set(platforms.split(separator: "|").flatMap { $0.split(separator: " ") }.map(String.init))
    static let cueWords: Set<String> = ["username", "user", "handle", "gamertag", "account"]
    /// "Snapchat (username liam_shaw_x)": the word after the bracket names the field, not the account.
    static let cueNouns: Set<String> = ["username", "name", "account", "handle", "profile", "id", "user", "channel", "page", "tag", "private", "public"]
    /// No word between the platform and the name, when the name cannot be prose: "insta kaylax99", "snapchat kayla.x".
    static let bare = RedactionPattern(
        #"\b(?:"# + platforms + #")(?:\s+(?:name|account|handle|profile|id|username|channel|page|tag))?\s+(@?(?=[A-Za-z0-9_.]*[A-Za-z][A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"#,
        caseInsensitive: true)
    /// The name before the platform: "kaylax on tiktok", "jay.dn99 via snapchat", "kaylax99 (snapchat)".
    static let before = RedactionPattern(
        #"(?<![\w@.])([A-Za-z0-9_.]{3,30})\s+(?:on|via|from)\s+(?:her\s+|his\s+|their\s+)?(?:"# + platforms + #")\b|(?<![\w@.])([A-Za-z0-9_.]{3,30})\s*\((?:on\s+)?(?:"# + platforms + #")\)"#,
        caseInsensitive: true)

    /// "adding him on Snap again (tinyy.k)": a username with a dot or underscore alone in brackets later in the clause that
    /// names the platform.
    static let bracketAfterPlatform = RedactionPattern(
        #"\b(?:"# + platforms + #")\b[^\n().;]{0,30}\(\s*(@?[A-Za-z0-9]{3,}(?:[._][A-Za-z0-9]+)+_?)\s*\)"#, caseInsensitive: true)

    /// An underscore inside a word is a username almost whenever it appears in a note.
    static let underscored = RedactionPattern(#"(?<![\w@.])[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*_[A-Za-z0-9_.]*(?![\w@])"#)
    /// A lower-case name with a dot and digits is a username wherever it appears: "jprice.1965", "kayla.b.07".
    static let dottedDigits = RedactionPattern(#"(?<![\w@./:])([a-z][a-z0-9]{2,}(?:\.[a-z0-9]+)*\.[a-z]*[0-9]{2,}[a-z0-9]*)(?![\w@/]|\.[\w])"#)
    /// A Discord tag: "shadowfox#2231".
    static let discordTag = RedactionPattern(#"(?<![\w@#])[A-Za-z0-9_.]{2,32}#[0-9]{4}(?![\w])"#)
    /// The sender in a typed-up chat: "[21:14] jaydenxo: u up?" (a name-like sender is left to the name detector).
    static let chatSender = RedactionPattern(#"(?m)^[ \t]*\[?[0-9]{1,2}[:.][0-9]{2}\]?[ \t]+(@?[A-Za-z0-9_.]{3,30}):"#)

    /// A display name in quotes after "profile" or "account": 'from profile "Dazza Mac"'.
    static let quotedProfile = RedactionPattern(#"\b(?:profile|account|page|username|user name|display name)(?:\s+(?:name|called|named))?\s*:?\s*["“]([^"”\n]{2,40})["”]"#, caseInsensitive: true)

    static func detect(_ note: NoteText) -> [RedactionCandidate] {
        var out: [RedactionCandidate] = []
        for m in note.matches(quotedProfile) {
            if let r = m.rangeOf(group: 1) { out.append(RedactionCandidate(r, .onlineHandle, score: 0.8)) }
        }
        for m in note.matches(atHandle) where m.range.length > 2 {
            out.append(RedactionCandidate(trimDots(note, m.whole), .onlineHandle, score: 0.93))
        }
        let hasSlash = note.units.contains(47)
        // The platform patterns are long alternations: run them only when a platform or username word is in the note.
        let cuedNote = note.tokens.contains { platformWords.contains($0.lower) || cueWords.contains($0.lower) }
        for m in (hasSlash ? note.matches(profileLink) : []) { out.append(RedactionCandidate(trimDots(note, m.whole), .onlineHandle, score: 0.9)) }
        for m in (hasSlash && (note.string.contains("http") || note.string.contains("www.")) ? note.matches(personalLink) : []) { out.append(RedactionCandidate(trimDots(note, m.whole), .onlineHandle, score: 0.85)) }
        for m in (note.string.contains("u/") ? note.matches(redditUser) : []) { out.append(RedactionCandidate(m.whole, .onlineHandle, score: 0.85)) }
        for m in (cuedNote ? note.matches(bare) : []) {
            if let r = m.rangeOf(group: 1) { out.append(RedactionCandidate(trimDots(note, r), .onlineHandle, score: 0.8)) }
        }
        for m in (cuedNote ? note.matches(before) : []) {
            guard let r = m.rangeOf(group: 1) ?? m.rangeOf(group: 2) else { continue }
            let name = note.text(r)
            // "messaged her on snapchat", "Kayla on insta" (a name, left to the name detector) are not usernames.
            // "new acct on snap", "sent pics via insta": shorthand for what was posted or where, not an account's name.
            let handleLike = name.contains(where: { $0.isNumber || $0 == "_" || $0 == "." })
                || (name == name.lowercased() && !RedactionLexicon.isCommon(name) && name.count >= 4 && !postedThings.contains(name))
            if handleLike, !name.allSatisfy(\.isNumber) { out.append(RedactionCandidate(trimDots(note, r), .onlineHandle, score: 0.75)) }
        }
        for m in (cuedNote ? note.matches(cued) : []) {
            guard let r = m.rangeOf(group: 1) else { continue }
            let word = note.text(r).lowercased()
            let plain = word.allSatisfy { $0.isLetter }
            // A plain word after "account" is usually prose ("account was blocked"), unless it is not English.
            if plain && (RedactionLexicon.isCommon(word) || cueNouns.contains(word)) { continue }
            if plain && !word.hasPrefix("@") && note.text(m.whole).lowercased().hasPrefix("account") { continue }
            // "his old Snapchat was deleted", "her insta is private now": after "is" or "was" a state of the account, not its name.
            if isStateAfterVerb(note, m) { continue }
            out.append(RedactionCandidate(trimDots(note, r), .onlineHandle, score: plain ? 0.7 : 0.9))
        }
        for m in (cuedNote ? note.matches(bracketAfterPlatform) : []) {
            if let r = m.rangeOf(group: 1) { out.append(RedactionCandidate(r, .onlineHandle, score: 0.8)) }
        }
        for m in (cuedNote ? note.matches(bracketField) : []) {
            guard let r = m.rangeOf(group: 1) else { continue }
            let word = note.text(r).lowercased()
            // "(user unknown)", "(name withheld)": an everyday word is not the account.
            if word.allSatisfy({ $0.isLetter }) && (RedactionLexicon.isCommon(word) || cueNouns.contains(word) || placeholders.contains(word)) { continue }
            out.append(RedactionCandidate(trimDots(note, r), .onlineHandle, score: 0.85))
        }
        for m in note.matches(underscored) {
            // "first_name:" and "date_of_birth:" are the keys of a web form, not usernames.
            let r = trimDots(note, m.whole)
            if note.unit(r.upperBound) == 58, note.lineBefore(r.lowerBound).isEmpty { continue }
            out.append(RedactionCandidate(r, .onlineHandle, score: 0.75))
        }
        // Only a note with a letter, a dot and a digit in a row can hold one.
        var dotted = false
        for k in 1..<max(1, note.length - 1) where note.units[k] == 46 && NoteTokenizer.isDigit(note.units[k + 1]) && NoteTokenizer.isLetter(note.units[k - 1]) {
            dotted = true; break
        }
        for m in (dotted ? note.matches(dottedDigits) : []) {
            let r = m.whole
            let alpha = note.text(r).split(separator: ".").first.map(String.init) ?? ""
            guard !RedactionLexicon.isCommon(alpha), !["no", "fig", "vol", "pg", "para", "ver", "v", "tel", "mob", "ext", "sec", "ch"].contains(alpha) else { continue }
            out.append(RedactionCandidate(r, .onlineHandle, score: 0.7))
        }
        for m in note.matches(discordTag) { out.append(RedactionCandidate(m.whole, .onlineHandle, score: 0.85)) }
        for m in note.matches(chatSender) {
            guard let r = m.rangeOf(group: 1) else { continue }
            let name = note.text(r)
            // "Kyle:" is a person; "jaydenxo" or "jay.dn99" is an account.
            let handleLike = name.contains(where: { $0.isNumber || $0 == "_" || $0 == "." || $0 == "@" }) || (name == name.lowercased() && !RedactionLexicon.isCommon(name))
            if handleLike { out.append(RedactionCandidate(trimDots(note, r), .onlineHandle, score: 0.8)) }
        }
        return out
    }

    /// Shorthand for an account or what is sent on one, written before "on snap" / "via insta": never the account's name.
    static let postedThings: Set<String> = ["acct", "accnt", "acc", "accs", "accts", "msgs", "msg", "pics", "pic", "vids", "vid", "posts",
        "dms", "chats", "stories", "story", "grp", "group", "groups", "reels", "snaps", "nudes", "selfies", "screenshots", "convo", "convos"]
    /// States an account is in: "deleted", "deactivated", "hacked", "private", "gone".
    static let accountStates: Set<String> = ["gone", "down", "open", "active", "inactive", "public", "new", "old", "fake", "still", "now",
        "not", "also", "no", "back", "off", "on", "up", "set", "shut", "taken", "made", "being"]

    /// True when the cue ended in "is" or "was" and the word after it says what state the account is in: a word from the
    /// placeholder or state lists, or a lower-case past participle ("deleted", "reactivated", "suspended") that is no given name.
    static func isStateAfterVerb(_ note: NoteText, _ m: NSTextCheckingResult) -> Bool {
        guard let group = m.rangeOf(group: 1) else { return false }
        // "was deleted.": the sentence's full stop is no part of the word.
        let r = trimDots(note, group)
        let typed = note.text(r), word = typed.lowercased()
        guard word.allSatisfy({ $0.isLetter }) else { return false }
        let cue = note.text(m.range.location..<group.lowerBound).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " '\"‘“"))
        guard cue.hasSuffix(" is") || cue.hasSuffix(" was") else { return false }
        if placeholders.contains(word) || accountStates.contains(word) { return true }
        return typed == word && word.count >= 6 && word.hasSuffix("ed") && !RedactionLexicon.isFirstName(word)
    }

    /// A sentence's full stop is not part of the handle.
    static func trimDots(_ note: NoteText, _ r: Range<Int>) -> Range<Int> {
        var end = r.upperBound
        while end > r.lowerBound + 1, note.units[end - 1] == 46 { end -= 1 }
        return r.lowerBound..<end
    }
}
