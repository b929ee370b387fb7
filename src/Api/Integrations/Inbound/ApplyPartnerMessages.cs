using CollectiveDismissal.Projections.Cases;
using JasperFx;
using Marten.Exceptions;
using Npgsql;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace CollectiveDismissal.Api.Integrations.Inbound;

/// <summary>
/// The wake-up for a case's accepted partner messages, put in Wolverine's durable inbox by the transaction that accepted
/// them (it names them; their content is in their <see cref="PartnerMessageOutcome"/>). <see cref="Retry"/>: a retry of
/// one rejected message, asked for by its service or a project manager.
/// </summary>
public sealed record ApplyPartnerMessages(EmploymentService Service, Guid CaseId, IReadOnlyList<string> MessageIds, string? SentBy,
    string? CorrelationId, bool Retry = false);

/// <summary>
/// Applies partner messages through the command path a project manager's request takes: the case's stream locked by
/// Wolverine's aggregate workflow (<c>[WriteAggregate]</c>, exclusive), the same deciders and rules, the events appended
/// and committed by Wolverine with each message's outcome in the same transaction.
/// </summary>
public static class ApplyPartnerMessagesHandler
{
    /// <summary>
    /// A database that cannot be reached (or a concurrent write to the same outcome) is retried, first in place, then on
    /// a schedule, without end: a message acknowledged with 202 is never dropped, and a transient fault never becomes a
    /// rejection. Anything else is a fault of ours and goes, after Wolverine's default retries, to its dead-letter storage,
    /// where an operator can replay it; the messages it named stay Pending and are applied by the case's next envelope.
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
    /// Applies every Pending message of the case, in the order accepted, whichever envelope woke it: envelopes recovered
    /// after a restart or retried after a fault may run in any order, the messages never do. A message of a later envelope
    /// is thereby applied early and its own envelope finds nothing left to do. A retry applies just its message.
    /// </summary>
    public static async Task<Events> Handle(ApplyPartnerMessages command,
        [WriteAggregate(nameof(ApplyPartnerMessages.CaseId), LoadStyle = Wolverine.Marten.ConcurrencyStyle.Exclusive)] DismissalCase current,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        session.LastModifiedBy = command.SentBy;
        session.CorrelationId = command.CorrelationId;

        // Read under the case's lock (a handler's LoadAsync would run before it): a project manager's command on the same
        // participant commits either before these reads or after this transaction.
        var toApply = command.Retry
            ? (await session.LoadAsync<PartnerMessageOutcome>(PartnerMessageOutcome.Key(command.Service, command.MessageIds[0]), ct)) is
                { State: PartnerMessageState.Retrying } retried ? [retried] : []
            : await session.Query<PartnerMessageOutcome>()
                .Where(o => o.CaseId == command.CaseId && o.State == PartnerMessageState.Pending)
                .OrderBy(o => o.Received).ThenBy(o => o.Position).ToListAsync(ct);
        if (toApply.Count == 0) return [];

        var references = toApply.Select(o => o.Message.PersonnelReference!).Distinct().ToArray();
        var batch = session.CreateBatchQuery();
        var participants = batch.Query<Participant>().Where(p => p.CaseId == command.CaseId && references.Contains(p.PersonnelReference)).ToList();
        // Into the identity map, where the inline projections find it when the events are applied.
        var details = batch.Load<CaseDetails>(command.CaseId);
        await batch.Execute(ct);
        await details;
        var byReference = (await participants).ToDictionary(p => p.PersonnelReference, StringComparer.Ordinal);

        var now = clock.GetUtcNow();
        var events = new Events();
        foreach (var waitingOne in toApply)
        {
            var message = waitingOne.Message;
            var outcome = waitingOne with
            {
                State = PartnerMessageState.Applied, DecidedAt = now, Attempts = waitingOne.Attempts + 1, Rule = null, Reason = null
            };
            if (!byReference.TryGetValue(message.PersonnelReference!, out var participant))
                outcome = outcome with
                {
                    State = PartnerMessageState.Rejected, Rule = "participant.unknown",
                    Reason = $"No participant with personnel reference {message.PersonnelReference} in case {command.CaseId}."
                };
            else
            {
                outcome = outcome with { ParticipantId = participant.Id };
                if (AlreadyRecorded(participant, message, waitingOne.Service))
                    outcome = outcome with { Reason = "Already recorded (the same registration, date and service): nothing to change." };
                else try
                {
                    var decided = Decide(current, participant, message, waitingOne.Service);
                    events.Add(decided);
                    // The next message about the same participant is decided on the state this one left.
                    byReference[message.PersonnelReference!] = Participant.Evolve(participant, decided)!;
                }
                catch (CaseRuleViolation violation)
                {
                    outcome = outcome with { State = PartnerMessageState.Rejected, Rule = violation.Rule, Reason = violation.Message };
                }
            }
            session.Update(outcome);
        }
        return events;
    }

    /// <summary>
    /// A registration the participant already has, sent by a partner under another message id (or recorded by hand
    /// first): the fact is known, so the message is applied without a second event rather than rejected.
    /// </summary>
    private static bool AlreadyRecorded(Participant participant, PartnerMessage message, EmploymentService service) =>
        message.Kind == PartnerMessageKind.RegisteredAsJobSeeker
        && participant.JobSeekerRegistrationList().Any(r => r.RegisteredOn == message.OccurredOn && r.Service == service);

    /// <summary>The command a project manager would give for the same fact.</summary>
    private static object Decide(DismissalCase current, Participant participant, PartnerMessage message, EmploymentService service)
    {
        var on = message.OccurredOn!.Value;
        return message.Kind switch
        {
            PartnerMessageKind.JobFound => ParticipantDecider.Decide(current, participant, new RecordJob(on, message.Job!.EmployerName!.Trim(),
                message.Job.ContractType!.Value, message.Job.ContractMonths, message.Job.WorkTimeFraction, Guid.CreateVersion7())),
            PartnerMessageKind.JobEnded => ParticipantDecider.Decide(current, participant, new CloseAftercare(on, StillEmployed: false)),
            PartnerMessageKind.RegisteredAsJobSeeker => ParticipantDecider.Decide(current, participant, new RecordJobSeekerRegistration(on, service)),
            _ => throw new ArgumentOutOfRangeException(nameof(message), message.Kind, "Unknown kind.")
        };
    }
}
