using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Reports;

/// <summary>
/// One participant as the report sees it at a date: its status and every value a figure is computed from. The report's
/// figures are sums over these rows, the CSV prints them, and the auditor's evidence lists which rows each figure counts,
/// so the three cannot disagree. Holds no personal data.
/// </summary>
public sealed record ReportRow(
    Guid ParticipantId,
    DateOnly EnrolledOn,
    int AgeAtAnnouncement,
    string AgeBand,
    ParticipantStatus Status,
    DateOnly? LeftOn,
    DepartureReason? LeftReason,
    bool AvailableForWork,
    DateOnly? DeclinedOn,
    DateOnly? JobStartsOn,
    ContractType? JobContractType,
    int? JobContractMonths,
    DateOnly? JobEndedOn,
    bool EmployedDurably,
    int? DaysToJob,
    decimal Hours,
    int RequiredHours,
    DateOnly MinimumPeriodEndsOn,
    decimal HoursInMinimumPeriod,
    bool ReachedRequiredHours,
    DateOnly FrontLoadingWindowEndsOn,
    decimal HoursInFrontLoadingWindow,
    bool FrontLoaded,
    int Extensions,
    int AftercareClosures,
    int AftercareStillEmployed,
    IReadOnlyDictionary<string, decimal>? HoursByService = null,
    int AftercareContacts = 0,
    decimal AftercareContactHours = 0);

public sealed record StatusFigures(int Employed, int Searching, int Declined, int Left);

public sealed record AgeBandFigures(string Band, int Enrolled, int AvailableForWork, int Employed, decimal ReEmploymentRate);

public sealed record DaysToJobFigures(decimal Median, decimal Mean);

public sealed record GuidanceFigures(decimal TotalHours, int ReachedRequiredHours, int FrontLoaded);

/// <summary>Aftercare closures and monitoring contacts (R24); the contacts' hours are not guidance hours.</summary>
public sealed record AftercareFigures(int Closed, int StillEmployed, int Contacts = 0, decimal ContactHours = 0);

/// <summary>
/// The final employment results report (eindverslag) as of a date, named as the API returns it. <c>Version</c> is
/// the version of the case's stream the figures were computed from; <c>Final</c> marks the report frozen at closure.
/// <c>HoursByService</c>: the hours of the sessions held by then that named each service of CAO 82bis, every service
/// listed (see <see cref="EmploymentReports.ServiceKeys"/>); null in reports frozen before sessions named services.
/// </summary>
public sealed record EmploymentReport(
    Guid CaseId,
    DateOnly AsOf,
    bool Final,
    long Version,
    int Enrolled,
    StatusFigures Status,
    IReadOnlyDictionary<string, int> LeftByReason,
    int AvailableForWork,
    decimal ReEmploymentRate,
    decimal DurableReEmploymentRate,
    IReadOnlyList<AgeBandFigures> ByAgeBand,
    IReadOnlyDictionary<string, int> EmployedByContractType,
    DaysToJobFigures DaysToJob,
    GuidanceFigures Guidance,
    int Extended,
    AftercareFigures Aftercare,
    IReadOnlyDictionary<string, decimal>? HoursByService = null);

/// <summary>A report with the rows it was computed from: what the CSV, the page and the frozen final report hold.</summary>
public sealed record ReportWithRows(EmploymentReport Report, IReadOnlyList<ReportRow> Rows);

/// <summary>The report's definitions, in one place: the figures, the CSV, the page and the evidence all come from here.</summary>
public static class EmploymentReports
{
    /// <summary>
    /// The rows at <paramref name="asOf"/>: participants enrolled on or before the date, each seen through the events whose
    /// business date is on or before it. Ordered by enrolment date, then id, so every format lists them alike.
    /// </summary>
    /// <param name="guidanceDays">The guidance by day of a participant, asked only when the date falls before its last session.</param>
    public static IReadOnlyList<ReportRow> Rows(IEnumerable<ReportFacts> participants, DateOnly asOf,
        Func<Guid, IReadOnlyList<GuidanceDay>?> guidanceDays) =>
        participants.Where(p => p.EnrolledOn <= asOf)
            .OrderBy(p => p.EnrolledOn).ThenBy(p => p.Id)
            .Select(p => Row(p, asOf, guidanceDays))
            .ToList();

    public static IReadOnlyList<ReportRow> Rows(IEnumerable<Participant> participants, DateOnly asOf)
    {
        var byId = participants.ToDictionary(p => p.Id);
        return Rows(byId.Values.Select(ReportFacts.Of), asOf, id => byId[id].SessionList());
    }

