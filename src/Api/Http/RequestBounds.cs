using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace CollectiveDismissal.Api.Http;

/// <summary>
/// Every string and list of a request declares its maximum with <see cref="MaxLengthAttribute"/> (and
/// <see cref="ItemMaxLengthAttribute"/> for the items of a list of text). The same attributes give the OpenAPI
/// document its <c>maxLength</c> and <c>maxItems</c>, so what is documented is what is enforced.
/// </summary>
public static class RequestBounds
{
    private sealed record Bound(PropertyInfo Property, string Name, int? Max, int? ItemMax, bool Nested);

    private static readonly ConcurrentDictionary<Type, Bound[]> Bounds = new();

    public static void Check(object? request, ValidationErrors errors, string prefix = "")
    {
        if (request is null) return;
        foreach (var bound in Bounds.GetOrAdd(request.GetType(), Read))
        {
            var value = bound.Property.GetValue(request);
            var field = prefix + bound.Name;
            switch (value)
            {
                case string text when bound.Max is { } max && text.Length > max:
                    errors.Add(field, $"At most {max} characters.");
                    break;
                case IList list:
                    if (bound.Max is { } maxItems && list.Count > maxItems) { errors.Add(field, $"At most {maxItems} items."); break; }
                    for (var i = 0; i < list.Count; i++)
                        if (bound.ItemMax is { } itemMax && list[i] is string item && item.Length > itemMax)
                            errors.Add($"{field}[{i}]", $"At most {itemMax} characters.");
                    break;
                case not null when bound.Nested:
                    Check(value, errors, field + ".");
                    break;
            }
        }
    }

    private static Bound[] Read(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => new Bound(p, char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p.GetCustomAttribute<MaxLengthAttribute>()?.Length,
                p.GetCustomAttribute<ItemMaxLengthAttribute>()?.Length, IsRequest(p.PropertyType)))
            .Where(b => b.Max is not null || b.ItemMax is not null || b.Nested)
    ];

    private static bool IsRequest(Type type) => type.IsClass && type != typeof(string) && type.Assembly == typeof(RequestBounds).Assembly;

    /// <summary>Every string and list of a request body without a declared maximum: the test that keeps them all bounded.</summary>
    public static IEnumerable<string> Unbounded(Type type, string prefix = "")
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = prefix + p.Name;
            var isText = p.PropertyType == typeof(string);
            var isList = typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && !isText;
            if ((isText || isList) && p.GetCustomAttribute<MaxLengthAttribute>() is null) yield return name;
            if (isList && p.PropertyType.GetGenericArguments() is [var item] && item == typeof(string)
                && p.GetCustomAttribute<ItemMaxLengthAttribute>() is null) yield return name + "[]";
            if (IsRequest(p.PropertyType))
                foreach (var nested in Unbounded(p.PropertyType, name + ".")) yield return nested;
        }
    }
}
