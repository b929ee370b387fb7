using CollectiveDismissal.Projections.Cases;
using JasperFx;
using Marten.Exceptions;
using Npgsql;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace CollectiveDismissal.Api.Integrations.Inbound;

/// <summary>
/// The messages of one accepted batch that name one case, in the order the partner sent them. Kept in Wolverine's
/// durable inbox from the request's transaction on, so a message acknowledged with 202 survives a restart.
/// </summary>
public sealed record ApplyPartnerMessages(EmploymentService Service, Guid CaseId, IReadOnlyList<PartnerMessage> Messages, string? SentBy,
    string? CorrelationId, DateTimeOffset ReceivedAt, bool Retry = false);

public sealed record PartnerMessageContext(Dictionary<string, Participant> ByReference, Dictionary<string, PartnerMessageOutcome> Known);

/// <summary>
/// Applies partner messages through the command path a project manager's request takes: the case's stream locked by
/// Wolverine's aggregate workflow (<c>[WriteAggregate]</c>, exclusive), the same deciders and rules, the events appended
/// and committed by Wolverine with each message's outcome in the same transaction.
/// </summary>
public static class ApplyPartnerMessagesHandler
{
    /// <summary>
    /// A database that cannot be reached (or a concurrent write to the same outcome) is retried, first in place, which
    /// keeps the case's later messages waiting behind it in their partition, then on a schedule, without end: a message
    /// acknowledged with 202 is never dropped, and a transient fault never becomes a rejection. Anything else is a fault
    /// of ours and goes, after Wolverine's default retries, to its dead-letter storage.
    /// </summary>
    public static void Configure(HandlerChain chain)
    {
        chain.OnException(IsTransient)
            .RetryWithCooldown(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1),
                TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5))
            .Then.ScheduleRetryIndefinitely(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30));
    }

    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or ConcurrencyException
                or DocumentAlreadyExistsException or MartenCommandException { InnerException: NpgsqlException })
                return true;
        return false;
    }

    /// <summary>
    /// Read under the case's lock, not in a <c>LoadAsync</c> (which a message handler runs before the lock): a project
    /// manager's command on the same participant commits either before this read or after this transaction.
    /// </summary>
    private static async Task<PartnerMessageContext> Load(ApplyPartnerMessages command, IDocumentSession session, CancellationToken ct)
    {
        var references = command.Messages.Select(m => m.PersonnelReference!).Distinct().ToArray();
        var keys = command.Messages.Select(m => PartnerMessageOutcome.Key(command.Service, m.MessageId!)).ToArray();
        var batch = session.CreateBatchQuery();
        var participants = batch.Query<Participant>().Where(p => p.CaseId == command.CaseId && references.Contains(p.PersonnelReference)).ToList();
        var known = batch.LoadMany<PartnerMessageOutcome>().ById(keys);
        // Into the identity map, where the inline projections find it when the events are applied.
        var details = batch.Load<CaseDetails>(command.CaseId);
        await batch.Execute(ct);
        await details;
        return new PartnerMessageContext((await participants).ToDictionary(p => p.PersonnelReference, StringComparer.Ordinal),
            (await known).ToDictionary(o => o.Id, StringComparer.Ordinal));
    }

    public static async Task<Events> Handle(ApplyPartnerMessages command,
        [WriteAggregate(nameof(ApplyPartnerMessages.CaseId), LoadStyle = Wolverine.Marten.ConcurrencyStyle.Exclusive)] DismissalCase current,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var context = await Load(command, session, ct);
        session.LastModifiedBy = command.SentBy;
        session.CorrelationId = command.CorrelationId;
        var now = clock.GetUtcNow();
        var events = new Events();
        foreach (var message in command.Messages)
        {
            var key = PartnerMessageOutcome.Key(command.Service, message.MessageId!);
            var earlier = context.Known.GetValueOrDefault(key);
            // Seen before: no second effect. A retry applies only what the retry endpoint marked for it.
            if (earlier is not null && !(command.Retry && earlier.State == PartnerMessageState.Retrying)) continue;

            var outcome = new PartnerMessageOutcome(key, command.Service, message.MessageId!, command.CaseId, message, PartnerMessageState.Applied,
                earlier?.ReceivedAt ?? command.ReceivedAt, now, (earlier?.Attempts ?? 0) + 1);
            if (!context.ByReference.TryGetValue(message.PersonnelReference!, out var participant))
                outcome = outcome with
                {
                    State = PartnerMessageState.Rejected, Rule = "participant.unknown",
                    Reason = $"No participant with personnel reference {message.PersonnelReference} in case {command.CaseId}."
                };
            else
            {
                outcome = outcome with { ParticipantId = participant.Id };
                try
                {
                    var decided = Decide(current, participant, message, command.Service);
                    events.Add(decided);
                    // The next message about the same participant is decided on the state this one left.
                    context.ByReference[message.PersonnelReference!] = Participant.Evolve(participant, decided)!;
                }
                catch (CaseRuleViolation violation)
                {
                    outcome = outcome with { State = PartnerMessageState.Rejected, Rule = violation.Rule, Reason = violation.Message };
                }
            }
            if (earlier is null) session.Insert(outcome);
            else session.Update(outcome);
            context.Known[key] = outcome;
        }
        return events;
    }

    /// <summary>The command a project manager would give for the same fact.</summary>
    private static object Decide(DismissalCase current, Participant participant, PartnerMessage message, EmploymentService service)
    {
        var on = message.OccurredOn!.Value;
        return message.Kind switch
        {
            PartnerMessageKind.JobFound => ParticipantDecider.Decide(current, participant, new RecordJob(on, message.Job!.EmployerName!.Trim(),
                message.Job.ContractType!.Value, message.Job.ContractMonths, message.Job.WorkTimeFraction)),
            PartnerMessageKind.JobEnded => ParticipantDecider.Decide(current, participant, new CloseAftercare(on, StillEmployed: false)),
            PartnerMessageKind.RegisteredAsJobSeeker => ParticipantDecider.Decide(current, participant, new RecordJobSeekerRegistration(on, service)),
            _ => throw new ArgumentOutOfRangeException(nameof(message), message.Kind, "Unknown kind.")
        };
    }
}
