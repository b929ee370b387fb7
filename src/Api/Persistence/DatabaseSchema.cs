using JasperFx;
using Weasel.Core;
using Weasel.Core.Migrations;

namespace CollectiveDismissal.Api.Persistence;

/// <summary>
/// The schema at start-up (ADR 17): Marten's tables and functions, the partner receipts' sequence and Wolverine's
/// envelope tables, each configuration's databases as <c>db-apply</c> and <c>db-assert</c> see them. In Development
/// the host brings them up to date, so a fresh machine needs no step; elsewhere it changes nothing and refuses to start
/// on a schema this version does not match, naming the command that applies it. A node that created tables itself
/// would need schema rights at run time, and two versions starting together would race to alter the same tables; a
/// node that started anyway would fail on the first request that touched a missing object, not at start.
/// </summary>
public sealed class DatabaseSchema(IEnumerable<IDatabaseSource> sources, IHostEnvironment environment,
    ILogger<DatabaseSchema> logger) : IHostedLifecycleService
{
    public const string ApplyCommand = "dotnet CollectiveDismissal.Api.dll db-apply";

    // Before any hosted service starts: Wolverine's durability agent and Marten's daemon query their tables at once.
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (environment.IsDevelopment())
        {
            await Apply(sources, cancellationToken);
            return;
        }

        var outdated = new List<string>();
        foreach (var database in await Databases(sources))
        {
            try
            {
                await database.AssertDatabaseMatchesConfigurationAsync(cancellationToken);
            }
            catch (DatabaseValidationException e)
            {
                logger.LogDebug(e, "Schema differences in {Database}", Name(database));
                outdated.Add(Name(database));
            }
        }
        if (outdated.Count == 0) return;

        var message = $"The database schema does not match this version ({string.Join(", ", outdated)}). Apply it " +
                      $"before starting the service: `{ApplyCommand}` with the same ConnectionStrings__Marten " +
                      "(`db-patch <file>` writes the SQL for review instead; docs/operations.md#the-schema). " +
                      "Outside Development the service creates no table itself.";
        logger.LogCritical("{Message}", message);
        throw new InvalidOperationException(message);
    }

    /// <summary>What <c>db-apply</c> does: every database of every configuration brought up to date.</summary>
    public static async Task Apply(IEnumerable<IDatabaseSource> sources, CancellationToken cancellationToken)
    {
        foreach (var database in await Databases(sources))
            await database.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate, ct: cancellationToken);
    }

    private static async Task<List<IDatabase>> Databases(IEnumerable<IDatabaseSource> sources)
    {
        var all = new List<IDatabase>();
        foreach (var source in sources) all.AddRange(await source.BuildDatabases());
        return all;
    }

    private static string Name(IDatabase database) =>
        $"{database.Describe().Identifier} at {database.Describe().DatabaseUri()}";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
