namespace CollectiveDismissal.Api.Cases.Corrections;

public sealed record CorrectEmploymentCellRequest([property: MaxLength(50), ItemMaxLength(200)] IReadOnlyList<string?>? Partners,
    [property: MaxLength(200)] string? Spoc, EmploymentService? EmploymentService, [property: Required, MaxLength(2000)] string? Reason)
    : IValidatedRequest, IOpenApiExample<CorrectEmploymentCellRequest>
{
    public static CorrectEmploymentCellRequest Example => new(["ACV", "ABVV", "ACLVB", "Cevora"], null, null, "ACLVB joined the cell from the start.");

    public void Validate(ValidationErrors errors)
    {
        errors.Each(Partners, "partners", p => string.IsNullOrWhiteSpace(p) ? "A partner cannot be empty." : null);
        if (Spoc is not null) errors.Required(Spoc, "spoc");
        if (Partners is null && Spoc is null && EmploymentService is null)
            errors.Add("body", "Give at least one of partners, spoc, employmentService.");
        errors.Required(Reason, "reason");
    }
}

public static class CorrectEmploymentCellEndpoint
{
    /// <summary>Corrects the employment cell (step 7, R17): its partners, SPOC and employment service; fields left out stay.</summary>
    [WolverinePost("/api/cases/{caseId}/employment-cell/correction"), Authorize(Policy = Policies.WriteCases), Tags("Corrections")]
    public static Events Post(CorrectEmploymentCellRequest body, [WriteCase] DismissalCase current) =>
        [CaseDecider.Decide(current, new CorrectEmploymentCell(body.Partners?.Select(p => p!.Trim()).ToList(), body.Spoc?.Trim(),
            body.EmploymentService, body.Reason!.Trim()))];
}
