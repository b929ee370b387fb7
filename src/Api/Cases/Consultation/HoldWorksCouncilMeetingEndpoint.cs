namespace CollectiveDismissal.Api.Cases.Consultation;

public sealed record HoldWorksCouncilMeetingRequest([property: Required] DateOnly? HeldOn, [property: MaxLength(200)] string? MinutesReference, int? QuestionsReceived,
    int? QuestionsAnswered) : IValidatedRequest, IOpenApiExample<HoldWorksCouncilMeetingRequest>
{
    public static HoldWorksCouncilMeetingRequest Example => new(new DateOnly(2025, 1, 5), "OR-2025-01", 12, 10);

    public void Validate(ValidationErrors errors)
    {
        errors.Required(HeldOn, "heldOn");
        errors.Range(QuestionsReceived, "questionsReceived", 0, 100_000);
        errors.Range(QuestionsAnswered, "questionsAnswered", 0, 100_000);
    }
}

public static class HoldWorksCouncilMeetingEndpoint
{
    /// <summary>
    /// Records a works council meeting of the consultation (step 3). Its answers may answer questions of earlier meetings:
    /// the answers so far may not exceed the questions received so far (R6).
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/works-council-meetings"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static Events Post(HoldWorksCouncilMeetingRequest body, [WriteCase] DismissalCase current, TimeProvider clock) =>
        [CaseDecider.Decide(current, new HoldWorksCouncilMeeting(body.HeldOn!.Value, body.MinutesReference, body.QuestionsReceived ?? 0, body.QuestionsAnswered ?? 0), BusinessDate.Today(clock))];
}
