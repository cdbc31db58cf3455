from datetime import date

import pytest

from dipevents.dates import is_duration, reference_from_text, resolve

THU = date(2022, 2, 10)  # a Thursday


@pytest.mark.parametrize("expr,tense,value,precision", [
    ("on Thursday", "past", "2022-02-10", "day"),      # the reference day itself
    ("on Thursday", "future", "2022-02-10", "day"),    # "talks will open on Thursday": today
    ("next Thursday", "future", "2022-02-17", "day"),
    ("last Thursday", "past", "2022-02-03", "day"),
    ("Monday", "past", "2022-02-07", "day"),
    ("Monday", "future", "2022-02-14", "day"),
    ("Friday", "past", "2022-02-04", "day"),
    ("Friday", "future", "2022-02-11", "day"),
    ("yesterday", "past", "2022-02-09", "day"),
    ("last week", "past", "2022-02", "month"),
    ("later this week", "future", "2022-02", "month"),  # dateparser cannot read this one
    ("earlier this month", "past", "2022-02", "month"),
    ("next month", "future", "2022-03", "month"),
    ("in 2014", "past", "2014", "year"),
    ("November", "past", "2021-11", "month"),          # the most recent November
    ("10 February 2022", "past", "2022-02-10", "day"),
    ("Feb. 3", "past", "2022-02-03", "day"),
    ("Jan. 9 and 10", "future", "2023-01-09", "day"),
    ("March 23, 2021", "past", "2021-03-23", "day"),
])
def test_expressions_resolve_against_the_reference_date(expr, tense, value, precision):
    found = resolve(expr, THU, tense)
    assert found is not None
    assert (found.value, found.precision) == (value, precision)


def test_month_in_a_january_article_is_last_december():
    assert resolve("in December", date(2023, 1, 15), "past").value == "2022-12"
    assert resolve("in December", date(2023, 1, 15), "future").value == "2023-12"


@pytest.mark.parametrize("expr", ["ten-day", "nearly an hour", "four years", "a four-year",
                                  "the last few days"])
def test_durations_are_not_dates(expr):
    assert resolve(expr, THU, "past") is None


def test_duration_detector_keeps_relative_dates():
    assert is_duration("three days")
    assert not is_duration("three days ago")


def test_no_reference_date_leaves_relative_dates_unresolved():
    assert resolve("yesterday", None) is None
    assert resolve("on Thursday", None) is None
    assert resolve("10 February 2022", None).value == "2022-02-10"


@pytest.mark.parametrize("text,expected", [
    ("Headline\n\n10 February 2022\n\nBody.", date(2022, 2, 10)),
    ("Published: Feb 10, 2022 14:02 GMT\nBody", date(2022, 2, 10)),
    ("Posted 2021-11-29 by staff", date(2021, 11, 29)),
    ("No date here at all.", None),
])
def test_reference_from_dateline(text, expected):
    assert reference_from_text(text) == expected


def test_numeric_dates_follow_the_stated_order():
    assert resolve("2/10/2022", THU, "past").value == "2022-02-10"
    assert resolve("2/10/2022", THU, "past", day_first=True).value == "2022-10-02"
    assert resolve("31/12/2021", THU, "past", day_first=True).value == "2021-12-31"
    assert resolve("31/12/2021", THU, "past").value == "2021-12-31"  # unambiguous either way


def test_dates_found_in_text_are_expressions_not_numbers():
    from dipevents.dates import find_date_expressions

    text = "On 27 September, 100,000 troops and 2014 tanks moved; in May they may return."
    found = [text[a:b] for a, b in find_date_expressions(text)]
    assert found == ["27 September", "May"]
