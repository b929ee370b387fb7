using CollectiveDismissal.Api.Integrations.Outbound;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Cases.Closure;

public sealed record CloseCaseRequest([property: Required] DateOnly? ClosedOn) : IValidatedRequest, IOpenApiExample<CloseCaseRequest>
{
    public static CloseCaseRequest Example => new(new DateOnly(2026, 1, 31));

    public void Validate(ValidationErrors errors) => errors.Required(ClosedOn, "closedOn");
}

/// <summary>
/// What closing needs beyond the case: which closing this is (a reopened case closes again), every participant (a rule
/// reads them), and the process the final report tells.
/// </summary>
public sealed record ClosingFacts(int Closing, IReadOnlyList<Participant> Participants, CaseProcess Process);

public static class CloseCaseEndpoint
{
    /// <summary>Run after the case's row is locked: nothing the report reads, nor the count of reopenings, changes before the commit.</summary>
    public static async Task<ClosingFacts> LoadAsync(Guid caseId, IDocumentSession session, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var details = batch.Load<CaseDetails>(caseId);
        var participants = batch.Query<Participant>().Where(p => p.CaseId == caseId).ToList();
        await batch.Execute(ct);
        return new ClosingFacts(((await details)?.Counts.Reopenings ?? 0) + 1, await participants, (await details)?.ProcessOrNone() ?? CaseProcess.None);
    }

    /// <summary>
    /// Closes the case (step 17): not before the employment cell's availability ends, and not while a participant is
    /// searching with a trajectory still running. Afterwards every command on the case is refused. The final report, as
    /// of the closing date, is frozen in the same transaction with the stream version it was computed from, and delivered
    /// to the case's competent service (<c>GET …/deliveries</c>). A reopened case closes again with a new final report
    /// and a new delivery; the earlier report is kept as superseded.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/closure"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static (Events, IMartenOp, IMartenOp, DeliverReport) Post(CloseCaseRequest body, [WriteCase] DismissalCase current,
        IEventStream<DismissalCase> stream, [NotBody] ClosingFacts facts, TimeProvider clock)
    {
        var closed = CaseDecider.Decide(current, new CloseCase(body.ClosedOn!.Value), facts.Participants);
        var (delivery, message) = ReportDeliveries.Deliver(current, DeliveryKind.FinalReport, closed.ClosedOn, null, clock, facts.Closing);
        return ([closed], MartenOps.Store(FinalReport.Freeze(current.Id, closed.ClosedOn, (stream.CurrentVersion ?? 0) + 1, facts.Participants,
                facts.Process, BusinessDate.Today(clock))),
            delivery, message);
    }
}
