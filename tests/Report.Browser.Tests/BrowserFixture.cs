using System.Net.Http.Headers;
using System.Security.Cryptography;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;
using Npgsql;
using Testcontainers.PostgreSql;
using Wolverine;

namespace CollectiveDismissal.Report.Browser.Tests;

/// <summary>
/// The app on a real loopback port (Kestrel, so a browser can reach it) and one headless Chromium for the test run.
/// PostgreSQL: a database of its own, created on the server TEST_POSTGRES_CONNECTION names (deploy/test.sh), so that
/// Api.Tests, running at the same time and resetting its database between tests, does not touch it; otherwise a
/// Testcontainers PostgreSQL. Chromium: Debian's, at CHROMIUM_PATH or /usr/bin/chromium; never downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string Issuer = "collective-dismissal-tests";
    private const string Audience = "collective-dismissal";
    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);

    private PostgreSqlContainer? _container;
    private string? _server, _database;
    private App? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"No Chromium at {ChromiumPath}: install Debian's chromium package (./deploy/test.sh does) or set CHROMIUM_PATH.");

        Environment.SetEnvironmentVariable("ConnectionStrings__Marten", await CreateDatabase());
        Environment.SetEnvironmentVariable("Authentication__Schemes__Bearer__ValidIssuer", Issuer);
        Environment.SetEnvironmentVariable("Authentication__Schemes__Bearer__ValidAudiences__0", Audience);
        Environment.SetEnvironmentVariable("Authentication__Schemes__Bearer__SigningKeys__0__Issuer", Issuer);
        Environment.SetEnvironmentVariable("Authentication__Schemes__Bearer__SigningKeys__0__Value", Convert.ToBase64String(SigningKey));

        _app = new App();
        _app.UseKestrel(0);
        _app.StartServer();
        BaseAddress = _app.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No network beyond the app: nothing in the background, no updates, no first-run or sync traffic.
            Args =
            [
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps", "--disable-sync",
                "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--no-first-run",
                "--no-default-browser-check", "--disable-gpu"
            ]
        });
    }

    public HttpClient Client(string role)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role));
        return client;
    }

    public static string Token(string role) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Expires = DateTime.UtcNow.AddHours(1),
        Claims = new Dictionary<string, object> { ["sub"] = $"{role.ToLowerInvariant()}.browser", ["role"] = role },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(SigningKey), SecurityAlgorithms.HmacSha256)
    });

    private async Task<string> CreateDatabase()
    {
        if (Environment.GetEnvironmentVariable("TEST_POSTGRES_CONNECTION") is not { Length: > 0 } server)
        {
            _container = CollectiveDismissal.Tests.TestPostgres.Container();
            await _container.StartAsync();
            return _container.GetConnectionString();
        }
        _server = server;
        _database = $"cd_browser_{Guid.NewGuid():N}";
        await Execute($"CREATE DATABASE {_database}");
        return new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
    }

    private async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_database is not null) await Execute($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        if (_container is not null) await _container.DisposeAsync();
    }

    private sealed class App : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureServices(services =>
            {
                services.MartenDaemonModeIsSolo();
                services.RunWolverineInSoloMode();
                CollectiveDismissal.Tests.SchemaFirst.Add(services);
                services.AddSingleton<TimeProvider>(CollectiveDismissal.Tests.TestClock.Create());
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
