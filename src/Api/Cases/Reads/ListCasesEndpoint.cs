using Microsoft.AspNetCore.Mvc;
using CollectiveDismissal.Projections.Cases;
using Marten.Pagination;

namespace CollectiveDismissal.Api.Cases.Reads;

public sealed record CaseSummary(Guid Id, string EmployerName, string EnterpriseNumber, Region Region, string ProjectManager,
    CasePhase Phase, CaseFlags Flags, long Version, DateTimeOffset PreparedAt, int Participants);

public static class ListCasesEndpoint
{
    /// <summary>
    /// Lists cases, newest first; filter by project manager and phase, by <c>enterpriseNumber</c> (any written form:
    /// 0403.170.701, 0403170701, BE0403170701) and by <c>search</c>: part of the employer's name, case-insensitive, or an
    /// enterprise number in any form. A cancelled case is not listed (it is read by its id).
    /// </summary>
    [WolverineGet("/api/cases"), Authorize(Policy = Policies.ReadCases), Tags("Case reads"), ProducesResponseType<Page<CaseSummary>>(200)]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken ct, string? projectManager = null,
        string? phase = null, int page = 1, int pageSize = 50, string? search = null, string? enterpriseNumber = null)
    {
        var errors = new ValidationErrors();
        string? number = null;
        if (enterpriseNumber is not null)
        {
            if (EnterpriseNumber.TryNormalizeAnyFormat(enterpriseNumber, out var normalized)) number = normalized;
            else errors.Add("enterpriseNumber", "An enterprise number: 10 digits with valid check digits, e.g. 0403.170.701, 0403170701 or BE0403170701.");
        }
        if (search is { Length: > 100 }) errors.Add("search", "At most 100 characters.");
        CasePhase? phaseFilter = null;
        if (phase is not null)
        {
            if (EnumNames.TryParse<CasePhase>(phase, ignoreCase: false, out var parsed)) phaseFilter = parsed;
            else errors.Add("phase", EnumNames.OneOf<CasePhase>());
        }
        errors.Paging(page, pageSize);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());

        IQueryable<CaseDetails> query = session.Query<CaseDetails>().Where(c => !c.Cancelled);
        if (!string.IsNullOrWhiteSpace(projectManager)) query = query.Where(c => c.ProjectManager == projectManager);
        if (phaseFilter is { } p) query = query.Where(c => c.Phase == p);
        if (number is not null) query = query.Where(c => c.Employer.EnterpriseNumber == number);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = EnterpriseNumber.TryNormalizeAnyFormat(term, out var asNumber)
                ? query.Where(c => c.Employer.Name.Contains(term, StringComparison.OrdinalIgnoreCase) || c.Employer.EnterpriseNumber == asNumber)
                : query.Where(c => c.Employer.Name.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        var found = await query.OrderByDescending(c => c.PreparedAt).ToPagedListAsync(page, pageSize, ct);
        return TypedResults.Ok(new Page<CaseSummary>(
            [.. found.Select(c => new CaseSummary(c.Id, c.Employer.Name, c.Employer.EnterpriseNumber, c.Employer.Region,
                c.ProjectManager, c.Phase, c.Flags, c.Version, c.PreparedAt, c.Counts.Participants))],
            found.TotalItemCount, page, pageSize));
    }
}
