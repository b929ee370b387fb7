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
    /// Marten sends the same few statements on every command. Letting Npgsql prepare them, and not resetting a pooled
    /// connection with <c>DISCARD ALL</c> (which would also drop the prepared statements), took the in-process append
    /// loop from about 925 to 1,610 dossiers/s at 8 writers on our 2-core machine (tests/Benchmarks). Marten's sessions
    /// leave no session state behind; our advisory locks use another data source that keeps the reset. Keys the
    /// operator sets in the connection string win.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close")) tuned.NoResetOnClose = true;
        if (!given.ContainsKey("Max Auto Prepare")) tuned.MaxAutoPrepare = 50;
        if (!given.ContainsKey("Auto Prepare Min Usages")) tuned.AutoPrepareMinUsages = 2;
        return tuned.ConnectionString;
    }
}
