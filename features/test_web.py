"""Steps for web_quiz.feature, web_teacher.feature and web_security.feature.

A live server (werkzeug in a thread, free loopback port) serves the app over a bank built from
the seeds once per session; a real Chromium (Debian's, through Playwright) drives it.
"""

from __future__ import annotations

import re
import threading
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pytest_bdd import given, parsers, scenarios, then, when
from sqlalchemy import select

from quizgen.bank import store, transaction
from quizgen.bank.store import new_token, set_items
from quizgen.bank.models import Article, QuestionRow, QuestionSet
from quizgen.ingest.read import document_from_text

scenarios("web_quiz.feature", "web_teacher.feature", "web_security.feature")

pytestmark = [pytest.mark.browser]

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
TEACHER = ("teacher", "a long enough password")
HOSTILE = ("Breaking news\n<script>window.pwned = true; alert('pwned')</script>\n"
           "Exports rose 12% in 2023 <img src=x onerror=\"window.pwned = true; alert(1)\"> said the ministry.\n")


def ingest_seeds(factory) -> None:
    from quizgen.bank.ingest import ingest_paths

    ingest_paths(factory, [SEEDS])


@pytest.fixture(scope="session")
def live(tmp_path_factory):
    """The app on a live server over a bank ingested from the seeds: (base URL, session factory)."""
    from werkzeug.serving import make_server

    from quizgen.web import create_app
    from quizgen.bank import create_teacher

    folder = tmp_path_factory.mktemp("web")
    app = create_app({"SECRET_KEY": uuid.uuid4().hex, "DATABASE_URL": f"sqlite:///{folder / 'bank.sqlite'}"})
    factory = app.extensions["bank"]
    ingest_seeds(factory)
    create_teacher(factory, *TEACHER)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", factory
    server.shutdown()
    thread.join(5)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser context (its own cookies) per scenario; fails on any page error."""
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.errors, page.dialogs = [], []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


@pytest.fixture
def ctx():
    return {}


# Students


PHONE = {"viewport": {"width": 412, "height": 839}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}


def _context_page(browser, request, **options):
    """A page in a new browser context of its own (closed after the scenario)."""
    context = browser.new_context(**options)
    request.addfinalizer(context.close)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.errors, page.dialogs = [], []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


@given("a student on the home page")
def student_home(page, live):
    page.goto(live[0] + "/")
    assert page.locator("h1").inner_text() == "Quizzes"


@given(parsers.parse("a student on a {device}"), target_fixture="page")
def student_on(browser, request, live, ctx, device):
    ctx["device"] = device
    page = _context_page(browser, request, **(PHONE if device == "phone" else DESKTOP))
    page.goto(live[0] + "/")
    return page


@given("a student whose browser runs no JavaScript", target_fixture="page")
def student_without_js(browser, request, live):
    page = _context_page(browser, request, java_script_enabled=False)
    page.goto(live[0] + "/")
    return page


@when(parsers.parse('the student starts the "{name}" quiz'))
def start_quiz(page, live, name):
    _start(page, live[0], name)


@when(parsers.parse('the student starts the "{name}" quiz with {n:d} questions'))
def start_short_quiz(page, live, name, n):
    _start(page, live[0], name, length=f"{n}, drawn at random")


def _start(page, base: str, name: str, length: str | None = None) -> None:
    """Open the set from the home page and start it: with all its questions unless ``length`` says."""
    page.goto(base + "/")
    page.get_by_role("link", name=name, exact=True).click()
    lengths = page.locator("fieldset.lengths")
    if lengths.count():
        (lengths.get_by_label(length) if length else lengths.locator("input[value=all]")).check()
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_selector("h1.prompt")


@given(parsers.parse('a published set "{name}" with one seed question of each type'))
def sample_set(live, name):
    _publish_sample(live[1], name)


@given(parsers.parse('a published set "{name}" with one seed question of each of the types {types}'))
def sample_set_of_types(live, name, types):
    _publish_sample(live[1], name, types.split(", "))


@given(parsers.parse('an unpublished set "{name}" with one seed question of each of the types {types}'))
def unpublished_set(live, name, types):
    _publish_sample(live[1], name, types.split(", "), published=False)


def _publish_sample(factory, name: str, types: list[str] | None = None, published: bool = True) -> None:
    """Publish a set of the first active seed question of each type (of ``types``, in that order; not one
    held for review); a matching question with at least three pairs."""
    with transaction(factory) as session:
        picked = {}
        for row in session.scalars(select(QuestionRow).where(QuestionRow.is_active(), QuestionRow.conflict.is_(False))
                                   .order_by(QuestionRow.id)):
            if row.type != "matching" or len(row.pairs) >= 3:
                picked.setdefault(row.type, row.id)
        qset = QuestionSet(name=name, token=new_token(), published=published)
        session.add(qset)
        set_items(qset, [picked[t] for t in types] if types else list(picked.values()))


def _pair(page, item: int, partner: str, tap: bool = False) -> None:
    """Tap-to-pair: the item's button, then the partner's."""
    for target in (page.locator(".match-left .match-item button").nth(item),
                   page.locator(".match-right").get_by_role("button", name=partner, exact=True)):
        target.tap() if tap else target.click()


def _answer(page, row: QuestionRow, right: bool) -> None:
    """Answer with the keyboard (number keys and Enter for choices, typing and Enter), matching by tapping."""
    page.wait_for_load_state("load")  # keys pressed before app.js runs would be lost
    if row.type in ("mcq", "tf"):
        choice = row.answer if right else next(c for c in row.choices if c != row.answer)
        page.keyboard.press(str(row.choices.index(choice) + 1))
        page.keyboard.press("Enter")
    elif row.type == "matching":
        rights = [r for _, r in row.pairs]
        for i, partner in enumerate(rights if right else rights[1:] + rights[:1]):
            _pair(page, i, partner)
        page.get_by_role("button", name="Check answer").click()
    else:
        page.locator("#response").fill(row.answer if right else "qqqq")
        page.locator("#response").press("Enter")
    page.wait_for_selector(".feedback")


def _current_row(page, factory) -> QuestionRow:
    with factory() as session:
        return session.get(QuestionRow, page.locator("article.question").get_attribute("data-question"))


@when("answers the first question right and every other one wrong, with the keyboard")
def answer_all(page, live, ctx):
    ctx["seen"] = []
    while True:
        total = int(page.locator(".progress-label").inner_text().rsplit(" ", 1)[1])
        row = _current_row(page, live[1])
        _answer(page, row, right=not ctx["seen"])
        feedback = page.locator(".feedback")
        ctx["seen"].append({
            "row": row,
            "verdict": feedback.locator(".verdict").inner_text(),
            "correct": feedback.locator(".correct-answer").inner_text(),
            "marks": feedback.locator("mark.answer").all_inner_texts(),
            "evidence": feedback.locator("figure.evidence").count(),
            "source": feedback.locator("a.article-link").all_inner_texts(),
            "wrong_pairs": feedback.locator("table.pairs tr.bad").count(),
        })
        following = page.locator("a.next")
        last = following.inner_text() == "See your results"
        following.click()
        if last:
            break
    page.wait_for_selector(".score")
    assert len(ctx["seen"]) == total


@then("every answer showed the correct answer and one piece of evidence with the answer highlighted")
def feedback_shown(ctx, live):
    from quizgen.web.quiz import readable

    with live[1]() as session:
        texts = {a.name: a.text for a in session.scalars(select(Article))}
    for i, seen in enumerate(ctx["seen"]):
        row = seen["row"]
        assert seen["verdict"] == ("Right!" if i == 0 else "Not quite."), row.prompt
        if row.type != "matching":
            assert seen["correct"] == readable(row.answer)
        else:  # every pair was answered with the next item's partner
            assert seen["wrong_pairs"] == (0 if i == 0 else len(row.pairs))
        assert seen["evidence"] == 1 and seen["marks"], f"no highlighted evidence for {row.prompt!r}"
        spans = [readable(texts[e["doc"]][e["span"][0]:e["span"][1]]) for e in row.evidence]
        assert set(seen["marks"]) <= set(spans)
        assert not any(e["doc"] in " ".join(seen["source"]) for e in row.evidence)  # titles, not file names


def _focus_outlined(page) -> bool:
    """The focused element matches :focus-visible and it, or its choice label, draws an outline."""
    return page.evaluate("""() => {
        const el = document.activeElement;
        if (!el || el === document.body || !el.matches(":focus-visible")) return false;
        const drawn = (e) => e && getComputedStyle(e).outlineStyle !== "none" && parseFloat(getComputedStyle(e).outlineWidth) > 0;
        return drawn(el) || drawn(el.closest(".choice"));
    }""")


@when(parsers.parse('the student opens the "{name}" quiz and starts it with Enter'))
def start_with_enter(page, name):
    page.get_by_role("link", name=name, exact=True).click()
    page.wait_for_function("() => document.activeElement.textContent === 'Start the quiz'")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1.prompt")


@when("answers every question with arrow keys, Space, typing and Enter only")
def answer_by_keys(page, live, ctx):
    ctx["seen"], ctx["outlined"], ctx["named"] = [], [], []
    while True:
        page.wait_for_load_state("load")
        row = _current_row(page, live[1])
        prompt = page.locator("h1.prompt").inner_text()
        if row.type in ("mcq", "tf"):
            ctx["named"].append(page.get_by_role("group", name=prompt).count() == 1)
            page.wait_for_function("() => document.activeElement.type === 'radio'")
            steps = row.choices.index(row.answer)
            ctx["outlined"].append(_focus_outlined(page))
            page.keyboard.press("Space")
            for _ in range(steps):
                page.keyboard.press("ArrowDown")
            ctx["outlined"].append(_focus_outlined(page))
            page.keyboard.press("Enter")
        else:
            ctx["named"].append(page.get_by_role("textbox", name=prompt).count() == 1)
            page.wait_for_function("() => document.activeElement.id === 'response'")
            ctx["outlined"].append(_focus_outlined(page))
            page.keyboard.type(row.answer)
            page.keyboard.press("Enter")
        page.wait_for_selector(".feedback")
        page.wait_for_load_state("load")
        ctx["seen"].append((row, page.locator(".verdict").inner_text(),
                            page.evaluate("() => document.activeElement.id")))
        ctx["outlined"].append(_focus_outlined(page))
        label = page.locator("a.next").inner_text()
        page.keyboard.press("Enter")
        if label == "See your results":
            page.wait_for_selector(".score")
            break
        page.wait_for_selector("h1.prompt >> nth=0")
        page.wait_for_selector(".answer-form")


@then("every question named its answer controls by the question text")
def controls_named(ctx):
    assert ctx["named"] and all(ctx["named"]), ctx["named"]


@then("every question showed its feedback with the verdict focused and the focused control outlined on every page")
def keyboard_feedback(ctx):
    assert [verdict for _, verdict, _ in ctx["seen"]] == ["Right!"] * 4, [(r.type, v) for r, v, _ in ctx["seen"]]
    assert [row.type for row, _, _ in ctx["seen"]] == ["mcq", "tf", "short", "cloze"]
    assert [focused for _, _, focused in ctx["seen"]] == ["verdict"] * 4
    assert all(ctx["outlined"]), ctx["outlined"]


@then("the results page was reached with the keyboard")
def keyboard_results(page):
    assert "4 / 4" in page.locator(".score").inner_text()
    assert page.locator(".review > li.right").count() == 4


@when("the student practises the missed ones")
def practise_missed(page):
    page.get_by_role("button", name=re.compile(r"Practice the \d+ missed ones?")).click()
    page.wait_for_selector("h1.prompt")


@then("a new quiz asks exactly the missed questions, in their order")
def missed_quiz(page, live, ctx):
    missed = [seen["row"].id for seen in ctx["seen"][1:]]
    asked = []
    while True:
        assert page.locator(".progress-label").inner_text() == f"Question {len(asked) + 1} of {len(missed)}"
        row = _current_row(page, live[1])
        asked.append(row.id)
        _answer(page, row, right=True)
        following = page.locator("a.next")
        if following.inner_text() == "See your results":
            following.click()
            break
        following.click()
    page.wait_for_selector(".score")
    assert asked == missed
    assert f"{len(missed)} / {len(missed)}" in page.locator(".score").inner_text()


@when('answers the first question right and says "I don\'t know" to the second')
def answer_and_skip(page, live, ctx):
    assert page.locator(".progress-label").inner_text() == "Question 1 of 10"
    ctx["first"] = _current_row(page, live[1])
    _answer(page, ctx["first"], right=True)
    page.locator("a.next").click()
    page.get_by_role("button", name="I don't know").click()
    assert page.locator(".verdict").inner_text() == "Here is the answer."
    ctx["attempt_url"] = page.url.rsplit("/", 1)[0]


@when("stops and sees the results")
def stop_early(page):
    page.get_by_role("link", name="Stop and see results").click()
    page.wait_for_selector(".score")


@then("the results count 1 of 2 answered, list the unanswered 8 apart and offer to answer them")
def short_results(page):
    score = page.locator(".score").inner_text()
    assert "1 / 2" in score and "You answered 2 of the 10 questions" in score
    assert page.locator(".review > li").count() == 2
    assert page.locator(".review > li").first.get_attribute("class") == "wrong"
    assert page.locator(".unanswered summary").inner_text() == "Not answered (8)"
    assert page.get_by_role("button", name="Answer the 8 you did not reach").is_visible()


@then("answering the third question afterwards changes nothing")
def locked_attempt(page, live, ctx):
    page.goto(ctx["attempt_url"] + "/3")
    row = _current_row(page, live[1])
    page.wait_for_load_state("load")
    if row.type == "matching":
        rights = [r for _, r in row.pairs]
        for i, partner in enumerate(rights):
            _pair(page, i, partner)
        page.get_by_role("button", name="Check answer").click()
    elif row.type in ("mcq", "tf"):
        page.locator("input[name=response]").nth(row.choices.index(row.answer)).check()
        page.get_by_role("button", name="Check answer").click()
    else:
        page.locator("#response").fill(row.answer)
        page.get_by_role("button", name="Check answer").click()
    page.wait_for_selector(".score")
    assert "This quiz is finished" in page.locator(".flash").inner_text()
    assert "1 / 2" in page.locator(".score").inner_text()


def _practise(page, base: str, set_name: str, learner: str | None = None) -> None:
    page.goto(base + "/")
    page.get_by_role("link", name=set_name, exact=True).click()
    page.get_by_role("link", name="Practice with spaced repetition").click()
    if learner:
        page.fill("#learner-name", learner)
        page.get_by_role("button", name="Save name").click()
    page.wait_for_selector(".answer-form")


def _practice_state(page, factory) -> tuple[int, int, QuestionRow]:
    """How many questions the practice page counts as learning and as new, and the one it asks."""
    caption = page.locator("#progress-text").inner_text()
    learning = int(re.search(r"(\d+) learning", caption).group(1))
    new = int(re.search(r"(\d+) new", caption).group(1))
    question_id = page.locator(".answer-form").get_attribute("action").rsplit("/", 1)[1]
    with factory() as session:
        return learning, new, session.get(QuestionRow, question_id)


@when(parsers.parse('the student practises the "{name}" set, answers the first question right and rates it "{rating}"'))
def practise_and_rate(page, live, ctx, name, rating):
    ctx["set"], ctx["learner"] = name, f"Ada {uuid.uuid4().hex[:6]}"
    _practise(page, live[0], name, ctx["learner"])
    ctx["code"] = page.locator(".resume-code .code").inner_text()
    _, ctx["new"], ctx["row"] = _practice_state(page, live[1])
    _answer(page, ctx["row"], right=True)
    assert page.locator(".verdict").inner_text() == "Right!"
    page.reload()  # the feedback has its own address: a reload answers nothing again
    page.get_by_role("button", name=re.compile(rf"^{rating}")).click()
    page.wait_for_selector(".practice-progress")


@then("the practice page says when that question comes back and draws the progress")
def practice_next_review(page):
    assert re.fullmatch(r"Next review of that question in \d+ (minutes?|hours?|days?)\.", page.locator(".flash").inner_text())
    assert page.locator(".progress-picture rect").count() == 3
    assert "1 learning" in page.locator("#progress-text").inner_text()
    assert page.locator(".resume-code").count() == 0  # shown once only


@then("typing the same name in another browser shows none of that progress")
def same_name_elsewhere(browser, request, live, ctx):
    other = _context_page(browser, request)
    _practise(other, live[0], ctx["set"], ctx["learner"])
    learning, new, row = _practice_state(other, live[1])
    assert (learning, new, row.id) == (0, ctx["new"], ctx["row"].id)


@then("resuming with the code shown once in another browser shows one new question fewer and not that question")
def resume_elsewhere(browser, request, live, ctx):
    other = _context_page(browser, request)
    other.goto(live[0] + "/")
    other.get_by_role("link", name="Resume with a code").click()
    other.fill("#code", ctx["code"])
    other.get_by_role("button", name="Resume").click()
    assert "Welcome back" in other.locator(".flash").inner_text()
    _practise(other, live[0], ctx["set"])
    learning, new, row = _practice_state(other, live[1])
    assert (learning, new) == (1, ctx["new"] - 1) and row.id != ctx["row"].id


@when("pairs the first item right and the others wrong by tapping")
def pair_by_tapping(page, live, ctx):
    page.wait_for_load_state("load")
    row = _current_row(page, live[1])
    rights = [r for _, r in row.pairs]
    ctx["row"] = row
    for i, partner in enumerate(rights[:1] + rights[2:] + rights[1:2]):
        _pair(page, i, partner, tap=ctx["device"] == "phone")
    page.get_by_role("button", name="Check answer").click()
    page.wait_for_selector(".feedback")


@then("the feedback gives partial credit and fits the screen")
def partial_credit(page, ctx):
    n = len(ctx["row"].pairs)
    assert page.locator(".verdict").inner_text() == f"Partly right: 1 of {n}."
    assert page.locator("table.pairs tr.ok").count() == 1 and page.locator("table.pairs tr.bad").count() == n - 1
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    stacked = page.locator("table.pairs tbody tr").first.evaluate("e => getComputedStyle(e).display") == "block"
    assert stacked == (ctx["device"] == "phone")


@then("keyboard hints are shown only on the desktop")
def keyboard_hints(page, ctx):
    assert page.locator(".next-row .keys").is_visible() == (ctx["device"] == "desktop")


@when("answers every question right with the plain form controls")
def answer_without_js(page, live, ctx):
    ctx["seen"] = []
    while True:
        row = _current_row(page, live[1])
        if row.type in ("mcq", "tf"):
            page.locator("input[name=response]").nth(row.choices.index(row.answer)).check()
        elif row.type == "matching":
            for i, (_, partner) in enumerate(row.pairs):
                page.locator(f"select[name=match-{i}]").select_option(partner)
        else:
            page.locator("#response").fill(row.answer)
        page.get_by_role("button", name="Check answer").click()
        ctx["seen"].append((row, page.locator(".verdict").inner_text()))
        following = page.locator("a.next")
        last = following.inner_text() == "See your results"
        following.click()
        if last:
            break


@then("the results page shows every answer right")
def all_right(page, ctx):
    total = len(ctx["seen"])
    assert [verdict for _, verdict in ctx["seen"]] == ["Right!"] * total
    assert f"{total} / {total}" in page.locator(".score").inner_text()


@when(parsers.parse('the student joins the class with the code of "{name}"'))
def join_class(page, live, name):
    with live[1]() as session:
        code = session.scalar(select(QuestionSet.token).where(QuestionSet.name == name))
    page.fill("#class-code", code)
    page.get_by_role("button", name="Join").click()
    assert page.locator("h1").inner_text() == name
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_selector("h1.prompt")


@when("answers with different words and counts the answer right")
def count_right(page):
    page.locator("#response").fill("in other words")
    page.locator("#response").press("Enter")
    assert page.locator(".verdict").inner_text() == "Not quite."
    page.get_by_role("button", name="My answer means the same: count me right").click()
    assert page.locator(".verdict").inner_text() == "Counted as right."
    page.locator("a.next").click()
    page.wait_for_selector(".score")


@then("the results count it right")
def counted_right(page):
    assert "1 / 1" in page.locator(".score").inner_text()
    assert "(counted as right)" in page.locator(".review").inner_text()


@then(parsers.parse('the home page lists "{name}" under the student\'s classes'))
def classes_listed(page, live, name):
    page.context.clear_cookies(name="session")
    page.goto(live[0] + "/")
    assert page.get_by_role("heading", name="Your classes").is_visible()
    assert page.locator(".sets").first.get_by_role("link", name=name, exact=True).is_visible()


def _contrast(page, locator) -> float:
    """WCAG contrast of an element's text colour against its background."""
    return locator.evaluate("""e => {
        const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
        let bg = "rgb(255, 255, 255)";
        for (let n = e; n; n = n.parentElement) {
            const c = getComputedStyle(n).backgroundColor;
            if (c !== "rgba(0, 0, 0, 0)" && c !== "transparent") { bg = c; break; }
        }
        const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const [a, b] = [lum(getComputedStyle(e).color), lum(bg)].sort((x, y) => y - x);
        return (a + 0.05) / (b + 0.05);
    }""")


