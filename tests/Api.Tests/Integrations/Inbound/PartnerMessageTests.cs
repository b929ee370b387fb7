using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CollectiveDismissal.Api.Integrations.Inbound;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Domain.Participants;
using Marten;
using static CollectiveDismissal.Api.Tests.Fixtures.PartnerScenarios;

namespace CollectiveDismissal.Api.Tests.Integrations.Inbound;

public sealed class PartnerMessageTests(AppFixture fixture) : IntegrationContext(fixture)
{
    private static readonly string Vdab = Token("vdab");
    private static readonly DateOnly Enrolled = ParticipantScenarios.EnrolledOn;

    /// <summary>A Flemish case (VDAB's) with accepted participants E-1 … E-n.</summary>
    private async Task<(Guid CaseId, Guid[] Participants)> FlemishCase(int participants = 2)
    {
        var pm = Client(ProjectManager);
        var caseId = await pm.OpenCase();
        var ids = new Guid[participants];
        for (var i = 0; i < participants; i++)
        {
            ids[i] = await pm.Enrol(caseId, ParticipantScenarios.Enrolment($"E-{i + 1}", sequence: i + 1));
            await pm.Accept(caseId, ids[i]);
        }
        return (caseId, ids);
    }

    private async Task<Participant> Participant(Guid id)
    {
        await using var session = Store.QuerySession();
        return (await session.LoadAsync<Participant>(id))!;
    }

    private async Task<int> Outcomes()
    {
        await using var session = Store.QuerySession();
        return await session.Query<PartnerMessageOutcome>().CountAsync();
    }

    [Fact]
    public async Task Each_kind_issues_the_command_a_project_manager_would_and_is_recorded_as_the_partner()
    {
        var (caseId, p) = await FlemishCase();
        var partner = Client(Vdab);
        var accepted = await partner.Accepted("vdab",
            Registered("m-1", caseId, "E-1", Enrolled.AddDays(3)),
            JobFound("m-2", caseId, "E-1", Enrolled.AddDays(40)),
            JobEnded("m-3", caseId, "E-1", Enrolled.AddDays(70)));
        Assert.Equal(["m-1", "m-2", "m-3"], accepted.GetProperty("queued").EnumerateArray().Select(e => e.GetString()));

        var outcomes = await PartnerScenarios.Outcomes(Store, "vdab", ["m-1", "m-2", "m-3"]);
        Assert.All(outcomes.Values, o => Assert.Equal(PartnerMessageState.Applied, o.State));
        Assert.All(outcomes.Values, o => Assert.Equal(p[0], o.ParticipantId));

        var job = Assert.Single((await Participant(p[0])).JobList());
        Assert.Equal((Enrolled.AddDays(40), "Limburg Metaal BV", Enrolled.AddDays(70), (bool?)false),
            (job.StartsOn, job.EmployerName, job.AftercareClosedOn, job.StillEmployed));

        await using var session = Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(caseId);
        var registered = Assert.Single(events, e => e.Data is RegisteredAsJobSeeker);
        Assert.Equal(CollectiveDismissal.Domain.Cases.EmploymentService.VDAB, ((RegisteredAsJobSeeker)registered.Data).Service);
        Assert.Equal("vdab.adapter.tests", registered.UserName);
        Assert.All(events.Where(e => e.Data is CollectiveDismissal.Domain.Participants.JobFound or AftercareClosed), e => Assert.Equal("vdab.adapter.tests", e.UserName));
    }

    [Fact]
    public async Task A_repeated_message_id_has_no_second_effect_and_the_answer_says_it_is_known()
    {
        var (caseId, p) = await FlemishCase();
        var partner = Client(Vdab);
        await partner.Accepted("vdab", JobFound("m-1", caseId, "E-1", Enrolled.AddDays(40)));
        await PartnerScenarios.Outcomes(Store, "vdab", ["m-1"]);
        var before = await EventCount(caseId);

        var again = await partner.Accepted("vdab", JobFound("m-1", caseId, "E-1", Enrolled.AddDays(40)));

        Assert.Empty(again.GetProperty("queued").EnumerateArray());
        var known = Assert.Single(again.GetProperty("alreadyKnown").EnumerateArray());
        Assert.Equal(("m-1", "Applied"), (known.GetProperty("messageId").GetString(), known.GetProperty("state").GetString()));
        await Task.Delay(300);
        Assert.Equal(before, await EventCount(caseId));
        Assert.Single((await Participant(p[0])).JobList());
    }

