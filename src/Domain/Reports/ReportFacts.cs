using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Reports;

/// <summary>
/// What the report reads of a participant, as a small document of its own (a few hundred bytes, against a few KB for the
/// participant's whole document): the facts of the status rules, the extensions and the running guidance totals. A
/// report as of a date on or after a participant's last session needs nothing more; before it, the report reads that
/// participant's guidance day by day from the participant's document.
/// </summary>
public sealed record ReportFacts(
    Guid Id,
    Guid CaseId,
    DateOnly EnrolledOn,
    int AgeAtAnnouncement,
    OutplacementDecision? Decision = null,
    Departure? Departure = null,
    IReadOnlyList<Job>? Jobs = null,
    IReadOnlyList<Extension>? Extensions = null,
    GuidanceTotals? Totals = null)
{
    /// <summary>A participant's facts; totals summed from its guidance days when its document predates the running totals.</summary>
    public static ReportFacts Of(Participant p) => new(p.Id, p.CaseId, p.EnrolledOn, p.AgeAtAnnouncement, p.Decision, p.Departure,
        p.Jobs, p.Extensions, p.Totals ?? TotalsOf(p));

    private static GuidanceTotals? TotalsOf(Participant p) => p.SessionList().Count == 0
        ? null
        : p.SessionList().Aggregate(GuidanceTotals.None, (totals, day) =>
            totals.With(day.HeldOn, day.Hours, p.FrontLoadingWindowEndsOn(), p.MinimumPeriodEndsOn()));

    /// <summary>True when the report's date falls before the last session, so the guidance must be read day by day.</summary>
    public bool NeedsGuidanceDays(DateOnly asOf) => Totals?.LastSessionOn > asOf;

    /// <summary>Folds one event of the case's stream into the facts of the participant it names, as <see cref="Participant.Evolve"/> does.</summary>
    public static ReportFacts? Evolve(ReportFacts? state, object @event) => (state, @event) switch
    {
        (_, ParticipantEnrolled e) => new ReportFacts(e.ParticipantId, e.CaseId, e.EnrolledOn, e.AgeAtAnnouncement),
        (null, _) => null,
        ({ } f, OutplacementAccepted e) => f with { Decision = new OutplacementDecision(true, e.DecidedOn) },
        ({ } f, OutplacementDeclined e) => f with { Decision = new OutplacementDecision(false, e.DecidedOn) },
        ({ } f, GuidanceSessionLogged e) => f with
        {
            Totals = (f.Totals ?? GuidanceTotals.None).With(e.HeldOn, e.Hours, TrajectoryRules.FrontLoadingWindowEnd(f.EnrolledOn),
                TrajectoryRules.TrajectoryEnd(f.EnrolledOn, f.AgeAtAnnouncement))
        },
        ({ } f, TrajectoryExtended e) => f with { Extensions = [.. f.Extensions ?? [], new Extension(e.DecidedOn, e.EndsOn)] },
        ({ } f, JobFound e) => f with { Jobs = [.. f.Jobs ?? [], Job.Of(e)] },
        ({ } f, AftercareClosed e) => f with { Jobs = Job.CloseLast(f.Jobs ?? [], e) },
        ({ } f, ParticipantLeft e) => f with { Departure = new Departure(e.LeftOn, e.Reason) },
        ({ } f, _) => f
    };
}