def _open_evidence_link(page) -> tuple[Article, int, int]:
    """From the results, open the first evidence link; the article and the highlighted span."""
    page.locator(".review details summary").first.click()
    link = page.locator("a.article-link").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_selector(".article-text")
    url = urlsplit(href)
    query = parse_qs(url.query)
    return int(url.path.rsplit("/", 1)[1]), int(query["start"][0]), int(query["end"][0])


@then('the results page shows the score, the missed ones first and "practice the missed ones"')
def results_page(page, ctx):
    total = len(ctx["seen"])
    assert f"1 / {total}" in page.locator(".score").inner_text()
    classes = page.locator(".review > li").evaluate_all("items => items.map((li) => li.className)")
    assert classes == ["wrong"] * (total - 1) + ["right"]
    assert page.get_by_role("button", name=f"Practice the {total - 1} missed {'one' if total == 2 else 'ones'}").is_visible()


@then("the evidence link opens the article for reading with the answer highlighted and a way back to the question")
def article_view(page, live):
    from quizgen.web.quiz import readable

    results = page.url
    article_id, start, end = _open_evidence_link(page)
    with live[1]() as session:
        article = session.get(Article, article_id)
    assert "".join(page.locator(".article-text mark").all_inner_texts()) == readable(article.text[start:end])
    assert page.locator("h1").inner_text() == article.title and article.name not in page.content()
    assert page.locator(".article-text p").count() > 3  # paragraphs, not one preformatted block
    assert "](" not in page.locator(".article-text").inner_text()
    assert page.locator(".article-text .debris").count() == 0
    page.get_by_role("link", name="Show it").click()
    debris = page.locator(".article-text .debris")
    assert debris.count() >= 1 and _contrast(page, debris.first) >= 4.5
    page.get_by_role("link", name="← Back to the question").click()
    assert page.url == results


