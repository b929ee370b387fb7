namespace CollectiveDismissal.Api.Cases.Stakeholders;

public sealed record ConsultStakeholderRequest([property: Required] DateOnly? HeldOn, [property: Required] StakeholderParty? Party, [property: MaxLength(2000)] string? Subject)
    : IValidatedRequest, IOpenApiExample<ConsultStakeholderRequest>
{
    public static ConsultStakeholderRequest Example => new(new DateOnly(2025, 1, 6), StakeholderParty.SocialInterventionAdviser, "Social plan");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(HeldOn, "heldOn");
        errors.Required(Party, "party");
    }
}

public static class ConsultStakeholderEndpoint
{
    /// <summary>Records a consultation with another party: social intervention adviser, sector fund, union, employment service.</summary>
    [WolverinePost("/api/cases/{caseId}/consultations"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static Events Post(ConsultStakeholderRequest body, [WriteCase] DismissalCase current, TimeProvider clock) =>
        [CaseDecider.Decide(current, new ConsultStakeholder(body.HeldOn!.Value, body.Party!.Value, body.Subject), BusinessDate.Today(clock))];
}
