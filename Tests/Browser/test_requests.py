"""The disclosure lead works a request: register, assessment with evidence, decision, reply letter and PDF."""
import re
from conftest import sign_in, shot

def test_disclosure_lead_assesses_decides_and_writes_the_reply(page, server):
    sign_in(page, server, "disclosure@northmoor-rc.example")
    page.click("nav >> text=Requests")
    assert page.locator("h1").inner_text() == "Requests for records"
    shot(page, "10-register")
    page.locator("table a").first.click()
    page.wait_for_url(re.compile(r".*/requests/[0-9A-F-]{36}$"))
    body = page.content()
    assert "Recommended outcome" in body
    assert "Evidence:" in body and "Sources:" in body
    shot(page, "11-assessment")
    page.select_option("#outcome", "refuse_invite_court_application")
    page.fill("#reasons", "She has said she does not want her notes shared, and the request gives no specific reason.")
    page.click("button:has-text('Record decision')")
    assert "Decided by Eli Disclosure" in page.content()
    page.click("text=Draft the reply from the findings")
    letter = page.locator("#body").input_value()
    assert letter.startswith("[service name") or "Rape Crisis" in letter or len(letter) > 200
    page.click("button:has-text('Save the letter')")
    page.wait_for_url(re.compile(r".*/letters/[0-9A-F-]{36}$"))
    shot(page, "12-letter")
    with page.expect_download() as dl:
        page.click("text=Download as PDF")
    path = dl.value.path()
    assert open(path, "rb").read(5) == b"%PDF-"

def test_new_request_form_refuses_a_missing_client_reference(page, server):
    sign_in(page, server, "disclosure@northmoor-rc.example")
    page.goto(server["url"] + "/requests/new")
    page.click("button:has-text('Save and assess')")
    assert page.locator(".error-summary").count() == 1
    assert "service reference" in page.locator(".error-summary").inner_text()
    shot(page, "13-intake-error")
