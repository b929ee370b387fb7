using Microsoft.AspNetCore.Mvc;
using CollectiveDismissal.Api.Persistence;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Integrations.Inbound;

public static class ReceivePartnerMessagesEndpoint
{
    /// <summary>
    /// A partner service's batch of messages. Answered 202 once it is stored: each message as a Pending outcome and, in the
    /// same transaction, an envelope per case in Wolverine's durable inbox that wakes the handler; applied moments later,
    /// message by message, in the order accepted for each case. A message id already known is not queued again. A case that is not of this service (or unknown) refuses
    /// the whole batch with 403; a malformed batch is refused with 400; neither stores anything.
    /// </summary>
    [WolverinePost("/api/integrations/{service}/messages"), Authorize(Policy = Policies.SendPartnerMessages), Tags("Integrations")]
    [ProducesResponseType<BatchAccepted>(StatusCodes.Status202Accepted)]
    public static async Task<(IResult, OutgoingMessages)> Post(string service, PartnerMessageBatch body, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var nothing = new OutgoingMessages();
        if (!PartnerServices.TryParse(service, out var partner))
            return (Problems.NotFound("No such service: vdab, actiris, forem or adg."), nothing);
        if (!PartnerServices.SpeaksFor(http, partner))
            return (Problems.Forbidden($"This token does not speak for {PartnerServices.RouteName(partner)} (its service claim names another)."), nothing);

        var messages = body.Messages!.Select(m => m!).ToList();
        var caseIds = messages.Select(m => m.CaseId!.Value).Distinct().ToArray();
        var cases = (await session.LoadManyAsync<CaseDetails>(ct, caseIds)).ToDictionary(c => c.Id);
        // An unknown case and another service's case get the same answer: a partner learns nothing of cases not its own.
        var foreign = caseIds.Where(id => !cases.TryGetValue(id, out var c) || c.CompetentService != partner).ToList();
        if (foreign.Count > 0)
            return (Problems.Forbidden($"Not a case of {PartnerServices.RouteName(partner)}: {string.Join(", ", foreign)}. Nothing was accepted."), nothing);

        // One batch at a time per case: the same batch sent twice at once is stored once, and a case's batches get
        // increasing receipt numbers, the order the handler applies them in.
        await session.BeginTransactionAsync(ct);
        foreach (var caseId in caseIds.Order())
            await session.QueryAsync<int>("select 1 from pg_advisory_xact_lock(?)", ReceiptLock(caseId));
        var known = (await session.LoadManyAsync<PartnerMessageOutcome>(ct,
                messages.Select(m => PartnerMessageOutcome.Key(partner, m.MessageId!)).ToArray()))
            .ToDictionary(o => o.MessageId, StringComparer.Ordinal);
        var fresh = messages.Where(m => !known.ContainsKey(m.MessageId!)).ToList();
        var outgoing = new OutgoingMessages();
        if (fresh.Count > 0)
        {
            var received = (await session.QueryAsync<long>($"select nextval('{CaseStore.ReceiptSequence}')", ct)).Single();
            var now = clock.GetUtcNow();
            for (var i = 0; i < fresh.Count; i++)
                session.Insert(new PartnerMessageOutcome(PartnerMessageOutcome.Key(partner, fresh[i].MessageId!), partner, fresh[i].MessageId!,
                    fresh[i].CaseId!.Value, fresh[i], PartnerMessageState.Pending, received, i, now, null, 0));
            foreach (var forCase in fresh.GroupBy(m => m.CaseId!.Value))
                outgoing.Add(new ApplyPartnerMessages(partner, forCase.Key, forCase.Select(m => m.MessageId!).ToList(),
                    http.User.FindFirst("sub")?.Value, Correlation.Id(http)));
        }
        var answer = new BatchAccepted(fresh.Select(m => m.MessageId!).ToList(),
            messages.Where(m => known.ContainsKey(m.MessageId!)).Select(m => new KnownMessage(m.MessageId!, known[m.MessageId!].State)).ToList());
        return (TypedResults.Json(answer, Json.Options, statusCode: StatusCodes.Status202Accepted), outgoing);
    }

    /// <summary>The advisory lock of a case's receipts (its own key space: the first 8 bytes of the case id, and a tag).</summary>
    private static long ReceiptLock(Guid caseId) => BitConverter.ToInt64(caseId.ToByteArray(), 0) ^ 0x5041_5254_4E45_5253;
}
