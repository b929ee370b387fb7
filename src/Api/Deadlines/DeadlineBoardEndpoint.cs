using Microsoft.AspNetCore.Mvc;
using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Projections.Deadlines;

namespace CollectiveDismissal.Api.Deadlines;

/// <summary>A deadline on the board: ids, names of the case and dates only, never a participant's personal data.</summary>
public sealed record Deadline(DateOnly DueOn, DeadlineKind Kind, Guid CaseId, string EmployerName, string ProjectManager,
    Guid? ParticipantId = null, decimal? MissingHours = null);

/// <summary>A page of the board. With <c>overdue=true</c>: <c>from</c> is null, <c>until</c> the day before today, and <c>overdue</c> true.</summary>
public sealed record DeadlineBoardPage(DateOnly? From, DateOnly Until, IReadOnlyList<Deadline> Items, long Total, int PageNumber, int PageSize,
    bool Overdue = false);

public static class DeadlineBoardEndpoint
{
    /// <summary>
    /// Every deadline due across open cases from today (Belgian date, or <c>asOf</c>) up to and including today +
    /// <c>within</c> days (default 30, 1 to 366), by date: the waiting period's end, the objection deadline, the TWC
    /// availability end, and for participants still in their trajectory its end, the front-loading window's end with
    /// the hours missing, the 12-month limit, and 30 days after enrolment the check of a job-seeker registration not yet
    /// recorded (R24); in the general and 45+ regimes, the offer's deadline, the end of the worker's formal-notice window,
    /// the employer's deadline after a formal notice and the worker's decision (R31, R32, R34). Filter: <c>projectManager</c>.
    /// With <c>overdue=true</c>, instead, the deadlines missed: due before today (or <c>asOf</c>) and not resolved, however
    /// old, of the kinds a recorded fact resolves (the job-seeker registration check, the offer's deadlines and the
    /// decision; docs/domain-rules.md, Deadlines); <c>within</c> is then ignored. Built by the async daemon: a change shows
    /// within about a second.
    /// </summary>
    [WolverineGet("/api/deadlines"), Authorize(Policy = Policies.ReadDeadlines), Tags("Deadlines"),
     ProducesResponseType<DeadlineBoardPage>(200), ProducesResponseType<HttpValidationProblemDetails>(400)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct,
        int within = DeadlineRules.DefaultWithinDays, string? projectManager = null, DateOnly? asOf = null, int page = 1, int pageSize = 50,
        bool overdue = false)
    {
        var errors = new ValidationErrors();
        if (within is < DeadlineRules.MinWithinDays or > DeadlineRules.MaxWithinDays)
            errors.Add("within", $"From {DeadlineRules.MinWithinDays} to {DeadlineRules.MaxWithinDays} days.");
        if (asOf is { } day && !BusinessDates.IsPlausible(day)) errors.Add("asOf", BusinessDates.Message);
        errors.Paging(page, pageSize);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());

        var today = asOf ?? BusinessDate.Today(clock);
        if (overdue) return await Overdue(session, today, projectManager, page, pageSize, ct);
        var from = today;
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
            || (p.JobSeekerRegistrationCheckDue >= from && p.JobSeekerRegistrationCheckDue <= until)
            || (p.OfferDue >= from && p.OfferDue <= until)
            || (p.FormalNoticeWindowEndDue >= from && p.FormalNoticeWindowEndDue <= until)
            || (p.OfferAfterFormalNoticeDue >= from && p.OfferAfterFormalNoticeDue <= until)
            || (p.DecisionDue >= from && p.DecisionDue <= until));
        participants = await ManagedBy(session, participants, projectManager, ct);
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

    private static async Task<IQueryable<ParticipantDeadlines>> ManagedBy(IQuerySession session, IQueryable<ParticipantDeadlines> participants,
        string? projectManager, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(projectManager)) return participants;
        var managed = await session.Query<CaseDeadlines>().Where(c => c.ProjectManager == projectManager).Select(c => c.Id).ToListAsync(ct);
        return participants.Where(p => p.CaseId.IsOneOf(managed.ToArray()));
    }

    /// <summary>
    /// The missed deadlines: only participants' kinds a fact resolves (<see cref="DeadlineRules.CanBeMissed"/>); a row keeps
    /// a due date only while it is unresolved, so a date before today on such a column is a miss. Closed and cancelled
    /// cases are left out.
    /// </summary>
    private static async Task<IResult> Overdue(IQuerySession session, DateOnly today, string? projectManager, int page, int pageSize,
        CancellationToken ct)
    {
        var participants = await ManagedBy(session, session.Query<ParticipantDeadlines>().Where(p =>
            p.JobSeekerRegistrationCheckDue < today || p.OfferDue < today || p.OfferAfterFormalNoticeDue < today || p.DecisionDue < today),
            projectManager, ct);
        var rows = await participants.ToListAsync(ct);
        var caseIds = rows.Select(p => p.CaseId).Distinct().ToArray();
        // A closed case's row is marked and a cancelled case has none: their participants' deadlines are not missed.
        var caseOf = caseIds.Length == 0
            ? []
            : (await session.LoadManyAsync<CaseDeadlines>(ct, caseIds)).Where(c => !c.Closed).ToDictionary(c => c.Id);
        var items = rows.Where(p => caseOf.ContainsKey(p.CaseId))
            .SelectMany(p => p.Due().Where(d => DeadlineRules.IsOverdue(d, today)).Select(d =>
                new Deadline(d.DueOn, d.Kind, p.CaseId, caseOf[p.CaseId].EmployerName, caseOf[p.CaseId].ProjectManager, p.Id, d.MissingHours)))
            .OrderBy(d => d.DueOn).ThenBy(d => d.Kind).ThenBy(d => d.CaseId).ThenBy(d => d.ParticipantId)
            .ToList();
        return TypedResults.Ok(new DeadlineBoardPage(null, today.AddDays(-1), [.. items.Skip((page - 1) * pageSize).Take(pageSize)], items.Count,
            page, pageSize, Overdue: true));
    }
}