    [Fact]
    public async Task The_same_batch_arriving_twice_at_once_is_applied_once()
    {
        var (caseId, p) = await FlemishCase();
        object[] batch =
        [
            JobFound("m-1", caseId, "E-1", Enrolled.AddDays(40)), JobEnded("m-2", caseId, "E-1", Enrolled.AddDays(60)),
            JobFound("m-3", caseId, "E-2", Enrolled.AddDays(50))
        ];
        var before = await EventCount(caseId);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Client(Vdab).Send("vdab", batch)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        var outcomes = await PartnerScenarios.Outcomes(Store, "vdab", ["m-1", "m-2", "m-3"]);
        Assert.All(outcomes.Values, o => Assert.Equal((PartnerMessageState.Applied, 1), (o.State, o.Attempts)));
        await Task.Delay(300);
        Assert.Equal(before + 3, await EventCount(caseId));
        Assert.Single((await Participant(p[0])).JobList());
        Assert.Single((await Participant(p[1])).JobList());
    }

    [Fact]
    public async Task Messages_about_one_participant_are_applied_in_the_order_sent_within_and_across_batches()
    {
        var (caseId, p) = await FlemishCase(1);
        var partner = Client(Vdab);
        await partner.Accepted("vdab", JobFound("m-1", caseId, "E-1", Enrolled.AddDays(10)), JobEnded("m-2", caseId, "E-1", Enrolled.AddDays(20)));
        await partner.Accepted("vdab", JobFound("m-3", caseId, "E-1", Enrolled.AddDays(30)));
        await partner.Accepted("vdab", JobEnded("m-4", caseId, "E-1", Enrolled.AddDays(40)), JobFound("m-5", caseId, "E-1", Enrolled.AddDays(50)));

        var outcomes = await PartnerScenarios.Outcomes(Store, "vdab", ["m-1", "m-2", "m-3", "m-4", "m-5"]);

        Assert.All(outcomes.Values, o => Assert.Equal(PartnerMessageState.Applied, o.State));
        Assert.Equal([10, 30, 50], (await Participant(p[0])).JobList().Select(j => j.StartsOn.DayNumber - Enrolled.DayNumber));
    }

    [Fact]
    public async Task A_case_of_another_region_or_an_unknown_case_refuses_the_whole_batch_with_403_and_stores_nothing()
    {
        var (caseId, _) = await FlemishCase(1);
        var pm = Client(ProjectManager);
        var brussels = await pm.PrepareCase(CaseScenarios.Dossier(region: "Brussels"));
        var before = await EventCount();
        var envelopes = await IncomingEnvelopes();

        var foreign = await Client(Vdab).Send("vdab", JobFound("m-1", caseId, "E-1", Enrolled.AddDays(10)),
            JobFound("m-2", brussels, "E-1", Enrolled.AddDays(10)));
        var unknown = await Client(Vdab).Send("vdab", JobFound("m-3", Guid.NewGuid(), "E-1", Enrolled.AddDays(10)));

        var problem = await Problem(foreign, HttpStatusCode.Forbidden);
        Assert.Contains(brussels.ToString(), problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(caseId.ToString(), problem.GetProperty("detail").GetString());
        await Problem(unknown, HttpStatusCode.Forbidden);
        await Task.Delay(300);
        Assert.Equal(0, await Outcomes());
        Assert.Equal(before, await EventCount());
        Assert.Equal(envelopes, await IncomingEnvelopes());
    }

    [Fact]
    public async Task Only_an_integration_token_naming_the_service_may_send_its_messages()
    {
        var (caseId, _) = await FlemishCase(1);
        object message = JobFound("m-1", caseId, "E-1", Enrolled.AddDays(10));

        await Problem(await Client(Token("actiris")).Send("vdab", message), HttpStatusCode.Forbidden);
        await Problem(await Client(Integration).Send("vdab", message), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(ProjectManager).Send("vdab", message)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client().Send("vdab", message)).StatusCode);
        await Problem(await Client(Vdab).Send("vdab-test", message), HttpStatusCode.NotFound);
        Assert.Equal(0, await Outcomes());
    }

