namespace CollectiveDismissal.Api.Http;

public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new();

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    public bool Required<T>(T? value, string field) where T : struct
    {
        if (value is null) Add(field, "Required.");
        return value is not null;
    }

    public bool Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) { Add(field, "Required."); return false; }
        return true;
    }

    public bool Present<T>(T? value, string field) where T : class
    {
        if (value is null) Add(field, "Required.");
        return value is not null;
    }

    public void Range(int? value, string field, int min, int max)
    {
        if (value is { } v && (v < min || v > max)) Add(field, $"Must be between {min} and {max}.");
    }

    public void Each(IReadOnlyList<string?>? values, string field, Func<string?, string?> check)
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
            if (check(values![i]) is { } message) Add($"{field}[{i}]", message);
    }

    public const int MaxPageSize = 200;

    /// <summary>Pages reach this far at most, so an offset always fits.</summary>
    public const int MaxItems = 10_000_000;

    /// <summary>The paging of every list: pages from 1, at most <see cref="MaxPageSize"/> items each.</summary>
    public void Paging(int page, int pageSize)
    {
        if (page < 1 || (long)page * MaxPageSize > MaxItems) Add("page", $"From 1 to {MaxItems / MaxPageSize}.");
        if (pageSize is < 1 or > MaxPageSize) Add("pageSize", $"From 1 to {MaxPageSize}.");
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
