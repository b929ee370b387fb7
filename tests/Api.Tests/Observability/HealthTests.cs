using System.Net;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;

namespace CollectiveDismissal.Api.Tests.Observability;

public sealed class HealthTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Live_answers_200_without_a_token_and_checks_no_dependency()
    {
        var response = await Client().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("entries").EnumerateObject());
    }

    [Fact]
    public async Task Ready_answers_200_Healthy_with_PostgreSQL_and_each_async_projections_lag()
    {
        var response = await Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var entries = body.GetProperty("entries");
        Assert.Equal("Healthy", entries.GetProperty("postgresql").GetProperty("status").GetString());
        var lags = entries.GetProperty("projections").GetProperty("data");
        var registered = ((JasperFx.Events.IEventStore)Store).RegisteredShardNames().Select(s => s.Name).Order().ToList();
        Assert.Equal(2, registered.Count); // the case and participant deadline boards
        Assert.Equal(registered, lags.EnumerateObject().Select(p => p.Name).Order().ToList());
        Assert.All(lags.EnumerateObject(), p => Assert.True(p.Value.GetInt64() >= 0));
    }

    [Fact]
    public async Task The_health_endpoints_are_not_in_the_OpenAPI_document()
    {
        var document = await Client().GetStringAsync("/swagger/v1/swagger.json");

        Assert.DoesNotContain("/health", document);
    }
}

[Collection(ApiCollection.Name)]
public sealed class HealthWithoutDatabaseTests(AppFixture app)
{
    [Fact]
    public async Task Ready_is_Degraded_past_the_lag_threshold_and_Unhealthy_503_once_PostgreSQL_cannot_be_reached()
    {
        var database = await IsolatedApp.CreateDatabase(app, "health");
        await using var proxy = TcpProxy.To(database);
        // At 0 every projection counts as behind: the threshold is what turns the answer Degraded.
        await using var host = await IsolatedApp.Start(proxy.Through(database),
            new Dictionary<string, string?> { ["Health:ProjectionLagDegradedAt"] = "0" });
        var client = host.Server.CreateClient();

        var degraded = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
        var body = JsonDocument.Parse(await degraded.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("entries").GetProperty("postgresql").GetProperty("status").GetString());

        proxy.Cut();
        var down = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        body = JsonDocument.Parse(await down.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", body.GetProperty("entries").GetProperty("postgresql").GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", body.GetRawText());

        // Liveness checks no dependency: the process still answers.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
