namespace CollectiveDismissal.Api.OpenApi;

/// <summary>
/// A read that also answers <c>text/csv</c> when asked (<c>Accept: text/csv</c>): the OpenAPI document shows the CSV
/// beside the JSON, with its description, its file name header and the <c>layout</c> parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CsvAnswerAttribute(string description) : Attribute
{
    public string Description => description;
}
