using System.Net;
using System.Text;
using CollectiveDismissal.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveDismissal.Api.Tests.Cases;

/// <summary>No body of any shape, on any POST, gives a 500 or changes anything.</summary>
public class BrokenBodyTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly string[] Corpus =
    [
        "", " ", "null", "true", "0", "-1", "1e999999", "\"text\"", "[]", "[{}]", "{", "}", "{}", "{\"a\":", "{\"a\" 1}",
        "{'single': 'quotes'}", "{\"trailing\": 1,}", "{\"x\":1}{\"y\":2}", "\u0000", "\uFEFF{}",
        new string('[', 10_000), new string('{', 5_000) + new string('}', 5_000),
        "{\"employer\": null, \"averageHeadcount\": null}", "{\"employer\": [], \"averageHeadcount\": {}}",
        "{\"employer\": {\"name\": 1, \"enterpriseNumber\": true, \"jointCommittees\": \"200\", \"region\": 7}}",
        "{\"averageHeadcount\": 2147483648, \"plannedDismissals\": -2147483649}",
        "{\"averageHeadcount\": 1.5, \"plannedDismissals\": \"10\"}",
        "{\"heldOn\": \"\", \"announcedOn\": \"0000-00-00\", \"closedOn\": \"9999-99-99\", \"notifiedOn\": 20270101}",
        "{\"heldOn\": null, \"kind\": null, \"attendees\": null, \"party\": null}",
        "{\"heldOn\": \"2027-01-05\", \"heldOn\": \"2027-01-06\"}",
        "{\"heldOn\": \"2027-01-05\", \"attendees\": -1, \"kind\": \"Workshop\", \"questionsReceived\": -5}",
        "{\"informedBody\": \"worksCouncil\", \"party\": \"union\", \"region\": \"flanders\", \"kind\": \"\"}",
        "{\"partners\": [null, 1, {}], \"spoc\": [], \"openedOn\": \"2027-02-20\"}",
        "{\"reasons\": [null], \"projectManager\": \"" + new string('x', 100_000) + "\"}",
        "{\"notes\": \"" + new string('n', 20_000) + "\", \"heldOn\": \"2027-01-05\"}",
        "{\"endsOn\": \"2027-01-05T00:00:00Z\", \"announcedOn\": \"2027-1-4\"}",
        "{\"__proto__\": {}, \"constructor\": 1}",
        "{\"\\ud800\": \"lone surrogate \\udc00\"}",
    ];

    private static readonly byte[][] BinaryCorpus =
    [
        [0xFF, 0xFE, 0xFD], [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D], Encoding.UTF32.GetBytes("{}"),
        [.. Enumerable.Range(0, 256).Select(b => (byte)b)]
    ];

    private IReadOnlyList<string> PostRoutes()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();
    }

    [Fact]
    public async Task every_post_endpoint_is_covered()
    {
        var routes = PostRoutes();
        Assert.Contains("/api/cases", routes);
        Assert.Contains("/api/cases/{caseId}/intention", routes);
        Assert.True(routes.Count >= 10, string.Join(", ", routes));
    }

    [Fact]
    public async Task no_broken_body_gives_a_500_or_changes_anything()
    {
        var caseId = await Client(ProjectManager).OpenCase();
        var participantId = await Client(ProjectManager).Enrol(caseId, ParticipantScenarios.Enrolment("E-1"));
        await Client(ProjectManager).Accept(caseId, participantId);
        var before = await EventCount();
        var failures = new List<string>();
        foreach (var route in PostRoutes())
        {
            // The retry of a partner message reads no body: whatever is sent is ignored.
            if (route.EndsWith("/rejections/{messageId}/retry")) continue;
            var url = Url(route, caseId, participantId);
            var token = TokenFor(route);
            var sends = Corpus.Select(body => (Name: Shorten(body), Send: (Func<Task<HttpResponseMessage>>)(() => PostRaw(url, body, token))))
                .Concat(BinaryCorpus.Select(bytes => (Name: Convert.ToHexString(bytes.Take(8).ToArray()), Send: (Func<Task<HttpResponseMessage>>)(() =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
                    return Client(token).SendAsync(request);
                }))))
                .Append(("text/plain", () => PostRaw(url, "{}", token, contentType: "text/plain")))
                .Append(("no content type", () => PostRaw(url, null, token)));
            foreach (var (name, send) in sends)
            {
                var response = await send();
                var status = (int)response.StatusCode;
                if (status is not (400 or 415))
                    failures.Add($"{route} <- {name}: {status} {Shorten(await response.Content.ReadAsStringAsync())}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await EventCount());
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("2200-01-01")]
    public async Task a_date_outside_any_case_is_400_on_every_command(string date)
    {
        // Every command's documented example, each of its dates replaced: deadlines add days and months to dates, and
        // none may overflow into a 500.
        var caseId = await Client(ProjectManager).OpenCase();
        var participantId = await Client(ProjectManager).Enrol(caseId, ParticipantScenarios.Enrolment("E-1"));
        await Client(ProjectManager).Accept(caseId, participantId);
        var before = await EventCount();
        var doc = System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(
            await Client().GetStringAsync("/swagger/v1/swagger.json"));
        var failures = new List<string>();
        var tried = 0;
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("post", out var post) || !post.TryGetProperty("requestBody", out var requestBody)
                || !requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                || !json.TryGetProperty("example", out var example)) continue;
            var body = System.Text.RegularExpressions.Regex.Replace(example.GetRawText(), @"\d{4}-\d{2}-\d{2}", date);
            if (body == example.GetRawText()) continue;
            tried++;
            var response = await PostRaw(Url(path.Name, caseId, participantId), body, TokenFor(path.Name));
            if (response.StatusCode != System.Net.HttpStatusCode.BadRequest)
                failures.Add($"{path.Name}: {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
        }
        Assert.True(tried >= 15, $"only {tried} commands have dates in their examples");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await EventCount());
    }

    private static string Url(string route, Guid caseId, Guid participantId) => route.Replace("{caseId}", caseId.ToString())
        .Replace("{participantId}", participantId.ToString()).Replace("{service}", "vdab").Replace("{messageId}", "vdab-2025-000124")
        .Replace("{sessionId}", Guid.NewGuid().ToString()).Replace("{jobId}", Guid.NewGuid().ToString())
        .Replace("{extensionId}", Guid.NewGuid().ToString());

    /// <summary>A partner's routes take the partner's token (a project manager's would be refused before the body is read).</summary>
    private static string TokenFor(string route) => route.StartsWith("/api/integrations/") ? PartnerScenarios.Token("vdab") : ProjectManager;

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
