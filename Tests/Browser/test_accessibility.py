"""axe-core (4.x, from axe-playwright-python) finds no WCAG 2.x A/AA violations on the staff pages."""
import re
import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import sign_in, shot

AXE = Axe()
TAGS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}}

def violations(page):
    results = AXE.run(page, options=TAGS)
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in results.response["violations"]]

def test_sign_in_page(page, server):
    page.goto(server["url"] + "/sign-in")
    assert violations(page) == []

@pytest.mark.parametrize("email,paths", [
    ("counsellor@northmoor-rc.example", ["/caseload", "FIRST_CLIENT", "FIRST_RECORD", "FIRST_CLIENT/records/new", "/account", "/clients/new"]),
    ("manager@northmoor-rc.example", ["/admin/staff", "/caseload", "/retention", "/statistics", "/charge-rates", "/national"]),
    ("disclosure@northmoor-rc.example", ["/break-glass", "/caseload", "FIRST_CLIENT/access-history", "FIRST_CLIENT/disclosures", "/requests", "/requests/new", "FIRST_REQUEST", "FIRST_REQUEST/letter", "FIRST_REQUEST/edit", "FIRST_REQUEST/bundle"]),
])
def test_staff_pages(page, server, email, paths):
    sign_in(page, server, email)
    first = page.locator("table a").first.get_attribute("href")
    first_request = None
    if any("FIRST_REQUEST" in p for p in paths):
        page.goto(server["url"] + "/requests")
        first_request = page.locator("table a").first.get_attribute("href")
    first_record = None
    if any("FIRST_RECORD" in p for p in paths):
        page.goto(server["url"] + first)
        first_record = page.locator(".timeline h3 a").first.get_attribute("href")
    for p in paths:
        url = server["url"] + p.replace("FIRST_CLIENT", first).replace("FIRST_REQUEST", first_request or "").replace("FIRST_RECORD", first_record or "")
        page.goto(url)
        found = violations(page)
        assert found == [], f"{p}: {found}"
    shot(page, "axe-" + email.split("@")[0])

def test_bundle_workbench_pages(page, server):
    # The disclosure workbench: decide a request, choose a record, then scan the overview and the record's page.
    sign_in(page, server, "disclosure@northmoor-rc.example")
    page.goto(server["url"] + "/requests")
    cell = page.locator("td", has_text=re.compile(r"^C-\d{4}-0004$"))
    page.locator("tr", has=cell).locator("a").first.click()
    page.wait_for_url(re.compile(r".*/requests/[0-9A-Fa-f-]{36}$"))
    page.select_option("#outcome", "comply_in_part_redacted")
    page.fill("#reasons", "Only the counselling notes are within the request; names and numbers are removed first.")
    page.click("button:has-text('Record decision')")
    page.click("text=Prepare the disclosure bundle")
    page.wait_for_url(re.compile(r".*/bundle$"))
    assert violations(page) == [], "bundle overview"
    page.locator("fieldset:has(legend:has-text('Records within the request')) input[type=checkbox]").first.check()
    page.click("button:has-text('Add to the bundle')")
    page.locator("details summary").first.click()
    assert violations(page) == [], "bundle overview with a record"
    page.locator("a:has-text('Work on this record')").first.click()
    page.wait_for_selector("#record-text")
    assert violations(page) == [], "record workbench"
    page.fill("#redact-words", "no such words anywhere")
    page.locator("form.selection-form").first.locator("button").click()
    assert page.locator(".error-summary").count() == 1
    assert violations(page) == [], "record workbench with an error"
    shot(page, "axe-bundle-workbench")

def test_error_summary_is_accessible(page, server):
    sign_in(page, server, "counsellor@northmoor-rc.example")
    page.goto(server["url"] + "/clients/new")
    page.click("button:has-text('Open client')")
    assert page.locator(".error-summary").count() == 1
    assert violations(page) == []

def test_the_scanner_really_finds_problems(page):
    # A page with known faults, so a silent scanner cannot make the tests above pass.
    page.set_content("<html><body><img src='x.png'><input type='text'></body></html>")
    ids = {v[0] for v in violations(page)}
    assert "image-alt" in ids and "label" in ids
