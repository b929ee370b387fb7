using System.Diagnostics;

namespace CollectiveDismissal.Tests;

/// <summary>The API's command line (<c>dotnet CollectiveDismissal.Api.dll db-apply …</c>), as an operator runs it; 2 minutes at most.</summary>
public static class ApiCommand
{
    public static async Task<(int Exit, string Output)> Run(string apiDll, string workingDirectory, string environment,
        string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.GetFullPath(apiDll), .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__Marten"] = connectionString;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet CollectiveDismissal.Api.dll {string.Join(' ', arguments)} did not end within 2 minutes.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
