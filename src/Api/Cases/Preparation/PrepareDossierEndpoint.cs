using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Cases.Preparation;

public sealed record EmployerRequest([property: Required, MaxLength(200)] string? Name, [property: Required, MaxLength(20)] string? EnterpriseNumber,
    [property: Required, MaxLength(20), ItemMaxLength(10)] IReadOnlyList<string?>? JointCommittees, [property: Required] Region? Region);

public sealed record PrepareDossierRequest([property: Required] EmployerRequest? Employer, [property: Required] int? AverageHeadcount, [property: Required] int? PlannedDismissals,
    [property: MaxLength(50), ItemMaxLength(2000)] IReadOnlyList<string?>? Reasons, [property: Required, MaxLength(200)] string? ProjectManager,
    bool? AllowSecondCase = null, [property: MaxLength(500)] string? SecondCaseReason = null)
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
        if (AllowSecondCase == true && string.IsNullOrWhiteSpace(SecondCaseReason))
            errors.Add("secondCaseReason", "Say why a second open case for this enterprise number is intended.");
    }

    public PrepareDossier ToCommand(Guid caseId)
    {
        EnterpriseNumber.TryNormalize(Employer!.EnterpriseNumber, out var enterpriseNumber, out _);
        return new(caseId, new Employer(Employer.Name!.Trim(), enterpriseNumber, [.. Employer.JointCommittees!.Select(c => c!)], Employer.Region!.Value),
            AverageHeadcount!.Value, PlannedDismissals!.Value, [.. (Reasons ?? []).Select(r => r!)], ProjectManager!.Trim(),
            AllowSecondCase == true ? SecondCaseReason!.Trim() : null);
    }
}

public static class PrepareDossierEndpoint
{
    /// <summary>
    /// Prepares the dossier of a new collective dismissal case (step 1). A second open case for the same enterprise number
    /// is refused (409 <c>dossier.enterprise-has-open-case</c>) unless the request sets <c>allowSecondCase</c> with a
    /// <c>secondCaseReason</c>; closed and cancelled cases do not count.
    /// </summary>
    [WolverinePost("/api/cases"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static async Task<(CreatedResponse, IStartStream)> Post(PrepareDossierRequest body, IDocumentSession session, CancellationToken ct)
    {
        var caseId = Guid.CreateVersion7();
        var command = body.ToCommand(caseId);
        // Two requests for one enterprise at the same moment would each find no open case; an advisory lock on the number,
        // held until this transaction commits, makes the second wait and then see the first (its CaseDetails is written
        // inline, in the same transaction).
        await LockEnterprise(session, command.Employer.EnterpriseNumber, ct);
        var open = await OpenCasesOf(session, command.Employer.EnterpriseNumber, ct);
        return (new CreatedResponse(caseId), MartenOps.StartStream<DismissalCase>(caseId, CaseDecider.Decide(command, open)));
    }

    /// <summary>
    /// Up to five of the enterprise's cases that are neither closed nor cancelled, oldest first, leaving out
    /// <paramref name="except"/> (the case whose dossier is corrected): enough to refuse and to name them.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> OpenCasesOf(IQuerySession session, string enterpriseNumber, CancellationToken ct,
        Guid except = default) =>
        await session.Query<CaseDetails>()
            .Where(c => c.Employer.EnterpriseNumber == enterpriseNumber && c.Phase != CasePhase.Closed && !c.Cancelled && c.Id != except)
            .OrderBy(c => c.PreparedAt).Take(5).Select(c => c.Id).ToListAsync(ct);

    /// <summary>
    /// Takes the enterprise number's lock until the session's transaction commits, so two requests that would each find
    /// no open case of the number run one after the other.
    /// </summary>
    public static async Task LockEnterprise(IDocumentSession session, string enterpriseNumber, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<int>("select 1 from pg_advisory_xact_lock(?)", EnterpriseLock(enterpriseNumber));
    }

    /// <summary>The number's own lock key: its ten digits, tagged so it cannot meet another advisory lock's key.</summary>
    private static long EnterpriseLock(string enterpriseNumber) => long.Parse(enterpriseNumber) ^ 0x454E_5452_0000_0000;
}
