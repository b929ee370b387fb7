namespace CollectiveDismissal.Api.Security;

/// <summary>Who may read which participants, and who sees their personal data.</summary>
public static class ParticipantAccess
{
    /// <summary>Personal data is for project managers and the data protection officer only; auditors and integrations never see it.</summary>
    public static bool MaySeePersonalData(HttpContext http) =>
        http.User.IsInRole(Roles.ProjectManager) || http.User.IsInRole(Roles.DataProtectionOfficer);

    /// <summary>The reason a participant left (health, for some) is for the provider's own roles, auditors included.</summary>
    public static bool MaySeeDepartureReason(HttpContext http) =>
        http.User.IsInRole(Roles.ProjectManager) || http.User.IsInRole(Roles.DataProtectionOfficer) || http.User.IsInRole(Roles.Auditor);

    /// <summary>The report participant by participant (its CSV rows) is for project managers and auditors.</summary>
    public static bool MayReadReportRows(HttpContext http) => http.User.IsInRole(Roles.ProjectManager) || http.User.IsInRole(Roles.Auditor);

    /// <summary>An integration reads only the cases of the service named in its token's <c>service</c> claim.</summary>
    public static bool MayRead(HttpContext http, EmploymentService competentService) =>
        !http.User.IsInRole(Roles.Integration) || http.User.IsInRole(Roles.ProjectManager) || http.User.IsInRole(Roles.Auditor)
        || http.User.IsInRole(Roles.DataProtectionOfficer)
        || string.Equals(http.User.FindFirst("service")?.Value, competentService.ToString(), StringComparison.OrdinalIgnoreCase);
}
