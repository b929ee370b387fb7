using System.Net;
using System.Net.Http.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Tests;
using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace CollectiveDismissal.Api.Tests.Production;

/// <summary>
/// ADR 17: outside Development the service runs the committed pre-generated code and changes no schema; the schema is
/// applied by <c>db-apply</c>, and a node refuses to start on a schema that does not match. The test hosts run in
/// "Testing", so every other test runs that same mode.
/// </summary>
public sealed class ProductionModeTests(AppFixture fixture) : IntegrationContext(fixture)
{
    // codegen write only adds and overwrites files (an endpoint removed leaves its file), and it builds the store, which
    // wants a connection string though it connects to nothing.
    private const string RegenerateCommand =
        "rm -rf src/Api/Internal/Generated && ConnectionStrings__Marten=Host=localhost dotnet run --project src/Api -- codegen write";

    [Fact]
    public async Task Outside_Development_the_host_runs_the_pre_generated_code_loads_no_Roslyn_and_creates_no_schema()
    {
        var wolverine = Host.Services.GetRequiredService<WolverineOptions>();
        Assert.Equal(TypeLoadMode.Static, wolverine.CodeGeneration.TypeLoadMode);
        Assert.Equal(AutoCreate.None, wolverine.AutoBuildMessageStorageOnStartup);
        Assert.Equal(AutoCreate.None, Host.Services.GetRequiredService<Marten.StoreOptions>().AutoCreateSchemaObjects);

        // A command and a read through the generated handlers, then: no compiler in the process.
        var created = await Post("/api/cases", CaseScenarios.Dossier());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(ProjectManager).GetAsync("/api/deadlines")).StatusCode);
        var roslyn = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name!)
            .Where(name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.Empty(roslyn);
    }

    [Fact]
    public async Task Committed_generated_code_is_what_codegen_write_produces_from_the_current_handlers()
    {
        var committed = Path.Combine(RepositoryRoot(), "src", "Api", "Internal", "Generated");
        var fresh = Directory.CreateTempSubdirectory("cd-codegen-");
        try
        {
            // `codegen write` writes under its working directory (the content root), Dynamic as in Development.
            var (exit, output) = await RunApi(fresh.FullName, "Development", Fixture.ConnectionString, "codegen", "write");
            Assert.True(exit == 0, $"codegen write failed ({exit}):\n{output}");
            var generated = Path.Combine(fresh.FullName, "Internal", "Generated");

            var stale = Files(committed).Union(Files(generated)).Order()
                .Where(file => !File.Exists(Path.Combine(committed, file)) || !File.Exists(Path.Combine(generated, file))
                    || File.ReadAllText(Path.Combine(committed, file)) != File.ReadAllText(Path.Combine(generated, file)))
                .ToList();
            Assert.True(stale.Count == 0,
                $"The generated code committed under src/Api/Internal/Generated is stale ({string.Join(", ", stale)}). " +
                $"From the repository's root run `{RegenerateCommand}` and commit src/Api/Internal/Generated.");
        }
        finally
        {
            fresh.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_node_refuses_an_unapplied_or_outdated_schema_and_starts_once_db_apply_ran()
    {
        var connection = await IsolatedApp.CreateDatabase(Fixture, "schema");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => IsolatedApp.Start(connection, applySchema: false));
        Assert.Contains("db-apply", Flatten(refused));
        Assert.Equal(0L, await Scalar(connection, "select count(*) from information_schema.tables where table_schema = 'cd'"));

        var (applied, applyOutput) = await RunApi(Path.GetTempPath(), "Production", connection, "db-apply");
        Assert.True(applied == 0, $"db-apply failed ({applied}):\n{applyOutput}");
        var (asserted, assertOutput) = await RunApi(Path.GetTempPath(), "Production", connection, "db-assert");
        Assert.True(asserted == 0, $"db-assert after db-apply failed ({asserted}):\n{assertOutput}");
        Assert.Equal(1L, await Scalar(connection, "select count(*) from pg_sequences where schemaname = 'cd' and sequencename = 'partner_message_receipt'"));
        Assert.True(await Scalar(connection, "select count(*) from information_schema.tables where table_schema = 'cd' and table_name like 'wolverine%'") > 0);

        await using (var host = await IsolatedApp.Start(connection, applySchema: false))
        {
            var client = host.Server.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            client.DefaultRequestHeaders.Authorization = new("Bearer", ProjectManager);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/cases", CaseScenarios.Dossier())).StatusCode);

            // On the live database, after use: nothing to assert against, nothing to patch.
            var (live, liveOutput) = await RunApi(Path.GetTempPath(), "Production", connection, "db-assert");
            Assert.True(live == 0, $"db-assert on the live database failed ({live}):\n{liveOutput}");
            var settings = new NpgsqlConnectionStringBuilder(connection);
            var patch = Path.Combine(Path.GetTempPath(), $"cd-patch-{Guid.NewGuid():N}.sql");
            var (patched, patchOutput) = await RunApi(Path.GetTempPath(), "Production", connection,
                "db-patch", patch, "-d", $"postgresql://{settings.Host}/{settings.Database}/cd");
            Assert.True(patched == 0, $"db-patch failed ({patched}):\n{patchOutput}");
            Assert.Contains("No differences were detected", patchOutput);
            Assert.False(File.Exists(patch) && File.ReadAllText(patch).Trim().Length > 0, "db-patch wrote a migration for an up-to-date database");
        }

        // An outdated schema: an object this version needs is missing.
        await Scalar(connection, "drop sequence cd.partner_message_receipt; select 0");
        NpgsqlConnection.ClearAllPools();
        var outdated = await Assert.ThrowsAnyAsync<Exception>(() => IsolatedApp.Start(connection, applySchema: false));
        Assert.Contains("does not match this version", Flatten(outdated));
    }

    private static string Flatten(Exception e) => e is AggregateException all
        ? string.Join("\n", all.InnerExceptions.Select(Flatten))
        : e.Message + (e.InnerException is null ? "" : "\n" + Flatten(e.InnerException));

    private static async Task<long> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static IEnumerable<string> Files(string root) => Directory.Exists(root)
        ? Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f))
        : [];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CollectiveDismissal.sln"))) return dir.FullName;
        throw new InvalidOperationException("No CollectiveDismissal.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// The API's own build output, of the tests' configuration: not the copy beside the tests, whose folder holds the
    /// test packages that JasperFx's command line would scan.
    /// </summary>
    private static string ApiDll()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(RepositoryRoot(), "src", "Api", "bin", framework.Parent!.Name, framework.Name, "CollectiveDismissal.Api.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build src/Api first.");
        return dll;
    }

    private static Task<(int Exit, string Output)> RunApi(string workingDirectory, string environment,
        string connectionString, params string[] arguments) =>
        ApiCommand.Run(ApiDll(), workingDirectory, environment, connectionString, arguments);
}
