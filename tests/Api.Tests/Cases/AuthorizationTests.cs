using System.Net;
using System.Security.Cryptography;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;

namespace CollectiveDismissal.Api.Tests.Cases;

public class AuthorizationTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task without_a_token_every_endpoint_is_401()
    {
        var id = await Client(ProjectManager).PrepareCase();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().GetAsync($"/api/cases/{id}/history")).StatusCode);
        var post = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent("{}") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().SendAsync(post)).StatusCode);
    }

    [Fact]
    public async Task a_token_signed_with_another_key_is_401()
    {
        var forged = AppFixture.Token("ProjectManager", key: RandomNumberGenerator.GetBytes(32));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(forged).GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task an_auditor_reads_everything_including_history()
    {
        var id = await Client(ProjectManager).PrepareCase();
        Assert.Equal(HttpStatusCode.OK, (await Client(Auditor).GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(Auditor).GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(Auditor).GetAsync($"/api/cases/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(Auditor).GetAsync($"/api/cases/{id}?version=1")).StatusCode);
    }

    [Fact]
    public async Task an_auditor_cannot_write()
    {
        var id = await Client(ProjectManager).PrepareCase();
        var response = await Post($"/api/cases/{id}/intention", new { announcedOn = AnnouncedOn, informedBody = "WorksCouncil" }, token: Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post("/api/cases", Dossier(), token: Auditor)).StatusCode);
        Assert.Equal(1, await EventCount());
    }

    [Fact]
    public async Task an_integration_gets_nothing_yet()
    {
        var id = await Client(ProjectManager).PrepareCase();
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Integration).GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Integration).GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post("/api/cases", Dossier(), token: Integration)).StatusCode);
    }

    [Fact]
    public async Task a_data_protection_officer_cannot_write_cases()
    {
        var dpo = AppFixture.Token("DataProtectionOfficer", "dpo.tests");
        Assert.Equal(HttpStatusCode.Forbidden, (await Post("/api/cases", Dossier(), token: dpo)).StatusCode);
    }
}
