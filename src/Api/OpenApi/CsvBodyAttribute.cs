namespace CollectiveDismissal.Api.OpenApi;

/// <summary>
/// An endpoint whose body is <c>text/csv</c>, read by hand: the OpenAPI document shows the description and the example
/// its derived attribute gives (computed there, so an attribute argument need not be a constant).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public abstract class CsvBodyAttribute(string description, string example) : Attribute
{
    public string Description => description;
    public string Example => example;
}
