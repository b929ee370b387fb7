namespace CollectiveDismissal.Api.Participants.Trajectory;

public sealed record ActionPlanRequest([property: MaxLength(50), ItemMaxLength(500)] IReadOnlyList<string?>? Goals,
    [property: MaxLength(50), ItemMaxLength(500)] IReadOnlyList<string?>? TargetOccupations);

public sealed record HoldIntakeRequest([property: Required] DateOnly? HeldOn, [property: MaxLength(200)] string? Coach, ActionPlanRequest? ActionPlan)
    : IValidatedRequest, IOpenApiExample<HoldIntakeRequest>
{
    public static HoldIntakeRequest Example => new(new DateOnly(2025, 4, 8), "coach.claes",
        new ActionPlanRequest(["Update the CV", "Apply to three vacancies a week"], ["Welder", "Maintenance technician"]));

    public void Validate(ValidationErrors errors)
    {
        errors.Required(HeldOn, "heldOn");
        errors.Each(ActionPlan?.Goals, "actionPlan.goals", NotBlank);
        errors.Each(ActionPlan?.TargetOccupations, "actionPlan.targetOccupations", NotBlank);
    }

    private static string? NotBlank(string? s) => string.IsNullOrWhiteSpace(s) ? "Cannot be empty." : null;
}

public static class HoldIntakeEndpoint
{
    public static Task<Participant> LoadAsync(Guid caseId, Guid participantId, IDocumentSession session, CancellationToken ct) =>
        CaseCommands.LoadParticipant(session, caseId, participantId, ct);

    /// <summary>The intake with the coach, starting the individual action plan (step 10); needs an accepted offer; once.</summary>
    [WolverinePost("/api/cases/{caseId}/participants/{participantId}/intake"), Authorize(Policy = Policies.WriteCases), Tags("Participants")]
    public static Events Post(HoldIntakeRequest body, [WriteCase] DismissalCase current, [NotBody] Participant participant, TimeProvider clock) =>
        [ParticipantDecider.Decide(current, participant, new HoldIntake(body.HeldOn!.Value, body.Coach?.Trim(), [.. (body.ActionPlan?.Goals ?? []).Select(g => g!.Trim())], [.. (body.ActionPlan?.TargetOccupations ?? []).Select(o => o!.Trim())]), BusinessDate.Today(clock))];
}
