using CollectiveDismissal.Domain.Reports;

namespace CollectiveDismissal.Api.Cases.Closing;

public sealed record CloseCaseRequest([property: Required] DateOnly? ClosedOn) : IValidatedRequest
{
    public void Validate(ValidationErrors errors) => errors.Required(ClosedOn, "closedOn");
}

public static class CloseCaseEndpoint
{
    /// <summary>
    /// Closes the case (step 17): not before the employment cell's availability ends, and not while a participant is
    /// searching with a trajectory still running. Afterwards every command on the case is refused. The final report, as
    /// of the closing date, is frozen in the same transaction with the stream version it was computed from.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/closure"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure"), JsonBody<CloseCaseRequest>]
    public static Task<IResult> Post(Guid caseId, IDocumentSession session, HttpContext http) =>
        CaseCommands.Run<CloseCaseRequest>(http, session, caseId, async (current, b) =>
        {
            var participants = await session.Query<Participant>().Where(p => p.CaseId == caseId).ToListAsync(http.RequestAborted);
            var closed = CaseDecider.Decide(current, new CloseCase(b.ClosedOn!.Value), participants);
            return new Decision([closed], Document: version => FinalReport.Freeze(caseId, closed.ClosedOn, version, participants));
        });
}
