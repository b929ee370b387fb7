using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectiveDismissal.Api.Http;

/// <summary>Every string of a request body passes <see cref="StorableText"/>; the error names the field, never the text.</summary>
public sealed class StorableStringJson : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // No message: the serializer names the type and the path, as for any other value of the wrong kind.
        if (reader.TokenType != JsonTokenType.String) throw new JsonException();
        string? text;
        try
        {
            text = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\uD800") cannot become a .NET string.
            throw new JsonException(StorableText.Message);
        }
        return StorableText.IsStorable(text) ? text : throw new JsonException(StorableText.Message);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
