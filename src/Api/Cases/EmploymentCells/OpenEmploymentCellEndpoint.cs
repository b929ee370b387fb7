namespace CollectiveDismissal.Api.Cases.EmploymentCells;

public sealed record OpenEmploymentCellRequest([property: Required] DateOnly? OpenedOn, EmploymentService? EmploymentService,
    [property: MaxLength(50), ItemMaxLength(200)] IReadOnlyList<string?>? Partners, [property: Required, MaxLength(200)] string? Spoc)
    : IValidatedRequest, IOpenApiExample<OpenEmploymentCellRequest>
{
    public static OpenEmploymentCellRequest Example => new(new DateOnly(2025, 2, 20), null, ["ACV", "ABVV", "Cevora"], "SPOC Outplacement");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(OpenedOn, "openedOn");
        errors.Each(Partners, "partners", p => string.IsNullOrWhiteSpace(p) ? "A partner cannot be empty." : null);
        errors.Required(Spoc, "spoc");
    }
}

public static class OpenEmploymentCellEndpoint
{
    /// <summary>Opens the employment cell (TWC); the employment service defaults to the region's (step 7).</summary>
    [WolverinePost("/api/cases/{caseId}/employment-cell"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static Events Post(OpenEmploymentCellRequest body, [WriteCase] DismissalCase current) =>
        [CaseDecider.Decide(current, new OpenEmploymentCell(body.OpenedOn!.Value, body.EmploymentService, [.. (body.Partners ?? []).Select(p => p!.Trim())], body.Spoc!.Trim()))];
}
