namespace CollectiveDismissal.Api.Commands;

/// <summary>The key of the request being executed, read by the command pipeline to store its answer.</summary>
public sealed record IdempotencyClaim(string Id, string RequestHash, DateTimeOffset At);
