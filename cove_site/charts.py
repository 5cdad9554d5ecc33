"""Bar charts drawn at build time as accessible SVG: a title, a description, and no script.

A year without a published figure gets no bar and the word for "not known", never a zero.
The same numbers are always shown as a table next to the chart (see templates/numbers.j2).
"""

from __future__ import annotations

from markupsafe import Markup, escape

from .formatting import Formatter

WIDTH, HEIGHT, BOTTOM, LEFT = 640, 280, 36, 8


def bar_chart(f: Formatter, chart_id: str, title: str, desc: str, years: list[int],
              series: list[tuple[str, str, list[float | None]]], shown: list[list[str]]) -> Markup:
    """Grouped bars: `series` is [(label, css class, values per year)], `shown` the formatted values."""
    top = max((v for _, _, values in series for v in values if v is not None), default=0) or 1
    group = (WIDTH - LEFT * 2) / max(len(years), 1)
    bar = group * 0.7 / len(series)
    plot = HEIGHT - (44 if len(series) > 1 else 24) - BOTTOM  # room for the legend and the top value
    parts = [
        f'<figure class="cove-figure"><figcaption>{escape(title)}</figcaption>',
        f'<svg class="cove-chart" id="{chart_id}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
        f'<line class="cove-chart__axis" x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - LEFT}" y2="{HEIGHT - BOTTOM}"/>',
    ]
    for i, year in enumerate(years):
        x0 = LEFT + i * group + group * 0.15
        if all(values[i] is None for _, _, values in series):
            parts.append(f'<text class="cove-chart__gap" x="{LEFT + i * group + group / 2:.1f}" '
                         f'y="{HEIGHT - BOTTOM - 6}" text-anchor="middle">{escape(f.t("unknown"))}</text>')
        for s, (label, css, values) in enumerate(series):
            value, x = values[i], x0 + s * bar
            if value is None:
                if any(v[i] is not None for _, _, v in series):  # a gap beside a bar: say so, upright
                    cx, cy = x + bar * 0.45, HEIGHT - BOTTOM - 6
                    parts.append(f'<text class="cove-chart__gap" x="{cx:.1f}" y="{cy}" '
                                 f'transform="rotate(-90 {cx:.1f} {cy})">{escape(f.t("unknown"))}</text>')
                continue
            h = plot * value / top
            y = HEIGHT - BOTTOM - h
            parts.append(f'<rect class="cove-chart__bar {css}" x="{x:.1f}" y="{y:.1f}" width="{bar * 0.9:.1f}" '
                         f'height="{h:.1f}"><title>{escape(label)} {year}: {escape(shown[s][i])}</title></rect>')
            parts.append(f'<text class="cove-chart__value" x="{x + bar * 0.45:.1f}" y="{y - 4:.1f}" '
                         f'text-anchor="middle">{escape(shown[s][i])}</text>')
        parts.append(f'<text class="cove-chart__year" x="{LEFT + i * group + group / 2:.1f}" y="{HEIGHT - 12}" '
                     f'text-anchor="middle">{year}</text>')
    if len(series) > 1:
        for s, (label, css, _) in enumerate(series):
            x = LEFT + s * 150
            parts.append(f'<rect class="cove-chart__bar {css}" x="{x}" y="4" width="12" height="12"/>'
                         f'<text class="cove-chart__legend" x="{x + 16}" y="14">{escape(label)}</text>')
    parts.append("</svg></figure>")
    return Markup("".join(parts))


def budget_chart(f: Formatter, years: dict) -> Markup:
    ordered = sorted(years)
    values = [years[y]["funding"]["call_budget_eur"].get("value") for y in ordered]
    millions = [None if v is None else v / 1_000_000 for v in values]
    shown = [[f.number({"value": round(m, 1), "status": "seen"}) if m is not None else "" for m in millions]]
    return bar_chart(f, "cove-chart-budget", f.t("chart_budget_title") + f" ({f.t('million_eur')})",
                     f.t("chart_budget_desc"), ordered, [(f.t("call_budget"), "cove-chart__bar--a", millions)],
                     [[str(s) for s in shown[0]]])


def projects_chart(f: Formatter, years: dict) -> Markup:
    ordered = sorted(years)
    series, shown = [], []
    for key, css in (("submitted", "cove-chart__bar--a"), ("funded", "cove-chart__bar--b")):
        values = [years[y].get("results", {}).get(key, {}).get("value") for y in ordered]
        series.append((f.t(key), css, values))
        shown.append(["" if v is None else str(f.number({"value": v, "status": "seen"})) for v in values])
    return bar_chart(f, "cove-chart-projects", f.t("chart_projects_title"), f.t("chart_projects_desc"),
                     ordered, series, shown)
