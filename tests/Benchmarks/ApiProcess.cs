using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CollectiveDismissal.Benchmarks;

/// <summary>The API as it runs in production: its own process, Kestrel on loopback, a real token.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private const string Issuer = "collective-dismissal-bench";
    private const string Audience = "collective-dismissal";
    private readonly Process _process;
    private readonly byte[] _key;

    public Uri BaseAddress { get; }

    /// <summary>The process: for the fault drills (tests/Faults) to kill or signal, and its id for the benchmarks to read its memory and CPU time.</summary>
    public Process Process => _process;

    /// <summary>The key its tokens are signed with: give it to another node so a client's token works on both.</summary>
    public byte[] SigningKey => _key;

    private ApiProcess(string apiDll, string connectionString, int port, IReadOnlyDictionary<string, string>? environment, byte[]? signingKey)
    {
        _key = signingKey ?? RandomNumberGenerator.GetBytes(32);
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [apiDll, "--urls", BaseAddress.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(apiDll)!
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Marten"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Authentication__Schemes__Bearer__ValidIssuer"] = Issuer;
        start.Environment["Authentication__Schemes__Bearer__ValidAudiences__0"] = Audience;
        start.Environment["Authentication__Schemes__Bearer__SigningKeys__0__Issuer"] = Issuer;
        start.Environment["Authentication__Schemes__Bearer__SigningKeys__0__Value"] = Convert.ToBase64String(_key);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[api] {e.Data}"); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <param name="environment">More settings for the API, as environment variables (<c>Integrations__Vdab__ReportEndpoint</c>).</param>
    /// <param name="signingKey">Another node's <see cref="SigningKey"/>; a new key when null.</param>
    public static async Task<ApiProcess> Start(string apiDll, string connectionString, int port, IReadOnlyDictionary<string, string>? environment = null,
        byte[]? signingKey = null)
    {
        await ApplySchema(apiDll, connectionString);
        var api = new ApiProcess(Path.GetFullPath(apiDll), connectionString, port, environment, signingKey);
        using var probe = new HttpClient { BaseAddress = api.BaseAddress };
        for (var i = 0; i < 120; i++)
        {
            if (api._process.HasExited) throw new InvalidOperationException($"The API exited with {api._process.ExitCode}.");
            try
            {
                if ((await probe.GetAsync("/api/cases")).StatusCode == HttpStatusCode.Unauthorized) return api;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        await api.DisposeAsync(); // not left running behind a failed benchmark or drill
        throw new TimeoutException("The API did not start within 60 s.");
    }

    /// <summary>
    /// What a deployment runs before a node starts (ADR 17): outside Development the API creates no schema and refuses
    /// to start on one that does not match, so each database gets <c>db-apply</c> first (a no-op once applied).
    /// </summary>
    public static async Task ApplySchema(string apiDll, string connectionString)
    {
        var (exit, output) = await CollectiveDismissal.Tests.ApiCommand.Run(apiDll, Path.GetDirectoryName(Path.GetFullPath(apiDll))!,
            "Production", connectionString, "db-apply");
        if (exit != 0) throw new InvalidOperationException($"db-apply failed ({exit}):\n{output}");
    }

    /// <summary>Starts the process and returns at once, for a caller that times the start itself.</summary>
    public static ApiProcess Launch(string apiDll, string connectionString, int port, IReadOnlyDictionary<string, string>? environment = null) =>
        new(Path.GetFullPath(apiDll), connectionString, port, environment, null);

    /// <summary>A client with a token for <paramref name="role"/>; <paramref name="service"/> adds the partner's <c>service</c> claim.</summary>
    public HttpClient Client(string role = "ProjectManager", string? service = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "bench", ["role"] = role };
        if (service is not null) claims["service"] = service;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer, Audience = Audience, Expires = DateTime.UtcNow.AddHours(2),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(_key), SecurityAlgorithms.HmacSha256)
        });
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        // A fault drill stops a node midway and disposes it again at the end.
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