@then("the article opens with its page clutter hidden and shows it on request")
def article_without_js(page):
    article_view_plain = _open_evidence_link(page)
    assert article_view_plain and page.locator(".article-text mark").count() >= 1
    assert page.locator(".article-text .debris").count() == 0
    page.get_by_role("link", name="Show it").click()
    assert page.locator(".article-text .debris").count() >= 1
    assert page.get_by_role("link", name="← Back to the question").count() == 1


# Teachers


@when(parsers.parse('the student opens the teacher page "{path}"'))
def open_teacher_page(page, live, path):
    page.goto(live[0] + path)


@then("the login page is shown")
def login_shown(page):
    assert "/auth/login?next=" in page.url
    assert page.locator("h1").inner_text() == "Teacher login"


@given("a teacher logged in")
def teacher_login(page, live):
    page.goto(live[0] + "/auth/login")
    page.fill("#username", TEACHER[0])
    page.fill("#password", TEACHER[1])
    page.get_by_role("button", name="Log in").click()
    assert page.locator("h1").inner_text() == "Question bank"


@when(parsers.parse('the teacher rewrites the prompt of the first question of the "{name}" set'))
def teacher_edits(page, live, ctx, name):
    with live[1]() as session:
        qset = session.scalar(select(QuestionSet).where(QuestionSet.name == name))
        qid = next(item.question_id for item in qset.items if item.question.active)
    ctx["prompt"] = f"Teacher's own wording {uuid.uuid4().hex[:6]}?"
    page.goto(f"{live[0]}/teacher/questions/{qid}")
    page.fill("#prompt", ctx["prompt"])
    page.get_by_role("button", name="Save").click()
    assert page.locator(".flash").inner_text() == "Question saved."


