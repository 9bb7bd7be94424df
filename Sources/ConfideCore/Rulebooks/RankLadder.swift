/// The ranks a rulebook knows, lowest to highest, with the ways they are written ("DCI", "Det Supt").
///
/// Which rank is senior enough is law, so it is in the rulebook (`rank_below: chief inspector`); this type only
/// reads a rank out of free text.
public struct RankLadder: Sendable {
    public struct Rank: Sendable {
        public let name: String
        public let level: Int
        /// Each alias as normalised words.
        let aliases: [[String]]
    }

    public let ranks: [Rank]

    init(ranks: [Rank]) {
        self.ranks = ranks
    }

    static func words(_ text: String) -> [String] {
        AnalysedText(text).tokens.map(\.word)
    }

    public func rank(named name: String) -> Rank? {
        let key = RankLadder.words(name)
        return ranks.first { $0.aliases.contains(key) || RankLadder.words($0.name) == key }
    }

    /// The rank found in a piece of text: the longest alias that appears, the more senior on a tie.
    public func rank(in text: String) -> Rank? {
        let words = RankLadder.words(text)
        var best: (Rank, Int)? = nil
        for rank in ranks {
            for alias in rank.aliases where !alias.isEmpty && alias.count <= words.count {
                var found = false
                for start in 0...(words.count - alias.count) where Array(words[start..<(start + alias.count)]) == alias {
                    found = true
                    break
                }
                guard found else { continue }
                if let current = best {
                    if alias.count > current.1 || (alias.count == current.1 && rank.level > current.0.level) {
                        best = (rank, alias.count)
                    }
                } else {
                    best = (rank, alias.count)
                }
            }
        }
        return best?.0
    }
}
