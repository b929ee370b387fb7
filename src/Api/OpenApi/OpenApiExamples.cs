using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CollectiveDismissal.Api.OpenApi;

/// <summary>Every <see cref="IOpenApiExample{T}"/> of the API, serialized with its own JSON options so it is always valid input.</summary>
public static class OpenApiExamples
{
    private static readonly Dictionary<Type, Func<object?>> Examples = Find();

    public static JsonNode? For(Type type) =>
        Examples.TryGetValue(type, out var example) ? JsonSerializer.SerializeToNode(example(), type, Json.Options) : null;

    private static Dictionary<Type, Func<object?>> Find()
    {
        var read = typeof(OpenApiExamples).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;
        return typeof(OpenApiExamples).Assembly.GetTypes()
            .SelectMany(provider => provider.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IOpenApiExample<>))
                .Select(i => (Shown: i.GetGenericArguments()[0], Read: read.MakeGenericMethod(provider, i.GetGenericArguments()[0]))))
            .ToDictionary(e => e.Shown, e => (Func<object?>)(() => e.Read.Invoke(null, null)));
    }

    private static object? Read<TProvider, T>() where TProvider : IOpenApiExample<T> => TProvider.Example;
}
