using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CollectiveDismissal.Api.OpenApi;

/// <summary>Writes <see cref="ItemMaxLengthAttribute"/> into the OpenAPI document as the items' <c>maxLength</c>.</summary>
public sealed class ItemMaxLengthSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.MemberInfo?.GetCustomAttribute<ItemMaxLengthAttribute>() is { } bound && schema is OpenApiSchema { Items: OpenApiSchema items })
            items.MaxLength = bound.Length;
    }
}
