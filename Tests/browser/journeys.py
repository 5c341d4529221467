"""Real-browser checks of `followup serve`: the main journeys, keyboard only, axe-core on every page
in both themes, no console errors, screenshots under .build/screenshots/.

Usage: journeys.py PATH/TO/followup
Starts the server itself on a free loopback port with a temporary database; stops it at the end.
"""
import http.client
import json
import os
import shutil
import sys
import tempfile

os.environ["SE_OFFLINE"] = "true"

from axe_selenium_python import Axe  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from server import Server  # noqa: E402

BINARY = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = os.path.join(ROOT, ".build", "screenshots")
WORK = tempfile.mkdtemp(prefix="followup-browser-")
DATABASE = os.path.join(WORK, "followup.sqlite")
failures = []
passed = 0


def check(name, body):
    global passed
    try:
        body()
        passed += 1
        print(f"ok   {name}")
    except Exception as error:  # noqa: BLE001 - every failure is reported, then the run fails
        failures.append(f"{name}: {error!r}")
        print(f"FAIL {name}: {error!r}")


def make_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1000"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def expect_no_console_errors(driver, where):
    errors = console_errors(driver)
    assert not errors, f"console errors on {where}: {errors}"


def shot(driver, name):
    os.makedirs(SHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))


def wait(driver, condition, seconds=10):
    return WebDriverWait(driver, seconds).until(condition)


def text_of(driver, selector):
    return driver.find_element(By.CSS_SELECTOR, selector).text


def main():
    server = Server(BINARY, DATABASE, WORK)
    startup = server.start("2026-03-11T16:00")
    print(f"start-up to first response: {startup * 1000:.0f} ms")
    driver = make_driver()
    process_path = "/processes/acme-backend-engineer"
    try:
        def create_process():
            driver.get(server.url("/processes/new"))
            driver.find_element(By.ID, "company").send_keys("Acme")
            driver.find_element(By.ID, "role").send_keys("Backend Engineer")
            driver.find_element(By.ID, "contact").send_keys("Dana Reyes")
            driver.find_element(By.ID, "email").send_keys("dana@acme.example")
            shot(driver, "1-new-process")
            driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            wait(driver, EC.url_contains(process_path))
            assert "Added Acme — Backend Engineer" in driver.page_source
            expect_no_console_errors(driver, "new process")

        def log_interview():
            driver.find_element(By.CSS_SELECTOR, "#form-interviewed summary").click()
            driver.find_element(By.ID, "interview-topic").send_keys("the billing migration")
            driver.find_element(By.CSS_SELECTOR, "#interview-kind option[value=technical]").click()
            driver.find_element(By.CSS_SELECTOR, "#form-interviewed button[type=submit]").click()
            wait(driver, EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "technical interview"))
            shot(driver, "2-interview-logged")
            expect_no_console_errors(driver, "process page")

        def type_by_friday():
            words = driver.find_element(By.ID, "words")
            # Words with no date are read as such while typing (P4 then applies).
            words.send_keys("someone will reach out")
            wait(driver, EC.text_to_be_present_in_element((By.ID, "reading"), "no firm date"))
            words.clear()
            words.send_keys("we'll get back to you by Friday")
            wait(driver, EC.text_to_be_present_in_element((By.ID, "reading"), "Friday 13 March 2026"))
            assert "end of day in America/New_York" in text_of(driver, "#reading")
            shot(driver, "3-by-friday-understood")
            driver.find_element(By.CSS_SELECTOR, "#form-promised button[value=save]").click()
            wait(driver, EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "answer promised by Fri 13 Mar"))
            expect_no_console_errors(driver, "promised")

        def today_waits():
            driver.get(server.url("/"))
            assert "Waiting" in text_of(driver, "main")
            assert "P2 wait-inside-timeline" in text_of(driver, "main")
            shot(driver, "4-today-waiting")
            expect_no_console_errors(driver, "today")

        def clock_moves():
            server.start("2026-03-16T10:00")
            driver.get(server.url("/"))
            main_text = text_of(driver, "main")
            assert "Act now" in main_text, main_text
            assert "P3 after-deadline" in main_text, main_text
            shot(driver, "5-today-after-deadline")
            expect_no_console_errors(driver, "today after the deadline")

        def draft_flags_anxiety():
            driver.find_element(By.LINK_TEXT, "Write the check-in").click()
            textarea = wait(driver, EC.presence_of_element_located((By.ID, "text")))
            assert "Dana" in textarea.get_attribute("value")
            assert "ready to send" in text_of(driver, "[data-findings]")
            textarea.send_keys(Keys.CONTROL, Keys.END)
            textarea.send_keys("\nI am really anxious about this.")
            mark = wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "[data-highlights] mark.error")))
            assert "anxious" in mark.get_attribute("textContent"), mark.get_attribute("textContent")
            wait(driver, EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[data-findings]"), "R1 emotion"))
            assert "ready to send" not in text_of(driver, "[data-findings]")
            href = driver.find_element(By.CSS_SELECTOR, "[data-mailto]").get_attribute("href")
            assert href.startswith("mailto:dana@acme.example?subject=") and "anxious" in href, href
            shot(driver, "6-draft-flagged")
            expect_no_console_errors(driver, "draft")

        def mark_sent():
            driver.find_element(By.XPATH, "//button[normalize-space()='Mark as sent']").click()
            wait(driver, EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "check-in sent"))
            assert "R1 emotion" in text_of(driver, "main"), "the recorded message's review is shown"
            history = text_of(driver, ".history")
            assert "sent check-in (with text)" in history, history
            shot(driver, "7-marked-sent")
            expect_no_console_errors(driver, "after sending")

        for name, body in [("create a process", create_process), ("log an interview", log_interview),
                           ("type 'by Friday' and see it understood", type_by_friday), ("Today waits (P2)", today_waits),
                           ("Today changes when the clock passes the deadline", clock_moves),
                           ("the draft flags an anxious sentence in place", draft_flags_anxiety), ("mark it sent", mark_sent)]:
            check(name, body)

        check("Review page: a pasted message is reviewed live, kind and language inferred", lambda: review_page(driver, server))
        check("keyboard only: create, promise, draft, send", lambda: keyboard_journey(driver, server))
        check("axe-core: no serious or critical violation on any page, light and dark", lambda: accessibility(driver, server))
        check("a foreign Host header is refused (DNS rebinding)", lambda: foreign_host(server))
    finally:
        driver.quit()
        server.stop()
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


