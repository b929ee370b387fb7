using JasperFx.Events.Daemon;
using Marten;
using Wolverine.Marten;

namespace CollectiveDismissal.Api.Persistence;

/// <summary>Which mechanism keeps each async projection (the deadline boards) on exactly one node.</summary>
public enum ProjectionNodes
{
    /// <summary>Marten's daemon in HotCold mode: the node holding its PostgreSQL advisory lock runs every async shard.</summary>
    HotCold,

    /// <summary>Wolverine's leader assigns each shard to one node (needs Wolverine's Balanced mode on several nodes).</summary>
    Wolverine
}

/// <summary>
/// How the API runs beside other nodes on one database: docs/architecture.md, decision 18, and
/// docs/operations.md#scaling-out. Keys under <c>Nodes:</c>.
/// </summary>
public static class Nodes
{
    public const string DurabilityKey = "Nodes:Durability";
    public const string ProjectionsKey = "Nodes:Projections";
    public const string HealthCheckKey = "Nodes:HealthCheck";
    public const string StaleAfterKey = "Nodes:StaleAfter";

    /// <summary>
    /// Read from the builder's configuration (appsettings, environment, command line): the choice decides which services are
    /// registered, before a test host could add settings of its own.
    /// </summary>
    public static ProjectionNodes Projections(IConfiguration configuration) =>
        configuration.GetValue(ProjectionsKey, ProjectionNodes.HotCold);

    /// <summary>Registers the async daemon the chosen way, and Marten's Wolverine integration (outbox, inbox, middleware).</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression RunAsyncProjections(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten, ProjectionNodes projections) =>
        projections == ProjectionNodes.Wolverine
            // Wolverine sets Marten's daemon to ExternallyManaged itself; adding HotCold too makes it throw at start-up.
            ? marten.IntegrateWithWolverine(w => w.UseWolverineManagedEventSubscriptionDistribution = true)
            : marten.AddAsyncDaemon(DaemonMode.HotCold).IntegrateWithWolverine();

    /// <summary>
    /// Wolverine's durability mode and node health timings, applied when the services are built so a test host's settings
    /// count (as <c>RunWolverineInSoloMode</c>, registered later, wins over this).
    /// </summary>
    internal sealed class Durability(IConfiguration configuration, IHostEnvironment environment) : IWolverineExtension
    {
        public void Configure(WolverineOptions options)
        {
            // Solo in Development: one node on a laptop restarts often and is killed in the debugger; Solo takes every
            // stored envelope as its own at once, where Balanced would wait for the dead run's node to go stale.
            options.Durability.Mode = configuration.GetValue(DurabilityKey,
                environment.IsDevelopment() ? DurabilityMode.Solo : DurabilityMode.Balanced);
            if (configuration.GetValue<TimeSpan?>(HealthCheckKey) is { } healthCheck)
                options.Durability.HealthCheckPollingTime = healthCheck;
            if (configuration.GetValue<TimeSpan?>(StaleAfterKey) is { } staleAfter)
                options.Durability.StaleNodeTimeout = staleAfter;
        }
    }

    public static WolverineOptions AddNodeDurability(this WolverineOptions options)
    {
        options.Services.AddSingleton<IWolverineExtension, Durability>();
        return options;
    }
}