@when(parsers.parse('the teacher creates the set "{name}" and draws {n:d} "{kind}" questions into it'))
def teacher_draws(page, live, ctx, name, n, kind):
    page.goto(live[0] + "/teacher/sets")
    page.fill("#name", name)
    page.get_by_role("button", name="Create").click()
    assert page.locator("h1").inner_text() == name
    ctx["set_name"] = name
    draw = page.locator("form.filter-form")
    draw.locator("select[name=type]").select_option(kind)
    draw.locator("#draw-n").fill(str(n))
    draw.get_by_role("button", name="Draw").click()
    assert page.locator(".flash").inner_text() == f"Drew {n} questions."


@when("the teacher publishes the set")
def teacher_publishes(page):
    page.get_by_role("button", name="Publish", exact=True).click()
    assert page.locator(".badge").first.inner_text() == "published"


@then(parsers.parse('the set holds {n:d} "{kind}" questions'))
def set_holds(page, live, ctx, n, kind):
    assert page.locator("ol.items > li").count() == n
    with live[1]() as session:
        qset = session.scalar(select(QuestionSet).where(QuestionSet.name == ctx["set_name"]))
        assert qset.published
        assert [item.question.type for item in qset.items] == [kind] * n


@then(parsers.parse('a student sees "{name}" with {n:d} questions on the home page and can take it'))
def student_sees_set(browser, live, name, n):
    context = browser.new_context()
    student = context.new_page()
    student.goto(live[0] + "/")
    card = student.locator(".set-card", has=student.get_by_role("link", name=name, exact=True))
    assert card.locator(".count").inner_text().startswith(f"{n} questions")
    _start(student, live[0], name)
    assert student.locator(".progress-label").inner_text() == f"Question 1 of {n}"
    context.close()


