namespace CollectiveDismissal.Api.Cases.Corrections;

public sealed record CorrectDossierRequest([property: MaxLength(200)] string? EmployerName, [property: MaxLength(20)] string? EnterpriseNumber,
    [property: MaxLength(20), ItemMaxLength(10)] IReadOnlyList<string?>? JointCommittees, int? AverageHeadcount, int? PlannedDismissals,
    [property: MaxLength(50), ItemMaxLength(2000)] IReadOnlyList<string?>? Reasons, [property: Required, MaxLength(2000)] string? Reason)
    : IValidatedRequest, IOpenApiExample<CorrectDossierRequest>
{
    public static CorrectDossierRequest Example => new("Acme Steel Belgium NV", null, null, 260, null, null, "Name and headcount from the KBO extract.");

    /// <summary>The field rules of the dossier (step 1) for each field given.</summary>
    public void Validate(ValidationErrors errors)
    {
        if (EmployerName is not null) errors.Required(EmployerName, "employerName");
        if (EnterpriseNumber is not null && !Domain.Cases.EnterpriseNumber.TryNormalize(EnterpriseNumber, out _, out var error))
            errors.Add("enterpriseNumber", error);
        if (JointCommittees is { Count: 0 }) errors.Add("jointCommittees", "At least one joint committee.");
        errors.Each(JointCommittees, "jointCommittees", c => JointCommittee.IsValid(c) ? null : "A joint committee looks like \"200\" or \"111.01\".");
        errors.Range(AverageHeadcount, "averageHeadcount", 1, 1_000_000);
        errors.Range(PlannedDismissals, "plannedDismissals", 1, 1_000_000);
        errors.Each(Reasons, "reasons", r => string.IsNullOrWhiteSpace(r) ? "A reason cannot be empty." : null);
        if (EmployerName is null && EnterpriseNumber is null && JointCommittees is null && AverageHeadcount is null && PlannedDismissals is null
            && Reasons is null)
            errors.Add("body", "Give at least one of employerName, enterpriseNumber, jointCommittees, averageHeadcount, plannedDismissals, reasons.");
        errors.Required(Reason, "reason");
    }

    public CorrectDossier ToCommand()
    {
        string? enterpriseNumber = null;
        if (EnterpriseNumber is not null) Domain.Cases.EnterpriseNumber.TryNormalize(EnterpriseNumber, out enterpriseNumber, out _);
        return new(EmployerName?.Trim(), enterpriseNumber, JointCommittees?.Select(c => c!).ToList(), AverageHeadcount, PlannedDismissals,
            Reasons?.Select(r => r!).ToList(), Reason!.Trim());
    }
}

public static class CorrectDossierEndpoint
{
    /// <summary>
    /// Corrects the dossier (step 1): employer name, enterprise number, joint committees, average headcount, planned
    /// dismissals, reasons; fields left out stay, and the region is not corrected. The flags (R1, R13, R14) follow.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/dossier-correction"), Authorize(Policy = Policies.WriteCases), Tags("Corrections")]
    public static Events Post(CorrectDossierRequest body, [WriteCase] DismissalCase current) => [CaseDecider.Decide(current, body.ToCommand())];
}
