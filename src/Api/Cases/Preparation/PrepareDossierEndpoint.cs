namespace CollectiveDismissal.Api.Cases.Preparation;

public sealed record EmployerRequest([property: Required, MaxLength(200)] string? Name, [property: Required, MaxLength(20)] string? EnterpriseNumber,
    [property: Required, MaxLength(20), ItemMaxLength(10)] IReadOnlyList<string?>? JointCommittees, [property: Required] Region? Region);

public sealed record PrepareDossierRequest([property: Required] EmployerRequest? Employer, [property: Required] int? AverageHeadcount, [property: Required] int? PlannedDismissals,
    [property: MaxLength(50), ItemMaxLength(2000)] IReadOnlyList<string?>? Reasons, [property: Required, MaxLength(200)] string? ProjectManager)
    : IValidatedRequest, IOpenApiExample<PrepareDossierRequest>
{
    public static PrepareDossierRequest Example => new(new EmployerRequest("Acme Steel NV", "0403.170.701", ["111.01"], Region.Flanders), 250, 40,
        ["Closure of the Genk plant"], "pm.peeters");

    public void Validate(ValidationErrors errors)
    {
        if (errors.Present(Employer, "employer"))
        {
            errors.Required(Employer!.Name, "employer.name");
            if (!EnterpriseNumber.TryNormalize(Employer.EnterpriseNumber, out _, out var error))
                errors.Add("employer.enterpriseNumber", Employer.EnterpriseNumber is null ? "Required." : error);
            if (Employer.JointCommittees is not { Count: > 0 }) errors.Add("employer.jointCommittees", "At least one joint committee.");
            errors.Each(Employer.JointCommittees, "employer.jointCommittees",
                c => JointCommittee.IsValid(c) ? null : "A joint committee looks like \"200\" or \"111.01\".");
            errors.Required(Employer.Region, "employer.region");
        }
        if (errors.Required(AverageHeadcount, "averageHeadcount")) errors.Range(AverageHeadcount, "averageHeadcount", 1, 1_000_000);
        if (errors.Required(PlannedDismissals, "plannedDismissals")) errors.Range(PlannedDismissals, "plannedDismissals", 1, 1_000_000);
        errors.Each(Reasons, "reasons", r => string.IsNullOrWhiteSpace(r) ? "A reason cannot be empty." : null);
        errors.Required(ProjectManager, "projectManager");
    }

    public PrepareDossier ToCommand(Guid caseId)
    {
        EnterpriseNumber.TryNormalize(Employer!.EnterpriseNumber, out var enterpriseNumber, out _);
        return new(caseId, new Employer(Employer.Name!.Trim(), enterpriseNumber, [.. Employer.JointCommittees!.Select(c => c!)], Employer.Region!.Value),
            AverageHeadcount!.Value, PlannedDismissals!.Value, [.. (Reasons ?? []).Select(r => r!)], ProjectManager!.Trim());
    }
}

public static class PrepareDossierEndpoint
{
    /// <summary>Prepares the dossier of a new collective dismissal case (step 1).</summary>
    [WolverinePost("/api/cases"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static (CreatedResponse, IStartStream) Post(PrepareDossierRequest body)
    {
        var caseId = Guid.CreateVersion7();
        return (new CreatedResponse(caseId), MartenOps.StartStream<DismissalCase>(caseId, CaseDecider.Decide(body.ToCommand(caseId))));
    }
}
