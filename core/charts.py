"""Bar and line charts rendered on the server as accessible inline SVG.

A small renderer of our own rather than pygal (or any chart library) because what we need
from a chart is mostly what those libraries leave out: `role="img"` with `<title>`/`<desc>`
wired through `aria-labelledby`, colours chosen for contrast on white, series told apart by
pattern, marker shape and dash as well as colour, value labels on every bar and point, and no
script at all. pygal's SVG has none of the ARIA, embeds a stylesheet and points at a tooltip
script on a CDN by default, and its releases are rare; patching all of that would be more code
than these two chart types. The numbers and labels come from the same `ChartData`, so the
data table shown beside the chart (its text equivalent) cannot disagree with the picture.

Bars are horizontal: category names sit on their own line above each group, so long names
(the nine SKM elements) stay readable on a phone instead of being rotated or cut.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

WIDTH = 640
FONT = 15
INK = "#1a1a1a"
GRID = "#c4c4c4"
# Each colour has at least 4.5:1 contrast on white; series differ by pattern/marker/dash too.
COLOURS = ("#0b5d3b", "#1f4e9c", "#a33a12", "#6b3fa0")
MARKERS = ("circle", "square", "triangle", "diamond")
DASHES = ("", "8 4", "2 4", "12 4 2 4")
MAX_SERIES = len(COLOURS)
MAX_CATEGORIES = 24
BAR_KINDS = ("bar", "line")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple


@dataclass(frozen=True)
class ChartData:
    kind: str  # "bar" or "line"
    title: str
    categories: tuple
    series: tuple
    category_label: str = ""
    value_label: str = ""
    description: str = ""

    @property
    def decimals(self):
        """Decimal places shown: as many as the most precise value has, at most two."""
        places = [max(0, -Decimal(str(v)).normalize().as_tuple().exponent) for s in self.series for v in s.values]
        return min(max(places, default=0), 2)

    def format(self, value):
        return number_format(value, decimal_pos=self.decimals, use_l10n=True, force_grouping=True)

    def format_tick(self, value, step):
        places = max(0, -Decimal(str(step)).normalize().as_tuple().exponent)
        return number_format(round(value, places), decimal_pos=places, use_l10n=True, force_grouping=True)

    def rows(self):
        """[(category, [formatted value per series]), …]: the data table, as the chart shows it."""
        return [(category, [self.format(s.values[i]) for s in self.series])
                for i, category in enumerate(self.categories)]

    def summary(self):
        """The text of `<desc>`: the editor's description, or a generated one."""
        if self.description:
            return self.description
        values = [v for s in self.series for v in s.values]
        kind = _("Bar chart") if self.kind == "bar" else _("Line chart")
        return _("%(kind)s with %(categories)d categories and %(series)d series, values from %(low)s to "
                 "%(high)s. The figures are in the table that follows the chart.") % {
            "kind": kind, "categories": len(self.categories), "series": len(self.series),
            "low": self.format(min(values)), "high": self.format(max(values))}


def nice_scale(low, high, ticks=5):
    """(start, stop, step) of a value axis with round tick values that covers low..high."""
    span = (high - low) or abs(high) or 1
    raw = span / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, (math.ceil(high / step) * step) or step, step


def _ticks(start, stop, step):
    count = round((stop - start) / step)
    return [start + i * step for i in range(count + 1)]


def _text(x, y, content, anchor="start", weight="normal", size=FONT):
    return format_html('<text x="{}" y="{}" font-size="{}" text-anchor="{}" font-weight="{}" fill="{}">{}</text>',
                       _n(x), _n(y), size, anchor, weight, INK, content)


def _n(number):
    """A coordinate: at most one decimal, no trailing zeros."""
    return f"{number:.1f}".rstrip("0").rstrip(".")


