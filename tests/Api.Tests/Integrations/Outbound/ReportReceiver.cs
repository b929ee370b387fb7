using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectiveDismissal.Api.Tests.Integrations.Outbound;

/// <summary>
/// A service's report endpoint, as a real HTTP server on loopback (Kestrel on 127.0.0.1, a free port chosen at the first
/// start and kept across restarts). It records every request, answers 503 to the first <see cref="RefuseFirst"/>
/// attempts, and can be stopped (connections refused) and started again.
/// </summary>
public sealed class ReportReceiver : IAsyncDisposable
{
    /// <summary>One request; <c>Status</c> 0 for one left hanging.</summary>
    public sealed record Received(Guid MessageId, int Status, JsonElement Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At);

    private readonly ConcurrentQueue<Received> _requests = new();
    private WebApplication? _app;
    private int _refused;

    public int Port { get; private set; }
    public string Endpoint => $"http://127.0.0.1:{Port}/reports";

    /// <summary>Attempts answered 503 before the receiver accepts.</summary>
    public int RefuseFirst { get; set; }

    /// <summary>Attempts left without an answer for <see cref="HangFor"/> (before any refusal), as a stuck service would.</summary>
    public int HangFirst { get; set; }

    public TimeSpan HangFor { get; set; } = TimeSpan.FromSeconds(5);

    private int _hung;

    public IReadOnlyList<Received> Requests => _requests.ToList();
    public IReadOnlyList<Received> Accepted => _requests.Where(r => r.Status == 200).ToList();

    public static async Task<ReportReceiver> Start()
    {
        var receiver = new ReportReceiver();
        await receiver.Restart();
        return receiver;
    }

    public async Task Restart()
    {
        if (_app is not null) return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        var app = builder.Build();
        app.MapPost("/reports", async (HttpContext http) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
            if (Interlocked.Increment(ref _hung) <= HangFirst)
            {
                _requests.Enqueue(new Received(body.GetProperty("messageId").GetGuid(), 0, body.Clone(), new Dictionary<string, string>(), DateTimeOffset.UtcNow));
                await Task.Delay(HangFor, http.RequestAborted).ContinueWith(_ => { });
                return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
            }
            var refuse = Interlocked.Increment(ref _refused) <= RefuseFirst;
            var status = refuse ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            _requests.Enqueue(new Received(body.GetProperty("messageId").GetGuid(), status, body.Clone(), headers, DateTimeOffset.UtcNow));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        _app = app;
    }

    public async Task Stop()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public ValueTask DisposeAsync() => new(Stop());
}
