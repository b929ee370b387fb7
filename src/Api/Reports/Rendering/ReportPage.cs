using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;

namespace CollectiveDismissal.Api.Reports.Rendering;

/// <summary>
/// The report as a printable A4 page: the figures as tables and charts, labelled in the report's language. Only figures,
/// no participant rows and no personal data; the days-to-job histogram counts employed participants per interval. Self-
/// contained (inline style and SVG, no script, nothing fetched from elsewhere), which the Content-Security-Policy served
/// with it enforces. Every figure's cell carries <c>data-figure</c> (its name in the JSON, e.g. <c>status.employed</c>,
/// <c>byAgeBand[55+].reEmploymentRate</c>) and <c>data-value</c> (the JSON's value, invariant); the text shows the value
/// with the language's decimal separator.
/// </summary>
public static class ReportPage
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly Dictionary<ParticipantStatus, string> StatusColours = new()
    {
        [ParticipantStatus.Employed] = "#2f7d5b",
        [ParticipantStatus.Searching] = "#d49a1e",
        [ParticipantStatus.Declined] = "#8a94a0",
        [ParticipantStatus.Left] = "#7160a0",
    };

    /// <summary>
    /// A percentage over fewer people than this is marked beside it, with a note to read it with care: one person more or
    /// less moves it by 20 points or more.
    /// </summary>
    public const int SmallGroup = 5;

    /// <summary>The page; <paramref name="twcMeeting"/> names the TWC meeting a progress report was frozen at.</summary>
    public static string Render(ReportWithRows report, Employer employer, ReportLanguage language, int? twcMeeting = null) =>
        new Writer(report.Report, report.Rows, employer, language, twcMeeting).Page();

    /// <summary>An enterprise number as the KBO/BCE writes it, 0403.170.701; anything else as it is.</summary>
    public static string FormattedEnterpriseNumber(string number) =>
        number.Length == 10 && number.All(char.IsAsciiDigit) ? $"{number[..4]}.{number[4..7]}.{number[7..]}" : number;

    /// <summary>
    /// The days-to-job histogram: employed participants per interval of 30 days (90 or 270 on long trajectories, so there
    /// are at most 12 columns), from 0 to the longest, at least 4 columns.
    /// </summary>
    public static IReadOnlyList<(int From, int To, int Count)> DaysToJobHistogram(IEnumerable<ReportRow> rows)
    {
        var days = rows.Where(r => r.Status == ParticipantStatus.Employed && r.DaysToJob is not null)
            .Select(r => Math.Max(0, r.DaysToJob!.Value)).ToList();
        var longest = days.DefaultIfEmpty(0).Max();
        var width = 30;
        while (longest / width >= 12) width *= 3;
        return Enumerable.Range(0, Math.Max(4, longest / width + 1))
            .Select(i => (i * width, i * width + width - 1, days.Count(d => d / width == i)))
            .ToList();
    }

    private sealed class Writer(EmploymentReport report, IReadOnlyList<ReportRow> rows, Employer employer, ReportLanguage language, int? twcMeeting)
    {
        private readonly StringBuilder _html = new();
        private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(language switch
        {
            ReportLanguage.Nl => "nl-BE", ReportLanguage.Fr => "fr-BE", ReportLanguage.De => "de-BE", _ => "en-GB"
        });

        private string L(string key) => ReportLabels.Get(key, language);
        private static string E(string text) => Encoder.Encode(text);

        public string Page()
        {
            // A report is final only when frozen at closing; any other, a TWC meeting's included, is interim.
            var title = L(report.Final ? "page.titleFinal" : "page.titleInterim");
            _html.Append($"""<!DOCTYPE html><html lang="{language.Code()}"><head><meta charset="utf-8">""")
                .Append("""<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">""")
                .Append($"<title>{E(title)} · {E(employer.Name)} · {report.AsOf:yyyy-MM-dd}</title><style>{Style}</style></head><body><main class=\"sheet\">");
            Header(title);
            KeyFigures();
            StatusSection();
            AgeBandSection();
            ContractSection();
            DaysToJobSection();
            GuidanceSection();
            ProcessSection();
            // The case's id and stream version identify the report for an auditor, not for a reader: a small technical line.
            _html.Append($"""<footer><p>{E(L("page.noPersonalData"))}</p><p class="technical">{E(L("page.technical"))}: {E(L("page.case"))} <span data-case>{report.CaseId}</span> · {E(L("page.version"))} <span data-version>{report.Version}</span></p></footer>""")
                .Append("</main></body></html>");
            return _html.ToString();
        }

        private void Header(string title)
        {
            var frozen = report.Final ? L("page.frozenAtClosure") : twcMeeting is { } meeting ? $"{L("page.frozenAtTwcMeeting")} {meeting}" : null;
            var marker = $"""<p class="marker {(report.Final ? "final" : "provisional")}" data-final="{(report.Final ? "true" : "false")}"><strong>{E(L(report.Final ? "page.final" : "page.provisional"))}</strong>{(frozen is null ? "" : $" · {E(frozen)}")}</p>""";
            _html.Append($"""<header><p class="kicker">{E(L("page.kicker"))}</p><h1>{E(title)}</h1>""")
                .Append("""<dl class="meta">""")
                .Append($"""<div><dt>{E(L("page.employer"))}</dt><dd class="employer">{E(employer.Name)}</dd></div>""")
                .Append($"""<div><dt>{E(L("page.enterpriseNumber"))}</dt><dd class="enterprise-number">{E(FormattedEnterpriseNumber(employer.EnterpriseNumber))}</dd></div>""")
                .Append($"""<div><dt>{E(L("page.asOf"))}</dt><dd>{Date(report.AsOf, "data-as-of")}</dd></div>""");
            if (report.IssuedOn is { } issuedOn)
                _html.Append($"""<div><dt>{E(L("page.issuedOn"))}</dt><dd>{Date(issuedOn, "data-issued-on")}</dd></div>""");
            _html.Append("</dl>").Append(marker).Append("</header>");
        }

        private string Date(DateOnly date, string attribute) =>
            $"""<time datetime="{date:yyyy-MM-dd}" {attribute}="{date:yyyy-MM-dd}">{E(date.ToString("d MMMM yyyy", _culture))}</time>""";

        private void KeyFigures()
        {
            _html.Append($"""<section class="key-figures" aria-label="{E(L("page.keyFigures"))}"><div class="cards">""");
            Card("enrolled", L("page.enrolled"), report.Enrolled);
            Card("availableForWork", L("availableForWork"), report.AvailableForWork);
            Card("reEmploymentRate", L("page.reEmploymentRate"), report.ReEmploymentRate, over: report.AvailableForWork);
            Card("durableReEmploymentRate", L("page.durableReEmploymentRate"), report.DurableReEmploymentRate, over: report.AvailableForWork);
            _html.Append("</div>");
            SmallGroupNote();
            _html.Append("</section>");
        }

        /// <summary>A figure's card; a percentage when <paramref name="over"/> gives its denominator.</summary>
        private void Card(string figure, string label, decimal value, int? over = null) =>
            _html.Append($"""<div class="card"><div class="card-value"><span {Figure(figure, value)}>{E(Shown(value, over is not null))}</span>{Mark(over)}</div><div class="card-label">{E(label)}</div></div>""");

        private bool _marked;

        /// <summary>The small-group mark when a percentage is over fewer than <see cref="SmallGroup"/> people; remembered for the note.</summary>
        private string Mark(int? over)
        {
            if (over is not < SmallGroup) return "";
            _marked = true;
            return $"""<sup class="small-group" title="{E(L("page.smallGroup"))}">*</sup>""";
        }

        /// <summary>The note under a section whose percentages were marked.</summary>
        private void SmallGroupNote()
        {
            if (!_marked) return;
            _html.Append($"""<p class="note small-group-note">* {E(L("page.smallGroupNote"))}</p>""");
            _marked = false;
        }

        private void StatusSection()
        {
            var statuses = new (ParticipantStatus Status, int Count)[]
            {
                (ParticipantStatus.Employed, report.Status.Employed), (ParticipantStatus.Searching, report.Status.Searching),
                (ParticipantStatus.Declined, report.Status.Declined), (ParticipantStatus.Left, report.Status.Left),
            };
            Section("status", L("page.statusSection"));
            _html.Append("""<div class="pair"><div>""");
            Table(L("page.status"), L("page.participants"), statuses.Select(s =>
                (L(s.Status.ToString()), $"status.{Camel(s.Status.ToString())}", (decimal)s.Count, false)));
            Table(L("page.leftByReason"), L("page.participants"), report.LeftByReason.Select(r =>
                (L(r.Key), $"leftByReason.{r.Key}", (decimal)r.Value, false)));
            _html.Append("</div>");
            Chart(ReportCharts.Bars("status", L("page.statusChart"),
                statuses.Select(s => new ChartBar(Camel(s.Status.ToString()), L(s.Status.ToString()), s.Count, Shown(s.Count),
                    StatusColours[s.Status])).ToList(), Encoder), L("page.statusChart"));
            _html.Append("</div></section>");
        }

        private void AgeBandSection()
        {
            Section("age-bands", L("page.byAgeBand"));
            _html.Append($"""<table><thead><tr><th scope="col">{E(L("ageBand"))}</th><th scope="col" class="num">{E(L("page.enrolledColumn"))}</th>""")
                .Append($"""<th scope="col" class="num">{E(L("page.availableColumn"))}</th><th scope="col" class="num">{E(L("Employed"))}</th>""")
                .Append($"""<th scope="col" class="num">{E(L("page.rate"))}</th></tr></thead><tbody>""");
            foreach (var band in report.ByAgeBand)
            {
                var name = $"byAgeBand[{band.Band}]";
                _html.Append($"""<tr><th scope="row">{E(Band(band.Band))}</th>""")
                    .Append(Cell($"{name}.enrolled", band.Enrolled)).Append(Cell($"{name}.availableForWork", band.AvailableForWork))
                    .Append(Cell($"{name}.employed", band.Employed)).Append(Rate($"{name}.reEmploymentRate", band.ReEmploymentRate, band.AvailableForWork))
                    .Append("</tr>");
            }
            _html.Append("</tbody></table>");
            Chart(ReportCharts.Columns("ageBands", L("page.ageBandChart"),
                report.ByAgeBand.Select(b => new ChartBar(b.Band, Band(b.Band), b.ReEmploymentRate, Shown(b.ReEmploymentRate, percent: true),
                    Marked: b.AvailableForWork < SmallGroup)).ToList(),
                100m, t => Shown(Math.Round(t), percent: true), L("page.ofAvailable"), Encoder, ReportCharts.WideWidth), L("page.ageBandChart"), wide: true);
            SmallGroupNote();
            _html.Append("</section>");
        }

        private void ContractSection()
        {
            Section("contract-types", L("page.byContractType"));
            _html.Append("""<div class="pair"><div>""");
            Table(L("jobContractType"), L("page.participants"), report.EmployedByContractType.Select(t =>
                (L(t.Key), $"employedByContractType.{t.Key}", (decimal)t.Value, false)));
            _html.Append("</div>");
            Chart(ReportCharts.Bars("contractTypes", L("page.contractTypeChart"),
                report.EmployedByContractType.Select(t => new ChartBar(t.Key, L(t.Key), t.Value, Shown(t.Value))).ToList(), Encoder),
                L("page.contractTypeChart"));
            _html.Append("</div></section>");
        }

        private void DaysToJobSection()
        {
            Section("days-to-job", L("daysToJob"));
            _html.Append("""<div class="pair"><div>""");
            Table(L("daysToJob"), L("page.days"), [
                (L("page.median"), "daysToJob.median", report.DaysToJob.Median, false),
                (L("page.mean"), "daysToJob.mean", report.DaysToJob.Mean, false)]);
            _html.Append($"""<p class="note">{E(L("page.daysToJobNote"))}</p></div>""");
            var histogram = DaysToJobHistogram(rows);
            Chart(ReportCharts.Histogram("daysToJob", L("page.daysToJobChart"),
                histogram.Select(h => new ChartBar($"{h.From}-{h.To}", $"{h.From}–{h.To}", h.Count, Shown(h.Count), "#2f7d5b")).ToList(),
                L("page.daysAxis"), Encoder), L("page.daysToJobChart"));
            _html.Append("</div></section>");
        }

        private void GuidanceSection()
        {
            var guidance = report.Guidance;
            Section("guidance", L("page.guidanceSection"));
            _html.Append("""<div class="pair"><div>""");
            var hours = new List<(string, string, decimal, bool)> { (L("page.totalHours"), "guidance.totalHours", guidance.TotalHours, false) };
            // Reports frozen before the split was counted have neither; the page then shows the total alone.
            if (guidance.IndividualHours is { } individual) hours.Add((L("page.individualHours"), "guidance.individualHours", individual, false));
            if (guidance.GroupHours is { } group) hours.Add((L("page.groupHours"), "guidance.groupHours", group, false));
            hours.Add((L("page.reachedRequiredHours"), "guidance.reachedRequiredHours", guidance.ReachedRequiredHours, false));
            hours.Add((L("page.frontLoaded"), "guidance.frontLoaded", guidance.FrontLoaded, false));
            Table(L("page.figure"), L("page.value"), hours);
            _html.Append("</div><div>");
            Table(L("page.figure"), L("page.value"), [
                (L("page.extended"), "extended", report.Extended, false),
                (L("aftercareClosures"), "aftercare.closed", report.Aftercare.Closed, false),
                (L("aftercareStillEmployed"), "aftercare.stillEmployed", report.Aftercare.StillEmployed, false),
                (L("aftercareContacts"), "aftercare.contacts", report.Aftercare.Contacts, false),
                (L("aftercareContactHours"), "aftercare.contactHours", report.Aftercare.ContactHours, false)]);
            // CAO 82bis's services: a minimal table (reports frozen before sessions named services have none).
            if (report.HoursByService is { } byService)
            {
                Table(L("page.hoursByService"), L("page.hours"), byService.Select(h => (L(h.Key), $"hoursByService.{h.Key}", h.Value, false)));
                _html.Append($"""<p class="note">{E(L("page.hoursByServiceNote"))}</p>""");
            }
            _html.Append("</div></div></section>");
        }

        /// <summary>
        /// How the procedure and the guidance went, as an eindverslag tells it: the works council's and the
        /// cell's meetings, the pre-trajectory's sessions and the consultations, each with its number and dates.
        /// </summary>
        private void ProcessSection()
        {
            if (report.Process is not { } process) return;
            Section("process", L("page.processSection"));
            _html.Append($"""<table class="process"><thead><tr><th scope="col">{E(L("page.meetings"))}</th><th scope="col" class="num">{E(L("page.count"))}</th><th scope="col" class="dates">{E(L("page.dates"))}</th></tr></thead><tbody>""");
            var council = process.WorksCouncilMeetings;
            ProcessRow(L("page.worksCouncilMeetings"), "process.worksCouncilMeetings", council.Count, council.Dates);
            _html.Append($"""<tr class="detail"><th scope="row">{E(L("page.questionsReceived"))}</th>{Cell("process.worksCouncilMeetings.questionsReceived", council.QuestionsReceived)}<td></td></tr>""")
                .Append($"""<tr class="detail"><th scope="row">{E(L("page.questionsAnswered"))}</th>{Cell("process.worksCouncilMeetings.questionsAnswered", council.QuestionsAnswered)}<td></td></tr>""");
            ProcessRow(L("page.twcMeetings"), "process.twcMeetings", process.TwcMeetings.Count, process.TwcMeetings.Dates);
            _html.Append($"""<tr class="group"><th scope="rowgroup" colspan="3">{E(L("page.consultations"))}</th></tr>""");
            foreach (var c in process.StakeholderConsultations)
                ProcessRow(L($"party.{c.Party}"), $"process.stakeholderConsultations[{c.Party}]", c.Count, c.Dates, detail: true);
            _html.Append("</tbody></table>");
            _html.Append($"""<table class="process"><thead><tr><th scope="col">{E(L("page.preTrajectory"))}</th><th scope="col" class="num">{E(L("page.count"))}</th><th scope="col" class="num">{E(L("page.attendees"))}</th><th scope="col" class="dates">{E(L("page.dates"))}</th></tr></thead><tbody>""");
            foreach (var a in process.PreTrajectoryActivities)
            {
                var name = $"process.preTrajectoryActivities[{a.Kind}]";
                _html.Append($"""<tr><th scope="row">{E(L(a.Kind.ToString()))}</th>{Cell($"{name}.count", a.Count)}{Cell($"{name}.attendees", a.Attendees)}{Dates(name, a.Dates)}</tr>""");
            }
            _html.Append("</tbody></table>");
            _html.Append($"""<p class="note">{E(L("page.processNote"))}</p></section>""");
        }

        private void ProcessRow(string label, string name, int count, IReadOnlyList<DateOnly> dates, bool detail = false) =>
            _html.Append($"""<tr{(detail ? " class=\"detail\"" : "")}><th scope="row">{E(label)}</th>{Cell($"{name}.count", count)}{Dates(name, dates)}</tr>""");

        /// <summary>
        /// The dates of an activity: all of them up to four, else the first and the last, so a long series stays one line;
        /// <c>data-dates</c> holds every date, as the JSON lists them.
        /// </summary>
        private string Dates(string name, IReadOnlyList<DateOnly> dates)
        {
            string Shown(DateOnly d) => $"""<time datetime="{d:yyyy-MM-dd}">{E(d.ToString("d MMM yyyy", _culture))}</time>""";
            var shown = dates.Count <= 4 ? string.Join(", ", dates.Select(Shown)) : $"{Shown(dates[0])} … {Shown(dates[^1])}";
            return $"""<td class="dates" data-dates="{E(name)}" data-value="{string.Join(' ', dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}">{(dates.Count == 0 ? "–" : shown)}</td>""";
        }

        private void Section(string id, string heading) =>
            _html.Append($"""<section id="{id}"><h2>{E(heading)}</h2>""");

        private void Table(string rowHeader, string valueHeader, IEnumerable<(string Label, string Figure, decimal Value, bool Percent)> figures)
        {
            _html.Append($"""<table><thead><tr><th scope="col">{E(rowHeader)}</th><th scope="col" class="num">{E(valueHeader)}</th></tr></thead><tbody>""");
            foreach (var (label, figure, value, percent) in figures)
                _html.Append($"""<tr><th scope="row">{E(label)}</th>{Cell(figure, value, percent)}</tr>""");
            _html.Append("</tbody></table>");
        }

        private void Chart(string svg, string caption, bool wide = false) =>
            _html.Append($"""<figure{(wide ? " class=\"wide\"" : "")}>{svg}<figcaption>{E(caption)}</figcaption></figure>""");

        /// <summary>A percentage's cell, marked beside the value when it is over a small group.</summary>
        private string Rate(string figure, decimal value, int over) =>
            $"""<td class="num"><span {Figure(figure, value)}>{E(Shown(value, percent: true))}</span>{Mark(over)}</td>""";

        private string Cell(string figure, decimal value, bool percent = false) =>
            $"""<td class="num" {Figure(figure, value)}>{E(Shown(value, percent))}</td>""";

        private static string Figure(string figure, decimal value) =>
            $"data-figure=\"{E(figure)}\" data-value=\"{value.ToString(CultureInfo.InvariantCulture)}\"";

        /// <summary>The value as the JSON has it, with the language's decimal separator; rates with a percent sign.</summary>
        private string Shown(decimal value, bool percent = false)
        {
            var number = value.ToString(CultureInfo.InvariantCulture);
            if (language != ReportLanguage.En) number = number.Replace('.', ',');
            return percent ? (language == ReportLanguage.En ? $"{number}%" : $"{number}\u00a0%") : number;
        }

        private string Band(string band) => band switch
        {
            "<45" => L("page.bandUnder45"),
            "55+" => L("page.band55Plus"),
            _ => band.Replace('-', '–')
        };

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    }

    private const string Style = """
        :root { --ink: #1f2933; --muted: #616e7c; --rule: #d9dee3; --accent: #2b5d8a; --paper: #ffffff; }
        * { box-sizing: border-box; }
        html { background: #eef1f4; color: var(--ink); font: 10.5pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
        body { margin: 0; padding: 24px 0; }
        .sheet { width: 210mm; min-height: 297mm; margin: 0 auto; padding: 16mm 15mm; background: var(--paper); box-shadow: 0 1px 6px rgba(0,0,0,.12); }
        header { border-bottom: 3px solid var(--accent); padding-bottom: 10px; margin-bottom: 14px; }
        .kicker { margin: 0; color: var(--accent); font-size: 9pt; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; }
        h1 { margin: 2px 0 10px; font-size: 19pt; line-height: 1.2; }
        h2 { margin: 0 0 8px; font-size: 12.5pt; color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: 3px; break-after: avoid; page-break-after: avoid; }
        .meta { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 0 0 8px; }
        .meta div { min-width: 0; }
        .meta dt { font-size: 8.5pt; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        .meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
        .marker { display: inline-block; margin: 0; padding: 3px 10px; border-radius: 3px; font-size: 9pt; }
        .marker.final { background: #e3f1ea; border: 1px solid #2f7d5b; color: #1d5a40; }
        .marker.provisional { background: #fdf3df; border: 1px solid #d49a1e; color: #7a5610; }
        section { margin: 0 0 14px; }
        table, figure, .pair > div, .cards, .note { break-inside: avoid; page-break-inside: avoid; }
        .key-figures .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
        .key-figures .note { margin-top: 4px; }
        sup.small-group { font-size: 70%; font-weight: 600; color: #a8071a; margin-left: 1px; }
        .card { border: 1px solid var(--rule); border-top: 3px solid var(--accent); border-radius: 3px; padding: 8px 10px; }
        .card-value { font-size: 17pt; font-weight: 700; line-height: 1.15; }
        .card-label { font-size: 8.5pt; color: var(--muted); }
        .pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); gap: 14px; align-items: start; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 8px; font-size: 9.5pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { padding: 3px 6px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        thead th { font-size: 8.5pt; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; border-bottom: 1.5px solid var(--ink); }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure { margin: 0; }
        figure svg { display: block; width: 100%; height: auto; }
        figure.wide { max-width: 125mm; margin: 4px auto 0; }
        figcaption { font-size: 8.5pt; color: var(--muted); margin-top: 2px; }
        .note { font-size: 8.5pt; color: var(--muted); margin: 0; }
        table.process th.dates, table.process td.dates { width: 55%; }
        table.process td.dates { font-size: 8.5pt; color: var(--muted); }
        table.process tr.detail th { padding-left: 16px; }
        table.process tr.group th { font-weight: 600; border-bottom: none; padding-top: 6px; }
        footer { margin-top: 16px; padding-top: 6px; border-top: 1px solid var(--rule); font-size: 8pt; color: var(--muted); display: flex; justify-content: space-between; gap: 12px; }
        footer p { margin: 0; }
        footer .technical { font-size: 7pt; text-align: right; }
        @page { size: A4; margin: 15mm 14mm 16mm; }
        @media print {
          html { background: none; font-size: 10pt; }
          body { padding: 0; }
          .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
