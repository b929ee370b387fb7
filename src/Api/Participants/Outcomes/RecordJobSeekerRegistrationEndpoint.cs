namespace CollectiveDismissal.Api.Participants.Outcomes;

public sealed record RecordJobSeekerRegistrationRequest([property: Required] DateOnly? RegisteredOn, EmploymentService? Service)
    : IValidatedRequest, IOpenApiExample<RecordJobSeekerRegistrationRequest>
{
    public static RecordJobSeekerRegistrationRequest Example => new(new DateOnly(2025, 4, 4), EmploymentService.VDAB);

    public void Validate(ValidationErrors errors) => errors.Required(RegisteredOn, "registeredOn");
}

public static class RecordJobSeekerRegistrationEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// The participant registered as a job seeker (R22), at the dismissal or later; the service defaults to the case's
    /// competent service. A registration dated on or before the latest one recorded is refused; another can follow a lost job.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/job-seeker-registration"), Authorize(Policy = Policies.WriteCases), Tags("Participants")]
    public static Events Post(RecordJobSeekerRegistrationRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant) =>
        [ParticipantDecider.Decide(current, participant, new RecordJobSeekerRegistration(body.RegisteredOn!.Value,
            body.Service ?? LegalRules.CompetentService(current.Region)))];
}
