using Microsoft.OpenApi;

namespace CollectiveDismissal.Api.OpenApi;

public static class OpenApiSetup
{
    public static IServiceCollection AddCaseOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        // Swashbuckle reads MVC's JSON options for schemas: give it the API's (enums as strings, camelCase).
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => Json.Configure(o.JsonSerializerOptions));
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Collective dismissal cases",
                Version = "v1",
                Description = "Event-sourced case service for outplacement providers running Belgian collective dismissals."
            });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Paste a token, e.g. from: dotnet user-jwts create --project src/Api --role ProjectManager"
            });
            options.OperationFilter<OpenApiOperations>();
            options.SchemaFilter<ItemMaxLengthSchemaFilter>();
            options.SupportNonNullableReferenceTypes();
            var xml = Path.Combine(AppContext.BaseDirectory, "CollectiveDismissal.Api.xml");
            if (File.Exists(xml)) options.IncludeXmlComments(xml);
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", document)] = []
            });
        });
        return services;
    }
}
