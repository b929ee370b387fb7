namespace CollectiveDismissal.Api.Commands;

/// <summary>An accepted command's answer, stored in the same transaction as its events.</summary>
public sealed record IdempotentResponse(string Id, string RequestHash, CommandResponse Response, DateTimeOffset RecordedAt);
