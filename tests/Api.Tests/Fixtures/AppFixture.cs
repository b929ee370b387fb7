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
                services.RunWolverineInSoloMode();
            });
        });
    }

    private async Task<string> StartContainer()
    {
        _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        await _container.StartAsync();
        return _container.GetConnectionString();
    }

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
