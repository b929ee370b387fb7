using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using Marten.Events.Projections;

namespace CollectiveDismissal.Projections.Deadlines;

/// <summary>
/// The deadline board's row for one participant: the facts the report reads of it and whether a job-seeker registration
/// is recorded, which its deadlines depend on, and the due dates as columns (null when not due) so the board selects rows
/// by date in SQL. No personal data.
/// </summary>
public sealed record ParticipantDeadlines(Guid Id, Guid CaseId, ReportFacts Facts)
{
    /// <summary>R22: kept here, not in <see cref="ReportFacts"/>, since no figure of the report depends on it.</summary>
    public bool RegisteredAsJobSeeker { get; init; }
    public DateOnly? TrajectoryEndDue { get; init; }
    public DateOnly? FrontLoadingDue { get; init; }
    public decimal? FrontLoadingHoursMissing { get; init; }
    public DateOnly? TwelveMonthLimitDue { get; init; }
    public DateOnly? JobSeekerRegistrationCheckDue { get; init; }

    /// <summary>R31, R32, R34: the offer's facts; null on a row written before offers were recorded (restructuring regime).</summary>
    public OfferFacts? Offer { get; init; }
    public DateOnly? OfferDue { get; init; }
    public DateOnly? FormalNoticeWindowEndDue { get; init; }
    public DateOnly? OfferAfterFormalNoticeDue { get; init; }
    public DateOnly? DecisionDue { get; init; }

    public IReadOnlyList<DueDate> Due() => DueOf(Facts, RegisteredAsJobSeeker, Offer);

    private static IReadOnlyList<DueDate> DueOf(ReportFacts facts, bool registeredAsJobSeeker, OfferFacts? offer) =>
        [.. DeadlineRules.ForParticipant(facts, registeredAsJobSeeker), .. DeadlineRules.ForOffer(offer, facts.Decision?.DecidedOn, facts.Departure?.LeftOn)];

    public static ParticipantDeadlines Of(ReportFacts facts, bool registeredAsJobSeeker = false, OfferFacts? offer = null)
    {
        var due = DueOf(facts, registeredAsJobSeeker, offer);
        var frontLoading = due.SingleOrDefault(d => d.Kind == DeadlineKind.FrontLoadingWindowEnd);
        return new ParticipantDeadlines(facts.Id, facts.CaseId, facts)
        {
            RegisteredAsJobSeeker = registeredAsJobSeeker,
            Offer = offer,
            OfferDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.OutplacementOfferDue)?.DueOn,
            FormalNoticeWindowEndDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.FormalNoticeWindowEnd)?.DueOn,
            OfferAfterFormalNoticeDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.OfferAfterFormalNoticeDue)?.DueOn,
            DecisionDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.OutplacementDecisionDue)?.DueOn,
            TrajectoryEndDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.TrajectoryEnd)?.DueOn,
            FrontLoadingDue = frontLoading?.DueOn,
            FrontLoadingHoursMissing = frontLoading?.MissingHours,
            TwelveMonthLimitDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.TwelveMonthLimit)?.DueOn,
            JobSeekerRegistrationCheckDue = due.SingleOrDefault(d => d.Kind == DeadlineKind.JobSeekerRegistrationCheck)?.DueOn
        };
    }

    /// <summary>The row again with the participant's facts changed.</summary>
    public ParticipantDeadlines With(ReportFacts facts) => Of(facts, RegisteredAsJobSeeker, Offer);

    /// <summary>The row again with the offer's facts changed.</summary>
    public ParticipantDeadlines With(OfferFacts offer) => Of(Facts, RegisteredAsJobSeeker, offer);
}

public sealed partial class ParticipantDeadlinesProjection : MultiStreamProjection<ParticipantDeadlines, Guid>
{
    public ParticipantDeadlinesProjection() => Identity<IParticipantEvent>(e => e.ParticipantId);

    public static ParticipantDeadlines Create(ParticipantEnrolled e) => ParticipantDeadlines.Of(ReportFacts.Of(e), offer: OfferFacts.Of(e));
    public ParticipantDeadlines Apply(OutplacementAccepted e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(OutplacementDeclined e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(GuidanceSessionLogged e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(TrajectoryExtended e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(JobFound e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(AftercareClosed e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(ParticipantLeft e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(RegisteredAsJobSeeker e, ParticipantDeadlines d) => ParticipantDeadlines.Of(d.Facts, registeredAsJobSeeker: true, d.Offer);
    public ParticipantDeadlines Apply(OutplacementRegimeChosen e, ParticipantDeadlines d) => d.Offer is { } o ? d.With(o.With(e)) : d;
    public ParticipantDeadlines Apply(OutplacementOffered e, ParticipantDeadlines d) => d.Offer is { } o ? d.With(o.With(e)) : d;
    public ParticipantDeadlines Apply(FormalNoticeGiven e, ParticipantDeadlines d) => d.Offer is { } o ? d.With(o.With(e)) : d;
    public ParticipantDeadlines Apply(OutplacementDecisionCorrected e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(GuidanceSessionVoided e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(TrajectoryExtensionVoided e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(JobVoided e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(AftercareClosureVoided e, ParticipantDeadlines d) => d.With(d.Facts.With(e));
    public ParticipantDeadlines Apply(DepartureVoided e, ParticipantDeadlines d) => d.With(d.Facts.With(e));

    /// <summary>A corrected dismissal, contract end or termination moves the offer's deadlines too (R31, R32, R34).</summary>
    public ParticipantDeadlines Apply(EnrolmentCorrected e, ParticipantDeadlines d) =>
        ParticipantDeadlines.Of(d.Facts.With(e), d.RegisteredAsJobSeeker, d.Offer?.With(e));
}
