namespace CollectiveDismissal.Api.Security;

public static class Roles
{
    public const string ProjectManager = nameof(ProjectManager);
    public const string Auditor = nameof(Auditor);
    public const string Integration = nameof(Integration);
    public const string DataProtectionOfficer = nameof(DataProtectionOfficer);
}
