using System.Diagnostics;
using Npgsql;

namespace CollectiveDismissal.Faults;

/// <summary>The drills' own PostgreSQL cluster (started by deploy/faults.sh): killed with SIGKILL and started again.</summary>
public sealed class Postgres(string binDir, string dataDir, string connectionString)
{
    /// <summary>kill -9 of the postmaster; its backends notice and exit by themselves.</summary>
    public void Kill()
    {
        var pid = int.Parse(File.ReadLines(Path.Combine(dataDir, "postmaster.pid")).First());
        Process.GetProcessById(pid).Kill(); // SIGKILL on Unix
    }

    /// <summary>
    /// Starts it again with the options it last ran with (<c>pg_ctl restart</c> reads postmaster.opts and ignores the
    /// dead pid), retrying while the killed backends still hold the shared memory or the port. Returns when a connection
    /// first opens: the moment the database is ready, measured from outside.
    /// </summary>
    public async Task<DateTime> Restart(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            string[] pgCtl = [Path.Combine(binDir, "pg_ctl"), "-D", dataDir, "-l", Path.Combine(dataDir, "server.log"), "-w", "-t", "20", "restart"];
            // PostgreSQL refuses to run as root: deploy/faults.sh names the cluster's own user then (deploy/pg.sh).
            var command = Environment.GetEnvironmentVariable("FAULTS_PG_USER") is { Length: > 0 } user
                ? new ProcessStartInfo("runuser", ["-u", user, "--", .. pgCtl])
                : new ProcessStartInfo(pgCtl[0], pgCtl[1..]);
            var start = Process.Start(new ProcessStartInfo(command.FileName, command.ArgumentList)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true
            })!;
            var ready = WaitReady(start);
            await start.WaitForExitAsync();
            if (start.ExitCode == 0) return await ready;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"PostgreSQL did not start again: {await start.StandardError.ReadToEndAsync()}");
            await Task.Delay(500);
        }
    }

    /// <summary>The first time a connection opens, polled every 20 ms while <paramref name="starting"/> runs.</summary>
    private async Task<DateTime> WaitReady(Process starting)
    {
        var fast = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 2 }.ConnectionString;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(fast);
                await connection.OpenAsync();
                return DateTime.UtcNow;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                if (starting.HasExited && starting.ExitCode != 0) return DateTime.MaxValue;
                await Task.Delay(20);
            }
        }
    }
}
