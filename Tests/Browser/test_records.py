"""A counsellor signs in, opens a client, adds a note and sees it — in a real browser, without JavaScript."""
import re, uuid
from conftest import sign_in, shot

def test_counsellor_adds_a_note_and_sees_it(page, server):
    sign_in(page, server, "counsellor@northmoor-rc.example")
    assert page.locator("h1").inner_text() == "Caseload"
    shot(page, "01-caseload")
    page.locator("table a").first.click()
    page.wait_for_url(re.compile(r".*/clients/[0-9A-F-]{36}$"))
    assert page.locator("h1").inner_text().startswith("Client C-")
    # No client name in the tab title or the address.
    assert "Client C-" in page.title()
    page.click("text=Add a record")
    note = f"Browser test note {uuid.uuid4().hex[:8]}: we practised grounding."
    page.fill("#body", note)
    page.click("button:has-text('Save record')")
    page.wait_for_url(re.compile(r".*/clients/.*#record-.*"))
    assert page.locator(".record-body", has_text=note).count() == 1
    shot(page, "02-client-with-new-note")

def test_another_counsellors_client_needs_break_glass(page, server, browser):
    # Find a client of the first counsellor, then try it as the second.
    sign_in(page, server, "counsellor@northmoor-rc.example")
    href = page.locator("table a").first.get_attribute("href")
    other = browser.new_context().new_page()
    sign_in(other, server, "counsellor2@northmoor-rc.example")
    resp = other.goto(server["url"] + href)
    assert resp.status == 403
    assert "not in your caseload" in other.content()
    shot(other, "03-break-glass")
    other.context.close()

def test_break_glass_shows_in_the_access_history_exactly_as_given(page, server, browser):
    # A reason with quotes, a backslash and a line break goes into the audit entry's stored body and comes back
    # through the columns the database derives from it (migration 0007).
    sign_in(page, server, "counsellor@northmoor-rc.example")
    href = page.locator("table a").nth(1).get_attribute("href")
    other = browser.new_context().new_page()
    sign_in(other, server, "counsellor2@northmoor-rc.example")
    other.goto(server["url"] + href)
    reason = 'Safeguarding call "now" \\ duty desk\nworker away'
    other.fill("#reason", reason)
    other.click("button.warning")
    other.wait_for_url("**" + href)
    other.context.close()
    lead = browser.new_context(viewport={"width": 1100, "height": 900}).new_page()
    sign_in(lead, server, "disclosure@northmoor-rc.example")
    lead.goto(server["url"] + href + "/access-history")
    row = lead.locator("tr", has=lead.locator("text=access.break-glass")).first
    assert "flagged" in row.inner_text() and "Break-glass access" in row.inner_text()
    assert " UTC" in row.locator("td").nth(0).inner_text()
    assert row.locator("td").nth(4).inner_text().split() == reason.split()
    assert "client.view" in lead.content()
    shot(lead, "04-access-history")
    lead.context.close()

def test_bad_sign_in_shows_an_error_summary(page, server):
    page.goto(server["url"] + "/sign-in")
    page.fill("#email", "counsellor@northmoor-rc.example")
    page.fill("#password", "not-the-password")
    page.click("button[type=submit]")
    assert page.locator(".error-summary").count() == 1
    assert "not right" in page.locator(".error-summary").inner_text()

def test_pages_work_without_javascript(browser, server):
    ctx = browser.new_context(java_script_enabled=False)
    pg = ctx.new_page()
    sign_in(pg, server, "supervisor@northmoor-rc.example")
    assert pg.locator("table a").count() > 0
    ctx.close()
