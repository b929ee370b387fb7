using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CollectiveDismissal.Api.Tests.Fixtures;

namespace CollectiveDismissal.Api.Tests.Reports;

/// <summary>The eindverslag as a works council reads it (issue 13, item 7): what the frozen report, the JSON and the page say.</summary>
public partial class EindverslagTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);
    private static readonly DateOnly ClosingDate = new(2027, 10, 6);

    private async Task<string> Read(Guid caseId, string query, string accept, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/report{query}");
        request.Headers.Accept.ParseAdd(accept);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await Pm.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return text;
    }

    /// <summary>The report's JSON without the members that say when and from which version it was made, in the order served.</summary>
    private static string Figures(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (var member in new[] { "final", "version", "issuedOn" }) node.Remove(member);
        return node.ToJsonString();
    }

    /// <summary>Every figure's name on the page, in the order the page lists them.</summary>
    private static List<string> FigureOrder(string html) =>
        FigureName().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("""data-figure="([^"]*)" """)]
    private static partial Regex FigureName();

    private async Task<Guid> ClosableCase()
    {
        var (caseId, _, searching, _, _) = await Pm.FourParticipants();
        // Nobody may be searching with a running trajectory at closure: the searching one leaves first.
        await Pm.Record(caseId, searching, "departure", new { leftOn = new DateOnly(2027, 6, 20), reason = "MovedAbroad" });
        return caseId;
    }

    private async Task Close(Guid caseId) =>
        Assert.Equal(HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = ClosingDate })).StatusCode);

    [Fact]
    public async Task the_frozen_final_report_lists_everything_in_the_order_of_the_live_report_at_closing()
    {
        var caseId = await ClosableCase();
        var query = $"?asOf={ClosingDate:yyyy-MM-dd}";
        var live = (Json: await Read(caseId, query, "application/json"), Csv: await Read(caseId, query, "text/csv"),
            Page: await Read(caseId, query, "text/html", "en"));
        await Close(caseId);
        var frozen = (Json: await Read(caseId, "", "application/json"), Csv: await Read(caseId, "", "text/csv"),
            Page: await Read(caseId, "", "text/html", "en"));

        Assert.True(JsonNode.Parse(frozen.Json)!["final"]!.GetValue<bool>());
        // jsonb sorts an object's members (Other before Retired, Training before FixedTerm): the frozen report must not.
        Assert.Contains("""
            "leftByReason":{"Retired":1,"LongTermSick":0,"Deceased":0,"MovedAbroad":1,"Unreachable":0,"Other":0}
            """, frozen.Json);
        Assert.Contains("""
            "employedByContractType":{"Indefinite":0,"FixedTerm":1,"TemporaryAgency":0,"SelfEmployed":0,"Training":0}
            """, frozen.Json);
        Assert.Equal(Figures(live.Json), Figures(frozen.Json));
        Assert.Equal(live.Csv, frozen.Csv);
        Assert.Equal(FigureOrder(live.Page), FigureOrder(frozen.Page));
        Assert.Contains("leftByReason.Retired", FigureOrder(frozen.Page));
    }
}
