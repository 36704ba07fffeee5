"""The SKM page's two charts, drawn by the site's chart renderer (core.charts) from period rows."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from core import charts


def index_chart(periods):
    """The IKM of every period, oldest first, as a line."""
    return charts.ChartData(
        kind="line", title=_("Satisfaction index (IKM) per period"),
        category_label=_("Period"), value_label=_("IKM (25–100)"),
        categories=tuple(period.short_label for period in periods),
        series=(charts.Series(_("IKM"), tuple(period.index for period in periods)),),
        description=_("The index went from %(first)s in %(first_period)s to %(last)s in %(last_period)s.") % {
            "first": number_format(periods[0].index, 2, use_l10n=True), "first_period": periods[0].label,
            "last": number_format(periods[-1].index, 2, use_l10n=True), "last_period": periods[-1].label,
        } if len(periods) > 1 else "")


def elements_chart(period):
    """The nine element averages of one period, as bars."""
    scores = period.scores()
    return charts.ChartData(
        kind="bar", title=_("Average score per element, %(period)s") % {"period": period.label},
        category_label=_("Element"), value_label=_("Average score (1–4)"),
        categories=tuple(f"U{number} {name}" for number, (name, _score) in enumerate(scores, start=1)),
        series=(charts.Series(_("Average score"), tuple(score for _name, score in scores)),))


def page_charts(periods):
    """[{chart, svg}, …] for the page: the index over time (from two periods on), then the latest elements."""
    if not periods:
        return []
    chart_list = [index_chart(periods)] if len(periods) > 1 else []
    chart_list.append(elements_chart(periods[-1]))
    return [{"chart": chart, "svg": charts.render_svg(chart, f"skm-chart-{number}")}
            for number, chart in enumerate(chart_list, start=1)]
