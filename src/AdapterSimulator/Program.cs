using System.Net.Http.Headers;
using CollectiveDismissal.AdapterSimulator;

// dotnet run --project src/AdapterSimulator -- --case <id> [--service vdab] [--url http://localhost:5080] [--token <jwt>]
// The token (or the environment variable SIM_TOKEN) has role Integration and a service claim naming the service.
var options = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
var token = options.GetValueOrDefault("token") ?? Environment.GetEnvironmentVariable("SIM_TOKEN");
if (!options.TryGetValue("case", out var caseText) || !Guid.TryParse(caseText, out var caseId) || string.IsNullOrEmpty(token))
{
    Console.Error.WriteLine("Usage: --case <case id> [--service vdab|actiris|forem|adg] [--url http://localhost:5080] --token <jwt> (or SIM_TOKEN)");
    return 2;
}
using var http = new HttpClient { BaseAddress = new Uri(options.GetValueOrDefault("url") ?? "http://localhost:5080") };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
return await Simulator.Run(http, options.GetValueOrDefault("service") ?? "vdab", caseId, Console.Out);