def tab_to(driver, predicate, limit=80):
    """Presses Tab until the focused element satisfies `predicate` (a JS expression on `el`)."""
    body = driver.find_element(By.TAG_NAME, "body")
    for _ in range(limit):
        if driver.execute_script(f"const el = document.activeElement; return !!(el && ({predicate}));"):
            return driver.switch_to.active_element
        webdriver.ActionChains(driver).send_keys(Keys.TAB).perform()
    raise AssertionError(f"Tab never reached {predicate} (at {body.tag_name})")


def type_into(driver, **fields):
    """Tabs to each field by its id, in order, and types into it."""
    for field, text in fields.items():
        tab_to(driver, f"el.id === '{field}'")
        keys(driver, text)


def keys(driver, *values):
    webdriver.ActionChains(driver).send_keys(*values).perform()


def review_page(driver, server):
    driver.get(server.url("/review"))
    textarea = driver.find_element(By.ID, "text")
    textarea.send_keys("Sorry to bother you again, I just wanted to check in on my application.")
    wait(driver, EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[data-findings]"), "R6 over-justify"))
    mark = wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "[data-highlights] mark")))
    assert "Sorry to bother" in mark.get_attribute("textContent"), mark.get_attribute("textContent")
    Select(driver.find_element(By.ID, "language")).select_by_value("pt-BR")
    wait(driver, lambda d: "R6" not in text_of(d, "[data-findings]"))
    shot(driver, "10-review-page")
    expect_no_console_errors(driver, "review page")


def keyboard_journey(driver, server):
    driver.get(server.url("/"))
    tab_to(driver, "el.textContent === 'New process'")
    keys(driver, Keys.ENTER)
    wait(driver, EC.url_contains("/processes/new"))
    type_into(driver, company="Globex", role="Data Engineer", contact="Rui Costa")
    tab_to(driver, "el.tagName === 'BUTTON' && el.type === 'submit'")
    keys(driver, Keys.ENTER)
    wait(driver, EC.url_contains("/processes/globex-data-engineer"))
    type_into(driver, words="we will get back to you next week")
    tab_to(driver, "el.value === 'save'")
    keys(driver, Keys.ENTER)
    wait(driver, EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "answer promised"))
    driver.get(server.url("/processes/globex-data-engineer/draft?kind=check-in"))
    tab_to(driver, "el.id === 'text'")
    keys(driver, Keys.CONTROL, Keys.END, "\nThank you.")
    tab_to(driver, "el.textContent.trim() === 'Mark as sent'")
    keys(driver, Keys.ENTER)
    wait(driver, EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "check-in sent"))
    shot(driver, "8-keyboard-only")
    expect_no_console_errors(driver, "keyboard journey")


def accessibility(driver, server):
    pages = ["/", "/processes/new", "/processes/acme-backend-engineer", "/processes/acme-backend-engineer/draft",
             "/review", "/settings", "/processes/nobody"]
    problems = []
    for scheme in ["light", "dark"]:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        for path in pages:
            driver.get(server.url(path))
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            for violation in results["violations"]:
                if violation.get("impact") in ("serious", "critical"):
                    problems.append(f"{scheme} {path}: {violation['id']} — {violation['help']} ({len(violation['nodes'])} nodes)")
            if path == "/processes/acme-backend-engineer/draft":
                shot(driver, f"9-draft-{scheme}")
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert not problems, "\n".join(problems)


def foreign_host(server):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    connection.request("GET", "/", headers={"Host": "rebound.example"})
    response = connection.getresponse()
    assert response.status == 421, response.status
    body = json.loads(response.read()) if response.getheader("Content-Type", "").startswith("application/json") else None
    assert body is None or "rebound.example" in body["error"]["message"]


if __name__ == "__main__":
    sys.exit(main())
