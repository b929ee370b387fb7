using CollectiveDismissal.Api.Cases.Preparation;

namespace CollectiveDismissal.Api.Cases.Corrections;

public sealed record CorrectDossierRequest([property: MaxLength(200)] string? EmployerName, [property: MaxLength(20)] string? EnterpriseNumber,
    [property: MaxLength(20), ItemMaxLength(10)] IReadOnlyList<string?>? JointCommittees, int? AverageHeadcount, int? PlannedDismissals,
    [property: MaxLength(50), ItemMaxLength(2000)] IReadOnlyList<string?>? Reasons, [property: Required, MaxLength(2000)] string? Reason,
    bool? AllowSecondCase = null, [property: MaxLength(500)] string? SecondCaseReason = null)
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
        if (AllowSecondCase == true && string.IsNullOrWhiteSpace(SecondCaseReason))
            errors.Add("secondCaseReason", "Say why a second open case for this enterprise number is intended.");
    }

    public CorrectDossier ToCommand()
    {
        string? enterpriseNumber = null;
        if (EnterpriseNumber is not null) Domain.Cases.EnterpriseNumber.TryNormalize(EnterpriseNumber, out enterpriseNumber, out _);
        return new(EmployerName?.Trim(), enterpriseNumber, JointCommittees?.Select(c => c!).ToList(), AverageHeadcount, PlannedDismissals,
            Reasons?.Select(r => r!).ToList(), Reason!.Trim(), AllowSecondCase == true ? SecondCaseReason!.Trim() : null);
    }
}

public static class CorrectDossierEndpoint
{
    /// <summary>
    /// Corrects the dossier (step 1): employer name, enterprise number, joint committees, average headcount, planned
    /// dismissals, reasons; fields left out stay, and the region is not corrected. The flags (R1, R13, R14) follow. A new
    /// enterprise number that already has an open case is refused as on preparing the dossier (409
    /// <c>dossier.enterprise-has-open-case</c>) unless the request sets <c>allowSecondCase</c> with a <c>secondCaseReason</c>.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/dossier-correction"), Authorize(Policy = Policies.WriteCases), Tags("Corrections")]
    public static async Task<Events> Post(CorrectDossierRequest body, Guid caseId, [WriteCase] DismissalCase current, IDocumentSession session,
        CancellationToken ct)
    {
        var command = body.ToCommand();
        IReadOnlyList<Guid> open = [];
        if (command.EnterpriseNumber is { } number)
        {
            // The same lock as preparing a dossier: a correction and a new dossier of one number do not both find it free.
            await PrepareDossierEndpoint.LockEnterprise(session, number, ct);
            open = await PrepareDossierEndpoint.OpenCasesOf(session, number, ct, except: caseId);
        }
        return [CaseDecider.Decide(current, command, open)];
    }
}
