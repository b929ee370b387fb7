namespace CollectiveDismissal.Api.Integrations.Inbound;

public enum PartnerMessageKind
{
    /// <summary>The participant starts a job: recorded as <c>POST …/jobs</c> would.</summary>
    JobFound,

    /// <summary>The current job ended: its aftercare closes with "not still employed" on that date.</summary>
    JobEnded,

    /// <summary>The participant registered as a job seeker with the sending service.</summary>
    RegisteredAsJobSeeker
}

public sealed record PartnerJob([property: Required, MaxLength(200)] string? EmployerName, [property: Required] ContractType? ContractType,
    int? ContractMonths, decimal? WorkTimeFraction);

/// <summary>One message of a partner's batch. Its <see cref="MessageId"/> is the partner's, unique per service.</summary>
public sealed record PartnerMessage(
    [property: Required, MaxLength(100)] string? MessageId,
    [property: Required] Guid? CaseId,
    [property: Required, MaxLength(50)] string? PersonnelReference,
    [property: Required] PartnerMessageKind? Kind,
    [property: Required] DateOnly? OccurredOn,
    PartnerJob? Job = null)
{
    public void Validate(ValidationErrors errors, string at)
    {
        RequestBounds.Check(this, errors, at);
        if (errors.Required(MessageId, at + "messageId") && MessageId!.Trim() != MessageId)
            errors.Add(at + "messageId", "No leading or trailing spaces.");
        if (errors.Required(CaseId, at + "caseId") && CaseId == Guid.Empty) errors.Add(at + "caseId", "Not a case id.");
        errors.Required(PersonnelReference, at + "personnelReference");
        errors.Required(Kind, at + "kind");
        if (errors.Required(OccurredOn, at + "occurredOn") && !BusinessDates.IsPlausible(OccurredOn!.Value))
            errors.Add(at + "occurredOn", BusinessDates.Message);
        if (Kind == PartnerMessageKind.JobFound)
        {
            if (errors.Present(Job, at + "job"))
                Participants.Outcomes.RecordJobRequest.ValidateJob(errors, at + "job.", Job!.EmployerName, Job.ContractType, Job.ContractMonths,
                    Job.WorkTimeFraction);
        }
        else if (Job is not null) errors.Add(at + "job", "Only with kind JobFound.");
    }
}

/// <summary>A partner's batch: applied message by message, each on its own merits.</summary>
public sealed record PartnerMessageBatch([property: Required, MaxLength(PartnerMessageBatch.MaxMessages)] IReadOnlyList<PartnerMessage?>? Messages)
    : IValidatedRequest, IOpenApiExample<PartnerMessageBatch>
{
    public const int MaxMessages = 500;

    public static PartnerMessageBatch Example => new(
    [
        new("vdab-2025-000123", Guid.Parse("01a20919-1347-7420-b138-a77c3cc89e0a"), "E-0042", PartnerMessageKind.JobFound, new DateOnly(2025, 5, 2),
            new PartnerJob("Limburg Metaal BV", ContractType.FixedTerm, 12, 1m)),
        new("vdab-2025-000124", Guid.Parse("01a20919-1347-7420-b138-a77c3cc89e0a"), "E-0007", PartnerMessageKind.JobEnded, new DateOnly(2025, 9, 30)),
        new("vdab-2025-000125", Guid.Parse("01a20919-1347-7420-b138-a77c3cc89e0a"), "E-0013", PartnerMessageKind.RegisteredAsJobSeeker, new DateOnly(2025, 3, 1))
    ]);

    public void Validate(ValidationErrors errors)
    {
        if (Messages is null || Messages.Count == 0) { errors.Add("messages", "At least one message."); return; }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Messages.Count; i++)
        {
            var at = $"messages[{i}].";
            if (Messages[i] is not { } message) { errors.Add($"messages[{i}]", "Required."); continue; }
            message.Validate(errors, at);
            if (message.MessageId is { } id && !seen.Add(id)) errors.Add(at + "messageId", "Appears more than once in the batch.");
        }
    }
}

/// <summary>The answer to a batch: what was queued, and what was known already (and is not applied again).</summary>
public sealed record BatchAccepted(IReadOnlyList<string> Queued, IReadOnlyList<KnownMessage> AlreadyKnown) : IOpenApiExample<BatchAccepted>
{
    public static BatchAccepted Example => new(["vdab-2025-000124", "vdab-2025-000125"], [new("vdab-2025-000123", PartnerMessageState.Applied)]);
}

public sealed record KnownMessage(string MessageId, PartnerMessageState State);
