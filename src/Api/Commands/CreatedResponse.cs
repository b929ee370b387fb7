namespace CollectiveDismissal.Api.Commands;

public sealed record CreatedResponse(Guid Id);
