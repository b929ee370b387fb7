using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Integrations.Inbound;

public sealed record DiscardRejectionRequest([property: Required, MaxLength(1000)] string? Reason)
    : IValidatedRequest, IOpenApiExample<DiscardRejectionRequest>
{
    public static DiscardRejectionRequest Example => new("The job was recorded by hand by the project manager.");

    public void Validate(ValidationErrors errors) => errors.Required(Reason, "reason");
}

/// <summary>What became of a partner's messages, and the repair of those refused: for the service itself and project managers.</summary>
public static class PartnerRejectionEndpoints
{
    /// <summary>The messages of this service refused by a rule or naming an unknown participant, oldest first; optionally of one case.</summary>
    [WolverineGet("/api/integrations/{service}/rejections"), Authorize(Policy = Policies.ManagePartnerMessages), Tags("Integrations")]
    [ProducesResponseType<Page<PartnerMessageView>>(200)]
    public static async Task<IResult> List(string service, HttpContext http, IQuerySession session, CancellationToken ct, Guid? caseId = null,
        bool includeDiscarded = false, int page = 1, int pageSize = 50)
    {
        if (Refuse(service, http, out var partner) is { } refused) return refused;
        var errors = new ValidationErrors();
        errors.Paging(page, pageSize);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());

        var query = session.Query<PartnerMessageOutcome>().Where(o => o.Service == partner
            && (o.State == PartnerMessageState.Rejected || o.State == PartnerMessageState.Retrying
                || (includeDiscarded && o.State == PartnerMessageState.Discarded)));
        if (caseId is { } id) query = query.Where(o => o.CaseId == id);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(o => o.ReceivedAt).ThenBy(o => o.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Json(new Page<PartnerMessageView>(items.Select(PartnerMessageView.Of).ToList(), total, page, pageSize), Json.Options);
    }

    /// <summary>What became of one message: pending, applied, rejected (with the rule and reason), retrying or discarded.</summary>
    [WolverineGet("/api/integrations/{service}/messages/{messageId}"), Authorize(Policy = Policies.ManagePartnerMessages), Tags("Integrations")]
    [ProducesResponseType<PartnerMessageView>(200)]
    public static async Task<IResult> Get(string service, string messageId, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (Refuse(service, http, out var partner) is { } refused) return refused;
        return await session.LoadAsync<PartnerMessageOutcome>(PartnerMessageOutcome.Key(partner, messageId), ct) is { } outcome
            ? TypedResults.Json(PartnerMessageView.Of(outcome), Json.Options)
            : Problems.NotFound("No message with this id was accepted from this service.");
    }

    /// <summary>
    /// Tries a rejected message again, after the case was fixed: queued like a new message (202), applied by the same
    /// handler and rules, and rejected again if it still breaks one.
    /// </summary>
    [WolverinePost("/api/integrations/{service}/rejections/{messageId}/retry"), Authorize(Policy = Policies.ManagePartnerMessages), Tags("Integrations")]
    [ProducesResponseType<PartnerMessageView>(StatusCodes.Status202Accepted)]
    public static async Task<(IResult, OutgoingMessages)> Retry(string service, string messageId, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var nothing = new OutgoingMessages();
        if (Refuse(service, http, out var partner) is { } refused) return (refused, nothing);
        var (outcome, problem) = await Rejected(session, partner, messageId, "retried", ct);
        if (problem is not null) return (problem, nothing);

        var retrying = outcome! with { State = PartnerMessageState.Retrying, DecidedAt = clock.GetUtcNow() };
        session.Update(retrying);
        return (TypedResults.Json(PartnerMessageView.Of(retrying), Json.Options, statusCode: StatusCodes.Status202Accepted),
        [
            new ApplyPartnerMessages(partner, outcome!.CaseId, [outcome.MessageId], http.User.FindFirst("sub")?.Value, Correlation.Id(http),
                Retry: true)
        ]);
    }

    /// <summary>Gives up on a rejected message, with a reason kept beside it. It stays listed with <c>includeDiscarded=true</c>.</summary>
    [WolverinePost("/api/integrations/{service}/rejections/{messageId}/discard"), Authorize(Policy = Policies.ManagePartnerMessages), Tags("Integrations")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> Discard(string service, string messageId, DiscardRejectionRequest body, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        if (Refuse(service, http, out var partner) is { } refused) return refused;
        var (outcome, problem) = await Rejected(session, partner, messageId, "discarded", ct);
        if (problem is not null) return problem;
        var now = clock.GetUtcNow();
        session.Update(outcome! with
        {
            State = PartnerMessageState.Discarded, DecidedAt = now, Discarded = new Discard(now, http.User.FindFirst("sub")?.Value, body.Reason!.Trim())
        });
        return TypedResults.NoContent();
    }

    private static IResult? Refuse(string service, HttpContext http, out EmploymentService partner)
    {
        if (!PartnerServices.TryParse(service, out partner)) return Problems.NotFound("No such service: vdab, actiris, forem or adg.");
        return PartnerServices.MayManage(http, partner)
            ? null
            : Problems.Forbidden($"Only {PartnerServices.RouteName(partner)} itself and project managers see its messages.");
    }

    private static async Task<(PartnerMessageOutcome?, IResult?)> Rejected(IDocumentSession session, EmploymentService partner, string messageId,
        string verb, CancellationToken ct)
    {
        var outcome = await session.LoadAsync<PartnerMessageOutcome>(PartnerMessageOutcome.Key(partner, messageId), ct);
        if (outcome is null) return (null, Problems.NotFound("No message with this id was accepted from this service."));
        return outcome.State == PartnerMessageState.Rejected
            ? (outcome, null)
            : (null, Problems.RuleViolation("partner-message.not-rejected", $"Only a rejected message can be {verb}; this one is {outcome.State}."));
    }
}