@when("the seeds are ingested again")
def reingest(live):
    ingest_seeds(live[1])


@then(parsers.parse('a student starting the "{name}" quiz sees the teacher\'s prompt'))
def student_sees_edit(browser, live, ctx, name):
    context = browser.new_context()
    student = context.new_page()
    _start(student, live[0], name)
    assert student.locator("h1.prompt").inner_text() == ctx["prompt"]
    context.close()


# Security


@given("a hostile article in the bank", target_fixture="hostile_id")
def hostile_article(live):
    from quizgen.extract.model import Evidence
    from quizgen.questions.model import Question

    span = (HOSTILE.index("12%"), HOSTILE.index("12%") + 3)
    cited = Question(id="hostile-q", type="short", prompt="By how much did exports rise?", answer="12%",
                     fact_ids=["hostile-f"], evidence=[Evidence("hostile.txt", span, HOSTILE.splitlines()[2])])
    with transaction(live[1]) as session:
        store(session, [document_from_text("hostile.txt", HOSTILE)], [], [cited], "hostile.txt")
    with live[1]() as session:
        return session.scalar(select(Article.id).where(Article.name == "hostile.txt"))


@when("a student opens that article")
def open_hostile(page, live, hostile_id):
    page.goto(f"{live[0]}/articles/{hostile_id}")
    page.wait_for_load_state("load")


