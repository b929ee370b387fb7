namespace CollectiveDismissal.Api.Integrations;

/// <summary>The regional public employment services as they appear in a route and in a token's <c>service</c> claim.</summary>
public static class PartnerServices
{
    /// <summary><c>vdab</c>, <c>actiris</c>, <c>forem</c> or <c>adg</c>, in any case.</summary>
    public static bool TryParse(string? name, out EmploymentService service)
    {
        foreach (var candidate in Enum.GetValues<EmploymentService>())
            if (string.Equals(name, candidate.ToString(), StringComparison.OrdinalIgnoreCase)) { service = candidate; return true; }
        service = default;
        return false;
    }

    public static string RouteName(EmploymentService service) => service.ToString().ToLowerInvariant();

    /// <summary>The token speaks for this service: role Integration and a <c>service</c> claim naming it.</summary>
    public static bool SpeaksFor(HttpContext http, EmploymentService service) =>
        http.User.IsInRole(Roles.Integration)
        && TryParse(http.User.FindFirst("service")?.Value, out var claimed) && claimed == service;

    /// <summary>The service itself, or a project manager (who may act for any service).</summary>
    public static bool MayManage(HttpContext http, EmploymentService service) =>
        http.User.IsInRole(Roles.ProjectManager) || SpeaksFor(http, service);
}
