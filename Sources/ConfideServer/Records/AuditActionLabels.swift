/// Plain-English words for the audit trail's action codes, for the access history and the break-glass review.
/// The code itself stays on the page beside the words: it is what the chain records and what an export shows.
enum AuditActionLabels {
    static let words: [String: String] = [
        "client.view": "Opened the client's page", "client.create": "Added the client", "client.close": "Closed the case",
        "client.reopen": "Reopened the case", "client.import": "Imported the client", "client.shred": "Deleted the client's records (shredding)",
        "client.shred-cancelled": "Cancelled a shredding", "client.contact-preferences": "Changed safe-contact preferences",
        "client.access-history": "Looked at this access history",
        "record.view": "Opened a record", "record.create": "Wrote a record", "record.edit": "Edited a draft record",
        "record.amend": "Amended a record", "record.import": "Imported a record", "records.retention-delete": "Deleted records past their retention period",
        "attachment.create": "Added an attachment", "attachment.view": "Opened an attachment", "attachment.delete": "Removed an attachment",
        "access.break-glass": "Break-glass access (outside own caseload)", "access.denied": "Was refused access",
        "request.create": "Logged a request for records", "request.view": "Opened a request", "request.assess": "Assessed a request",
        "request.decide": "Decided a request", "request.status": "Changed a request's status", "letter.export": "Exported a letter",
        "disclosure.record": "Recorded a disclosure", "accounting.view": "Looked at the accounting of disclosures",
        "bundle.view": "Opened a disclosure bundle", "bundle.select": "Chose records for a bundle", "bundle.remove": "Took a record out of a bundle",
        "bundle.decide": "Decided redactions in a bundle", "bundle.check": "Checked a bundle (second person)",
        "bundle.release": "Released a bundle", "bundle.copy": "Downloaded a copy of a bundle",
        "survivor.view": "The survivor opened her page", "survivor.sign-in": "The survivor signed in", "survivor.wish": "The survivor gave her wishes",
        "survivor.told": "The survivor was told about a request", "survivor.code-issue": "Issued the survivor a sign-in code",
        "survivor.code-revoke": "Revoked the survivor's sign-in code", "survivor.code-failed": "A wrong survivor code was tried",
    ]

    static func words(for action: String) -> String? { words[action] }
}
