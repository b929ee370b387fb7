using System.Net;
using CollectiveDismissal.Api.Tests.Fixtures;

namespace CollectiveDismissal.Api.Tests.Reports;

/// <summary>
/// The report's ETag names its representation (format, language, CSV layout, personnel references), so a client's or a
/// cache's If-None-Match gives 304 only for the very answer it holds; a command on the case changes every ETag.
/// </summary>
public class ReportCachingTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private HttpClient Pm => Client(ProjectManager);

    private async Task<HttpResponseMessage> Report(Guid caseId, string? accept = null, string? language = null, string query = "?asOf=2027-07-01",
        string? ifNoneMatch = null, string? token = null, string path = "report")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{caseId}/{path}{query}");
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await Client(token ?? ProjectManager).SendAsync(request);
    }

    private static string ETag(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal(["Accept", "Accept-Language"], response.Headers.Vary);
        return response.Headers.ETag.ToString();
    }

    [Fact]
    public async Task every_representation_and_language_has_its_own_etag()
    {
        var (caseId, _, _, _, _) = await Pm.FourParticipants();
        var tags = new List<string>
        {
            ETag(await Report(caseId)),
            ETag(await Report(caseId, "application/json", "fr")),
            ETag(await Report(caseId, "text/csv")),
            ETag(await Report(caseId, "text/csv", query: "?asOf=2027-07-01&layout=excel-be")),
            ETag(await Report(caseId, "text/csv", token: Auditor)),
            ETag(await Report(caseId, "text/html", "nl")),
            ETag(await Report(caseId, "text/html", "fr")),
            ETag(await Report(caseId, "text/html", "de")),
            ETag(await Report(caseId, "text/html", "en")),
            ETag(await Report(caseId, query: "?asOf=2027-07-02")),
        };
        Assert.Equal(tags.Count, tags.Distinct().Count());
        // Asked the same way twice, the same ETag.
        Assert.Equal(tags[0], ETag(await Report(caseId)));
        Assert.Equal(tags[0], ETag(await Report(caseId, "application/json")));
    }

    [Theory]
    [InlineData("application/json", "nl", "text/html", "nl")]
    [InlineData("text/html", "nl", "text/html", "fr")]
    [InlineData("text/csv", "en", "application/json", "en")]
    public async Task if_none_match_gives_304_for_the_same_representation_and_200_for_another(string accept, string language,
        string otherAccept, string otherLanguage)
    {
        var (caseId, _, _, _, _) = await Pm.FourParticipants();
        var etag = ETag(await Report(caseId, accept, language));

        var same = await Report(caseId, accept, language, ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Equal(etag, same.Headers.ETag?.ToString());
        Assert.Empty(await same.Content.ReadAsByteArrayAsync());

        var other = await Report(caseId, otherAccept, otherLanguage, ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(etag, other.Headers.ETag?.ToString());
        Assert.NotEmpty(await other.Content.ReadAsByteArrayAsync());

        // A list of tags, and a weak form of the same tag, still match (If-None-Match compares weakly).
        Assert.Equal(HttpStatusCode.NotModified, (await Report(caseId, accept, language, ifNoneMatch: $"\"other\", {etag}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await Report(caseId, accept, language, ifNoneMatch: $"W/{etag}")).StatusCode);
    }

    [Fact]
    public async Task a_command_on_the_case_changes_the_etag_and_if_none_match_then_gives_the_new_report()
    {
        var (caseId, _, _, _, _) = await Pm.FourParticipants();
        var before = ETag(await Report(caseId, "text/html", "en"));
        Assert.Equal(HttpStatusCode.NoContent,
            (await Post($"/api/cases/{caseId}/twc-meetings", new { heldOn = new DateOnly(2027, 6, 30), notes = "Progress" })).StatusCode);

        var after = await Report(caseId, "text/html", "en", ifNoneMatch: before);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, ETag(after));
    }

    [Fact]
    public async Task a_twc_meetings_report_has_per_representation_etags_and_answers_304()
    {
        var (caseId, _, _, _, _) = await Pm.FourParticipants();
        Assert.Equal(HttpStatusCode.NoContent,
            (await Post($"/api/cases/{caseId}/twc-meetings", new { heldOn = new DateOnly(2027, 6, 30), notes = "Progress" })).StatusCode);
        const string path = "twc-meetings/1/report";
        var json = ETag(await Report(caseId, query: "", path: path));
        var html = ETag(await Report(caseId, "text/html", "fr", query: "", path: path));
        Assert.NotEqual(json, html);
        Assert.Equal(HttpStatusCode.NotModified, (await Report(caseId, "text/html", "fr", query: "", path: path, ifNoneMatch: html)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Report(caseId, "text/html", "nl", query: "", path: path, ifNoneMatch: html)).StatusCode);
    }

    [Fact]
    public async Task the_reports_figures_may_be_kept_and_revalidated_but_its_rows_are_never_stored()
    {
        var (caseId, _, _, _, _) = await Pm.FourParticipants();
        foreach (var accept in new[] { "application/json", "text/html" })
        {
            var response = await Report(caseId, accept);
            Assert.True(response.Headers.CacheControl is { Private: true, NoCache: true, NoStore: false }, $"{accept}: {response.Headers.CacheControl}");
        }
        foreach (var token in new[] { ProjectManager, Auditor })
            Assert.True((await Report(caseId, "text/csv", token: token)).Headers.CacheControl?.NoStore, "the CSV has one row per participant");
        var notModified = await Report(caseId, "text/csv", ifNoneMatch: ETag(await Report(caseId, "text/csv")));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.True(notModified.Headers.CacheControl?.NoStore);
    }
}
