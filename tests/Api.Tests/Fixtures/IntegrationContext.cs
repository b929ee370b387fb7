using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alba;
using CollectiveDismissal.Api.Http;
using Marten;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>Each test starts from an empty database and talks to the one host over HTTP.</summary>
[Collection(ApiCollection.Name)]
public abstract class IntegrationContext(AppFixture fixture) : IAsyncLifetime
{
    protected static readonly string ProjectManager = AppFixture.Token("ProjectManager", "pm.tests");
    protected static readonly string Auditor = AppFixture.Token("Auditor", "auditor.tests");
    protected static readonly string Integration = AppFixture.Token("Integration", "vdab.adapter");

    protected IAlbaHost Host => fixture.Host;
    protected IDocumentStore Store => fixture.Store;
    protected AppFixture Fixture => fixture;

    public Task InitializeAsync() => Host.ResetAllMartenDataAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient Client(string? token = null)
    {
        var client = Host.Server.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected Task<HttpResponseMessage> Post(string url, object body, string? token = null, string? ifMatch = null,
        string? idempotencyKey = null) =>
        PostRaw(url, JsonSerializer.Serialize(body, Json.Options), token, ifMatch, idempotencyKey);

    protected Task<HttpResponseMessage> PostRaw(string url, string? body, string? token = null, string? ifMatch = null,
        string? idempotencyKey = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return Client(token ?? ProjectManager).SendAsync(request);
    }

    protected async Task<JsonElement> GetJson(string url, string? token = null)
    {
        var response = await Client(token ?? ProjectManager).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected Task<JsonElement> GetCase(Guid caseId, string query = "") => GetJson($"/api/cases/{caseId}{query}");

    protected async Task<long> EventCount(Guid? caseId = null)
    {
        await using var session = Store.QuerySession();
        return caseId is { } id
            ? (await session.Events.FetchStreamAsync(id)).Count
            : await session.Events.QueryAllRawEvents().CountAsync();
    }

    protected static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<JsonElement>(text);
    }
}
