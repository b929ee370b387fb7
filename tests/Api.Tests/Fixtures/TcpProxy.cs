using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>
/// A loopback TCP relay between the service and PostgreSQL that a test can cut: every open connection is reset and new
/// ones are closed at once, which is what the service sees when the database stops (and works the same with a private
/// cluster or a Testcontainers one, which could not be restarted on the same port).
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly Task _accepting;
    private volatile bool _cut;

    public TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _accepting = Accept();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The connection string through this relay.</summary>
    public string Through(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = Port }.ConnectionString;

    public static TcpProxy To(string connectionString)
    {
        var target = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return new TcpProxy(target.Host is "localhost" or null ? "127.0.0.1" : target.Host, target.Port);
    }

    public void Cut()
    {
        _cut = true;
        foreach (var client in _open.Keys) Close(client);
    }

    public void Restore() => _cut = false;

    private async Task Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch { return; }
            if (_cut) { Close(client); continue; }
            _ = Relay(client);
        }
    }

    private async Task Relay(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_targetHost, _targetPort, _stop.Token);
            _open[client] = 0;
            _open[server] = 0;
            await Task.WhenAny(Pump(client, server), Pump(server, client));
        }
        catch
        {
            // A cut or a closed end: both sides are closed below.
        }
        finally
        {
            Close(client);
            Close(server);
        }
    }

    private async Task Pump(TcpClient from, TcpClient to)
    {
        var buffer = new byte[81920];
        var source = from.GetStream();
        var target = to.GetStream();
        int read;
        while ((read = await source.ReadAsync(buffer, _stop.Token)) > 0) await target.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
    }

    private void Close(TcpClient client)
    {
        _open.TryRemove(client, out _);
        try { client.Client.LingerState = new LingerOption(true, 0); } catch { }
        client.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _open.Keys) Close(client);
        try { await _accepting; } catch { }
    }
}
