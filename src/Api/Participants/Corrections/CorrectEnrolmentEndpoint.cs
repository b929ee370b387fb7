namespace CollectiveDismissal.Api.Participants.Corrections;

public sealed record CorrectEnrolmentRequest([property: MaxLength(50)] string? PersonnelReference, ContractKind? ContractKind,
    TerminationMode? TerminationMode, DateOnly? DismissedOn, DateOnly? ContractEndsOn, DateOnly? EnrolledOn,
    [property: Required, MaxLength(2000)] string? Reason) : IValidatedRequest, IOpenApiExample<CorrectEnrolmentRequest>
{
    public static CorrectEnrolmentRequest Example => new("E-1024", null, Domain.Participants.TerminationMode.NoticeWorked, null, null, null,
        "Reference and termination mode typed wrong from the employer's list.");

    public void Validate(ValidationErrors errors)
    {
        if (PersonnelReference is not null) errors.Required(PersonnelReference, "personnelReference");
        if (PersonnelReference is null && ContractKind is null && TerminationMode is null && DismissedOn is null && ContractEndsOn is null
            && EnrolledOn is null)
            errors.Add("body", "Give at least one of personnelReference, contractKind, terminationMode, dismissedOn, contractEndsOn, enrolledOn.");
        errors.Required(Reason, "reason");
    }
}

public static class CorrectEnrolmentEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// Corrects the enrolment (step 8): personnel reference, contract kind, termination mode, dismissal, contract end and
    /// enrolment dates; fields left out stay. The rules of the enrolment hold for what changes, and what was recorded since
    /// stays valid. The enrolment date is not corrected while guidance sessions count.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/enrolment-correction"), Authorize(Policy = Policies.WriteCases),
     Tags("Corrections")]
    public static async Task<Events> Post(CorrectEnrolmentRequest body, Guid caseId, [WriteCase] DismissalCase current, [NotBody] Participant participant,
        IDocumentSession session, CancellationToken ct)
    {
        var reference = body.PersonnelReference?.Trim();
        var taken = reference is not null && reference != participant.PersonnelReference && await session.Query<Participant>()
            .AnyAsync(p => p.CaseId == caseId && p.PersonnelReference == reference, ct);
        return [ParticipantDecider.Decide(current, participant, new CorrectEnrolment(reference, body.ContractKind, body.TerminationMode,
            body.DismissedOn, body.ContractEndsOn, body.EnrolledOn, body.Reason!.Trim()), taken)];
    }
}
