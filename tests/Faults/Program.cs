using CollectiveDismissal.Faults;

// Usage: Faults <connection string> <CollectiveDismissal.Api.dll> <PostgreSQL bin dir> <PostgreSQL data dir> [postgres|node|sigterm|poison|all]
// deploy/faults.sh starts a private PostgreSQL and passes these. Exits 1 when a drill loses, doubles or misses its bound.
if (args.Length < 4)
{
    Console.Error.WriteLine("Usage: Faults <connection string> <CollectiveDismissal.Api.dll> <PostgreSQL bin dir> <PostgreSQL data dir> [postgres|node|sigterm|poison|all]");
    return 2;
}
var drill = args.Length > 4 ? args[4] : "all";
if (drill is not ("postgres" or "node" or "sigterm" or "poison" or "all"))
{
    Console.Error.WriteLine($"Unknown drill {drill}: postgres, node, sigterm, poison or all.");
    return 2;
}
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
var drills = new Drills(args[0], args[1], new Postgres(args[2], args[3], args[0]));
var results = new List<Result>();
foreach (var (name, run) in new (string, Func<Task<Result>>)[]
         {
             ("postgres", drills.KillPostgres), ("node", drills.KillNode), ("sigterm", drills.Terminate), ("poison", drills.Poison)
         })
{
    if (drill != "all" && drill != name) continue;
    Console.WriteLine($"Drill {name}:");
    Result result;
    try
    {
        result = await run();
    }
    catch (Exception e)
    {
        result = new Result(name, 0, 0, 0, 0, double.PositiveInfinity, 0, "did not finish", [$"{e.GetType().Name}: {e.Message}"]);
    }
    result.Print();
    results.Add(result);
}
Console.WriteLine(results.All(r => r.Passed) ? "Faults: every drill passed." : $"Faults: {results.Count(r => !r.Passed)} of {results.Count} drills FAILED.");
return results.All(r => r.Passed) ? 0 : 1;
