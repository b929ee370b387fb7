using CollectiveDismissal.Benchmarks;

// Usage: Benchmarks <connection string> <path to CollectiveDismissal.Api.dll> [foundation|participants|participants-import|report|board|rebuild|inbound|deliveries|failover|soak|startup|all] [seconds per round] [rounds]
// deploy/bench.sh starts a private PostgreSQL and passes these.
if (args.Length < 2)
{
    Console.Error.WriteLine("Usage: Benchmarks <connection string> <CollectiveDismissal.Api.dll> [foundation|participants|participants-import|report|board|rebuild|inbound|deliveries|failover|soak|startup|all] [seconds per round] [rounds]");
    return 2;
}
var suite = args.Length > 2 ? args[2] : "all";
var window = TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3]) : 8);
var rounds = args.Length > 4 ? int.Parse(args[4]) : 5;
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
if (suite is "foundation" or "all") await FoundationBenchmark.Run(args[0], args[1], window, rounds);
if (suite is "participants" or "all") await ParticipantsBenchmark.Run(args[0], args[1], window, rounds);
if (suite is "participants-import") await ParticipantsBenchmark.RunImport(args[0], args[1], rounds);
if (suite is "report" or "all") await ReportBenchmark.Run(args[0], args[1], window, rounds);
if (suite is "board" or "all") await BoardBenchmark.Run(args[0], args[1]);
if (suite is "rebuild" or "all") await RebuildBenchmark.Run(args[0]);
if (suite is "inbound" or "all") await InboundBenchmark.Run(args[0], args[1], rounds);
if (suite is "deliveries" or "all") await DeliveryBenchmark.Run(args[0], args[1], window, rounds);
if (suite is "startup" or "all") await StartupBenchmark.Run(args[0], args[1], rounds);
if (suite is "failover") await FailoverBenchmark.Run(args[0], args[1], rounds);
if (suite is "failover") await FailoverBenchmark.Restart(args[0], args[1], rounds);
// soak [minutes] [probe seconds] [calls per second]: not in "all" (13 minutes); exits 1 when a goal is missed.
if (suite is "soak") return await SoakBenchmark.Run(args[0], args[1], args[3..]);
if (suite is not ("foundation" or "participants" or "participants-import" or "report" or "board" or "rebuild" or "inbound" or "deliveries" or "failover" or "soak" or "startup" or "all"))
{
    Console.Error.WriteLine($"Unknown suite {suite}: foundation, participants, participants-import, report, board, rebuild, inbound, deliveries, failover, soak, startup or all.");
    return 2;
}
return 0;
