using System.Security.Cryptography;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Testcontainers.PostgreSql;
using Wolverine;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>
/// One host per test run, on a real PostgreSQL: the one named by TEST_POSTGRES_CONNECTION (deploy/test.sh starts a
/// private cluster when no Docker engine answers), otherwise a Testcontainers PostgreSQL 15.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private const string Issuer = "collective-dismissal-tests";
    private const string Audience = "collective-dismissal";
    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);
    private PostgreSqlContainer? _container;

    public IAlbaHost Host { get; private set; } = null!;
    public LogCapture Logs { get; } = new();
    public string ConnectionString { get; private set; } = "";

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        ConnectionString = Environment.GetEnvironmentVariable("TEST_POSTGRES_CONNECTION") ?? await StartContainer();

        // The same configuration keys dotnet user-jwts writes: issuer, audiences and a symmetric signing key.
        Environment.SetEnvironmentVariable("ConnectionStrings__Marten", ConnectionString);
        Environment.SetEnvironmentVariable("Authentication__Schemes__Bearer__ValidIssuer", Issuer);
        Environment.SetEnvironmentVariable("Authentication__Schemes__Bearer__ValidAudiences__0", Audience);
        Environment.SetEnvironmentVariable("Authentication__Schemes__Bearer__SigningKeys__0__Issuer", Issuer);
        Environment.SetEnvironmentVariable("Authentication__Schemes__Bearer__SigningKeys__0__Value", Convert.ToBase64String(SigningKey));

        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureLogging(logging => logging
                .AddFilter<LogCapture>(null, Microsoft.Extensions.Logging.LogLevel.Debug)
                .AddFilter<LogCapture>("Microsoft.AspNetCore.Hosting.Diagnostics", Microsoft.Extensions.Logging.LogLevel.Warning));
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
                services.AddSingleton<TimeProvider>(CollectiveDismissal.Tests.TestClock.Create());
                services.RunWolverineInSoloMode();
                CollectiveDismissal.Tests.SchemaFirst.Add(services);
            });
        });
    }

    private async Task<string> StartContainer()
    {
        // Parameters of a failing statement in the server's log, so the hostile-input test can search them for personal data.
        _container = CollectiveDismissal.Tests.TestPostgres.Container(b => b.WithCommand("-c", "log_parameter_max_length_on_error=-1"));
        await _container.StartAsync();
        return _container.GetConnectionString();
    }

    /// <summary>
    /// Where PostgreSQL's server log can be read: the file deploy/test.sh names in TEST_POSTGRES_LOG, or the
    /// Testcontainers container's output. Null when neither is known (a bare TEST_POSTGRES_CONNECTION), or when
    /// TEST_POSTGRES_LOG is "off" (the explicit opt-out; <see cref="PostgresLogUnavailable"/> says why).
    /// </summary>
    public async Task<Func<Task<string>>?> PostgresLogFromNow()
    {
        var path = Environment.GetEnvironmentVariable("TEST_POSTGRES_LOG");
        if (path is "off") return null;
        if (!string.IsNullOrEmpty(path))
        {
            if (!File.Exists(path)) throw new InvalidOperationException($"TEST_POSTGRES_LOG names {path}, which does not exist.");
            var mark = new FileInfo(path).Length;
            return async () =>
            {
                await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                file.Seek(Math.Min(mark, file.Length), SeekOrigin.Begin);
                using var reader = new StreamReader(file, System.Text.Encoding.UTF8);
                return await reader.ReadToEndAsync();
            };
        }
        if (_container is { } container)
        {
            var since = DateTime.UtcNow.AddSeconds(-1);
            return async () =>
            {
                var (stdout, stderr) = await container.GetLogsAsync(since, DateTime.UtcNow.AddSeconds(5));
                return stdout + "\n" + stderr;
            };
        }
        return null;
    }

    /// <summary>Why <see cref="PostgresLogFromNow"/> gave nothing, or null when the missing log is an error.</summary>
    public static string? PostgresLogUnavailable =>
        Environment.GetEnvironmentVariable("TEST_POSTGRES_LOG") is "off" ? "TEST_POSTGRES_LOG=off: PostgreSQL's log is not searched" : null;

    public static string Token(string role, string subject = "pm.tests", byte[]? key = null) => TokenWith(role, subject, key);

    public static string TokenWith(string role, string subject, params (string Type, string Value)[] claims) =>
        TokenWith(role, subject, null, claims);

    private static string TokenWith(string role, string subject, byte[]? key, params (string Type, string Value)[] claims)
    {
        var all = new Dictionary<string, object> { ["sub"] = subject, ["role"] = role };
        foreach (var (type, value) in claims) all[type] = value;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = all,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? SigningKey), SecurityAlgorithms.HmacSha256)
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_container is not null) await _container.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "api";
}
