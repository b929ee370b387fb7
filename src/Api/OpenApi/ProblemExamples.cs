using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.OpenApi;

/// <summary>The examples of the two problems a client meets most: a field refused (400) and a rule refused (409).</summary>
public sealed class ProblemExamples : IOpenApiExample<HttpValidationProblemDetails>, IOpenApiExample<ProblemDetails>
{
    static HttpValidationProblemDetails IOpenApiExample<HttpValidationProblemDetails>.Example =>
        new(new Dictionary<string, string[]>
        {
            ["employer.enterpriseNumber"] = ["The enterprise number's check digits are wrong (97 − first eight digits mod 97)."],
            ["announcedOn"] = ["Not a valid value for this field (dates are YYYY-MM-DD, enums their names, numbers plain)."]
        }) { Status = 400, Title = "The request is not valid." };

    static ProblemDetails IOpenApiExample<ProblemDetails>.Example => new()
    {
        Status = 409, Title = "Refused by a rule of the procedure.", Type = "urn:collective-dismissal:rule:works-council.too-early",
        Detail = "R5: the works council meets at the earliest the day after the announcement (2025-01-05).",
        Extensions = { ["rule"] = "works-council.too-early" }
    };
}
