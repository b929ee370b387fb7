namespace CollectiveDismissal.Api.Http;

/// <summary>A request body that checks its own shape (required fields, ranges) before any rule of the domain runs.</summary>
public interface IValidatedRequest
{
    void Validate(ValidationErrors errors);
}
