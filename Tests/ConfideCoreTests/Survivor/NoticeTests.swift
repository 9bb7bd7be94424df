import Testing
@testable import ConfideCore

@Suite("Safe contact notifications")
struct NoticeTests {
    @Test func noSafeChannelMeansTellHerInPerson() {
        #expect(SurvivorNotice.compose(ContactPreferences(), serviceName: "Northmoor Rape Crisis", workerFirstName: "Alex") == .inPerson)
    }

    @Test func theServiceIsNamedOnlyWhenSheSaidItIsSafe() {
        let hidden = SurvivorNotice.compose(ContactPreferences(safeChannels: [.email, .text], times: "weekdays 10-3"), serviceName: "Northmoor Rape Crisis", workerFirstName: "Alex")
        guard case .message(let channel, let text, let when) = hidden else { Issue.record("expected a message"); return }
        #expect(channel == .text, "the least visible allowed channel")
        #expect(!text.contains("Northmoor") && !text.contains("Rape") && !text.contains("Crisis"))
        #expect(when == "weekdays 10-3")
        let named = SurvivorNotice.compose(ContactPreferences(safeChannels: [.email], mayNameService: true), serviceName: "Northmoor Rape Crisis", workerFirstName: "Alex")
        guard case .message(_, let t2, _) = named else { Issue.record("expected a message"); return }
        #expect(t2.contains("Northmoor Rape Crisis"))
    }

    @Test func aNoticeNeverSaysWhatHappened() {
        for channels in [[ContactPreferences.Channel.text], [.phone], [.email], [.letter]] {
            guard case .message(_, let text, _) = SurvivorNotice.compose(ContactPreferences(safeChannels: channels, mayNameService: true), serviceName: "S", workerFirstName: "Alex") else { continue }
            for word in ["request", "police", "records", "notes", "court", "counselling", "disclos"] {
                #expect(!text.lowercased().contains(word), "\(channels): \(text)")
            }
        }
    }
}
