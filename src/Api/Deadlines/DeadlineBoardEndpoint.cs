using Microsoft.AspNetCore.Mvc;
using Npgsql;
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
        var (items, total) = await Page(session, "between @from and @until", AllKinds, projectManager, from, until, page, pageSize, ct);
        return TypedResults.Ok(new DeadlineBoardPage(from, until, items, total, page, pageSize));
    }

    /// <summary>
    /// The missed deadlines: only participants' kinds a fact resolves (<see cref="DeadlineRules.CanBeMissed"/>); a row keeps
    /// a due date only while it is unresolved, so a date before today on such a column is a miss. Closed and cancelled
    /// cases are left out.
    /// </summary>
    private static async Task<IResult> Overdue(IQuerySession session, DateOnly today, string? projectManager, int page, int pageSize,
        CancellationToken ct)
    {
        var (items, total) = await Page(session, "< @from", MissableKinds, projectManager, today, today, page, pageSize, ct);
        return TypedResults.Ok(new DeadlineBoardPage(null, today.AddDays(-1), items, total, page, pageSize, Overdue: true));
    }

    /// <summary>Each kind's column: on the case's row for the first three, on the participant's for the others.</summary>
    private static readonly (DeadlineKind Kind, string Column)[] AllKinds =
    [
        (DeadlineKind.WaitingPeriodEnd, "waiting_period_ends_on"), (DeadlineKind.ObjectionDeadline, "objection_deadline"),
        (DeadlineKind.TwcAvailabilityEnd, "twc_available_until"), (DeadlineKind.TrajectoryEnd, "trajectory_end_due"),
        (DeadlineKind.FrontLoadingWindowEnd, "front_loading_due"), (DeadlineKind.TwelveMonthLimit, "twelve_month_limit_due"),
        (DeadlineKind.JobSeekerRegistrationCheck, "job_seeker_registration_check_due"), (DeadlineKind.OutplacementOfferDue, "offer_due"),
        (DeadlineKind.FormalNoticeWindowEnd, "formal_notice_window_end_due"), (DeadlineKind.OfferAfterFormalNoticeDue, "offer_after_formal_notice_due"),
        (DeadlineKind.OutplacementDecisionDue, "decision_due")
    ];

    private static readonly DeadlineKind[] CaseKinds =
        [DeadlineKind.WaitingPeriodEnd, DeadlineKind.ObjectionDeadline, DeadlineKind.TwcAvailabilityEnd];

    private static readonly (DeadlineKind Kind, string Column)[] MissableKinds = [.. AllKinds.Where(k => DeadlineRules.CanBeMissed(k.Kind))];

    /// <summary>
    /// One page of the board, sorted and counted in PostgreSQL: one select per due-date column (each has an index), joined
    /// to the case's row, which leaves out closed cases (marked) and cancelled ones (no row). The board once loaded every
    /// matching row and paged in memory, so its cost grew with every participant in the database (the soak: a project
    /// manager's 30 days from p50 10.8 ms at 4,400 participants to 36.4 ms at 30,740; docs/performance.md). A row keeps a
    /// due date only while that deadline is on the board (<see cref="ParticipantDeadlines.Of"/>), so the columns are the
    /// deadlines; the front-loading window's missing hours are on the participant's document.
    /// </summary>
    private static async Task<(List<Deadline> Items, long Total)> Page(IQuerySession session, string window,
        (DeadlineKind Kind, string Column)[] kinds, string? projectManager, DateOnly from, DateOnly until, int page, int pageSize,
        CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        // Each select joins the case's row itself, so that with a project manager the planner may start from that
        // manager's cases (case_id's index) rather than from every case's dates: the union joined once, after, read every
        // manager's deadlines in the window and made a small manager's board ten times slower (./deploy/bench.sh board).
        var open = "not c.closed" + (string.IsNullOrWhiteSpace(projectManager) ? "" : " and c.project_manager = @manager");
        var selects = kinds.Select(k => CaseKinds.Contains(k.Kind)
            ? $"select null::uuid, c.id, c.{k.Column}, {(int)k.Kind}, null::numeric, c.data->>'employerName', c.project_manager " +
              $"from {schema}.mt_doc_casedeadlines c where c.{k.Column} {window} and {open}"
            : $"select p.id, p.case_id, p.{k.Column}, {(int)k.Kind}, " +
              (k.Kind == DeadlineKind.FrontLoadingWindowEnd ? "(p.data->>'frontLoadingHoursMissing')::numeric" : "null::numeric") +
              $", c.data->>'employerName', c.project_manager from {schema}.mt_doc_participantdeadlines p " +
              $"join {schema}.mt_doc_casedeadlines c on c.id = p.case_id where p.{k.Column} {window} and {open}");
        const string order = "order by due_on, kind, case_id, participant_id";
        var sql = $"""
            with board (participant_id, case_id, due_on, kind, missing_hours, employer_name, project_manager) as (
                {string.Join("\n    union all ", selects)})
            select due_on, kind, case_id, employer_name, project_manager, participant_id, missing_hours, total
            from (select count(*) as total from board) counted
            left join lateral (select * from board {order} limit @take offset @skip) paged on true
            {order}
            """;
        await using var command = new NpgsqlCommand(sql);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("until", until);
        if (!string.IsNullOrWhiteSpace(projectManager)) command.Parameters.AddWithValue("manager", projectManager);
        command.Parameters.AddWithValue("take", pageSize);
        command.Parameters.AddWithValue("skip", (page - 1) * pageSize);
        var items = new List<Deadline>();
        long total = 0;
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct))
        {
            total = reader.GetInt64(7);
            if (await reader.IsDBNullAsync(0, ct)) continue; // a page past the end: the count alone
            items.Add(new Deadline(reader.GetFieldValue<DateOnly>(0), (DeadlineKind)reader.GetInt32(1), reader.GetGuid(2), reader.GetString(3),
                reader.GetString(4), await reader.IsDBNullAsync(5, ct) ? null : reader.GetGuid(5),
                await reader.IsDBNullAsync(6, ct) ? null : reader.GetDecimal(6)));
        }
        return (items, total);
    }
}
