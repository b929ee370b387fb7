using System.Net.Http.Json;
using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Integrations.Outbound;

/// <summary>
/// Deliveries to a real HTTP receiver on loopback, from hosts on databases of their own (the shared host never sees
/// their messages). Every wait polls against a deadline; nothing here sleeps longer than a second.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReportDeliveryTests(AppFixture app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly DateOnly MeetingOn = EnrolledOn.AddDays(10);

    [Fact]
    public async Task a_refused_report_is_failing_in_between_then_delivered_exactly_once()
    {
        await using var receiver = await ReportReceiver.Start();
        receiver.RefuseFirst = 2;
        var database = await IsolatedApp.CreateDatabase(app, "outbound");
        // One second between attempts, so the test sees the failing state for certain.
        await using var host = await IsolatedApp.Start(database, Outbound.Settings(receiver, backoff: "00:00:01"));
        var pm = host.Client();
        var caseId = await pm.OpenCase();
        var participant = await pm.Enrol(caseId, Enrolment("E-1", name: "Griet Vervoort"));
        await pm.Accept(caseId, participant);

        await pm.RecordMeeting(caseId, MeetingOn);

        var failing = (await Outbound.Until(() => pm.Deliveries(caseId), d => d.Length == 1 && d[0].State() == "Failing", Deadline, "failing"))[0];
        Assert.Equal("The endpoint answered 503 Service Unavailable.", failing.GetProperty("lastError").GetString());
        Assert.True(failing.GetProperty("attempts").GetInt32() >= 1);
        Assert.True(failing.GetProperty("nextAttemptAt").GetDateTimeOffset() > failing.GetProperty("recordedAt").GetDateTimeOffset());

        var delivered = (await Outbound.Until(() => pm.Deliveries(caseId), d => d[0].State() == "Delivered", Deadline, "delivered"))[0];
        Assert.Equal(3, delivered.GetProperty("attempts").GetInt32());
        Assert.Equal(JsonValueKind.Null, delivered.GetProperty("nextAttemptAt").ValueKind);
        Assert.True(delivered.GetProperty("deliveredAt").GetDateTimeOffset() >= delivered.GetProperty("recordedAt").GetDateTimeOffset());

        // Past the next backoff and polling: nothing more arrives.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var messageId = delivered.GetProperty("messageId").GetGuid();
        Assert.Equal(3, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.Equal(messageId, r.MessageId));
        var accepted = Assert.Single(receiver.Accepted);

        var body = accepted.Body;
        Assert.Equal(caseId, body.GetProperty("caseId").GetGuid());
        Assert.Equal("ProgressReport", body.GetProperty("kind").GetString());
        Assert.Equal(MeetingOn.ToString("yyyy-MM-dd"), body.GetProperty("asOf").GetString());
        Assert.Equal(1, body.GetProperty("meeting").GetInt32());
        Assert.Equal("nl", body.GetProperty("language").GetString());
        Assert.Equal(1, body.GetProperty("report").GetProperty("enrolled").GetInt32());
        Assert.False(body.GetProperty("report").GetProperty("final").GetBoolean());
        var row = Assert.Single(body.GetProperty("rows").EnumerateArray());
        Assert.Equal(participant, row.GetProperty("participantId").GetGuid());
        Assert.False(row.TryGetProperty("leftReason", out _));
        Assert.Equal("Begeleidingsuren", body.GetProperty("labels").GetProperty("columns").GetProperty("hours").GetString());
        Assert.Equal("Werkzoekend", body.GetProperty("labels").GetProperty("values").GetProperty("Searching").GetString());
        Assert.Equal("vdab-test-key", accepted.Headers["X-Api-Key"]);
        Assert.Equal(messageId.ToString(), accepted.Headers["Idempotency-Key"]);
        Assert.StartsWith("application/json", accepted.Headers["Content-Type"]);

        // The report as delivered is the one frozen with the meeting, and holds no personal data.
        var frozen = await pm.GetStringAsync($"/api/cases/{caseId}/twc-meetings/1/report");
        Assert.Equal(JsonSerializer.Deserialize<JsonElement>(frozen).GetRawText(), body.GetProperty("report").GetRawText());
        var text = body.GetRawText();
        Assert.DoesNotContain("Griet", text);
        Assert.DoesNotContain("E-1", text);
        Assert.DoesNotContain(Insz(YoungerBirthDate, 1), text);
        Assert.DoesNotContain("@example.be", text);
    }

    [Fact]
    public async Task an_attempt_without_an_answer_times_out_and_is_tried_again()
    {
        await using var receiver = await ReportReceiver.Start();
        receiver.HangFirst = 1;
        var database = await IsolatedApp.CreateDatabase(app, "outbound");
        var settings = Outbound.Settings(receiver, backoff: "00:00:01");
        settings["Integrations:Deliveries:Timeout"] = "00:00:01";
        await using var host = await IsolatedApp.Start(database, settings);
        var pm = host.Client();
        var caseId = await pm.OpenCase();
        await pm.RecordMeeting(caseId, CaseScenarios.TwcOpenedOn.AddDays(7));

        var failing = (await Outbound.Until(() => pm.Deliveries(caseId), d => d.Length == 1 && d[0].State() == "Failing", Deadline, "failing"))[0];
        Assert.Equal("No answer within 1 s.", failing.GetProperty("lastError").GetString());
        var delivered = (await Outbound.Until(() => pm.Deliveries(caseId), d => d[0].State() == "Delivered", Deadline, "delivered"))[0];
        Assert.Equal(2, delivered.GetProperty("attempts").GetInt32());
        Assert.Equal(delivered.GetProperty("messageId").GetGuid(), Assert.Single(receiver.Accepted).MessageId);
    }

    [Fact]
    public async Task reports_recorded_while_the_receiver_is_down_each_arrive_once_when_it_is_back()
    {
        await using var receiver = await ReportReceiver.Start();
        var database = await IsolatedApp.CreateDatabase(app, "outbound");
        await using var host = await IsolatedApp.Start(database, Outbound.Settings(receiver));
        var pm = host.Client();
        var (caseId, _, searching, _, _) = await pm.FourParticipants(region: "Wallonia");
        await receiver.Stop();

        await pm.RecordMeeting(caseId, new DateOnly(2027, 5, 15));
        await pm.RecordMeeting(caseId, new DateOnly(2027, 6, 20));
        await pm.Record(caseId, searching, "departure", new { leftOn = new DateOnly(2027, 6, 25), reason = "MovedAbroad" });
        var closing = await pm.PostAsJsonAsync($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2027, 10, 6) });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, closing.StatusCode);

        // Down: every delivery fails on connection errors, and is tried again more than once.
        var failing = await Outbound.Until(() => pm.Deliveries(caseId),
            d => d.Length == 3 && d.All(x => x.State() == "Failing" && x.GetProperty("attempts").GetInt32() >= 2), Deadline, "failing twice");
        Assert.All(failing, d => Assert.StartsWith("Could not reach the endpoint", d.GetProperty("lastError").GetString()));
        Assert.Empty(receiver.Requests);

        await receiver.Restart();
        var delivered = await Outbound.Until(() => pm.Deliveries(caseId), d => d.All(x => x.State() == "Delivered"), Deadline, "delivered");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(3, receiver.Requests.Count);
        Assert.Equal(delivered.Select(d => d.GetProperty("messageId").GetGuid()).Order(), receiver.Accepted.Select(r => r.MessageId).Order());
        var bodies = receiver.Accepted.Select(r => r.Body).OrderBy(b => b.GetProperty("asOf").GetString()).ToList();
        Assert.Equal(["ProgressReport", "ProgressReport", "FinalReport"], bodies.Select(b => b.GetProperty("kind").GetString()));
        Assert.Equal([1, 2, 0], bodies.Select(b => b.TryGetProperty("meeting", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : 0));
        Assert.True(bodies[2].GetProperty("report").GetProperty("final").GetBoolean());
        Assert.All(bodies, b => Assert.Equal("fr", b.GetProperty("language").GetString()));
        Assert.Equal("Heures d'accompagnement", bodies[0].GetProperty("labels").GetProperty("columns").GetProperty("hours").GetString());
        Assert.All(receiver.Accepted, r => Assert.Equal("Bearer forem-test-token", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task deliveries_pending_when_the_service_stops_are_delivered_once_after_it_starts_again()
    {
        await using var receiver = await ReportReceiver.Start();
        receiver.RefuseFirst = int.MaxValue;
        var database = await IsolatedApp.CreateDatabase(app, "outbound");
        var settings = Outbound.Settings(receiver);
        Guid caseId;
        await using (var first = await IsolatedApp.Start(database, settings))
        {
            var pm = first.Client();
            caseId = await pm.OpenCase();
            await pm.Enrol(caseId, Enrolment("E-1"));
            await pm.RecordMeeting(caseId, MeetingOn);
            await pm.RecordMeeting(caseId, MeetingOn.AddDays(14));
            await Outbound.Until(() => pm.Deliveries(caseId), d => d.Length == 2 && d.All(x => x.State() == "Failing"), Deadline, "failing");
        }

        var refusedWhileUp = receiver.Requests.Count;
        receiver.RefuseFirst = 0;
        await using var second = await IsolatedApp.Start(database, settings);
        var client = second.Client();
        var delivered = await Outbound.Until(() => client.Deliveries(caseId), d => d.All(x => x.State() == "Delivered"), Deadline, "delivered");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(delivered.Select(d => d.GetProperty("messageId").GetGuid()).Order(), receiver.Accepted.Select(r => r.MessageId).Order());
        Assert.Equal(refusedWhileUp + 2, receiver.Requests.Count);
    }
}