@then("no script from the article ran")
def no_script(page):
    assert page.evaluate("() => window.pwned === undefined")
    assert page.dialogs == [] and page.errors == []
    assert page.locator(".article-text script, .article-text img").count() == 0


@then("its markup is shown as text")
def markup_as_text(page):
    show = page.get_by_role("link", name="Show it")  # a lone tag line reads as page clutter: unfold it
    if show.count():
        show.click()
        page.wait_for_load_state("load")
    text = page.locator(".article-text").inner_text()
    assert "<script>window.pwned = true;" in text and "<img src=x onerror=" in text


# Teachers: review, uploads, set building, settings, results, worksheets


def _seed_set(factory, name: str, n: int, published: bool) -> list[str]:
    """A set of the first ``n`` usable seed questions that are not matching (by id); their ids."""
    with transaction(factory) as session:
        ids = list(session.scalars(select(QuestionRow.id).where(
            QuestionRow.is_active(), QuestionRow.conflict.is_(False), QuestionRow.type != "matching")
            .order_by(QuestionRow.id).limit(n)))
        qset = QuestionSet(name=name, token=new_token(), published=published)
        session.add(qset)
        set_items(qset, ids)
    return ids


@given(parsers.parse('a set "{name}" of {n:d} seed questions'))
def draft_set(live, ctx, name, n):
    ctx["set_name"], ctx["ids"] = name, _seed_set(live[1], name, n, published=False)


@given(parsers.parse('a published set "{name}" of {n:d} seed questions'))
def published_set(live, ctx, name, n):
    ctx["set_name"], ctx["ids"] = name, _seed_set(live[1], name, n, published=True)


def _open_set(page, base: str, name: str) -> None:
    page.goto(base + "/teacher/sets")
    page.get_by_role("link", name=name, exact=True).click()
    page.wait_for_selector("h1")


@when(parsers.parse('the teacher uploads an article headlined "{headline}"'))
def teacher_uploads(page, live, ctx, headline, tmp_path):
    article = tmp_path / "upload_0042.txt"
    article.write_text(
        f"{headline}\n\n"
        "The city council approved $12 million for the repairs on Tuesday, the mayor's office said.\n\n"
        "“We will keep one lane open at all times,” said Dana Whitfield, the city's chief engineer.\n\n"
        "About 40,000 vehicles cross the bridge every day, according to the transport department.\n\n"
        "Work is expected to take 18 months, and the council will publish a schedule in March.\n", encoding="utf-8")
    page.goto(live[0] + "/teacher/upload")
    page.set_input_files("#article", str(article))
    page.get_by_role("button", name="Upload and make questions").click()
    page.wait_for_selector("text=Review and publish", timeout=120_000)
    ctx["headline"] = headline


@then(parsers.parse('the upload page says in plain words how many questions the draft set holds and ends with "{label}"'))
def upload_page_plain(page, ctx, label):
    status = page.locator("p.status").inner_text()
    found = re.search(r"The draft set (.+) holds (\d+) questions?: (\d+) ready to use", status)
    assert found, status
    assert found.group(1) == ctx["headline"]
    ctx["count"] = int(found.group(2))
    text = page.locator("main").inner_text()
    assert "Ingest" not in text and "stored" not in text and "retired" not in text
    assert page.locator("main a.button").last.inner_text() == label


@when(parsers.parse('the teacher follows "{label}"'))
def follow_link(page, label):
    page.get_by_role("link", name=label).click()
    page.wait_for_selector("h1")


@then(parsers.parse('the set "{name}" is a draft holding that many questions'))
def draft_holds(page, ctx, name):
    assert page.locator("h1").inner_text() == name
    assert page.locator(".badge").first.inner_text() == "draft"
    assert page.locator("ol.items > li").count() == ctx["count"]


