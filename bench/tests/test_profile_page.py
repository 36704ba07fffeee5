"""`make profile`: the page's figures and its costliest functions, and a clear refusal of bad input."""

import io
import re

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def profile(*args):
    out = io.StringIO()
    call_command("profile_page", *args, stdout=out)
    return out.getvalue()


def figures_of(report):
    return re.match(r"(\S+): ([\d.]+) ms CPU per request \(median of 2; .*\), (\d+) SQL queries", report)


def test_an_article_is_profiled_with_its_queries_and_top_functions(site_tree):
    # Cold: a warm article reads everything from its fragments and memos (no query to list).
    report = profile(site_tree["post"].url, "--repeat", "2", "--top", "5", "--sql", "--cold")
    figures = figures_of(report)
    assert figures and figures[1] == site_tree["post"].url
    assert float(figures[2]) > 0
    queries = int(figures[3])
    assert queries > 0
    # --sql lists exactly the queries counted, numbered.
    assert len(re.findall(r"(?m)^\s*\d+\. SELECT", report)) <= queries
    assert re.search(rf"(?m)^\s*{queries}\. ", report)
    assert "Top 5 by cumulative time" in report and "Top 5 by own time" in report
    for table in report.split("\nTop 5 by ")[1:]:
        rows = [line for line in table.splitlines() if re.search(r"[\w.]+:\d+\([\w<>]+\)|\{.*\}$", line)]
        assert len(rows) == 5, table


def test_a_warm_article_runs_no_query(site_tree):
    report = profile(site_tree["post"].url, "--repeat", "2", "--top", "1", "--sql")
    assert figures_of(report)[3] == "0" and "1. SELECT" not in report


def test_cold_clears_the_caches_before_each_request(site_tree):
    assert "caches cleared before each request" in profile("/", "--repeat", "1", "--top", "1", "--cold")


@pytest.mark.parametrize("args, message", [
    (("berita/",), "must start with /"),
    (("/tidak-ada-halaman-ini/",), "answered HTTP 404"),
    (("/", "--repeat", "0"), "at least 1"),
])
def test_bad_input_gets_a_clear_message(site_tree, args, message):
    with pytest.raises(CommandError, match=message):
        profile(*args)
