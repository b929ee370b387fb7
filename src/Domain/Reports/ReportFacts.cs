using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Reports;

/// <summary>
/// What the report reads of a participant, as a small document of its own (a few hundred bytes, against a few KB for the
/// participant's whole document): the facts of the status rules, the extensions, the running guidance totals and the
/// aftercare contacts. A
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
    GuidanceTotals? Totals = null,
    IReadOnlyList<AftercareContact>? AftercareContacts = null)
{
    /// <summary>A participant's facts; totals summed from its guidance days when its document predates the running totals.</summary>
    public static ReportFacts Of(Participant p) => new(p.Id, p.CaseId, p.EnrolledOn, p.AgeAtAnnouncement, p.Decision, p.Departure,
        p.Jobs, p.Extensions, p.Totals ?? TotalsOf(p), p.AftercareContacts);

    private static GuidanceTotals? TotalsOf(Participant p) => p.SessionList().Count == 0
        ? null
        : p.SessionList().Aggregate(GuidanceTotals.None, (totals, day) => totals.With(day.HeldOn, day.Hours, p.EnrolledOn, p.AgeAtAnnouncement, day.Services, day.GroupHours));

    /// <summary>True when the report's date falls before the last session, so the guidance must be read day by day.</summary>
    public bool NeedsGuidanceDays(DateOnly asOf) => Totals?.LastSessionOn > asOf;

    /// <summary>The trajectory's end: the minimum period's, or the last extension's.</summary>
    public DateOnly TrajectoryEndsOn() => Extensions is [.., var last] ? last.EndsOn : TrajectoryRules.TrajectoryEnd(EnrolledOn, AgeAtAnnouncement);

    public static ReportFacts Of(ParticipantEnrolled e) => new(e.ParticipantId, e.CaseId, e.EnrolledOn, e.AgeAtAnnouncement);

    public ReportFacts With(OutplacementAccepted e) => this with { Decision = OutplacementDecision.Of(e) };

    public ReportFacts With(OutplacementDeclined e) => this with { Decision = OutplacementDecision.Of(e) };

    public ReportFacts With(OutplacementDecisionCorrected e) => this with { Decision = OutplacementDecision.Of(e) };

    public ReportFacts With(GuidanceSessionLogged e) => this with
    {
        Totals = (Totals ?? GuidanceTotals.None).With(e.HeldOn, e.Hours, EnrolledOn, AgeAtAnnouncement, ServiceHours.Of(e.Hours, e.Services), GuidanceDay.GroupHoursOf(e))
    };

    public ReportFacts With(GuidanceSessionVoided e) => this with
    {
        Totals = (Totals ?? GuidanceTotals.None).Without(e.HeldOn, e.Hours, EnrolledOn, AgeAtAnnouncement, e.Services, GuidanceDay.GroupHoursOf(e))
    };

    public ReportFacts With(TrajectoryExtended e) => this with { Extensions = Extension.Add(Extensions, e) };

    public ReportFacts With(TrajectoryExtensionVoided e) => this with { Extensions = Extension.Remove(Extensions, e) };

    public ReportFacts With(JobFound e) => this with { Jobs = Job.Add(Jobs, e) };

    public ReportFacts With(JobVoided e) => this with { Jobs = Job.Remove(Jobs, e) };

    public ReportFacts With(AftercareClosed e) => this with { Jobs = Job.CloseLast(Jobs ?? [], e) };

    public ReportFacts With(AftercareClosureVoided e) => this with { Jobs = Job.Reopen(Jobs, e) };

    public ReportFacts With(ParticipantLeft e) => this with { Departure = Departure.Of(e) };

    public ReportFacts With(DepartureVoided e) => this with { Departure = null };

    /// <summary>
    /// Only the enrolment date matters here. The running totals stay as they are: the enrolment date is corrected only
    /// while no session counts (<c>correction.enrolment-date-with-guidance</c>), so there are none to count again.
    /// </summary>
    public ReportFacts With(EnrolmentCorrected e) => this with { EnrolledOn = e.EnrolledOn ?? EnrolledOn };

    public ReportFacts With(AftercareContactLogged e) => this with { AftercareContacts = AftercareContact.Add(AftercareContacts, e) };

    /// <summary>Folds one event of the case's stream into the facts of the participant it names, in memory, as the projection does.</summary>
    public static ReportFacts? Evolve(ReportFacts? state, object @event) => (state, @event) switch
    {
        (_, ParticipantEnrolled e) => Of(e),
        (null, _) => null,
        ({ } f, OutplacementAccepted e) => f.With(e),
        ({ } f, OutplacementDeclined e) => f.With(e),
        ({ } f, OutplacementDecisionCorrected e) => f.With(e),
        ({ } f, GuidanceSessionLogged e) => f.With(e),
        ({ } f, GuidanceSessionVoided e) => f.With(e),
        ({ } f, TrajectoryExtended e) => f.With(e),
        ({ } f, TrajectoryExtensionVoided e) => f.With(e),
        ({ } f, JobFound e) => f.With(e),
        ({ } f, JobVoided e) => f.With(e),
        ({ } f, AftercareClosed e) => f.With(e),
        ({ } f, AftercareClosureVoided e) => f.With(e),
        ({ } f, ParticipantLeft e) => f.With(e),
        ({ } f, DepartureVoided e) => f.With(e),
        ({ } f, EnrolmentCorrected e) => f.With(e),
        ({ } f, AftercareContactLogged e) => f.With(e),
        ({ } f, _) => f
    };
}
