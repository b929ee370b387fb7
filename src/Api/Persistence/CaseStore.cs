using CollectiveDismissal.Projections;
using JasperFx;
using System.Data.Common;
using Npgsql;
using Weasel.Core;

namespace CollectiveDismissal.Api.Persistence;

/// <summary>The Marten configuration of the service, shared with the benchmarks so their baseline uses the same store.</summary>
public static class CaseStore
{
    /// <summary>Numbers partner batches as they are accepted: the order a case's messages are applied in.</summary>
    public const string ReceiptSequence = "cd.partner_message_receipt";

    public static void Configure(StoreOptions options, string connectionString)
    {
        options.Connection(Tuned(connectionString));
        options.DatabaseSchemaName = "cd";
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.AddCaseProjections();
        options.Schema.For<CollectiveDismissal.Api.Integrations.Inbound.PartnerMessageOutcome>().UseOptimisticConcurrency(true)
            .Index(x => x.CaseId).Index(x => x.Service).Index(x => x.State);
        options.Storage.ExtendedSchemaObjects.Add(new Weasel.Postgresql.Sequence(Weasel.Postgresql.PostgresqlProvider.Instance.Parse(ReceiptSequence)));
        options.Schema.For<IdempotentResponse>().Identity(x => x.Id).Index(x => x.RecordedAt);
    }

    /// <summary>
    /// The most connections Marten's pool opens on one node (its queries and commands, Wolverine's message storage and
    /// the daemon). PostgreSQL does no more work at once than it has cores for; connections past that only queue inside
    /// it, each a process of its own. Without a ceiling a stall of a second under steady traffic opened as many
    /// connections as calls arrived meanwhile (the soak: 33 while saturated, then 46, 57 and 67 after stalls, never given
    /// back within the run). With it, calls past the ceiling wait in the pool's queue, in order. 24 cost no throughput in
    /// the soak; 16 doubled the p99 of reports and reads (docs/scaling.md, "Connections").
    /// </summary>
    public const int MaxPoolSize = 24;

    /// <summary>The ceiling of the small pool for the idempotency keys' advisory locks and the health check.</summary>
    public const int LockPoolSize = 8;

    /// <summary>
    /// Marten sends the same few statements on every command. Letting Npgsql prepare them, and not resetting a pooled
    /// connection with <c>DISCARD ALL</c> (which would also drop the prepared statements), took the in-process append
    /// loop from about 925 to 1,610 dossiers/s at 8 writers on our 2-core machine (tests/Benchmarks). Marten's sessions
    /// leave no session state behind; our advisory locks use another data source that keeps the reset. Keys the
    /// operator sets in the connection string win.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, "No Reset On Close")) tuned.NoResetOnClose = true;
        if (!Sets(connectionString, "Max Auto Prepare")) tuned.MaxAutoPrepare = 50;
        if (!Sets(connectionString, "Auto Prepare Min Usages")) tuned.AutoPrepareMinUsages = 2;
        if (!Sets(connectionString, "Maximum Pool Size", "MaxPoolSize")) tuned.MaxPoolSize = MaxPoolSize;
        return tuned.ConnectionString;
    }

    /// <summary>The advisory locks' pool: the connection string as given, with <see cref="LockPoolSize"/> unless it sets a size.</summary>
    public static string LockPool(string connectionString)
    {
        var pool = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, "Maximum Pool Size", "MaxPoolSize")) pool.MaxPoolSize = LockPoolSize;
        return pool.ConnectionString;
    }

    /// <summary>Whether the operator's string sets a key, under any of its names, spaced or not ("MaxPoolSize").</summary>
    private static bool Sets(string connectionString, params string[] names)
    {
        static string Bare(string key) => key.Replace(" ", "").ToLowerInvariant();
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Select(Bare).Intersect(names.Select(Bare)).Any();
    }
}
