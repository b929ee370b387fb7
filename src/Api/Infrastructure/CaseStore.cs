using CollectiveDismissal.Projections;
using JasperFx;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace CollectiveDismissal.Api.Infrastructure;

/// <summary>The Marten configuration of the service, shared with the benchmarks so their baseline uses the same store.</summary>
public static class CaseStore
{
    public static void Configure(StoreOptions options, string connectionString)
    {
        options.Connection(connectionString);
        options.DatabaseSchemaName = "cd";
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.AddCaseProjections();
        options.Schema.For<IdempotentResponse>().Identity(x => x.Id).Index(x => x.RecordedAt);
        // The schema is created or updated at start-up, so a fresh database needs no migration step.
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
    }
}
