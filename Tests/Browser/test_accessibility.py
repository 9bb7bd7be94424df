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
    ("counsellor@northmoor-rc.example", ["/caseload", "FIRST_CLIENT", "FIRST_CLIENT/records/new", "/account", "/clients/new"]),
    ("manager@northmoor-rc.example", ["/admin/staff", "/caseload"]),
    ("disclosure@northmoor-rc.example", ["/break-glass", "/caseload", "FIRST_CLIENT/access-history", "FIRST_CLIENT/disclosures", "/requests", "/requests/new", "FIRST_REQUEST", "FIRST_REQUEST/letter", "FIRST_REQUEST/edit"]),
])
def test_staff_pages(page, server, email, paths):
    sign_in(page, server, email)
    first = page.locator("table a").first.get_attribute("href")
    first_request = None
    if any("FIRST_REQUEST" in p for p in paths):
        page.goto(server["url"] + "/requests")
        first_request = page.locator("table a").first.get_attribute("href")
    for p in paths:
        url = server["url"] + p.replace("FIRST_CLIENT", first).replace("FIRST_REQUEST", first_request or "")
        page.goto(url)
        found = violations(page)
        assert found == [], f"{p}: {found}"
    shot(page, "axe-" + email.split("@")[0])

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
