using CollectiveDismissal.Domain.Reports;
using Npgsql;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace CollectiveDismissal.Api.Integrations.Outbound;

/// <summary>
/// One attempt at a delivery, as one Wolverine message from the durable local queue <c>report-deliveries</c>. The
/// attempt's outcome and, after a failure, the next attempt (a scheduled <see cref="DeliverReport"/>) are saved in one
/// Marten transaction, with Wolverine marking this message handled: a delivery always has exactly one attempt ahead of
/// it until it is delivered, and is never dropped.
/// </summary>
public static class DeliverReportHandler
{
    /// <summary>
    /// Only what the handler does not catch itself reaches these rules: the delivery's own HTTP failures are recorded and
    /// rescheduled by <see cref="Handle"/>. A database error (PostgreSQL restarting, a dropped connection) is retried in
    /// place a few times, then rescheduled for ever, never dead-lettered; the attempt is made again, and the receiver drops
    /// a repeat by its message id. Anything else is a bug: logged by Wolverine at Error, and tried again later, also
    /// never dead-lettered, so the delivery is still there once the bug is fixed.
    /// </summary>
    public static void Configure(HandlerChain chain)
    {
        chain.OnException<NpgsqlException>().OrInner<NpgsqlException>()
            .RetryWithCooldown(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5))
            .Then.ScheduleRetryIndefinitely(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10));
        chain.OnAnyException()
            .ScheduleRetryIndefinitely(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), ReportDeliverySettings.MaxBackoff);
    }

    /// <summary>
    /// Why a scheduled cascading message rather than Wolverine's <c>ScheduleRetry</c> error policy for a refused
    /// attempt: the failure (attempts, last error, next attempt) must be saved on the <see cref="Delivery"/>, and an
    /// exception would roll that back; the policy's schedule ends in the dead-letter queue when its delays run out, where
    /// a delivery must never end; and the backoff follows the delivery's own attempt count, kept in the document, not the
    /// envelope's. The scheduled message is persisted in Wolverine's durable inbox in this handler's transaction, so it
    /// survives a restart and fires when due.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(DeliverReport message, IDocumentSession session, ReportSender sender,
        ReportDeliverySettings settings, TimeProvider clock, ILogger<DeliverReport> logger)
    {
        var next = new OutgoingMessages();
        var delivery = await session.LoadAsync<Delivery>(message.MessageId);
        if (delivery is null)
        {
            // Only when the data was wiped under a pending message (a test resetting its database); nothing to deliver.
            logger.LogDebug("Report delivery {MessageId} no longer exists; nothing to send.", message.MessageId);
            return next;
        }
        // A repeat of an attempt that already succeeded (a message recovered after a crash): never sent twice from here.
        if (delivery.State == DeliveryState.Delivered) return next;

        var report = await Frozen(session, delivery);
        var error = report is null
            ? $"The frozen {delivery.Kind} of case {delivery.CaseId} is missing."
            : await sender.Send(delivery, ReportPayload.Of(delivery, report));
        var now = clock.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        if (error is null)
        {
            session.Store(delivery with { State = DeliveryState.Delivered, Attempts = attempts, NextAttemptAt = null, DeliveredAt = now });
            logger.LogInformation("Report delivery {MessageId} ({Kind}, case {CaseId}) delivered to {Service} on attempt {Attempts}.",
                delivery.MessageId, delivery.Kind, delivery.CaseId, delivery.Service, attempts);
            return next;
        }

        var delay = settings.DelayAfter(attempts);
        session.Store(delivery with { State = DeliveryState.Failing, Attempts = attempts, LastError = error, NextAttemptAt = now + delay });
        next.Add(new DeliverReport(delivery.MessageId).DelayedFor(delay));
        // Warning, not Error: a service being down is expected and handled; the delivery's state says it to the users.
        logger.LogWarning("Report delivery {MessageId} ({Kind}, case {CaseId}) to {Service} failed on attempt {Attempts}: {Error} Next attempt in {Delay}.",
            delivery.MessageId, delivery.Kind, delivery.CaseId, delivery.Service, attempts, error, delay);
        return next;
    }

    /// <summary>
    /// A final report is the one its closing froze: kept as superseded once the case was reopened, otherwise the case's
    /// current one. A delivery recorded before closings were counted is of the first.
    /// </summary>
    private static async Task<ReportWithRows?> Frozen(IDocumentSession session, Delivery delivery) => delivery.Kind switch
    {
        DeliveryKind.FinalReport =>
            (await session.LoadAsync<SupersededFinalReport>(SupersededFinalReport.IdOf(delivery.CaseId, delivery.Closing ?? 1)))?.WithRows()
            ?? (await session.LoadAsync<FinalReport>(delivery.CaseId))?.WithRows(),
        _ => (await session.LoadAsync<TwcMeetingReport>(TwcMeetingReport.IdOf(delivery.CaseId, delivery.Meeting ?? 0)))?.WithRows()
    };
}
