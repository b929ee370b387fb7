using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CollectiveDismissal.Api.Reports.Rendering;

/// <summary>
/// The report page's charts as inline SVG drawn here, without a charting library or script, so the page prints and
/// renders offline exactly as served. Every text goes through the page's encoder.
/// </summary>
public static class ReportCharts
{
    /// <summary>The width of a chart beside a table; a chart alone on its line is wider (<see cref="WideWidth"/>).</summary>
    public const int NarrowWidth = 320, WideWidth = 480;
    private const string Ink = "#1f2933", Muted = "#616e7c", Grid = "#d9dee3", Accent = "#2b5d8a";

    /// <summary>Horizontal bars, one per row, scaled to the largest value: for counts.</summary>
    public static string Bars(string chart, string title, IReadOnlyList<ChartBar> bars, HtmlEncoder encode, int width = NarrowWidth)
    {
        const int labelWidth = 128, valueWidth = 30, row = 26, bar = 16, top = 8;
        var height = top * 2 + row * bars.Count;
        var span = width - labelWidth - valueWidth - 8;
        var max = Math.Max(1m, bars.Max(b => b.Value));
        var svg = Open(chart, "bars", title, width, height, encode);
        svg.Append(Line(labelWidth, top - 4, labelWidth, height - top + 4, Grid));
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = top + i * row + (row - bar) / 2;
            var length = Math.Round(span * b.Value / max, 1);
            svg.Append($"""<g class="bar" data-key="{encode.Encode(b.Key)}">""")
                .Append($"""<text class="label" x="{labelWidth - 8}" y="{y + bar - 3}" text-anchor="end" fill="{Ink}">{encode.Encode(b.Label)}</text>""")
                .Append($"""<rect x="{labelWidth}" y="{y}" width="{Num(length)}" height="{bar}" rx="2" fill="{b.Colour ?? Accent}"/>""")
                .Append($"""<text class="value" x="{Num(labelWidth + length + 6)}" y="{y + bar - 3}" fill="{Ink}" font-weight="600">{encode.Encode(b.Shown)}{Mark(b)}</text>""")
                .Append("</g>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Vertical columns over a value axis from 0 to <paramref name="max"/> with four grid lines labelled by
    /// <paramref name="tick"/>: for rates (max 100) and for the days-to-job histogram (max a round count).
    /// </summary>
    public static string Columns(string chart, string title, IReadOnlyList<ChartBar> columns, decimal max, Func<decimal, string> tick,
        string? axisLabel, HtmlEncoder encode, int width = NarrowWidth)
    {
        const int height = 200, left = 44, right = 8, top = 16, bottom = 40;
        var plot = height - top - bottom;
        var slot = (decimal)(width - left - right) / columns.Count;
        var column = Math.Min(56m, slot * 0.62m);
        var svg = Open(chart, "columns", title, width, height, encode);
        for (var t = 0; t <= 4; t++)
        {
            var y = top + plot - plot * t / 4m;
            svg.Append(Line(left, y, width - right, y, t == 0 ? Muted : Grid))
                .Append($"""<text class="tick" x="{left - 6}" y="{Num(y + 4)}" text-anchor="end" fill="{Muted}" font-size="10">{encode.Encode(tick(max * t / 4))}</text>""");
        }
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            var x = left + slot * i + (slot - column) / 2;
            var length = Math.Round(plot * Math.Min(c.Value, max) / max, 1);
            var centre = Num(x + column / 2);
            svg.Append($"""<g class="bar" data-key="{encode.Encode(c.Key)}">""")
                .Append($"""<rect x="{Num(x)}" y="{Num(top + plot - length)}" width="{Num(column)}" height="{Num(length)}" rx="2" fill="{c.Colour ?? Accent}"/>""")
                .Append($"""<text class="value" x="{centre}" y="{Num(top + plot - length - 4)}" text-anchor="middle" fill="{Ink}" font-weight="600" font-size="11">{encode.Encode(c.Shown)}{Mark(c)}</text>""")
                .Append($"""<text class="label" x="{centre}" y="{top + plot + 16}" text-anchor="middle" fill="{Ink}" font-size="11">{encode.Encode(c.Label)}</text>""")
                .Append("</g>");
        }
        if (axisLabel is not null)
            svg.Append($"""<text class="axis" x="{(left + width - right) / 2}" y="{height - 6}" text-anchor="middle" fill="{Muted}" font-size="10">{encode.Encode(axisLabel)}</text>""");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// A histogram of counts: vertical columns while every column's label and value fit in its slot (a few wide
    /// intervals), otherwise horizontal bars, one line per interval, whose labels never collide however many there are.
    /// </summary>
    public static string Histogram(string chart, string title, IReadOnlyList<ChartBar> columns, string axisLabel, HtmlEncoder encode,
        int width = NarrowWidth)
    {
        const int left = 44, right = 8, gap = 6;
        var slot = (decimal)(width - left - right) / columns.Count;
        var widest = columns.Max(c => Math.Max(TextWidth(c.Label), TextWidth(c.Shown)));
        return widest + gap <= slot
            ? Columns(chart, title, columns, CountAxisMax((int)columns.Max(c => c.Value)), t => t.ToString("0", CultureInfo.InvariantCulture),
                axisLabel, encode, width)
            : Bars(chart, title, columns, encode, width);
    }

    /// <summary>
    /// A generous estimate of a label's width at 11 px in the page's font: DejaVu Sans, the widest of the fonts it names,
    /// draws a digit 0.64 em wide and most letters less.
    /// </summary>
    private static decimal TextWidth(string text) => text.Length * 7.2m;

    /// <summary>A round upper bound for a count axis with four grid lines: 4, 8, 20, 40, 80, 200…</summary>
    public static int CountAxisMax(int largest)
    {
        var max = 4;
        while (max < largest) max = max.ToString(CultureInfo.InvariantCulture)[0] == '8' ? max * 5 / 2 : max * 2;
        return max;
    }

    private static StringBuilder Open(string chart, string layout, string title, int width, int height, HtmlEncoder encode) =>
        new StringBuilder()
            .Append($"""<svg class="chart" data-chart="{encode.Encode(chart)}" data-layout="{layout}" viewBox="0 0 {width} {height}" role="img" aria-label="{encode.Encode(title)}" xmlns="http://www.w3.org/2000/svg" font-family="inherit" font-size="12">""")
            .Append($"<title>{encode.Encode(title)}</title>");

    /// <summary>The small-group mark, raised beside the value, part of the same text so it never collides with it.</summary>
    private static string Mark(ChartBar bar) =>
        bar.Marked ? """<tspan class="small-group" fill="#a8071a" font-size="8" dy="-4">*</tspan>""" : "";

    private static string Line(decimal x1, decimal y1, decimal x2, decimal y2, string colour) =>
        $"""<line x1="{Num(x1)}" y1="{Num(y1)}" x2="{Num(x2)}" y2="{Num(y2)}" stroke="{colour}" stroke-width="1"/>""";

    private static string Num(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
