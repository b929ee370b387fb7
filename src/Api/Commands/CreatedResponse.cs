namespace CollectiveDismissal.Api.Commands;

public sealed record CreatedResponse(Guid Id) : IOpenApiExample<CreatedResponse>
{
    public static CreatedResponse Example => new(Guid.Parse("01a20919-1347-7420-b138-a77c3cc89e0a"));
}