    [Theory]
    [InlineData("""{"messages":[]}""", "messages")]
    [InlineData("""{"messages":[{"messageId":"m-1","caseId":"{case}","personnelReference":"E-1","kind":"JobFound","occurredOn":"2027-05-01"}]}""", "messages[0].job")]
    [InlineData("""{"messages":[{"messageId":"m-1","caseId":"{case}","personnelReference":"E-1","kind":"JobEnded","occurredOn":"2027-05-01","job":{"employerName":"X","contractType":"Indefinite"}}]}""", "messages[0].job")]
    [InlineData("""{"messages":[{"messageId":"m-1","caseId":"{case}","personnelReference":"E-1","kind":"JobEnded","occurredOn":"2027-05-01"},{"messageId":"m-1","caseId":"{case}","personnelReference":"E-1","kind":"JobEnded","occurredOn":"2027-05-02"}]}""", "messages[1].messageId")]
    [InlineData("""{"messages":[{"messageId":"m-1","caseId":"{case}","personnelReference":"E-1","kind":"Promoted","occurredOn":"2027-05-01"}]}""", "messages[0].kind")]
    [InlineData("""{"messages":[{"messageId":"m-1","caseId":"{case}","personnelReference":"E-1","kind":"JobEnded","occurredOn":"1800-05-01"}]}""", "messages[0].occurredOn")]
    [InlineData("""{"messages":[{"caseId":"{case}","personnelReference":"E-1","kind":"JobEnded","occurredOn":"2027-05-01"}]}""", "messages[0].messageId")]
    [InlineData("""{"messages":[{"messageId":"m-1","caseId":"{case}","personnelReference":"E-1","kind":"JobFound","occurredOn":"2027-05-01","job":{"employerName":"X","contractType":"FixedTerm"}}]}""", "messages[0].job.contractMonths")]
    public async Task A_malformed_batch_is_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var (caseId, _) = await FlemishCase(1);
        var envelopes = await IncomingEnvelopes();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/integrations/vdab/messages")
        {
            Content = new StringContent(body.Replace("{case}", caseId.ToString()), System.Text.Encoding.UTF8, "application/json")
        };

        var problem = await Problem(await Client(Vdab).SendAsync(request), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        await Task.Delay(200);
        Assert.Equal(0, await Outcomes());
        Assert.Equal(envelopes, await IncomingEnvelopes());
    }

    [Fact]
    public async Task A_batch_larger_than_the_maximum_is_400()
    {
        var (caseId, _) = await FlemishCase(1);
        var messages = Enumerable.Range(0, PartnerMessageBatch.MaxMessages + 1)
            .Select(i => JobEnded($"m-{i}", caseId, "E-1", Enrolled.AddDays(1))).ToArray();

        var problem = await Problem(await Client(Vdab).Send("vdab", messages), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("messages", out _));
    }

