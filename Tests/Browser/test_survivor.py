"""The survivor's page: code sign-in, quick exit (button and Shift×3) that Back cannot undo, no JavaScript,
small screens, Welsh, and no accessibility violations."""
import re
import pytest
from axe_playwright_python.sync_playwright import Axe
import conftest
from conftest import sign_in, shot

AXE = Axe()
TAGS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}}

def violations(page):
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in AXE.run(page, options=TAGS).response["violations"]]

def neutral_site(context):
    pass  # the neutral site is served locally by conftest

def a_code(browser, server):
    """Her counsellor makes a code for one of her clients who has a request (on legal hold)."""
    ctx = browser.new_context()
    staff = ctx.new_page()
    sign_in(staff, server, "counsellor@northmoor-rc.example")
    staff.locator("tr:has-text('legal hold') a").first.click()
    staff.click("button:has-text('Make a code for her page')")
    code = re.search(r"[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}", staff.content()).group(0)
    ctx.close()
    return code

def enter(page, server, code):
    page.goto(server["url"] + "/s")
    page.fill("#code", code)
    page.click("button[type=submit]")
    page.wait_for_selector("h1:has-text('Your page')")

@pytest.fixture
def survivor(browser):
    ctx = browser.new_context(viewport={"width": 375, "height": 740})   # a small phone
    neutral_site(ctx)
    page = ctx.new_page()
    yield page
    ctx.close()

def test_her_page_explains_and_passes_axe_on_a_phone(survivor, browser, server):
    survivor.goto(server["url"] + "/s")
    assert survivor.title() == "Your page"
    assert violations(survivor) == []
    enter(survivor, server, a_code(browser, server))
    assert "/s" == survivor.url.replace(server["url"], "")
    assert "What you can do" in survivor.content()
    assert survivor.title() == "Your page"
    shot(survivor, "20-her-page-phone")
    assert violations(survivor) == []
    # No horizontal scrolling on a small screen.
    assert survivor.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    # Third-party resources: none.
    hosts = survivor.evaluate("Array.from(document.querySelectorAll('[src],[href]')).map(e => e.src || e.href)")
    assert all(h.startswith(server["url"]) or h.startswith("#") for h in hosts if not h.startswith(conftest.NEUTRAL or "-"))

def test_quick_exit_button_leaves_and_back_does_not_return(survivor, browser, server):
    enter(survivor, server, a_code(browser, server))
    survivor.click("#quick-exit")
    survivor.wait_for_url(conftest.NEUTRAL)
    assert survivor.title() == "Weather"
    survivor.go_back()
    survivor.wait_for_load_state()
    assert "What you can do" not in survivor.content()
    assert "Enter your code" in survivor.content() or survivor.url.startswith("about:")

def test_shift_three_times_leaves(survivor, browser, server):
    enter(survivor, server, a_code(browser, server))
    for _ in range(3):
        survivor.keyboard.press("Shift")
    survivor.wait_for_url(conftest.NEUTRAL)
    survivor.go_back()
    survivor.wait_for_load_state()
    assert "What you can do" not in survivor.content()

def test_works_without_javascript_and_exit_is_a_plain_link(browser, server):
    code = a_code(browser, server)
    ctx = browser.new_context(java_script_enabled=False)
    neutral_site(ctx)
    page = ctx.new_page()
    enter(page, server, code)
    page.check("input[value='wants-to-discuss']")
    page.fill("textarea[name=message]", "Can we talk on Tuesday?")
    page.click("button:has-text('Send')")
    assert "Thank you. We have your answer." in page.content()
    assert page.get_attribute("#quick-exit", "href") == "/s/exit"
    page.click("#quick-exit")
    page.wait_for_url(conftest.NEUTRAL)
    page.go_back()
    assert "What you can do" not in page.content()
    ctx.close()

def test_welsh_page(survivor, browser, server):
    enter(survivor, server, a_code(browser, server))
    survivor.click("a[lang=cy]")
    assert survivor.get_attribute("html", "lang") == "cy"
    shot(survivor, "21-her-page-welsh")
    assert violations(survivor) == []
