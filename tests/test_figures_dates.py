"""Dates written without a year take it from the document's reference date (quizgen.extract.timeline)."""

from __future__ import annotations

import datetime

import pytest

from quizgen.extract.figures import extract_figures
from quizgen.extract.timeline import Published, publication_date
from quizgen.ingest.read import document_from_text
from quizgen.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load()


def _dates(nlp, text: str) -> dict[str, tuple[str, bool]]:
    document = document_from_text("dates.txt", text)
    figures = extract_figures(nlp(document.analysis_text), document)
    return {f.surface: (f.value, f.value_inferred) for f in figures if f.figure_type == "date"}


@pytest.mark.parametrize("header, expected", [
    ("Published Dec. 11, 2024 at 6:42 a.m.", Published(2024, 12, 11)),
    ("Sunday 20 October 2024", Published(2024, 10, 20)),
    ("Consumer Affairs | March 6, 2025", Published(2025, 3, 6)),
    ("Posted 2023-10-25 14:27", Published(2023, 10, 25)),
    ("No date at all here", None),
])
def test_the_publication_date_is_the_first_full_date_in_a_header_line(header, expected):
    text = f"Council approves the budget\n\nBy A Reporter\n{header}\n\nThe council voted on Tuesday after a long debate.\n"
    assert publication_date(document_from_text("a.txt", text)) == expected


def test_a_full_date_inside_a_long_paragraph_is_not_the_publication_date():
    text = ("Council approves the budget\n\nThe council, which first met on 3 March 2001 in the old town hall, "
            "voted on Tuesday after a long debate that ran late into the night and ended in a narrow win.\n")
    assert publication_date(document_from_text("a.txt", text)) is None


def test_an_undated_month_takes_the_publication_year_moved_by_the_tense(nlp):
    dates = _dates(nlp, "Plant to reopen\n\nBy A Reporter\n14 January 2025\n\n"
                        "The plant closed on 28 November after a fire. It will reopen in March, the owner said.\n"
                        "Output was flat in January.\n")
    assert dates["28 November"] == ("2024-11-28", True)  # later than January, in a past clause
    assert dates["March"] == ("2025-03", True)
    assert dates["January"] == ("2025-01", True)


def test_a_wire_dateline_without_a_year_leaves_the_reference_to_the_text(nlp):
    dates = _dates(nlp, "LONDON, June 3 (Reuters) - The club was founded in 1960 and last won the cup in March 2019.\n\n"
                        "Its new stadium opens on May 18, the club said.\n\nA second stand is due by 2028.\n\n"
                        "Tickets go on sale on July 4, ahead of a friendly in August 2030.\n")
    assert dates["May 18"] == ("2019-05-18", True)
    assert dates["July 4"] == ("2019-07-04", True)  # "by 2028" is a bound, not the time of the events
    assert dates["March 2019"] == ("2019-03", False)


def test_the_nearest_year_written_before_is_the_reference(nlp):
    dates = _dates(nlp, "The firm was founded in 2011.\n\nIn 2019 it moved to Leeds, and on 7 May it opened a plant.\n")
    assert dates["7 May"] == ("2019-05-07", True)


def test_without_any_anchor_the_year_is_the_day_it_is_read(nlp):
    dates = _dates(nlp, "Tickets go on sale on July 4, the club said.\n")
    assert dates["July 4"] == (f"{datetime.date.today().year}-07-04", True)


def test_a_later_past_year_anchors_an_undated_lede(nlp):
    dates = _dates(nlp, "The summit opened on October 17 in Lima.\n\nTrade between the two countries fell in 2022 "
                        "and recovered in 2023, officials said. It will reach a record in 2030.\n")
    assert dates["October 17"] == ("2023-10-17", True)


def test_a_fiscal_year_in_a_past_clause_anchors_by_its_first_year(nlp):
    dates = _dates(nlp, "The council won two by-elections in October.\n\nIts R61.2bn budget for 2025/26 assumed it "
                        "would collect 93% of what it bills, below the 2021 average.\n")
    assert dates["October"] == ("2025-10", True)


def test_last_and_next_move_a_month_a_year(nlp):
    dates = _dates(nlp, "Prices rose\n\nPublished 10 May 2024\n\nPrices have risen since last March and will fall by next February.\n")
    assert dates["March"] == ("2023-03", True)
    assert dates["February"] == ("2025-02", True)


def test_a_weekday_picks_the_year_and_a_header_weekday_date_is_the_publication(nlp):
    dates = _dates(nlp, "Election race tightens\n\nBy A Reporter\nSaturday 3 May\n\n"
                        "The member won the seat in 2022. The leaders meet again on Wednesday, 14 May.\n")
    assert dates["14 May"] == ("2025-05-14", True)  # 3 May is a Saturday in 2025, the first such year from 2022


def test_a_year_long_past_recalled_in_another_paragraph_does_not_date_the_news(nlp):
    dates = _dates(nlp, "The festival's founder premiered his first film there in 1979.\n\n"
                        "Accounts published in June showed a deficit, the festival said.\n")
    year = datetime.date.today().year - (6 > datetime.date.today().month)
    assert dates["June"] == (f"{year}-06", True)
