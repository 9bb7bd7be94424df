"""Starts a real Confide server (the debug build, demo data, a fresh data folder) for the browser tests,
and a headless Chromium from Debian driven by Playwright."""
import os, sys, socket, subprocess, tempfile, time, urllib.request, shutil, pathlib
import pytest
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The quick exit's destination: a neutral page on another local port (no network in CI).
NEUTRAL_PORT = None
NEUTRAL = None

def _start_neutral_site():
    global NEUTRAL_PORT, NEUTRAL
    root = tempfile.mkdtemp(prefix="confide-neutral-")
    os.makedirs(os.path.join(root, "weather"))
    with open(os.path.join(root, "weather", "index.html"), "w") as f:
        f.write("<!doctype html><html lang='en'><head><title>Weather</title></head><body><h1>Weather</h1></body></html>")
    NEUTRAL_PORT = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(NEUTRAL_PORT), "--bind", "127.0.0.1", "--directory", root],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    NEUTRAL = f"http://127.0.0.1:{NEUTRAL_PORT}/weather/"
    return proc
BIN = os.environ.get("CONFIDE_BIN", str(ROOT / ".build" / "debug" / "confide"))
SHOTS = pathlib.Path(os.environ.get("CONFIDE_SCREENSHOTS", tempfile.gettempdir() + "/confide-screenshots"))

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

@pytest.fixture(scope="session")
def server():
    neutral = _start_neutral_site()
    data = tempfile.mkdtemp(prefix="confide-browser-")
    port = free_port()
    log = open(os.path.join(data, "server.log"), "w")
    env = dict(os.environ, CONFIDE_DATA_DIR=os.path.join(data, "data"), CONFIDE_BCRYPT_COST="8",
               CONFIDE_EXIT_URL=NEUTRAL)
    env.pop("DATABASE_URL", None)
    proc = subprocess.Popen([BIN, "serve", "--demo", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(ROOT))
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(url + "/health", timeout=2).status == 200:
                break
        except Exception:
            if proc.poll() is not None:
                raise RuntimeError("server exited: " + open(os.path.join(data, "server.log")).read()[-2000:])
            time.sleep(0.5)
    else:
        proc.kill(); raise RuntimeError("server did not start")
    yield {"url": url, "data": data, "log": os.path.join(data, "server.log")}
    proc.terminate()
    neutral.terminate()
    try: proc.wait(10)
    except Exception: proc.kill()
    shutil.rmtree(data, ignore_errors=True)

@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                              args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()

@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = ctx.new_page()
    yield pg
    ctx.close()

def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

DEMO_PASSWORD = "demo-harbour-lantern-42"

# The demo's published authenticator keys (two-factor sign-in is required for these roles).
DEMO_TOTP = {"disclosure@northmoor-rc.example": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
             "manager@northmoor-rc.example": "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"}
_SESSIONS = {}

def totp(key_b32, at=None):
    import base64, hmac, hashlib, struct
    key = base64.b32decode(key_b32 + "=" * (-len(key_b32) % 8))
    counter = int((time.time() if at is None else at) // 30)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    o = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)

def sign_in(page, server, email):
    """Signs in through the real forms; a person who must use two-factor sign-in signs in once per test run
    (a code cannot be used twice) and later tests reuse that session's cookie."""
    if email in _SESSIONS:
        page.context.add_cookies(_SESSIONS[email])
        page.goto(server["url"] + "/caseload")
        if page.url.endswith("/caseload"):
            return
    page.goto(server["url"] + "/sign-in")
    page.fill("#email", email)
    page.fill("#password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    if email in DEMO_TOTP:
        page.wait_for_url("**/sign-in/code")
        page.fill("#code", totp(DEMO_TOTP[email]))
        page.click("button[type=submit]")
    page.wait_for_url("**/caseload")
    if email in DEMO_TOTP:
        _SESSIONS[email] = [c for c in page.context.cookies() if c["name"] == "confide_session"]
