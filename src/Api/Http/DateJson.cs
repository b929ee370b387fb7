using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectiveDismissal.Api.Http;

/// <summary>Dates in bodies: exactly YYYY-MM-DD, within <see cref="BusinessDates"/>, so no deadline arithmetic can overflow.</summary>
public sealed class DateJson : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && BusinessDates.IsPlausible(date))
            return date;
        throw new JsonException(BusinessDates.Message);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