    public static ReportRow Row(Participant p, DateOnly asOf) => Row(ReportFacts.Of(p), asOf, _ => p.SessionList());

    public static ReportRow Row(ReportFacts p, DateOnly asOf, Func<Guid, IReadOnlyList<GuidanceDay>?> guidanceDays)
    {
        var status = Participant.StatusAt(asOf, p.EnrolledOn, p.Decision, p.Jobs, p.Departure)
                     ?? throw new ArgumentException($"Participant {p.Id} is not enrolled on {asOf}.", nameof(asOf));
        var departure = status == ParticipantStatus.Left ? p.Departure : null;
        var declinedOn = status == ParticipantStatus.Declined ? p.Decision?.DecidedOn : null;
        var job = Participant.CurrentJobAt(p.Jobs, asOf);
        var employed = status == ParticipantStatus.Employed;
        var requiredHours = TrajectoryRules.RequiredHours(p.AgeAtAnnouncement);
        var minimumPeriodEnd = TrajectoryRules.TrajectoryEnd(p.EnrolledOn, p.AgeAtAnnouncement);
        var windowEnd = TrajectoryRules.FrontLoadingWindowEnd(p.EnrolledOn);
        var (hours, inWindow, inMinimumPeriod, byService) = Guidance(p, asOf, windowEnd, minimumPeriodEnd, guidanceDays);
        var closures = (p.Jobs ?? []).Where(j => j.AftercareClosedOn <= asOf).ToList();
        var contacts = (p.AftercareContacts ?? []).Where(c => c.HeldOn <= asOf).ToList();
        return new ReportRow(
            p.Id, p.EnrolledOn, p.AgeAtAnnouncement, TrajectoryRules.AgeBand(p.AgeAtAnnouncement), status,
            departure?.LeftOn, departure?.Reason,
            departure is null || !TrajectoryRules.IsUnavailableForWork(departure.Reason),
            declinedOn,
            job?.StartsOn, job?.ContractType, job?.ContractMonths,
            job is not null && job.EndedOnOrBefore(asOf) ? job.AftercareClosedOn : null,
            employed && job!.IsDurable(),
            employed ? job!.StartsOn.DayNumber - p.EnrolledOn.DayNumber : null,
            hours,
            requiredHours, minimumPeriodEnd, inMinimumPeriod, TrajectoryRules.HasRequiredHours(inMinimumPeriod, p.AgeAtAnnouncement),
            windowEnd, inWindow, TrajectoryRules.IsFrontLoaded(inWindow),
            (p.Extensions ?? []).Count(e => e.DecidedOn <= asOf),
            closures.Count, closures.Count(j => j.StillEmployed == true),
            ServiceKeys.ToDictionary(k => k, k => Normalized(byService.Where(h => ServiceKey(h.Service) == k).Sum(h => h.Hours))),
            contacts.Count, Normalized(contacts.Sum(c => c.Hours)));
    }

    /// <summary>
    /// The keys of the hours per service, always all listed: the services of CAO 82bis and <c>Unspecified</c>, for the
    /// hours of sessions logged before sessions named their services.
    /// </summary>
    public static readonly IReadOnlyList<string> ServiceKeys = [.. Enum.GetNames<GuidanceService>(), Unspecified];

    public const string Unspecified = nameof(Unspecified);

    private static string ServiceKey(GuidanceService? service) => service?.ToString() ?? Unspecified;

