using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectiveDismissal.Api.Http;

/// <summary>
/// Enums by name only. The framework's string-enum converter also reads "Retired, Other" (a combination, even for an
/// enum that is not one of flags); this one refuses it, and numbers. It runs before that converter, which stays
/// registered for writing names and for the OpenAPI document's string enums.
/// </summary>
public sealed class EnumNameJson : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && EnumNames.TryParse<T>(reader.GetString(), ignoreCase: true, out var value)
                ? value
                : throw new JsonException(EnumNames.OneOf<T>());

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
