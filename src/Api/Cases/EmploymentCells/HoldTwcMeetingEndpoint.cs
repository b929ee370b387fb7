using CollectiveDismissal.Api.Integrations.Outbound;
using CollectiveDismissal.Domain.Reports;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Cases.EmploymentCells;

public sealed record HoldTwcMeetingRequest([property: Required] DateOnly? HeldOn, [property: MaxLength(10_000)] string? Notes)
    : IValidatedRequest, IOpenApiExample<HoldTwcMeetingRequest>
{
    public static HoldTwcMeetingRequest Example => new(new DateOnly(2025, 2, 27), "Kick-off; 38 workers informed.");

    public void Validate(ValidationErrors errors)
    {
        errors.Required(HeldOn, "heldOn");
    }
}

/// <summary>What recording a meeting needs beyond the case: the meeting's number, the participants its report counts and the process so far.</summary>
public sealed record TwcMeetingFacts(int Number, IReadOnlyList<Participant> Participants, CaseProcess Process);

public static class HoldTwcMeetingEndpoint
{
    /// <summary>
    /// Run by Wolverine after the case's row is locked, so no other meeting can be recorded in between: the number is
    /// one more than the meetings the case's read model has counted (updated in every meeting's own transaction).
    /// </summary>
    public static async Task<TwcMeetingFacts> LoadAsync(Guid caseId, IDocumentSession session, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var details = batch.Load<CaseDetails>(caseId);
        var participants = batch.Query<Participant>().Where(p => p.CaseId == caseId).ToList();
        await batch.Execute(ct);
        var known = await details;
        return new TwcMeetingFacts((known?.Counts.TwcMeetings ?? 0) + 1, await participants, known?.ProcessOrNone() ?? CaseProcess.None);
    }

    /// <summary>
    /// Records a meeting of the employment cell, where the SPOC reports progress (step 16). The progress report as of the
    /// meeting's date is frozen with it, in the same transaction, and delivered to the case's competent service
    /// (<c>GET …/twc-meetings/{meeting}/report</c>, <c>GET …/deliveries</c>).
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/twc-meetings"), Authorize(Policy = Policies.WriteCases), Tags("Case procedure")]
    public static (Events, IMartenOp, IMartenOp, DeliverReport) Post(HoldTwcMeetingRequest body, [WriteCase] DismissalCase current,
        IEventStream<DismissalCase> stream, [NotBody] TwcMeetingFacts facts, TimeProvider clock)
    {
        var held = CaseDecider.Decide(current, new HoldTwcMeeting(body.HeldOn!.Value, body.Notes), BusinessDate.Today(clock));
        var report = TwcMeetingReport.Freeze(current.Id, facts.Number, held.HeldOn, (stream.CurrentVersion ?? 0) + 1, facts.Participants,
            facts.Process.With(held), BusinessDate.Today(clock));
        var (delivery, message) = ReportDeliveries.Deliver(current, DeliveryKind.ProgressReport, held.HeldOn, facts.Number, clock);
        // Insert, not Store: a frozen report is never overwritten.
        return ([held], MartenOps.Insert(report), delivery, message);
    }
}
