using Microsoft.AspNetCore.Mvc;
using CollectiveDismissal.Projections.Cases;
using Marten.Pagination;

namespace CollectiveDismissal.Api.Cases.Reads;

public sealed record CaseSummary(Guid Id, string EmployerName, string EnterpriseNumber, Region Region, string ProjectManager,
    CasePhase Phase, CaseFlags Flags, long Version, DateTimeOffset PreparedAt, int Participants);

public static class ListCasesEndpoint
{
    /// <summary>Lists cases, newest first; filter by project manager and phase. A cancelled case is not listed (it is read by its id).</summary>
    [WolverineGet("/api/cases"), Authorize(Policy = Policies.ReadCases), Tags("Case reads"), ProducesResponseType<Page<CaseSummary>>(200)]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken ct, string? projectManager = null,
        string? phase = null, int page = 1, int pageSize = 50)
    {
        var errors = new ValidationErrors();
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
        var found = await query.OrderByDescending(c => c.PreparedAt).ToPagedListAsync(page, pageSize, ct);
        return TypedResults.Ok(new Page<CaseSummary>(
            [.. found.Select(c => new CaseSummary(c.Id, c.Employer.Name, c.Employer.EnterpriseNumber, c.Employer.Region,
                c.ProjectManager, c.Phase, c.Flags, c.Version, c.PreparedAt, c.Counts.Participants))],
            found.TotalItemCount, page, pageSize));
    }
}
