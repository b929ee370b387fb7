using CollectiveDismissal.Benchmarks;

// Usage: Benchmarks <connection string> <path to CollectiveDismissal.Api.dll> [seconds per round] [rounds]
// deploy/bench.sh starts a private PostgreSQL and passes these.
if (args.Length < 2)
{
    Console.Error.WriteLine("Usage: Benchmarks <connection string> <CollectiveDismissal.Api.dll> [seconds per round] [rounds]");
    return 2;
}
var window = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2]) : 8);
var rounds = args.Length > 3 ? int.Parse(args[3]) : 5;
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
await FoundationBenchmark.Run(args[0], args[1], window, rounds);
return 0;