    [Fact]
    public async Task A_message_that_breaks_a_rule_is_rejected_with_its_reason_while_the_others_of_the_batch_apply()
    {
        var (caseId, p) = await FlemishCase();
        await Client(Vdab).Accepted("vdab",
            JobEnded("m-1", caseId, "E-1", Enrolled.AddDays(10)),
            JobFound("m-2", caseId, "E-2", Enrolled.AddDays(20)),
            JobFound("m-3", caseId, "E-404", Enrolled.AddDays(20)));

        var outcomes = await PartnerScenarios.Outcomes(Store, "vdab", ["m-1", "m-2", "m-3"]);

        Assert.Equal((PartnerMessageState.Rejected, "aftercare.needs-open-job"), (outcomes["m-1"].State, outcomes["m-1"].Rule));
        Assert.Equal(PartnerMessageState.Applied, outcomes["m-2"].State);
        Assert.Equal((PartnerMessageState.Rejected, "participant.unknown"), (outcomes["m-3"].State, outcomes["m-3"].Rule));
        Assert.Contains("E-404", outcomes["m-3"].Reason);
        Assert.Empty((await Participant(p[0])).JobList());
        Assert.Single((await Participant(p[1])).JobList());

        foreach (var token in new[] { Vdab, ProjectManager })
        {
            var list = await GetJson("/api/integrations/vdab/rejections", token);
            Assert.Equal(2, list.GetProperty("total").GetInt32());
            var first = list.GetProperty("items")[0];
            Assert.Equal("aftercare.needs-open-job", first.GetProperty("rule").GetString());
            Assert.Equal("There is no job whose aftercare is still open.", first.GetProperty("reason").GetString());
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Token("forem")).GetAsync("/api/integrations/vdab/rejections")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Auditor).GetAsync("/api/integrations/vdab/rejections")).StatusCode);
        Assert.Equal(0, (await GetJson("/api/integrations/forem/rejections", Token("forem"))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_rejected_message_resent_by_the_partner_is_known_and_not_retried_blindly()
    {
        var (caseId, _) = await FlemishCase(1);
        await Client(Vdab).Accepted("vdab", JobEnded("m-1", caseId, "E-1", Enrolled.AddDays(10)));
        await PartnerScenarios.Outcomes(Store, "vdab", ["m-1"]);

        var again = await Client(Vdab).Accepted("vdab", JobEnded("m-1", caseId, "E-1", Enrolled.AddDays(10)));

        Assert.Equal("Rejected", again.GetProperty("alreadyKnown")[0].GetProperty("state").GetString());
        await Task.Delay(300);
        Assert.Equal(1, (await PartnerScenarios.Outcomes(Store, "vdab", ["m-1"]))["m-1"].Attempts);
    }

    [Fact]
    public async Task A_rejection_retried_after_the_case_was_fixed_applies_and_leaves_the_list()
    {
        var (caseId, p) = await FlemishCase(1);
        await Client(Vdab).Accepted("vdab", JobEnded("m-1", caseId, "E-1", Enrolled.AddDays(30)));
        Assert.Equal(PartnerMessageState.Rejected, (await PartnerScenarios.Outcomes(Store, "vdab", ["m-1"]))["m-1"].State);

        // Still broken: rejected again, with a second attempt counted.
        var retry = await Client(Vdab).PostAsync("/api/integrations/vdab/rejections/m-1/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal("Retrying", (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        var second = (await PartnerScenarios.Outcomes(Store, "vdab", ["m-1"]))["m-1"];
        Assert.Equal((PartnerMessageState.Rejected, 2), (second.State, second.Attempts));

        // Fixed by the project manager (the job recorded by hand), then retried by the project manager.
        await Client(ProjectManager).Record(caseId, p[0], "jobs",
            new { startsOn = Enrolled.AddDays(10), employerName = "Limburg Metaal BV", contractType = "Indefinite" });
        Assert.Equal(HttpStatusCode.Accepted, (await Client(ProjectManager).PostAsync("/api/integrations/vdab/rejections/m-1/retry", null)).StatusCode);

        var third = (await PartnerScenarios.Outcomes(Store, "vdab", ["m-1"]))["m-1"];
        Assert.Equal((PartnerMessageState.Applied, 3), (third.State, third.Attempts));
        var job = Assert.Single((await Participant(p[0])).JobList());
        Assert.Equal((Enrolled.AddDays(30), (bool?)false), (job.AftercareClosedOn, job.StillEmployed));
        Assert.Equal(0, (await GetJson("/api/integrations/vdab/rejections", Vdab)).GetProperty("total").GetInt32());

        await Problem(await Client(Vdab).PostAsync("/api/integrations/vdab/rejections/m-1/retry", null), HttpStatusCode.Conflict);
        await Problem(await Client(Vdab).PostAsync("/api/integrations/vdab/rejections/m-404/retry", null), HttpStatusCode.NotFound);
        await Problem(await Client(Token("forem")).PostAsync("/api/integrations/vdab/rejections/m-1/retry", null), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_discarded_rejection_keeps_its_reason_and_who_discarded_it()
    {
        var (caseId, _) = await FlemishCase(1);
        await Client(Vdab).Accepted("vdab", JobEnded("m-1", caseId, "E-1", Enrolled.AddDays(30)));
        await PartnerScenarios.Outcomes(Store, "vdab", ["m-1"]);

        await Problem(await Post("/api/integrations/vdab/rejections/m-1/discard", new { reason = " " }), HttpStatusCode.BadRequest);
        var discarded = await Post("/api/integrations/vdab/rejections/m-1/discard", new { reason = "Sent for the wrong person." });
        Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);

        Assert.Equal(0, (await GetJson("/api/integrations/vdab/rejections")).GetProperty("total").GetInt32());
        var all = await GetJson("/api/integrations/vdab/rejections?includeDiscarded=true");
        var item = Assert.Single(all.GetProperty("items").EnumerateArray());
        Assert.Equal("Discarded", item.GetProperty("state").GetString());
        Assert.Equal(("pm.tests", "Sent for the wrong person."),
            (item.GetProperty("discarded").GetProperty("by").GetString(), item.GetProperty("discarded").GetProperty("reason").GetString()));
        await Problem(await Post("/api/integrations/vdab/rejections/m-1/discard", new { reason = "Again." }), HttpStatusCode.Conflict);
        await Problem(await Post("/api/integrations/vdab/rejections/m-1/retry", new { }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_message_outcome_can_be_read_by_its_id()
    {
        var (caseId, p) = await FlemishCase(1);
        await Client(Vdab).Accepted("vdab", JobFound("m-1", caseId, "E-1", Enrolled.AddDays(30)));
        await PartnerScenarios.Outcomes(Store, "vdab", ["m-1"]);

        var outcome = await GetJson("/api/integrations/vdab/messages/m-1", Vdab);

        Assert.Equal(("Applied", p[0].ToString(), "JobFound"),
            (outcome.GetProperty("state").GetString(), outcome.GetProperty("participantId").GetString(), outcome.GetProperty("kind").GetString()));
        await Problem(await Client(Vdab).GetAsync("/api/integrations/vdab/messages/m-2"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(Token("adg")).GetAsync("/api/integrations/vdab/messages/m-1")).StatusCode);
    }

    [Fact]
    public async Task A_message_on_a_closed_case_is_rejected_by_the_case_rule()
    {
        var (caseId, _) = await FlemishCase(1);
        await using (var session = Store.LightweightSession())
        {
            session.Events.Append(caseId, new CollectiveDismissal.Domain.Cases.CaseClosed(caseId, Enrolled.AddDays(400)));
            await session.SaveChangesAsync();
        }

        await Client(Vdab).Accepted("vdab", JobFound("m-1", caseId, "E-1", Enrolled.AddDays(30)));

        var outcome = (await PartnerScenarios.Outcomes(Store, "vdab", ["m-1"]))["m-1"];
        Assert.Equal(PartnerMessageState.Rejected, outcome.State);
        Assert.StartsWith("case.", outcome.Rule);
    }

    [Fact]
    public async Task A_registration_already_recorded_by_hand_is_applied_without_a_second_event()
    {
        var (caseId, p) = await FlemishCase(1);
        await Client(ProjectManager).Record(caseId, p[0], "job-seeker-registration", new { registeredOn = Enrolled.AddDays(2), service = "VDAB" });
        var before = await EventCount(caseId);

        await Client(Vdab).Accepted("vdab", Registered("m-1", caseId, "E-1", Enrolled.AddDays(2)), Registered("m-2", caseId, "E-1", Enrolled.AddDays(1)));

        var outcomes = await PartnerScenarios.Outcomes(Store, "vdab", ["m-1", "m-2"]);
        Assert.Equal(PartnerMessageState.Applied, outcomes["m-1"].State);
        Assert.StartsWith("Already recorded", outcomes["m-1"].Reason);
        Assert.Equal((PartnerMessageState.Rejected, "job-seeker.already-registered"), (outcomes["m-2"].State, outcomes["m-2"].Rule));
        Assert.Equal(before, await EventCount(caseId));
        Assert.Single((await Participant(p[0])).JobSeekerRegistrationList());
    }

    private async Task<long> IncomingEnvelopes()
    {
        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from cd.wolverine_incoming_envelopes where message_type like '%ApplyPartnerMessages%'";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
