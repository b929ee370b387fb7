namespace CollectiveDismissal.Api.Participants.Outcomes;

public sealed record RecordJobRequest([property: Required] DateOnly? StartsOn, [property: Required, MaxLength(200)] string? EmployerName,
    [property: Required] ContractType? ContractType, int? ContractMonths, decimal? WorkTimeFraction)
    : IValidatedRequest, IOpenApiExample<RecordJobRequest>
{
    public static RecordJobRequest Example => new(new DateOnly(2025, 6, 1), "Limburg Metaal BV", Domain.Participants.ContractType.FixedTerm, 12, 1m);

    public void Validate(ValidationErrors errors)
    {
        errors.Required(StartsOn, "startsOn");
        ValidateJob(errors, "", EmployerName, ContractType, ContractMonths, WorkTimeFraction);
    }

    /// <summary>The job's own fields, as a project manager's request and a partner's <c>JobFound</c> message both carry them.</summary>
    public static void ValidateJob(ValidationErrors errors, string at, string? employerName, ContractType? contractType, int? contractMonths,
        decimal? workTimeFraction)
    {
        errors.Required(employerName, at + "employerName");
        errors.Required(contractType, at + "contractType");
        if (contractType == Domain.Participants.ContractType.FixedTerm && contractMonths is null)
            errors.Add(at + "contractMonths", "Required for a fixed-term contract.");
        errors.Range(contractMonths, at + "contractMonths", 1, 600);
        if (workTimeFraction is <= 0 or > 1) errors.Add(at + "workTimeFraction", "More than 0 and at most 1 (full time).");
    }
}

public static class RecordJobEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>
    /// Records a job (step 13); its aftercare starts with it. One job at a time. Answers the job's id, by which it, or its
    /// aftercare closure, can be voided.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/jobs"), Authorize(Policy = Policies.WriteCases), Tags("Participants"),
     Microsoft.AspNetCore.Mvc.ProducesResponseType<CreatedResponse>(201)]
    public static (CreatedResponse, Events) Post(RecordJobRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant)
    {
        var found = ParticipantDecider.Decide(current, participant, new RecordJob(body.StartsOn!.Value, body.EmployerName!.Trim(),
            body.ContractType!.Value, body.ContractMonths, body.WorkTimeFraction, Guid.CreateVersion7()));
        return (new CreatedResponse(found.JobId), [found]);
    }
}
