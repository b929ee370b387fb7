using System.Text.Json.Nodes;
using System.Text.Json;

namespace CollectiveDismissal.Api.Participants.Reads;

public sealed record IntakeView(DateOnly HeldOn, string? Coach, IReadOnlyList<string> Goals, IReadOnlyList<string> TargetOccupations);

public sealed record JobView(Guid Id, DateOnly StartsOn, string EmployerName, ContractType ContractType, int? ContractMonths, decimal? WorkTimeFraction,
    bool Durable, DateOnly? AftercareClosedOn, bool? StillEmployed);

/// <summary>
/// The outplacement offer as of the date (R29, R31, R32, R34): the regime, the offer and the formal notice recorded by
/// then, and the deadlines they give (null where the regime has none: the restructuring regime has none in the sources).
/// <c>offeredInTime</c> compares the offer with the deadline it answered (the first, or the one after a formal notice).
/// </summary>
public sealed record OfferView(OutplacementRegime Regime, DateOnly? OfferedOn, OfferChannel? SentBy, DateOnly? FormalNoticeGivenOn,
    DateOnly? OfferDueOn, DateOnly? FormalNoticeWindowEndsOn, DateOnly? OfferAfterFormalNoticeDueOn, DateOnly? DecisionDueOn, bool? OfferedInTime)
{
    public static OfferView Of(Participant p, DateOnly asOf)
    {
        var f = p.OfferFacts().AsOf(asOf);
        return new(f.Regime, f.Offer?.OfferedOn, f.Offer?.SentBy, f.FormalNotice?.GivenOn, f.OfferDueOn(), f.FormalNoticeWindowEndsOn(),
            f.OfferAfterFormalNoticeDueOn(), f.DecisionDueOn(), f.OfferedInTime());
    }
}

public sealed record PersonView(string Name, string NationalRegisterNumber, DateOnly BirthDate, string? Email, string? Phone);

/// <summary>
/// A participant as read through the API, as of a date (<c>asOf</c>, default today): status by the report's rules,
/// hours of the sessions held by then, the job-seeker registrations dated by then (R22), the coach of that date and the
/// coaches assigned by then, the aftercare contacts held by then (R24; their hours are not in <c>deliveredHours</c>). <c>person</c> is present only
/// for roles that may see personal data, and <c>null</c> once erased. The entries a correction can name are listed with
/// their ids as of the date (<c>guidanceSessions</c>, <c>jobsFound</c>, <c>trajectoryExtensions</c>, <c>departure.id</c>);
/// voided ones are gone (the history keeps them).
/// </summary>
public sealed record ParticipantView(
    Guid Id,
    string PersonnelReference,
    ParticipantStatus? Status,
    DateOnly AsOf,
    int AgeAtAnnouncement,
    string AgeBand,
    Gender Gender,
    ContractKind ContractKind,
    WorkerCategory WorkerCategory,
    TerminationMode TerminationMode,
    DateOnly DismissedOn,
    DateOnly ContractEndsOn,
    DateOnly EnrolledOn,
    bool RegisteredAsJobSeeker,
    IReadOnlyList<JobSeekerRegistration> JobSeekerRegistrations,
    OutplacementDecision? Outplacement,
    IntakeView? Intake,
    DateOnly TrajectoryEndsOn,
    int RequiredHours,
    decimal DeliveredHours,
    int Sessions,
    bool FrontLoaded,
    DateOnly FrontLoadingWindowEndsOn,
    int Extensions,
    JobView? CurrentJob,
    int Jobs,
    Departure? Departure,
    bool PersonalDataErased,
    string? Coach,
    IReadOnlyList<CoachAssignment> Coaches,
    IReadOnlyList<AftercareContact> AftercareContacts,
    IReadOnlyList<GuidanceSession> GuidanceSessions,
    IReadOnlyList<JobView> JobsFound,
    IReadOnlyList<Extension> TrajectoryExtensions,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    PersonView? Person = null,
    OfferView? OutplacementOffer = null)
{
    public static ParticipantView Of(Participant p, DateOnly asOf)
    {
        var job = p.CurrentJobAt(asOf);
        JobView View(Job j) => new(j.Id, j.StartsOn, j.EmployerName, j.ContractType, j.ContractMonths, j.WorkTimeFraction,
            j.IsDurable(), j.AftercareClosedOn <= asOf ? j.AftercareClosedOn : null, j.AftercareClosedOn <= asOf ? j.StillEmployed : null);
        return new(p.Id, p.PersonnelReference, p.StatusAt(asOf), asOf, p.AgeAtAnnouncement, p.AgeBand(), p.Gender, p.ContractKind,
            p.WorkerCategory, p.TerminationMode, p.DismissedOn, p.ContractEndsOn, p.EnrolledOn,
            p.RegisteredAsJobSeekerOn(asOf), [.. p.JobSeekerRegistrationList().Where(r => r.RegisteredOn <= asOf)],
            p.Decision is { } d && d.DecidedOn <= asOf ? d : null,
            p.Intake is { } i && i.HeldOn <= asOf ? new IntakeView(i.HeldOn, i.Coach, i.Goals, i.TargetOccupations) : null,
            p.TrajectoryEndsOnAt(asOf), p.RequiredHours(), p.DeliveredHours(asOf), p.SessionCount(asOf), p.FrontLoaded(asOf),
            p.FrontLoadingWindowEndsOn(), p.ExtensionList().Count(e => e.DecidedOn <= asOf),
            job is null ? null : View(job),
            p.JobList().Count(j => j.StartsOn <= asOf),
            p.Departure is { } left && left.LeftOn <= asOf ? left : null,
            p.PersonalDataErased,
            p.CoachAt(asOf), [.. p.CoachList().Where(c => c.From <= asOf)],
            [.. p.AftercareContactList().Where(c => c.HeldOn <= asOf).OrderBy(c => c.HeldOn)],
            [.. p.GuidanceSessionList().Where(s => s.HeldOn <= asOf).OrderBy(s => s.HeldOn)],
            [.. p.JobList().Where(j => j.StartsOn <= asOf).Select(View)],
            [.. p.ExtensionList().Where(e => e.DecidedOn <= asOf)],
            OutplacementOffer: OfferView.Of(p, asOf));
    }

    /// <summary>
    /// The JSON of the view, with <c>person</c> for roles that may see it: the record, or <c>null</c> once erased.
    /// For other roles the member is absent, so nothing personal can leak through a serializer setting.
    /// </summary>
    public JsonObject ToJson(bool withPerson, PersonalRecord? record, bool withDepartureReason = true)
    {
        var json = JsonSerializer.SerializeToNode(this, Json.Options)!.AsObject();
        // A reason for leaving can be about health (LongTermSick): integrations get the date, not the reason.
        if (!withDepartureReason && json["departure"] is JsonObject departure) departure["reason"] = null;
        if (withPerson)
            json["person"] = record is null ? null : JsonSerializer.SerializeToNode(
                new PersonView(record.Name, record.NationalRegisterNumber, record.BirthDate, record.Email, record.Phone), Json.Options);
        return json;
    }
}
