using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Participants;

/// <summary>
/// One participant, folded from its events in the case's stream. It is both the participant's write model (a
/// command loads this one document, not the case's whole stream) and the source of the participant reads and the
/// report. It holds no personal data.
/// </summary>
public sealed record Participant(
    Guid Id,
    Guid CaseId,
    string PersonnelReference,
    Gender Gender,
    ContractKind ContractKind,
    WorkerCategory WorkerCategory,
    TerminationMode TerminationMode,
    DateOnly DismissedOn,
    DateOnly ContractEndsOn,
    DateOnly EnrolledOn,
    int AgeAtAnnouncement,
    DateOnly TrajectoryEndsOn,
    OutplacementDecision? Decision = null,
    Intake? Intake = null,
    IReadOnlyList<GuidanceDay>? Guidance = null,
    IReadOnlyList<Extension>? Extensions = null,
    IReadOnlyList<Job>? Jobs = null,
    Departure? Departure = null,
    bool PersonalDataErased = false,
    GuidanceTotals? Totals = null,
    IReadOnlyList<JobSeekerRegistration>? JobSeekerRegistrations = null,
    OutplacementRegime? Regime = null,
    OutplacementOffer? Offer = null,
    FormalNotice? FormalNotice = null,
    IReadOnlyList<CoachAssignment>? Coaches = null,
    IReadOnlyList<AftercareContact>? AftercareContacts = null,
    IReadOnlyList<GuidanceSession>? Sessions = null,
    IReadOnlyList<Guid>? Voided = null) : IParticipantAtClosing
{
    /// <summary>The guidance's running totals (every session, whatever its date).</summary>
    public GuidanceTotals TotalsOrNone() => Totals ?? GuidanceTotals.None;

    public IReadOnlyList<GuidanceDay> SessionList() => Guidance ?? [];

    /// <summary>The sessions that count, by id (voided ones are gone).</summary>
    public IReadOnlyList<GuidanceSession> GuidanceSessionList() => Sessions ?? [];

    /// <summary>The ids of the entries voided so far, whatever their kind.</summary>
    public IReadOnlyList<Guid> VoidedList() => Voided ?? [];

    public bool WasVoided(Guid entryId) => VoidedList().Contains(entryId);

    /// <summary>Sessions held on or before <paramref name="asOf"/> (all of them without a date).</summary>
    public int SessionCount(DateOnly? asOf = null) => SessionList().Where(s => asOf is null || s.HeldOn <= asOf).Sum(s => s.Sessions);

    public IReadOnlyList<Job> JobList() => Jobs ?? [];

    public IReadOnlyList<JobSeekerRegistration> JobSeekerRegistrationList() => JobSeekerRegistrations ?? [];

    /// <summary>R22: a registration as a job seeker is recorded on or before the date.</summary>
    public bool RegisteredAsJobSeekerOn(DateOnly date) => JobSeekerRegistrationList().Any(r => r.RegisteredOn <= date);

    /// <summary>The coaches in date order; for a document from before coaches were kept, the intake's coach.</summary>
    public IReadOnlyList<CoachAssignment> CoachList() => CoachAssignment.ListOf(Coaches, Intake);

    /// <summary>The coach on a date: the latest assigned from then or before (the intake's coach being the first).</summary>
    public string? CoachAt(DateOnly date) => CoachAssignment.At(CoachList(), date);

    /// <summary>R24: the monitoring contacts during aftercare, in the order recorded.</summary>
    public IReadOnlyList<AftercareContact> AftercareContactList() => AftercareContacts ?? [];

    public int RequiredHours() => TrajectoryRules.RequiredHours(AgeAtAnnouncement);

    public string AgeBand() => TrajectoryRules.AgeBand(AgeAtAnnouncement);

    public DateOnly FrontLoadingWindowEndsOn() => TrajectoryRules.FrontLoadingWindowEnd(EnrolledOn);

    /// <summary>The last day of the minimum period (3 or 6 months), before any extension.</summary>
    public DateOnly MinimumPeriodEndsOn() => TrajectoryRules.TrajectoryEnd(EnrolledOn, AgeAtAnnouncement);

    public bool Accepted() => Decision is { Accepted: true };

    public IReadOnlyList<Extension> ExtensionList() => Extensions ?? [];

    /// <summary>The trajectory's end as known on a date: the minimum period, or the last extension decided by then.</summary>
    public DateOnly TrajectoryEndsOnAt(DateOnly asOf) =>
        ExtensionList().LastOrDefault(e => e.DecidedOn <= asOf)?.EndsOn ?? MinimumPeriodEndsOn();

    /// <summary>Hours of the sessions held on or before <paramref name="asOf"/> (all of them without a date).</summary>
    public decimal DeliveredHours(DateOnly? asOf = null) =>
        SessionList().Where(s => asOf is null || s.HeldOn <= asOf).Sum(s => s.Hours);

    /// <summary>R23: 20 hours or more with sessions inside the first 2 months (held on or before <paramref name="asOf"/>).</summary>
    public bool FrontLoaded(DateOnly? asOf = null) =>
        TrajectoryRules.IsFrontLoaded(GuidanceDay.HoursUpTo(SessionList(), Earlier(asOf, FrontLoadingWindowEndsOn())));

    /// <summary>The required hours (30 or 60) reached with sessions inside the minimum period (3 or 6 months).</summary>
    public bool ReachedRequiredHours(DateOnly? asOf = null) =>
        TrajectoryRules.HasRequiredHours(GuidanceDay.HoursUpTo(SessionList(), Earlier(asOf, MinimumPeriodEndsOn())), AgeAtAnnouncement);

    private static DateOnly Earlier(DateOnly? asOf, DateOnly end) => asOf is { } d && d < end ? d : end;

    /// <summary>The latest job with a start on or before the date.</summary>
    public Job? CurrentJobAt(DateOnly date) => CurrentJobAt(Jobs, date);

    public static Job? CurrentJobAt(IReadOnlyList<Job>? jobs, DateOnly date) =>
        (jobs ?? []).Where(j => j.StartsOn <= date).MaxBy(j => j.StartsOn);

    /// <summary>The report's status rules, the first that holds; null when not enrolled on or before the date.</summary>
    public ParticipantStatus? StatusAt(DateOnly date) => StatusAt(date, EnrolledOn, Decision, Jobs, Departure);

    public bool SearchesWithTrajectoryRunningOn(DateOnly date) => StatusAt(date) == ParticipantStatus.Searching && TrajectoryEndsOn >= date;

    /// <summary>The status rules on just the facts they need, so a list can filter without loading whole documents.</summary>
    public static ParticipantStatus? StatusAt(DateOnly date, DateOnly enrolledOn, OutplacementDecision? decision, IReadOnlyList<Job>? jobs,
        Departure? departure)
    {
        if (enrolledOn > date) return null;
        if (departure is { } d && d.LeftOn <= date) return ParticipantStatus.Left;
        if (decision is { Accepted: false } declined && declined.DecidedOn <= date) return ParticipantStatus.Declined;
        var job = CurrentJobAt(jobs, date);
        if (job is not null && !job.EndedOnOrBefore(date)) return ParticipantStatus.Employed;
        return ParticipantStatus.Searching;
    }

    /// <summary>The latest business date recorded for the participant: leaving cannot precede it.</summary>
    public DateOnly LatestRecordedDate() => new[]
        {
            (DateOnly?)EnrolledOn, Decision?.DecidedOn, Intake?.HeldOn,
            SessionList().Count > 0 ? SessionList().Max(s => s.HeldOn) : null,
            ExtensionList().Count > 0 ? ExtensionList().Max(e => e.DecidedOn) : null,
            JobList().Count > 0 ? JobList().Max(j => j.AftercareClosedOn ?? j.StartsOn) : null,
            JobSeekerRegistrationList().Count > 0 ? JobSeekerRegistrationList()[^1].RegisteredOn : null,
            Offer?.OfferedOn, FormalNotice?.GivenOn,
            CoachList().Count > 0 ? CoachList()[^1].From : null,
            AftercareContactList().Count > 0 ? AftercareContactList().Max(c => c.HeldOn) : null
        }.Max()!.Value;

    public static Participant Of(ParticipantEnrolled e) => new(e.ParticipantId, e.CaseId, e.PersonnelReference, e.Gender,
        e.ContractKind, e.WorkerCategory, e.TerminationMode, e.DismissedOn, e.ContractEndsOn, e.EnrolledOn, e.AgeAtAnnouncement,
        TrajectoryRules.TrajectoryEnd(e.EnrolledOn, e.AgeAtAnnouncement));

    public Participant With(OutplacementAccepted e) => this with { Decision = OutplacementDecision.Of(e) };

    public Participant With(OutplacementDeclined e) => this with { Decision = OutplacementDecision.Of(e) };

    public Participant With(OutplacementDecisionCorrected e) => this with { Decision = OutplacementDecision.Of(e) };

    public Participant With(IntakeHeld e) => this with { Intake = Intake.Of(e), Coaches = CoachAssignment.Add(CoachList(), CoachAssignment.Of(e)) };

    public Participant With(GuidanceSessionLogged e) => this with
    {
        Guidance = GuidanceDay.Add(Guidance, e),
        Totals = TotalsOrNone().With(e.HeldOn, e.Hours, EnrolledOn, AgeAtAnnouncement, ServiceHours.Of(e.Hours, e.Services), GuidanceDay.GroupHoursOf(e)),
        Sessions = GuidanceSession.Add(Sessions, e)
    };

    public Participant With(GuidanceSessionVoided e) => this with
    {
        Guidance = GuidanceDay.Remove(Guidance, e),
        Totals = TotalsOrNone().Without(e.HeldOn, e.Hours, EnrolledOn, AgeAtAnnouncement, e.Services, GuidanceDay.GroupHoursOf(e)),
        Sessions = GuidanceSession.Remove(Sessions, e),
        Voided = [.. VoidedList(), e.SessionId]
    };

    public Participant With(TrajectoryExtended e) => this with { TrajectoryEndsOn = e.EndsOn, Extensions = Extension.Add(Extensions, e) };

    public Participant With(TrajectoryExtensionVoided e)
    {
        var left = Extension.Remove(Extensions, e);
        return this with
        {
            Extensions = left,
            TrajectoryEndsOn = left is [.., var last] ? last.EndsOn : MinimumPeriodEndsOn(),
            Voided = [.. VoidedList(), e.ExtensionId]
        };
    }

    public Participant With(JobFound e) => this with { Jobs = Job.Add(Jobs, e) };

    public Participant With(JobVoided e) => this with { Jobs = Job.Remove(Jobs, e), Voided = [.. VoidedList(), e.JobId] };

    public Participant With(AftercareClosed e) => this with { Jobs = Job.CloseLast(JobList(), e) };

    public Participant With(AftercareClosureVoided e) => this with { Jobs = Job.Reopen(Jobs, e) };

    public Participant With(ParticipantLeft e) => this with { Departure = Departure.Of(e) };

    public Participant With(DepartureVoided e) => this with { Departure = null, Voided = [.. VoidedList(), e.DepartureId] };

    /// <summary>The enrolment's facts corrected; a new enrolment date moves the minimum period, and the trajectory's end unless extended.</summary>
    public Participant With(EnrolmentCorrected e)
    {
        var corrected = this with
        {
            PersonnelReference = e.PersonnelReference ?? PersonnelReference,
            ContractKind = e.ContractKind ?? ContractKind,
            TerminationMode = e.TerminationMode ?? TerminationMode,
            DismissedOn = e.DismissedOn ?? DismissedOn,
            ContractEndsOn = e.ContractEndsOn ?? ContractEndsOn,
            EnrolledOn = e.EnrolledOn ?? EnrolledOn
        };
        return corrected with { TrajectoryEndsOn = ExtensionList() is [.., var last] ? last.EndsOn : corrected.MinimumPeriodEndsOn() };
    }

    public Participant With(PersonalDataErased e) => this with { PersonalDataErased = true };

    public Participant With(RegisteredAsJobSeeker e) => this with { JobSeekerRegistrations = JobSeekerRegistration.Add(JobSeekerRegistrations, e) };

    /// <summary>R29: the regime chosen, or named by the offer or formal notice; the restructuring regime until then (R23).</summary>
    public OutplacementRegime RegimeOrDefault() => Regime ?? OutplacementRegime.Restructuring;

    /// <summary>The facts of the offer's deadlines (R31, R32, R34), from this document's own fields.</summary>
    public OfferFacts OfferFacts() => new(DismissedOn, ContractEndsOn, TerminationMode, RegimeOrDefault(), Offer, FormalNotice);

    public Participant With(OutplacementRegimeChosen e) => this with { Regime = OfferFacts().With(e).Regime };

    public Participant With(OutplacementOffered e) => OfferFacts().With(e) is var f ? this with { Regime = f.Regime, Offer = f.Offer } : this;

    public Participant With(FormalNoticeGiven e) => OfferFacts().With(e) is var f ? this with { Regime = f.Regime, FormalNotice = f.FormalNotice } : this;

    public Participant With(AftercareContactLogged e) => this with { AftercareContacts = AftercareContact.Add(AftercareContacts, e) };

    public Participant With(CoachAssigned e) => this with { Coaches = CoachAssignment.Add(CoachList(), CoachAssignment.Of(e)) };

    /// <summary>Folds one event of the case's stream into the participant it names, in memory, as the projection does.</summary>
    public static Participant? Evolve(Participant? state, object @event) => (state, @event) switch
    {
        (_, ParticipantEnrolled e) => Of(e),
        (null, _) => null,
        ({ } p, OutplacementAccepted e) => p.With(e),
        ({ } p, OutplacementDeclined e) => p.With(e),
        ({ } p, OutplacementDecisionCorrected e) => p.With(e),
        ({ } p, IntakeHeld e) => p.With(e),
        ({ } p, GuidanceSessionLogged e) => p.With(e),
        ({ } p, GuidanceSessionVoided e) => p.With(e),
        ({ } p, TrajectoryExtended e) => p.With(e),
        ({ } p, TrajectoryExtensionVoided e) => p.With(e),
        ({ } p, JobFound e) => p.With(e),
        ({ } p, JobVoided e) => p.With(e),
        ({ } p, AftercareClosed e) => p.With(e),
        ({ } p, AftercareClosureVoided e) => p.With(e),
        ({ } p, ParticipantLeft e) => p.With(e),
        ({ } p, DepartureVoided e) => p.With(e),
        ({ } p, EnrolmentCorrected e) => p.With(e),
        ({ } p, PersonalDataErased e) => p.With(e),
        ({ } p, RegisteredAsJobSeeker e) => p.With(e),
        ({ } p, OutplacementRegimeChosen e) => p.With(e),
        ({ } p, OutplacementOffered e) => p.With(e),
        ({ } p, FormalNoticeGiven e) => p.With(e),
        ({ } p, CoachAssigned e) => p.With(e),
        ({ } p, AftercareContactLogged e) => p.With(e),
        ({ } p, _) => p
    };
}
