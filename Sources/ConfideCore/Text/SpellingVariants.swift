/// Folds American spellings onto British ones so that one phrase in a rulebook matches both.
///
/// The same folding is applied to rulebook phrases and to request text, so it only has to be consistent, not
/// linguistically perfect: `authorize`/`authorise`, `behavior`/`behaviour`, `counseling`/`counselling`,
/// `defense`/`defence` and `judgement`/`judgment` all meet in the middle.
enum SpellingVariants {
    /// Whole-word replacements (after lowercasing).
    static let words: [String: String] = [
        "defense": "defence", "defenses": "defences", "offense": "offence", "offenses": "offences",
        "license": "licence", "pretense": "pretence",
        "center": "centre", "centers": "centres", "centered": "centred", "theater": "theatre", "fiber": "fibre",
        "judgement": "judgment", "judgements": "judgments", "acknowledgment": "acknowledgement",
        "fulfill": "fulfil", "fulfills": "fulfils", "fulfillment": "fulfilment", "enrollment": "enrolment",
        "skillful": "skilful", "willful": "wilful", "practise": "practice", "practised": "practiced",
        "practising": "practicing", "gray": "grey", "aging": "ageing", "program": "programme",
        "programs": "programmes", "catalog": "catalogue", "dialog": "dialogue", "pediatric": "paediatric",
        "skeptical": "sceptical", "maneuver": "manoeuvre", "mom": "mum", "moms": "mums",
        "traveled": "travelled", "traveling": "travelling", "canceled": "cancelled", "labeled": "labelled",
        "modeled": "modelled", "signaled": "signalled", "totaled": "totalled", "fueled": "fuelled",
    ]

    /// American stems that take British "-our" / "-ll-" spellings in every form (behavior, behaviors, behavioral).
    static let stems: [(String, String)] = [
        ("behavior", "behaviour"), ("demeanor", "demeanour"), ("color", "colour"), ("favor", "favour"),
        ("honor", "honour"), ("humor", "humour"), ("labor", "labour"), ("neighbor", "neighbour"),
        ("rumor", "rumour"), ("harbor", "harbour"), ("endeavor", "endeavour"), ("candor", "candour"),
        ("vapor", "vapour"), ("counselor", "counsellor"), ("counseling", "counselling"),
        ("counseled", "counselled"), ("hemorrhag", "haemorrhag"), ("gynecolog", "gynaecolog"),
        ("anesthe", "anaesthe"), ("esthetic", "aesthetic"),
    ]

    static func fold(_ word: String) -> String {
        if let mapped = words[word] { return mapped }
        var w = word
        for (american, british) in stems where w.hasPrefix(american) {
            w = british + w.dropFirst(american.count)
            return w
        }
        // -ize/-ise and -yze/-yse: authorize, organization, analyze. Applied to both sides, so "size"-type words
        // are folded harmlessly too; short words are left alone.
        if w.utf8.count >= 6, w.contains("iz") || w.contains("yz") {
            w = foldZ(w)
        }
        return w
    }

    private static func foldZ(_ w: String) -> String {
        var out = ""
        out.reserveCapacity(w.utf8.count)
        let chars = Array(w)
        for i in chars.indices {
            let c = chars[i]
            if c == "z", i > 0, chars[i - 1] == "i" || chars[i - 1] == "y",
               i + 1 < chars.count, chars[i + 1] == "e" || chars[i + 1] == "i" || chars[i + 1] == "a" {
                out.append("s")
            } else {
                out.append(c)
            }
        }
        return out
    }
}