def _patterns(uid):
    """Fills for bar series: solid, diagonal hatch, dots, cross-hatch (each in its colour)."""
    marks = (
        "",
        '<path d="M-2 2l4-4M0 8l8-8M6 10l4-4" stroke="#fff" stroke-width="2"/>',
        '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
        '<path d="M0 0l8 8M8 0l-8 8" stroke="#fff" stroke-width="1.5"/>',
    )
    return format_html_join(
        "", '<pattern id="{}-p{}" width="8" height="8" patternUnits="userSpaceOnUse">'
            '<rect width="8" height="8" fill="{}"/>{}</pattern>',
        ((uid, i, COLOURS[i], mark_safe(marks[i])) for i in range(MAX_SERIES)))  # noqa: S308 - constants


def _marker(kind, x, y, colour):
    if kind == "circle":
        return format_html('<circle cx="{}" cy="{}" r="5" fill="{}"/>', _n(x), _n(y), colour)
    if kind == "square":
        return format_html('<rect x="{}" y="{}" width="10" height="10" fill="{}"/>', _n(x - 5), _n(y - 5), colour)
    if kind == "triangle":
        points = f"{_n(x)},{_n(y - 6)} {_n(x + 6)},{_n(y + 5)} {_n(x - 6)},{_n(y + 5)}"
    else:
        points = f"{_n(x)},{_n(y - 7)} {_n(x + 6)},{_n(y)} {_n(x)},{_n(y + 7)} {_n(x - 6)},{_n(y)}"
    return format_html('<polygon points="{}" fill="{}"/>', points, colour)


def _legend(chart, uid, top):
    """One line per series (only when there are several): swatch or marker + dash, then the name."""
    if len(chart.series) < 2:
        return "", top
    parts = []
    for i, series in enumerate(chart.series):
        y = top + i * 24
        if chart.kind == "bar":
            swatch = format_html('<rect x="8" y="{}" width="28" height="16" fill="url(#{}-p{})" stroke="{}"/>',
                                 y, uid, i, COLOURS[i])
        else:
            swatch = format_html('<path d="M8 {}h28" stroke="{}" stroke-width="3" stroke-dasharray="{}"/>{}',
                                 y + 8, COLOURS[i], DASHES[i] or "none", _marker(MARKERS[i], 22, y + 8, COLOURS[i]))
        parts.append(swatch + _text(44, y + 13, series.name))
    return mark_safe("".join(parts)), top + len(chart.series) * 24 + 8  # noqa: S308 - escaped above


def _bar_body(chart, uid, top):
    left, right = 8, WIDTH - 80  # room for the value label after the longest bar
    values = [float(v) for s in chart.series for v in s.values]
    start, stop, step = nice_scale(0, max(values))
    scale = (right - left) / (stop - start)
    bar, gap, label_height = 20, 4, FONT + 8
    parts = []
    y = top
    if chart.category_label:
        parts.append(_text(left, y + FONT, chart.category_label, weight="bold"))
        y += FONT + 10
    plot_top = y
    for index, category in enumerate(chart.categories):
        parts.append(_text(left, y + FONT, category))
        y += label_height
        for i, series in enumerate(chart.series):
            value = series.values[index]
            width = max(float(value) - start, 0) * scale
            parts.append(format_html('<rect x="{}" y="{}" width="{}" height="{}" fill="url(#{}-p{})" stroke="{}"/>',
                                     left, y, _n(max(width, 1)), bar, uid, i, COLOURS[i]))
            parts.append(_text(left + width + 6, y + bar - 5, chart.format(value), weight="bold"))
            y += bar + gap
        y += 10
    grid = [format_html('<path d="M{0} {1}V{2}" stroke="{3}" stroke-width="1"/>', _n(left + (t - start) * scale),
                        plot_top, y, GRID) for t in _ticks(start, stop, step)]
    labels = [_text(left + (t - start) * scale, y + FONT + 4, chart.format_tick(t, step), anchor="middle",
                    size=FONT - 2) for t in _ticks(start, stop, step)]
    y += FONT + 12
    if chart.value_label:
        labels.append(_text((left + right) / 2, y + FONT, chart.value_label, anchor="middle", weight="bold"))
        y += FONT + 8
    # Grid lines first, so the bars are drawn over them.
    return mark_safe("".join(grid + parts + labels)), y  # noqa: S308 - every piece escaped above


