using CollectiveDismissal.Domain.Reports;
using Wolverine;

namespace CollectiveDismissal.Api.Integrations.Outbound;

/// <summary>
/// The outbound half of the integrations: every frozen report (a TWC meeting's progress report, the final report at
/// closing) is delivered to the case's competent service over HTTP. docs/architecture.md, decision 13.
/// </summary>
public static class ReportDeliveries
{
    public const string Queue = "report-deliveries";

    /// <summary>
    /// <see cref="DeliverReport"/> goes to a durable local queue: the message is stored in Wolverine's inbox table in the
    /// transaction of the endpoint (or handler) that returns it, and survives a restart. Settings are read from
    /// configuration when the services are built (<see cref="ReportDeliverySettings"/>).
    /// </summary>
    public static WolverineOptions AddReportDeliveries(this WolverineOptions options)
    {
        var services = options.Services;
        services.AddSingleton(provider => ReportDeliverySettings.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ReportSender>();
        // The factory's own request logging writes two lines per attempt at Information and a refused connection's stack
        // trace; the handler logs each outcome once, in a line, at Warning when it failed.
        services.AddHttpClient(ReportSender.HttpClientName,
                (provider, client) => client.Timeout = provider.GetRequiredService<ReportDeliverySettings>().Timeout)
            .RemoveAllLoggers();
        services.ConfigureMarten(marten =>
        {
            marten.Schema.For<Delivery>().Identity(d => d.MessageId).Index(d => d.CaseId);
            marten.Schema.For<TwcMeetingReport>();
        });
        services.AddSingleton<IWolverineExtension, SchedulePolling>();
        options.PublishMessage<DeliverReport>().ToLocalQueue(Queue).UseDurableInbox();
        return options;
    }

    /// <summary>
    /// A new delivery of a frozen report to the case's competent service: the document to insert and the message to return
    /// from the endpoint, which Wolverine stores in the same transaction (its Marten outbox) and releases after the commit.
    /// </summary>
    public static (IMartenOp Delivery, DeliverReport Message) Deliver(DismissalCase current, DeliveryKind kind, DateOnly asOf, int? meeting,
        TimeProvider clock, int? closing = null)
    {
        var delivery = Delivery.Of(current.Id, LegalRules.CompetentService(current.Region), kind, asOf, meeting, clock.GetUtcNow(), closing);
        return (MartenOps.Insert(delivery), new DeliverReport(delivery.MessageId));
    }

    /// <summary>
    /// Wolverine finds a scheduled retry that is due by polling its inbox (every 5 s by default); tests and benchmarks
    /// with short backoffs poll more often. Applied at start-up, after the configuration is complete.
    /// </summary>
    internal sealed class SchedulePolling(ReportDeliverySettings settings) : IWolverineExtension
    {
        public void Configure(WolverineOptions options)
        {
            if (settings.SchedulePolling is { } polling) options.Durability.ScheduledJobPollingTime = polling;
        }
    }
}
