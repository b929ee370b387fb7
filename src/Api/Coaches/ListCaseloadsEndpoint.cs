using Microsoft.AspNetCore.Mvc;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Coaches;

/// <summary>
/// One coach's caseload as of a date: the participants they coach on that date, in how many cases, and how many of them
/// are in each status. <c>Coach</c> is null for the participants without a coach.
/// </summary>
public sealed record CoachCaseload(string? Coach, int Cases, int Participants, int Employed, int Searching, int Declined, int Left)
    : IOpenApiExample<Page<CoachCaseload>>
{
    public static Page<CoachCaseload> Example => new([new("coach.claes", 2, 14, 5, 8, 0, 1), new(null, 1, 3, 0, 3, 0, 0)], 2, 1, 50);
}

public static class ListCaseloadsEndpoint
{
    /// <summary>
    /// Caseloads per coach across open cases (neither closed nor cancelled), as of a date (default today in Belgium): each
    /// coach with the participants enrolled by then whom they coach on that date, counted by the report's statuses;
    /// participants without a coach are the row with <c>coach: null</c>, last. Filters: <c>projectManager</c> (of the case), <c>caseId</c> (one case,
    /// closed or not). By coach name, exactly as typed; paged.
    /// </summary>
    [WolverineGet("/api/coaches"), Authorize(Policy = Policies.ReadCases), Tags("Coaches"), ProducesResponseType<Page<CoachCaseload>>(200)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null,
        string? projectManager = null, Guid? caseId = null, int page = 1, int pageSize = 50)
    {
        var errors = new ValidationErrors();
        if (asOf is { } day && !BusinessDates.IsPlausible(day)) errors.Add("asOf", BusinessDates.Message);
        errors.Paging(page, pageSize);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());

        var date = asOf ?? BusinessDate.Today(clock);
        IQueryable<CaseDetails> cases = session.Query<CaseDetails>();
        cases = caseId is { } id ? cases.Where(c => c.Id == id) : cases.Where(c => c.ClosedOn == null && !c.Cancelled);
        if (!string.IsNullOrWhiteSpace(projectManager)) cases = cases.Where(c => c.ProjectManager == projectManager);
        var caseIds = (await cases.Select(c => c.Id).ToListAsync(ct)).ToArray();

        // Only what the status rules and the coach need, never whole documents: a caseload spans every open case.
        var facts = caseIds.Length == 0
            ? []
            : await session.Query<Participant>().Where(p => p.CaseId.IsOneOf(caseIds))
                .Select(p => new CoachFacts(p.CaseId, p.EnrolledOn, p.Decision, p.Jobs, p.Departure, p.Intake, p.Coaches))
                .ToListAsync(ct);
        var loads = facts
            .Select(f => (f.CaseId, Status: Participant.StatusAt(date, f.EnrolledOn, f.Decision, f.Jobs, f.Departure), Coach: f.CoachAt(date)))
            .Where(f => f.Status is not null)
            .GroupBy(f => f.Coach)
            .Select(g => new CoachCaseload(g.Key, g.Select(f => f.CaseId).Distinct().Count(), g.Count(),
                g.Count(f => f.Status == ParticipantStatus.Employed), g.Count(f => f.Status == ParticipantStatus.Searching),
                g.Count(f => f.Status == ParticipantStatus.Declined), g.Count(f => f.Status == ParticipantStatus.Left)))
            .OrderBy(c => c.Coach is null).ThenBy(c => c.Coach, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new Page<CoachCaseload>([.. loads.Skip((page - 1) * pageSize).Take(pageSize)], loads.Count, page, pageSize));
    }

    private sealed record CoachFacts(Guid CaseId, DateOnly EnrolledOn, OutplacementDecision? Decision, IReadOnlyList<Job>? Jobs,
        Departure? Departure, Intake? Intake, IReadOnlyList<CoachAssignment>? Coaches)
    {
        public string? CoachAt(DateOnly date) => CoachAssignment.At(CoachAssignment.ListOf(Coaches, Intake), date);
    }
}