@then("students do not see it on the home page until the teacher publishes it")
def hidden_until_published(page, browser, live, ctx):
    def on_home() -> bool:
        context = browser.new_context()
        student = context.new_page()
        student.goto(live[0] + "/")
        seen = student.get_by_role("link", name=ctx["headline"], exact=True).count() > 0
        context.close()
        return seen

    assert not on_home()
    page.get_by_role("button", name="Publish", exact=True).click()
    assert page.locator(".badge").first.inner_text() == "published"
    assert on_home()


@given(parsers.parse('a question of the "{name}" set flagged for review'))
def flag_question(live, ctx, name):
    with transaction(live[1]) as session:
        qset = session.scalar(select(QuestionSet).where(QuestionSet.name == name))
        row = next(item.question for item in qset.items if item.question.active)
        row.review = "pending"
        ctx["flagged"], ctx["flagged_prompt"] = row.id, row.prompt


@when("the teacher opens the questions that need review and approves the flagged one")
def approve_flagged(page, ctx):
    page.get_by_role("link", name=re.compile(r"\d+ questions? needs? review")).click()
    row = page.locator(f"tr#q-{ctx['flagged']}")
    assert row.locator(".badge.warn").first.inner_text() == "needs review"
    row.get_by_role("button", name=re.compile("^approve:")).click()
    assert page.locator(".flash").inner_text().startswith("Approved:")
    assert page.locator(f"tr#q-{ctx['flagged']}").count() == 0


@then(parsers.parse('a student\'s "{name}" quiz asks that question again'))
def student_asked_again(browser, live, ctx, name):
    with live[1]() as session:
        set_id = session.scalar(select(QuestionSet.id).where(QuestionSet.name == name))
    context = browser.new_context()
    asked = [q["id"] for q in context.request.get(f"{live[0]}/api/sets/{set_id}").json()["questions"]]
    context.close()
    assert ctx["flagged"] in asked


@when("the teacher writes a multiple choice question without choices")
def write_without_choices(page, live, ctx):
    ctx["prompt"], ctx["answer"] = f"Which council approved the repairs {uuid.uuid4().hex[:4]}?", "the city council"
    page.goto(live[0] + "/teacher/questions/new")
    page.select_option("#type", "mcq")
    page.fill("#prompt", ctx["prompt"])
    page.fill("#answer", ctx["answer"])
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector(".field-error")


@then("the form shows the typed prompt and answer, with the error beside the choices")
def typed_values_kept(page, ctx):
    assert page.input_value("#prompt") == ctx["prompt"] and page.input_value("#answer") == ctx["answer"]
    assert page.locator("#choices").get_attribute("aria-invalid") == "true"
    error = page.locator("#choices-error")
    assert "at least two choices" in error.inner_text()
    assert page.evaluate("() => document.getElementById('choices').nextElementSibling.id") == "choices-error"


@when("the teacher moves the fifth question up")
def move_fifth_up(page, live, ctx):
    _open_set(page, live[0], ctx["set_name"])
    ctx["moved"] = ctx["ids"][4]
    page.locator(f"#item-{ctx['moved']}").get_by_role("button", name=re.compile("^move up:")).click()
    page.wait_for_load_state("load")


@then("the page is back at that question")
def back_at_item(page, ctx):
    assert page.url.endswith(f"#item-{ctx['moved']}")
    assert page.evaluate(f"() => document.querySelector('#item-{ctx['moved']}').matches(':target')")
    box = page.locator(f"#item-{ctx['moved']}").bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]


@when("the teacher removes the second question and undoes it")
def remove_and_undo(page, ctx):
    second = page.locator("ol.items > li").nth(1)
    second.get_by_role("button", name=re.compile("^remove from the set:")).click()
    assert page.locator("ol.items > li").count() == 5
    page.get_by_role("button", name="Undo remove").click()
    page.wait_for_load_state("load")


@then("the set holds the same 6 questions in the moved order")
def same_order(page, ctx):
    ids = list(ctx["ids"])
    ids[3], ids[4] = ids[4], ids[3]
    shown = [li.get_attribute("id").removeprefix("item-") for li in page.locator("ol.items > li").all()]
    assert shown == ids


@then("the copy button copies the share link")
def copy_share(page):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Copy link").click()
    page.wait_for_selector("text=Copied.")
    assert page.evaluate("() => navigator.clipboard.readText()") == page.locator("a.share").get_attribute("href")


@when(parsers.parse("the teacher sets {n:d} questions per student and {k:d} attempt, and publishes the set"))
def teacher_settings(page, live, ctx, n, k):
    _open_set(page, live[0], ctx["set_name"])
    page.fill("#draw_count", str(n))
    page.fill("#attempts_allowed", str(k))
    page.get_by_role("button", name="Save settings").click()
    assert page.locator(".flash").inner_text() == "Settings saved."
    page.get_by_role("button", name="Publish", exact=True).click()
    assert page.locator(".badge").first.inner_text() == "published"


@then(parsers.parse('a student taking "{name}" gets {n:d} questions'))
def student_gets(browser, live, ctx, name, n):
    context = browser.new_context()
    ctx["student"] = context.new_page()
    _start(ctx["student"], live[0], name)
    assert ctx["student"].locator(".progress-label").inner_text() == f"Question 1 of {n}"


