namespace CollectiveDismissal.Api.Http;

/// <summary>A participant (or another part of a case) that does not exist: 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);
