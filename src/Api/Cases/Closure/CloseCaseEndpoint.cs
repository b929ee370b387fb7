using CollectiveDismissal.Api.Integrations.Outbound;
using CollectiveDismissal.Domain.Reports;

namespace CollectiveDismissal.Api.Cases.Closure;

public sealed record CloseCaseRequest([property: Required] DateOnly? ClosedOn) : IValidatedRequest, IOpenApiExample<CloseCaseRequest>
{
    public static CloseCaseRequest Example => new(new DateOnly(2028, 1, 31));

    public void Validate(ValidationErrors errors) => errors.Required(ClosedOn, "closedOn");
}

public static class CloseCaseEndpoint
{
    public static async Task<IReadOnlyList<Participant>> LoadAsync(Guid caseId, IDocumentSession session, CancellationToken ct) =>
        await session.Query<Participant>().Where(p => p.CaseId == caseId).ToListAsync(ct);

    /// <summary>
    /// Closes the case (step 17): not before the employment cell's availability ends, and not while a participant is
    /// searching with a trajectory still running. Afterwards every command on the case is refused. The final report, as
    /// of the closing date, is frozen in the same transaction with the stream version it was computed from, and delivered
    /// to the case's competent service (<c>GET …/deliveries</c>).
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/closure"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static (Events, IMartenOp, IMartenOp, DeliverReport) Post(CloseCaseRequest body, [WriteCase] DismissalCase current,
        IEventStream<DismissalCase> stream, [NotBody] IReadOnlyList<Participant> participants, TimeProvider clock)
    {
        var closed = CaseDecider.Decide(current, new CloseCase(body.ClosedOn!.Value), participants);
        var (delivery, message) = ReportDeliveries.Deliver(current, DeliveryKind.FinalReport, closed.ClosedOn, null, clock);
        return ([closed], MartenOps.Store(FinalReport.Freeze(current.Id, closed.ClosedOn, (stream.CurrentVersion ?? 0) + 1, participants,
                BusinessDate.Today(clock))),
            delivery, message);
    }
}