@when(parsers.parse('the teacher chooses to show the answers "{choice}" and publishes the set'))
def teacher_shows_answers(page, live, ctx, choice):
    _open_set(page, live[0], ctx["set_name"])
    page.get_by_label(choice).check()
    page.get_by_role("button", name="Save settings").click()
    assert page.locator(".flash").inner_text() == "Settings saved."
    assert page.get_by_label(choice).is_checked()
    page.get_by_role("button", name="Publish", exact=True).click()


@then(parsers.parse('a student answering every question of "{name}" wrong sees only that each answer was saved'))
def answers_saved_only(browser, request, live, ctx, name):
    student = ctx["student"] = _context_page(browser, request)
    _start(student, live[0], name)
    while True:
        row = _current_row(student, live[1])
        _answer(student, row, right=False)
        feedback = student.locator(".feedback")
        assert feedback.locator(".verdict").inner_text() == "Answer saved.", row.prompt
        assert feedback.locator(".correct-answer, mark, figure.evidence").count() == 0
        following = student.locator("a.next")
        last = following.inner_text() == "See your results"
        following.click()
        if last:
            break
    student.wait_for_selector(".score")


@then("the results page shows each correct answer with its evidence highlighted")
def results_show_answers(live, ctx):
    student = ctx["student"]
    items = student.locator("ol.review > li.wrong")
    assert items.count() == len(ctx["ids"])
    for i in range(items.count()):
        assert "Correct answer" in items.nth(i).inner_text()
        items.nth(i).locator("summary").click()
        assert items.nth(i).locator("mark.answer").is_visible()
    assert not student.errors


@then("starting it again says the attempts are used up")
def attempts_used(live, ctx):
    student = ctx["student"]
    student.goto(live[0] + "/")
    student.get_by_role("link", name=ctx["set_name"], exact=True).click()
    student.get_by_role("button", name="Start the quiz").click()
    assert "You have used the 1 attempt this quiz allows." in student.locator("main").inner_text()
    student.context.close()


@given(parsers.parse('students "{first}" and "{second}" took "{name}", {first2} answering all right and {second2} all wrong'))
def students_took(browser, live, name, first, second, first2, second2):
    for learner, right in ((first, True), (second, False)):
        context = browser.new_context()
        student = context.new_page()
        student.goto(live[0] + "/")
        student.get_by_role("link", name=name, exact=True).click()
        student.fill("#learner-name", learner)
        student.get_by_role("button", name="Save name").click()
        student.get_by_role("button", name="Start the quiz").click()
        while True:
            student.wait_for_selector("h1.prompt")
            _answer(student, _current_row(student, live[1]), right=right)
            following = student.locator("a.next")
            if following.inner_text() == "See your results":
                following.click()
                student.wait_for_selector(".score")
                break
            following.click()
        context.close()


@when(parsers.parse('the teacher opens the gradebook of "{name}"'))
def open_gradebook(page, live, name):
    _open_set(page, live[0], name)
    page.get_by_role("link", name="Gradebook").click()
    page.wait_for_selector("table.gradebook")


@then("it lists Ana with 2 / 2 and Ben with 0 / 2, and Ben's wrong answers among the most common")
def gradebook_rows_shown(page):
    rows = {r.locator("td").first.inner_text(): r.locator("td").nth(2).inner_text()
            for r in page.locator("table.gradebook tbody tr").all()}
    assert rows["Ana"].startswith("2 / 2") and rows["Ben"].startswith("0 / 2"), rows
    common = page.locator("h2:has-text('Most common wrong answers') + .table-wrap tbody tr")
    assert common.count() == 2


@then("the CSV download has a row for each of them")
def gradebook_csv_download(page):
    import csv
    import io

    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    rows = list(csv.reader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    assert sorted(r[0] for r in rows[1:]) == ["Ana", "Ben"] and rows[0][-2:] == ["Q1", "Q2"]


@when(parsers.parse('the teacher opens the statistics of "{name}"'))
def open_stats(page, live, name):
    _open_set(page, live[0], name)
    page.get_by_role("link", name="Statistics").click()
    page.wait_for_selector("h1")


@then("they rest on 2 students, are flagged as a small sample and the chart has axis titles")
def stats_honest(page):
    text = page.locator("main").inner_text()
    assert "Based on 2 students" in text and "Fewer than 10 students" in text
    assert page.locator("svg.chart .axis-title").all_text_contents() == ["Students", "Score (%)"]
    labels = page.locator("svg.chart text.axis").all()
    svg = page.locator("svg.chart").bounding_box()
    assert all(svg["y"] <= label.bounding_box()["y"] for label in labels)  # no label clipped at the top


@when(parsers.parse('the teacher opens the printable worksheet of "{name}"'))
def open_worksheet(page, live, name):
    _open_set(page, live[0], name)
    page.get_by_role("link", name="Printable worksheet").click()
    page.wait_for_selector(".worksheet")


@then("printing shows the 3 questions without the site's menu and the answer key on its own page")
def worksheet_printed(page, live, ctx):
    page.emulate_media(media="print")
    assert not page.locator("header").is_visible() and not page.locator(".no-print").is_visible()
    assert page.locator(".sheet > li").count() == 3
    assert page.locator(".answer-key").evaluate("e => getComputedStyle(e).breakBefore") == "page"
    with live[1]() as session:
        answers = [session.get(QuestionRow, qid).answer for qid in ctx["ids"]]
    key = page.locator(".answer-key li").all_inner_texts()
    assert all(a in k for a, k in zip(answers, key)), (answers, key)
    assert page.pdf()[:4] == b"%PDF"
