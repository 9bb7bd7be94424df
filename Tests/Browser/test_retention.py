"""Retention as the people who use it: a counsellor closes and reopens a case; the manager reviews what is past its
retention period by kind of record and schedules only that, which can be cancelled in its window."""
import re
from conftest import sign_in, shot

COUNSELLOR = "counsellor@northmoor-rc.example"
MANAGER = "manager@northmoor-rc.example"

def test_counsellor_closes_and_reopens_a_case(page, server):
    sign_in(page, server, COUNSELLOR)
    page.locator("table a").nth(2).click()
    page.wait_for_url(re.compile(r".*/clients/[0-9A-Fa-f-]{36}$"))
    if page.locator("button:has-text('Reopen the case')").count():
        page.click("button:has-text('Reopen the case')")
    page.click("summary:has-text('Close the case')")
    page.fill("#closed_on", "2999-01-01")
    page.click("button:has-text('Close the case')")
    assert "cannot be in the future" in page.content()
    page.go_back()
    page.reload()
    page.click("summary:has-text('Close the case')")
    page.fill("#closed_on", "2026-10-31")
    page.click("button:has-text('Close the case')")
    assert "Closed on 2026-10-31." in page.content()
    assert "come up for retention review from 2033-10-31" in page.content()
    shot(page, "30-case-closed")
    page.click("button:has-text('Reopen the case')")
    assert "Close the case" in page.content() and "Closed on" not in page.content()

def test_manager_reviews_by_kind_and_schedules_only_what_is_due(page, server):
    sign_in(page, server, MANAGER)
    page.goto(server["url"] + "/retention")
    content = page.content()
    # The demo's first client closed nine years ago: her session notes are past 7 years, her safeguarding
    # record (25 years) is not.
    assert re.search(r"Due for review \(\d+\)", content)
    item = page.locator(".retention-item").first
    text = item.inner_text()
    assert "Session note:" in text and "The rest are kept" in text, text
    assert "Limitation Act 1980" in content and "Not yet: agree it with your data protection officer" in content
    shot(page, "31-retention-review")
    button = item.locator("button")
    assert "records past their period" in button.inner_text()
    button.click()
    # Scheduling a deletion needs the manager to have proved who she is recently (she just signed in).
    page.wait_for_url(re.compile(r".*/retention$"))
    scheduled = page.locator("h2:has-text('Scheduled deletions') + ul li").first.inner_text()
    assert "records past their period deleted on" in scheduled
    page.locator("h2:has-text('Scheduled deletions') + ul li button:has-text('Cancel')").first.click()
    page.wait_for_url(re.compile(r".*/retention$"))
    assert page.locator("h2:has-text('Scheduled deletions') + p").inner_text() == "None."
