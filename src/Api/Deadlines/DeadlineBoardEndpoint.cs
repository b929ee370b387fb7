using Microsoft.AspNetCore.Mvc;
using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Projections.Deadlines;

namespace CollectiveDismissal.Api.Deadlines;

/// <summary>A deadline on the board: ids, names of the case and dates only, never a participant's personal data.</summary>
public sealed record Deadline(DateOnly DueOn, DeadlineKind Kind, Guid CaseId, string EmployerName, string ProjectManager,
    Guid? ParticipantId = null, decimal? MissingHours = null);

public sealed record DeadlineBoardPage(DateOnly From, DateOnly Until, IReadOnlyList<Deadline> Items, long Total, int PageNumber, int PageSize);

public static class DeadlineBoardEndpoint
{
    /// <summary>
    /// Every deadline due across open cases from today (Belgian date, or <c>asOf</c>) up to and including today +
    /// <c>within</c> days (default 30, 1 to 366), by date: the waiting period's end, the objection deadline, the TWC
    /// availability end, and for participants still in their trajectory its end, the front-loading window's end with
    /// the hours missing, the 12-month limit, and 30 days after enrolment the check of a job-seeker registration not yet
    /// recorded (R24). Filter: <c>projectManager</c>. Missed deadlines are not shown. Built by
    /// the async daemon: a change shows within about a second.
    /// </summary>
    [WolverineGet("/api/deadlines"), Authorize(Policy = Policies.ReadDeadlines), Tags("Deadlines"),
     ProducesResponseType<DeadlineBoardPage>(200), ProducesResponseType<HttpValidationProblemDetails>(400)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct,
        int within = DeadlineRules.DefaultWithinDays, string? projectManager = null, DateOnly? asOf = null, int page = 1, int pageSize = 50)
    {
        var errors = new ValidationErrors();
        if (within is < DeadlineRules.MinWithinDays or > DeadlineRules.MaxWithinDays)
            errors.Add("within", $"From {DeadlineRules.MinWithinDays} to {DeadlineRules.MaxWithinDays} days.");
        if (asOf is { } day && !BusinessDates.IsPlausible(day)) errors.Add("asOf", BusinessDates.Message);
        errors.Paging(page, pageSize);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());

        var from = asOf ?? BusinessDate.Today(clock);
        var until = from.AddDays(within);
        var byManager = !string.IsNullOrWhiteSpace(projectManager);

        IQueryable<CaseDeadlines> cases = session.Query<CaseDeadlines>().Where(c => !c.Closed);
        if (byManager) cases = cases.Where(c => c.ProjectManager == projectManager);
        var caseRows = await cases.Where(c =>
                (c.WaitingPeriodEndsOn >= from && c.WaitingPeriodEndsOn <= until)
                || (c.ObjectionDeadline >= from && c.ObjectionDeadline <= until)
                || (c.TwcAvailableUntil >= from && c.TwcAvailableUntil <= until))
            .ToListAsync(ct);

        IQueryable<ParticipantDeadlines> participants = session.Query<ParticipantDeadlines>().Where(p =>
            (p.TrajectoryEndDue >= from && p.TrajectoryEndDue <= until)
            || (p.FrontLoadingDue >= from && p.FrontLoadingDue <= until)
            || (p.TwelveMonthLimitDue >= from && p.TwelveMonthLimitDue <= until)
            || (p.JobSeekerRegistrationCheckDue >= from && p.JobSeekerRegistrationCheckDue <= until));
        if (byManager)
        {
            var managed = await session.Query<CaseDeadlines>().Where(c => c.ProjectManager == projectManager).Select(c => c.Id).ToListAsync(ct);
            participants = participants.Where(p => p.CaseId.IsOneOf(managed.ToArray()));
        }
        var participantRows = await participants.ToListAsync(ct);

        // A closed case's row is marked and a cancelled case has none, so their participants' rows are left out here.
        var caseOf = caseRows.ToDictionary(c => c.Id);
        var others = participantRows.Select(p => p.CaseId).Distinct().Where(id => !caseOf.ContainsKey(id)).ToArray();
        if (others.Length > 0)
            foreach (var c in await session.LoadManyAsync<CaseDeadlines>(ct, others))
                if (!c.Closed) caseOf[c.Id] = c;

        var items = caseRows
            .SelectMany(c => c.Due().Where(d => DeadlineRules.IsDueWithin(d.DueOn, from, within))
                .Select(d => new Deadline(d.DueOn, d.Kind, c.Id, c.EmployerName, c.ProjectManager)))
            .Concat(participantRows.Where(p => caseOf.ContainsKey(p.CaseId))
                .SelectMany(p => p.Due().Where(d => DeadlineRules.IsDueWithin(d.DueOn, from, within)).Select(d =>
                    new Deadline(d.DueOn, d.Kind, p.CaseId, caseOf[p.CaseId].EmployerName, caseOf[p.CaseId].ProjectManager, p.Id, d.MissingHours))))
            .OrderBy(d => d.DueOn).ThenBy(d => d.Kind).ThenBy(d => d.CaseId).ThenBy(d => d.ParticipantId)
            .ToList();
        return TypedResults.Ok(new DeadlineBoardPage(from, until, [.. items.Skip((page - 1) * pageSize).Take(pageSize)], items.Count, page, pageSize));
    }
}
