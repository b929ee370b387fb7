namespace CollectiveDismissal.Api.Http;

/// <summary>
/// An enum value by one of its names, nothing else: <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> also takes
/// numbers and comma-separated combinations ("Declined,Employed" would become a third value).
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? value, bool ignoreCase, out T result) where T : struct, Enum
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value?.Trim(), comparison));
        result = name is null ? default : Enum.Parse<T>(name);
        return name is not null;
    }

    public static string OneOf<T>() where T : struct, Enum => $"One of {string.Join(", ", Enum.GetNames<T>())}.";
}
