"""No differencing on screen: the results view, read after every added questionnaire.

The core test (tests/core/test_survey_differencing.py) attacks the result objects, the JSON and
the text; this one reads what the owner sees: the group list and the scores table, after each
answer is added, and tries to find a figure that moved by one person.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.test_survey_differencing import RESPONSE, layout, score
from tests.ui.survey_helpers import table_texts
from werkdrukdesk.core.survey.output import results_to_dict
from werkdrukdesk.ui.survey.results_view import COUNT, MEAN, SOURCE, ResultsView

CAPTION = re.compile(r"^(.*) – uitkomsten over (\d+) vragenlijsten$")


def screen(view: ResultsView) -> dict[tuple[str, str], tuple[int, int, str]]:
    """(group, source) -> (group count in the list, count in the table, mean as shown)."""
    shown = {}
    for index in range(view.group.count()):
        caption = CAPTION.match(view.group.itemText(index))
        if not caption:
            continue  # a hidden or folded group: no figures
        view.group.setCurrentIndex(index)
        for row in table_texts(view.scores):
            cells = row.split(" | ")
            if cells[COUNT].isdigit():
                shown[(caption.group(1), cells[SOURCE])] = (
                    int(caption.group(2)), int(cells[COUNT]), cells[MEAN])
    return shown


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(RESPONSE, min_size=1, max_size=30), st.sampled_from([5, 6]))
def test_the_screen_never_shows_a_figure_moved_by_one_person(qtbot, raw, limit):
    view = ResultsView()
    qtbot.addWidget(view)
    previous = None
    for size in range(len(raw) + 1):
        result = score(raw[:size], limit)
        view.show_results(result, editable=False)
        now, split = screen(view), layout(results_to_dict(result))
        assert all(g % limit == 0 and n % limit == 0 for g, n, _ in now.values())
        if previous:
            before, old_split = previous
            for key, (group, n, mean) in now.items():
                old = before.get(key)
                if not old:
                    continue
                assert abs(group - old[0]) != 1 and abs(n - old[1]) != 1
                if mean != old[2] and n - old[1] < limit:
                    assert split != old_split, (size, key, old, (group, n, mean))
        previous = now, split
