using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Wolverine;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>
/// A host on a database of its own, for tests that stop a host, start another on the same data, or cut the database:
/// the shared <see cref="AppFixture"/> host never sees their envelopes, and they never see its.
/// </summary>
public static class IsolatedApp
{
    /// <summary>A new, empty database on the tests' PostgreSQL server; returns its connection string.</summary>
    public static async Task<string> CreateDatabase(AppFixture app, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>
    /// A host like the shared one (same tokens, environment "Testing") on <paramref name="connectionString"/>, with
    /// <paramref name="settings"/> added last so they win over the environment, and <paramref name="services"/> last.
    /// Without <paramref name="applySchema"/> the database is left as it is, as a deployment that skipped <c>db-apply</c>.
    /// </summary>
    public static Task<IAlbaHost> Start(string connectionString, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null, bool applySchema = true) => Start(connectionString, settings, services, solo: true, applySchema);

    /// <summary>
    /// A host as <see cref="Start(string, IDictionary{string, string?}?, Action{IServiceCollection}?, bool)"/>, but in Wolverine's
    /// Balanced mode as in production, so several of them share one database's nodes, stored messages and projections.
    /// </summary>
    public static Task<IAlbaHost> StartNode(string connectionString, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null) => Start(connectionString, settings, services, solo: false, applySchema: true);

    private static Task<IAlbaHost> Start(string connectionString, IDictionary<string, string?>? settings,
        Action<IServiceCollection>? services, bool solo, bool applySchema)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:Marten"] = connectionString
        };
        var more = services;
        return AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(all));
            builder.ConfigureServices(services =>
            {
                if (solo) services.RunWolverineInSoloMode();
                if (applySchema) CollectiveDismissal.Tests.SchemaFirst.Add(services);
                services.AddSingleton<TimeProvider>(CollectiveDismissal.Tests.TestClock.Create());
                // A test that stops a host mid-work does not wait the default 30 s for handlers to drain.
                services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
                more?.Invoke(services);
            });
        });
    }

    /// <summary>A client of <paramref name="host"/> that sends <paramref name="token"/> as its bearer token.</summary>
    public static HttpClient Client(IAlbaHost host, string token)
    {
        var client = host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The database a host's Marten store writes to.</summary>
    public static string DatabaseOf(IAlbaHost host)
    {
        var store = host.Services.GetRequiredService<IDocumentStore>();
        using var connection = store.Storage.Database.CreateConnection();
        return connection.Database;
    }
}
