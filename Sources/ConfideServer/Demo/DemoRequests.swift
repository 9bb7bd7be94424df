/// Fictional requests for the demo centre (every person, force and firm invented; `.example` addresses).
enum DemoRequests {
    static let all: [@Sendable (Int) -> String] = [credibility, narrow, defence]

    static func credibility(_ n: Int) -> String {
        """
        schema: confide.request/v1
        jurisdiction: GB-ENG-WLS
        received_at: 2026-11-16T10:12:00Z
        channel: email
        requester:
          type: police
          organisation: Northmoor Police
          name: DC Sam Okafor
          role: detective constable
          reply_address: sam.okafor@northmoor.police.example
          identity_verified: true
        legal_basis: victim-information-request
        crime_reference: "NM/26/\(4100 + n)"
        case_stage: pre-charge
        incident: { from: 2026-05-02, to: 2026-05-02 }
        records_sought:
          kinds: [counselling-notes]
          whole_file: true
        reason: |
          The CPS have asked for all counselling records to assess her credibility, as she did not report straight away.
        deadline: 2026-11-20T17:00:00Z
        survivor:
          notice_given: unknown
        records_held: true
        service:
          kind: counselling
        """
    }

    static func narrow(_ n: Int) -> String {
        """
        schema: confide.request/v1
        jurisdiction: GB-ENG-WLS
        received_at: 2026-11-24T09:00:00Z
        channel: secure-portal
        attachments: [notice-copy, authorisation]
        requester:
          type: police
          organisation: Northmoor Police
          name: DS Lee Carver
          role: detective sergeant
          reply_address: lee.carver@northmoor.police.example
          identity_verified: true
        authorisation:
          name: DCI Ruth Ames
          rank: detective chief inspector
          in_writing: true
        legal_basis: victim-information-request
        crime_reference: "NM/26/\(5200 + n)"
        case_stage: investigation
        incident: { from: 2026-08-14, to: 2026-08-14 }
        records_sought:
          kinds: [attendance]
          from: 2026-08-15
          to: 2026-08-31
          whole_file: false
          scope_text: the dates on which she attended, nothing about what was said
        reason: |
          The suspect says she was with him in Leeds on 16 August. Her attendance at the centre that afternoon would settle where she was. No other record of that afternoon exists.
        deadline: 2026-12-15T17:00:00Z
        send_to: requester
        survivor:
          notice_given: given
          notice_to: self
          consent: given-specific
          view: agrees
          confirmed_by_service: true
        records_held: true
        service:
          kind: counselling
        """
    }

    static func defence(_ n: Int) -> String {
        """
        schema: confide.request/v1
        jurisdiction: GB-ENG-WLS
        received_at: 2026-11-02T14:40:00Z
        channel: letter
        requester:
          type: defence
          organisation: Hartley & Crane Solicitors
          name: Ms P. Hartley
          reply_address: p.hartley@hartleycrane.example
          identity_verified: true
        legal_basis: none-stated
        case_stage: post-charge
        records_sought:
          kinds: [all]
          whole_file: true
        reason: |
          We act for the defendant and require the complete file, failing which we will apply for a witness summons.
        deadline: 2026-11-09T17:00:00Z
        records_held: true
        service:
          kind: counselling
        """
    }
}
