using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CollectiveDismissal.Api.Security;

public static class Authentication
{
    /// <summary>
    /// JWT bearer tokens. Issuer, audiences and signing keys come from configuration
    /// (<c>Authentication:Schemes:Bearer</c>): in Development, <c>dotnet user-jwts</c> writes them; in production,
    /// set <c>Authority</c> to the identity provider. Claims keep their JWT names: <c>sub</c> is who recorded an
    /// event, <c>role</c> carries the roles.
    /// </summary>
    public static IServiceCollection AddCaseAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "sub";
            options.TokenValidationParameters.RoleClaimType = "role";
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.WriteCases, p => p.RequireRole(Roles.ProjectManager))
            .AddPolicy(Policies.ReadCases, p => p.RequireRole(Roles.ProjectManager, Roles.Auditor, Roles.DataProtectionOfficer))
            .AddPolicy(Policies.ReadParticipants,
                p => p.RequireRole(Roles.ProjectManager, Roles.Auditor, Roles.DataProtectionOfficer, Roles.Integration))
            .AddPolicy(Policies.ReadReports, p => p.RequireRole(Roles.ProjectManager, Roles.Auditor, Roles.Integration))
            .AddPolicy(Policies.ReadReportRows, p => p.RequireRole(Roles.ProjectManager, Roles.Auditor))
            .AddPolicy(Policies.ReadDeadlines, p => p.RequireRole(Roles.ProjectManager, Roles.Auditor))
            .AddPolicy(Policies.SendPartnerMessages, p => p.RequireRole(Roles.Integration))
            .AddPolicy(Policies.ManagePartnerMessages, p => p.RequireRole(Roles.Integration, Roles.ProjectManager))
            .AddPolicy(Policies.ErasePersonalData, p => p.RequireRole(Roles.DataProtectionOfficer));
        return services;
    }
}
