namespace CollectiveDismissal.Api.OpenApi;

/// <summary>
/// One realistic example of <typeparamref name="T"/> for the OpenAPI document, kept beside the type it shows: a request
/// or an answer implements it for itself; a type of another project (a read model, ProblemDetails) gets it from a class
/// beside the endpoint that answers with it. The examples tell the case of docs/api-guide.md (announced 4 January 2025),
/// dated in the past because the service refuses a fact dated after today: Swagger UI's "Try it out" sends them as they are.
/// </summary>
public interface IOpenApiExample<T>
{
    static abstract T Example { get; }
}
