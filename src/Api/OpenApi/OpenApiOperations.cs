using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CollectiveDismissal.Api.OpenApi;

/// <summary>
/// Documents what the shared command pipeline and the read endpoints really answer: the JSON body and its example,
/// and every status an endpoint can return, with ProblemDetails schemas. Kept in one place because one pipeline
/// produces them.
/// </summary>
public sealed class OpenApiOperations : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var route = "/" + context.ApiDescription.RelativePath?.Split('?')[0].TrimStart('/');
        var isPost = context.ApiDescription.HttpMethod == "POST";
        operation.Responses ??= new OpenApiResponses();
        if (context.MethodInfo?.DeclaringType?.Name is { } endpoint) operation.OperationId = endpoint.Replace("Endpoint", "");
        if (!route.Contains("{caseId}")) operation.Responses.Remove("404");
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (parameter is { In: ParameterLocation.Query, Schema: OpenApiSchema { Type: JsonSchemaType.String } text })
                text.MaxLength = Math.Min(text.MaxLength ?? RequestGate.MaxQueryLength, RequestGate.MaxQueryLength);

        if (context.MethodInfo?.GetParameters().FirstOrDefault(p => p.ParameterType.IsAssignableTo(typeof(IValidatedRequest)))?.ParameterType is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/json"] = new OpenApiMediaType
                    {
                        Schema = context.SchemaGenerator.GenerateSchema(body, context.SchemaRepository),
                        Example = OpenApiExamples.For(body)
                    }
                }
            };
        }

        if (metadata.OfType<CsvBodyAttribute>().FirstOrDefault() is { } csv)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = csv.Description,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["text/csv"] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        Example = System.Text.Json.Nodes.JsonValue.Create(csv.Example)
                    }
                }
            };
        }

        var created = metadata.OfType<ProducesResponseTypeAttribute>().FirstOrDefault(p => p.StatusCode == 201);
        if (isPost && context.MethodInfo is { } method && CaseCommandPolicy.StartsCase(method))
        {
            operation.Responses.Remove("200");
            Success(operation, context, "201", "The case is created; Location names it, ETag is its version (1).", typeof(CreatedResponse));
            Problems(operation, context, "400", "401", "403", "413", "415", "422");
        }
        else if (isPost && created is not null)
        {
            operation.Responses.Remove("200");
            Success(operation, context, "201", "Created; Location names it, ETag is the case's new version.", created.Type);
            Problems(operation, context, "400", "401", "403", "404", "409", "412", "413", "415", "422");
        }
        else if (context.ApiDescription.HttpMethod == "DELETE")
        {
            operation.Responses.Remove("200");
            Success(operation, context, "204", "Done (or done before); ETag is the case's version.", null);
            Problems(operation, context, "400", "401", "403", "404", "412");
        }
        else if (isPost)
        {
            operation.Responses.Remove("200");
            Success(operation, context, "204", "Recorded; ETag is the case's new version.", null);
            Problems(operation, context, "400", "401", "403", "404", "409", "412", "413", "415", "422");
        }
        else
        {
            if (metadata.OfType<ProducesResponseTypeAttribute>().FirstOrDefault(p => p.StatusCode == 200) is { } ok)
                Success(operation, context, "200", "OK.", ok.Type);
            if (metadata.OfType<CsvAnswerAttribute>().FirstOrDefault() is { } csvAnswer) CsvAnswer(operation, csvAnswer);
            if (route == "/api/cases/{caseId}" || route.EndsWith("/report"))
                operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: If-None-Match holds the current ETag." };
            Problems(operation, context, route.Contains("{caseId}") ? ["400", "401", "403", "404"] : ["400", "401", "403"]);
        }
    }

    /// <summary>The CSV beside the JSON of a 200, and the <c>layout</c> parameter with its two values.</summary>
    private static void CsvAnswer(OpenApiOperation operation, CsvAnswerAttribute csv)
    {
        if (operation.Responses!.TryGetValue("200", out var found) && found is OpenApiResponse ok)
        {
            ok.Description = "OK. JSON by default; `Accept: text/csv` for the CSV described above.";
            ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
            ok.Content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = csv.Description } };
            ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
            ok.Headers["Content-Disposition"] = new OpenApiHeader
            {
                Description = "For CSV: `attachment; filename=<what>-<enterprise number>-<date>.csv`.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String }
            };
        }
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (parameter is { In: ParameterLocation.Query, Name: CsvLayouts.Parameter })
            {
                parameter.Description = CsvLayouts.Description;
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [.. CsvLayouts.Names.Select(n => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(n))],
                    Default = System.Text.Json.Nodes.JsonValue.Create(CsvLayouts.Names[0])
                };
            }
    }

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["400"] = "The request is malformed or a field is missing or invalid; errors maps each field to its messages. Nothing changed.",
        ["401"] = "No valid bearer token.",
        ["403"] = "The token's role may not do this.",
        ["404"] = "No such case (or participant).",
        ["409"] = "A rule of the procedure refuses the command in the case's current state; rule names it. Nothing changed.",
        ["412"] = "If-Match names a version the case has moved past. Nothing changed.",
        ["413"] = "The body is larger than the endpoint takes: 256 KiB for a command, 10 MiB for an import. Nothing changed.",
        ["415"] = "The body is not of the expected media type (JSON; text/csv for an import).",
        ["422"] = "The Idempotency-Key was used before for another path or body. Nothing changed.",
        ["503"] = "The database cannot be reached for now. Send the request again after Retry-After seconds; with the same " +
                  "Idempotency-Key a command that was recorded after all is not recorded twice."
    };

    /// <summary>The given problem answers, and 503 (ExceptionMapping), which any call can get.</summary>
    private static void Problems(OpenApiOperation operation, OperationFilterContext context, params string[] statuses)
    {
        foreach (var status in statuses.Append("503"))
        {
            var type = status == "400" ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
            operation.Responses![status] = new OpenApiResponse
            {
                Description = Descriptions[status],
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType
                    {
                        Schema = context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository),
                        Example = status is "400" or "409" ? OpenApiExamples.For(type) : null
                    }
                },
                Headers = status == "503"
                    ? new Dictionary<string, IOpenApiHeader>
                    {
                        ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before sending it again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } }
                    }
                    : null
            };
        }
    }

    private static void Success(OpenApiOperation operation, OperationFilterContext context, string status, string description, Type? type)
    {
        var response = new OpenApiResponse { Description = description };
        if (status != "200")
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["ETag"] = new OpenApiHeader { Description = "The case's version, quoted: send it back as If-Match.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } }
            };
        if (type is not null)
            response.Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/json"] = new OpenApiMediaType
                {
                    Schema = context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository),
                    Example = OpenApiExamples.For(type)
                }
            };
        operation.Responses![status] = response;
    }
}