    /// <summary>
    /// The hours of the sessions held on or before the date: in all, inside the front-loading window, inside the minimum
    /// period. On or after the last session they are the running totals; before it, the sum of the days up to the date.
    /// </summary>
    private static (decimal Hours, decimal InWindow, decimal InMinimumPeriod, IReadOnlyList<ServiceHours> ByService) Guidance(ReportFacts p,
        DateOnly asOf, DateOnly windowEnd, DateOnly minimumPeriodEnd, Func<Guid, IReadOnlyList<GuidanceDay>?> guidanceDays)
    {
        if (!p.NeedsGuidanceDays(asOf))
        {
            var totals = p.Totals ?? GuidanceTotals.None;
            return (Normalized(totals.Hours), Normalized(totals.HoursInFrontLoadingWindow), Normalized(totals.HoursInMinimumPeriod),
                totals.ServiceHoursOrUnspecified());
        }
        var days = guidanceDays(p.Id) ?? throw new InvalidOperationException($"The guidance days of participant {p.Id} are needed for {asOf}.");
        decimal Upto(DateOnly lastDay) => Normalized(GuidanceDay.HoursUpTo(days, lastDay));
        return (Upto(asOf), Upto(Earlier(asOf, windowEnd)), Upto(Earlier(asOf, minimumPeriodEnd)), GuidanceDay.HoursByServiceUpTo(days, asOf));
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    public static EmploymentReport Summarize(Guid caseId, DateOnly asOf, long version, IReadOnlyList<ReportRow> rows)
    {
        int Count(Func<ReportRow, bool> counted) => rows.Count(counted);
        var available = Count(Figure.AvailableForWork);
        var days = rows.Where(Figure.DaysToJob).Select(r => r.DaysToJob!.Value).Order().ToList();
        return new EmploymentReport(
            caseId, asOf, false, version,
            rows.Count,
            new StatusFigures(
                Count(Figure.Status(ParticipantStatus.Employed)), Count(Figure.Status(ParticipantStatus.Searching)),
                Count(Figure.Status(ParticipantStatus.Declined)), Count(Figure.Status(ParticipantStatus.Left))),
            Enum.GetValues<DepartureReason>().ToDictionary(r => r.ToString(), r => Count(Figure.LeftFor(r))),
            available,
            Rate(Count(Figure.Status(ParticipantStatus.Employed)), available),
            Rate(Count(Figure.EmployedDurably), available),
            TrajectoryRules.AgeBands.Select(band =>
            {
                var inBand = rows.Where(Figure.InBand(band)).ToList();
                var bandAvailable = inBand.Count(Figure.AvailableForWork);
                var bandEmployed = inBand.Count(Figure.Status(ParticipantStatus.Employed));
                return new AgeBandFigures(band, inBand.Count, bandAvailable, bandEmployed, Rate(bandEmployed, bandAvailable));
            }).ToList(),
            Enum.GetValues<ContractType>().ToDictionary(t => t.ToString(), t => Count(Figure.EmployedAs(t))),
            new DaysToJobFigures(Median(days), Mean(days)),
            new GuidanceFigures(Normalized(rows.Sum(r => r.Hours)), Count(Figure.ReachedRequiredHours), Count(Figure.FrontLoaded)),
            Count(Figure.Extended),
            new AftercareFigures(rows.Sum(r => r.AftercareClosures), rows.Sum(r => r.AftercareStillEmployed),
                rows.Sum(r => r.AftercareContacts), Normalized(rows.Sum(r => r.AftercareContactHours))),
            ServiceKeys.ToDictionary(k => k, k => Normalized(rows.Sum(r => Figure.HoursFor(k)(r)))));
    }

    public static ReportWithRows Compute(Guid caseId, DateOnly asOf, long version, IEnumerable<Participant> participants) =>
        Compute(caseId, asOf, version, Rows(participants, asOf));

    public static ReportWithRows Compute(Guid caseId, DateOnly asOf, long version, IReadOnlyList<ReportRow> rows) =>
        new(Summarize(caseId, asOf, version, rows), rows);

    /// <summary>
    /// For each figure, the participants it counts, by the same tests the figures use. A participant appears in an
    /// aftercare figure once per closure it had.
    /// </summary>
    public static IReadOnlyList<FigureMembers> Members(IReadOnlyList<ReportRow> rows)
    {
        List<Guid> Ids(Func<ReportRow, bool> counted) => rows.Where(counted).Select(r => r.ParticipantId).ToList();
        List<Guid> Repeated(Func<ReportRow, int> times) =>
            rows.SelectMany(r => Enumerable.Repeat(r.ParticipantId, times(r))).ToList();

        var members = new List<FigureMembers>
        {
            new("enrolled", rows.Select(r => r.ParticipantId).ToList()),
        };
        foreach (var status in new[] { ParticipantStatus.Employed, ParticipantStatus.Searching, ParticipantStatus.Declined, ParticipantStatus.Left })
            members.Add(new($"status.{Camel(status.ToString())}", Ids(Figure.Status(status))));
        foreach (var reason in Enum.GetValues<DepartureReason>())
            members.Add(new($"leftByReason.{reason}", Ids(Figure.LeftFor(reason))));
        members.Add(new("availableForWork", Ids(Figure.AvailableForWork)));
        members.Add(new("reEmploymentRate.numerator", Ids(Figure.Status(ParticipantStatus.Employed))));
        members.Add(new("durableReEmploymentRate.numerator", Ids(Figure.EmployedDurably)));
        foreach (var band in TrajectoryRules.AgeBands)
        {
            members.Add(new($"byAgeBand[{band}].enrolled", Ids(Figure.InBand(band))));
            members.Add(new($"byAgeBand[{band}].availableForWork", Ids(r => Figure.InBand(band)(r) && Figure.AvailableForWork(r))));
            members.Add(new($"byAgeBand[{band}].employed", Ids(r => Figure.InBand(band)(r) && r.Status == ParticipantStatus.Employed)));
        }
        foreach (var type in Enum.GetValues<ContractType>())
            members.Add(new($"employedByContractType.{type}", Ids(Figure.EmployedAs(type))));
        members.Add(new("daysToJob", Ids(Figure.DaysToJob)));
        members.Add(new("guidance.totalHours", Ids(r => r.Hours > 0)));
        members.Add(new("guidance.reachedRequiredHours", Ids(Figure.ReachedRequiredHours)));
        members.Add(new("guidance.frontLoaded", Ids(Figure.FrontLoaded)));
        members.Add(new("extended", Ids(Figure.Extended)));
        foreach (var key in ServiceKeys)
            members.Add(new($"hoursByService.{key}", Ids(r => Figure.HoursFor(key)(r) > 0)));
        members.Add(new("aftercare.closed", Repeated(r => r.AftercareClosures)));
        members.Add(new("aftercare.stillEmployed", Repeated(r => r.AftercareStillEmployed)));
        members.Add(new("aftercare.contacts", Repeated(r => r.AftercareContacts)));
        members.Add(new("aftercare.contactHours", Ids(r => r.AftercareContactHours > 0)));
        return members;
    }

    /// <summary>What each figure counts; shared by the figures and the evidence.</summary>
    private static class Figure
    {
        public static Func<ReportRow, bool> Status(ParticipantStatus status) => r => r.Status == status;
        public static Func<ReportRow, bool> LeftFor(DepartureReason reason) => r => r.Status == ParticipantStatus.Left && r.LeftReason == reason;
        public static bool AvailableForWork(ReportRow r) => r.AvailableForWork;
        public static bool EmployedDurably(ReportRow r) => r.Status == ParticipantStatus.Employed && r.EmployedDurably;
        public static Func<ReportRow, bool> InBand(string band) => r => r.AgeBand == band;
        public static Func<ReportRow, bool> EmployedAs(ContractType type) => r => r.Status == ParticipantStatus.Employed && r.JobContractType == type;
        public static bool DaysToJob(ReportRow r) => r.Status == ParticipantStatus.Employed && r.DaysToJob is not null;
        public static bool ReachedRequiredHours(ReportRow r) => r.ReachedRequiredHours;
        public static bool FrontLoaded(ReportRow r) => r.FrontLoaded;
        public static bool Extended(ReportRow r) => r.Extensions > 0;
        public static Func<ReportRow, decimal> HoursFor(string serviceKey) => r => r.HoursByService?.GetValueOrDefault(serviceKey) ?? 0;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>A percentage with one decimal, rounded half away from zero; 0 when the denominator is 0.</summary>
    public static decimal Rate(int count, int of) =>
        of == 0 ? 0.0m : Math.Round(100m * count / of, 1, MidpointRounding.AwayFromZero) + 0.0m;

    /// <summary>The median with one decimal: the mean of the two middle values of an even count; 0 when empty.</summary>
    public static decimal Median(IReadOnlyList<int> sorted) => sorted.Count switch
    {
        0 => 0.0m,
        var n when n % 2 == 1 => sorted[n / 2] + 0.0m,
        var n => Math.Round((sorted[n / 2 - 1] + sorted[n / 2]) / 2m, 1, MidpointRounding.AwayFromZero) + 0.0m
    };

    /// <summary>The mean with one decimal, rounded half away from zero; 0 when empty.</summary>
    public static decimal Mean(IReadOnlyList<int> values) =>
        values.Count == 0 ? 0.0m : Math.Round((decimal)values.Sum(v => (long)v) / values.Count, 1, MidpointRounding.AwayFromZero) + 0.0m;

    /// <summary>Hours without trailing zeros (1.50 + 1.0 is 2.5), so every format prints them alike.</summary>
    public static decimal Normalized(decimal hours) => hours / 1.000000000000000000000000000000000m;
}

public sealed record FigureMembers(string Figure, IReadOnlyList<Guid> ParticipantIds);
