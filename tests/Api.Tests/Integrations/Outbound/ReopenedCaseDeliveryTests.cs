using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Integrations.Outbound;

/// <summary>A case reopened to be corrected and closed again: each closing's final report is delivered, once, as it was frozen.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReopenedCaseDeliveryTests(AppFixture app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly DateOnly ClosedOn = new(2027, 10, 6);

    [Fact]
    public async Task the_first_final_report_still_pending_at_the_reopening_goes_out_as_frozen_and_the_second_after_it()
    {
        await using var receiver = await ReportReceiver.Start();
        var database = await IsolatedApp.CreateDatabase(app, "outbound");
        await using var host = await IsolatedApp.Start(database, Outbound.Settings(receiver));
        var pm = host.Client();
        var (caseId, employed, _, _, _) = await pm.FourParticipants();
        var doubled = await pm.Session(caseId, employed, EnrolledOn.AddDays(20), 4.5m);
        await receiver.Stop();

        Assert.Equal(HttpStatusCode.NoContent, (await pm.PostAsJsonAsync($"/api/cases/{caseId}/closure", new { closedOn = ClosedOn })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PostAsJsonAsync($"/api/cases/{caseId}/reopening", new { reason = "A session logged twice." })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PostAsJsonAsync(
            $"/api/cases/{caseId}/participants/{employed}/guidance-sessions/{doubled}/void", new { reason = "Twice." })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await pm.PostAsJsonAsync($"/api/cases/{caseId}/closure", new { closedOn = ClosedOn })).StatusCode);

        await receiver.Restart();
        var delivered = await Outbound.Until(() => pm.Deliveries(caseId),
            d => d.Length == 2 && d.All(x => x.State() == "Delivered"), Deadline, "delivered");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(2, receiver.Accepted.Count);
        var byClosing = receiver.Accepted.ToDictionary(r => r.Body.GetProperty("closing").GetInt32(), r => r);
        Assert.Equal(delivered.Select(d => d.GetProperty("messageId").GetGuid()).Order(), byClosing.Values.Select(r => r.MessageId).Order());
        Assert.All(byClosing.Values, r => Assert.Equal("FinalReport", r.Body.GetProperty("kind").GetString()));
        Assert.Equal(27m, byClosing[1].Body.GetProperty("report").GetProperty("guidance").GetProperty("totalHours").GetDecimal());
        Assert.Equal(22.5m, byClosing[2].Body.GetProperty("report").GetProperty("guidance").GetProperty("totalHours").GetDecimal());
        var current = await pm.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/report");
        Assert.Equal(current.GetProperty("version").GetInt64(), byClosing[2].Body.GetProperty("report").GetProperty("version").GetInt64());
    }
}