def _wrap(label, width=14):
    """A category label as at most two lines of about `width` characters."""
    words, lines = str(label).split(), [""]
    for word in words:
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width and len(lines) < 2:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def _line_body(chart, uid, top):
    left, right = 64, WIDTH - 24
    plot_top, plot_height = top + 36, 240
    values = [float(v) for s in chart.series for v in s.values]
    low, high = min(values), max(values)
    # Start at zero unless that would flatten the line into the top of the plot.
    start, stop, step = nice_scale(0 if low <= high / 2 else low - (high - low or high * 0.1) / 2, high)
    bottom = plot_top + plot_height

    def y_of(value):
        return bottom - (float(value) - start) / (stop - start) * plot_height

    count = len(chart.categories)
    slot = (right - left) / count
    x_of = [left + slot * (i + 0.5) for i in range(count)]
    parts = []
    if chart.value_label:
        parts.append(_text(8, top + FONT, chart.value_label, weight="bold"))
    for tick in _ticks(start, stop, step):
        parts.append(format_html('<path d="M{} {}H{}" stroke="{}" stroke-width="1"/>',
                                 left, _n(y_of(tick)), right, GRID))
        parts.append(_text(left - 8, y_of(tick) + 5, chart.format_tick(tick, step), anchor="end", size=FONT - 2))
    parts.append(format_html('<path d="M{0} {1}V{2}H{3}" stroke="{4}" stroke-width="1.5" fill="none"/>',
                             left, plot_top, bottom, right, INK))
    for i, x in enumerate(x_of):
        for line, text in enumerate(_wrap(chart.categories[i])):
            parts.append(_text(x, bottom + 22 + line * (FONT + 3), text, anchor="middle"))
    y = bottom + 22 + 2 * (FONT + 3)
    for i, series in enumerate(chart.series):
        points = " ".join(f"{_n(x)},{_n(y_of(v))}" for x, v in zip(x_of, series.values, strict=True))
        parts.append(format_html('<polyline points="{}" fill="none" stroke="{}" stroke-width="3" '
                                 'stroke-dasharray="{}"/>', points, COLOURS[i], DASHES[i] or "none"))
        for x, value in zip(x_of, series.values, strict=True):
            parts.append(_marker(MARKERS[i], x, y_of(value), COLOURS[i]))
            # Labels of later series go below their point, so two series rarely overlap.
            offset = -12 if i % 2 == 0 else 24
            parts.append(_text(x, y_of(value) + offset, chart.format(value), anchor="middle", weight="bold"))
    if chart.category_label:
        parts.append(_text((left + right) / 2, y + FONT, chart.category_label, anchor="middle", weight="bold"))
        y += FONT + 8
    return mark_safe("".join(parts)), y  # noqa: S308 - every piece escaped above


def render_svg(chart: ChartData, uid: str):
    """The chart as an inline `<svg>`; `uid` must be unique in the page (it prefixes the ids)."""
    legend, top = _legend(chart, uid, 8)
    body, height = (_bar_body if chart.kind == "bar" else _line_body)(chart, uid, top)
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" viewBox="0 0 {width} {height}" '
        'aria-labelledby="{uid}-title {uid}-desc" font-family="inherit">'
        '<title id="{uid}-title">{title}</title><desc id="{uid}-desc">{desc}</desc>'
        '<defs>{patterns}</defs>{legend}{body}</svg>',
        width=WIDTH, height=_n(height + 8), uid=uid, title=chart.title, desc=chart.summary(),
        patterns=_patterns(uid), legend=legend, body=body)
