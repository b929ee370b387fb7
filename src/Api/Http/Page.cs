namespace CollectiveDismissal.Api.Http;

public sealed record Page<T>(IReadOnlyList<T> Items, long Total, int PageNumber, int PageSize);
