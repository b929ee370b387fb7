using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;

namespace CollectiveDismissal.Api.Tests.Cases;

/// <summary>One open case per enterprise number unless a second is intended; cases found by employer and enterprise number.</summary>
public class CaseSearchTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    private static object DossierOf(string name, string number, bool? allowSecondCase = null, string? reason = null) => new
    {
        employer = new { name, enterpriseNumber = number, jointCommittees = new[] { "111.01" }, region = "Flanders" },
        averageHeadcount = 250, plannedDismissals = 40, projectManager = "pm.peeters", allowSecondCase, secondCaseReason = reason
    };

    [Fact]
    public async Task a_second_open_case_for_an_enterprise_number_is_a_409_unless_it_is_intended_with_a_reason()
    {
        var first = await Pm.PrepareCase(DossierOf("Brouwerij Het Anker", "0403.170.701"));
        var before = await EventCount();

        // Another written form of the same number is the same enterprise.
        var refused = await Problem(await Post("/api/cases", DossierOf("Brouwerij Het Anker", "0403170701")), HttpStatusCode.Conflict);
        Assert.Equal("dossier.enterprise-has-open-case", refused.GetProperty("rule").GetString());
        Assert.Contains(first.ToString(), refused.GetProperty("detail").GetString());
        var noReason = await Problem(await Post("/api/cases", DossierOf("Brouwerij Het Anker", "0403170701", allowSecondCase: true)), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("secondCaseReason", out _));
        Assert.Equal(before, await EventCount());

        var second = await Pm.PrepareCase(DossierOf("Brouwerij Het Anker", "0403170701", allowSecondCase: true, reason: "Second site: Mechelen bottling"));
        var history = await GetJson($"/api/cases/{second}/history");
        Assert.Equal("Second site: Mechelen bottling", history[0].GetProperty("data").GetProperty("secondCaseReason").GetString());
    }

    [Fact]
    public async Task a_closed_case_does_not_count()
    {
        var number = NextEnterpriseNumber();
        var closed = await Pm.PrepareCase(Dossier(enterpriseNumber: number));
        await Pm.Run(closed, 7);
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{closed}/closure", new { closedOn = TwcOpenedOn.AddDays(1) })).StatusCode);
        await Pm.PrepareCase(Dossier(enterpriseNumber: number));
    }

    [Fact]
    public async Task a_cancelled_case_does_not_count()
    {
        var number = NextEnterpriseNumber();
        var cancelled = await Pm.PrepareCase(Dossier(enterpriseNumber: number));
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{cancelled}/cancellation", new { reason = "Created by mistake." })).StatusCode);
        await Pm.PrepareCase(Dossier(enterpriseNumber: number));
    }

    [Fact]
    public async Task a_dossier_corrected_to_a_number_with_an_open_case_is_a_409_unless_it_is_intended_with_a_reason()
    {
        var number = NextEnterpriseNumber();
        var open = await Pm.PrepareCase(Dossier(enterpriseNumber: number));
        var other = await Pm.PrepareCase(Dossier());
        var before = await EventCount();

        var refused = await Problem(await Post($"/api/cases/{other}/dossier-correction", new { enterpriseNumber = number, reason = "Typo." }),
            HttpStatusCode.Conflict);
        Assert.Equal("dossier.enterprise-has-open-case", refused.GetProperty("rule").GetString());
        Assert.Contains(open.ToString(), refused.GetProperty("detail").GetString());
        var noReason = await Problem(await Post($"/api/cases/{other}/dossier-correction",
            new { enterpriseNumber = number, reason = "Typo.", allowSecondCase = true }), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("secondCaseReason", out _));
        Assert.Equal(before, await EventCount());

        // Its own number does not count against it.
        var own = (await GetCase(open)).GetProperty("employer").GetProperty("enterpriseNumber").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{open}/dossier-correction", new { enterpriseNumber = own, reason = "Same." })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{other}/dossier-correction",
            new { enterpriseNumber = number, reason = "Typo.", allowSecondCase = true, secondCaseReason = "Second site." })).StatusCode);
        var last = (await GetJson($"/api/cases/{other}/history")).EnumerateArray().Last();
        Assert.Equal("Second site.", last.GetProperty("data").GetProperty("secondCaseReason").GetString());
    }

    [Fact]
    public async Task two_creations_at_once_for_one_enterprise_give_one_case_and_one_409()
    {
        var number = NextEnterpriseNumber();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Post("/api/cases", Dossier(enterpriseNumber: number))));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await EventCount());
    }

    [Fact]
    public async Task cases_are_found_by_employer_name_and_by_enterprise_number_in_any_form()
    {
        var anker = await Pm.PrepareCase(DossierOf("Brouwerij Het Anker NV", "0403.170.701"));
        var steel = await Pm.PrepareCase(DossierOf("Acme Steel", NextEnterpriseNumber()));
        async Task<List<Guid>> Found(string query) =>
            [.. (await GetJson($"/api/cases?{query}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

        Assert.Equal([anker], await Found("search=het%20anker"));
        Assert.Equal([anker], await Found("search=BROUWERIJ"));
        Assert.Equal([steel], await Found("search=steel"));
        Assert.Equal([steel, anker], await Found("search=e"));
        foreach (var form in new[] { "0403.170.701", "0403170701", "BE0403170701", "be%200403.170.701" })
        {
            Assert.Equal([anker], await Found($"enterpriseNumber={form}"));
            Assert.Equal([anker], await Found($"search={form}"));
        }
        Assert.Empty(await Found("search=nobody"));
        Assert.Empty(await Found("enterpriseNumber=1000000021"));

        var bad = await Problem(await Pm.GetAsync("/api/cases?enterpriseNumber=0403170702"), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("enterpriseNumber", out _));
        await Problem(await Pm.GetAsync($"/api/cases?search={new string('a', 101)}"), HttpStatusCode.BadRequest);
    }
}
