using System.Text.Json;
using CollectiveDismissal.Api.Tests.Fixtures;
using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Projections.Cases;
using Marten;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Projections.Participants;
using CollectiveDismissal.Projections.Deadlines;
using Marten.Events;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using static CollectiveDismissal.Api.Tests.Fixtures.CaseScenarios;
using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Cases;

public class RebuildTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task every_read_model_rebuilt_from_the_events_equals_the_one_kept_inline()
    {
        var client = Client(ProjectManager);
        for (var steps = 0; steps <= Procedure.Length; steps++)
            await client.Run(await client.PrepareCase(Dossier(projectManager: $"pm.{steps}")), steps);
        // A case with participants through every participant event, closed.
        var caseId = await client.OpenCase();
        var a = await client.Enrol(caseId, Enrolment("E-1", OlderBirthDate, 1));
        var b = await client.Enrol(caseId, Enrolment("E-2", YoungerBirthDate, 2));
        var c = await client.Enrol(caseId, Enrolment("E-3", YoungerBirthDate, 3));
        await client.Accept(caseId, a);
        await client.Record(caseId, a, "intake", new { heldOn = EnrolledOn, coach = "c", actionPlan = new { goals = new[] { "g" } } });
        await client.Session(caseId, a, EnrolledOn.AddDays(1), 7.5m);
        await client.Record(caseId, a, "trajectory-extensions", new { decidedOn = EnrolledOn, endsOn = new DateOnly(2027, 12, 1), reason = "r" });
        await client.Record(caseId, a, "jobs", new { startsOn = new DateOnly(2027, 5, 1), employerName = "X", contractType = "FixedTerm", contractMonths = 3 });
        await client.Record(caseId, a, "aftercare-closure", new { closedOn = new DateOnly(2027, 6, 1), stillEmployed = false });
        await client.Record(caseId, a, "jobs", new { startsOn = new DateOnly(2027, 6, 2), employerName = "Y", contractType = "Indefinite" });
        await client.Record(caseId, b, "outplacement-decision", new { accepted = false, decidedOn = EnrolledOn });
        await client.Record(caseId, c, "departure", new { leftOn = EnrolledOn, reason = "Retired" });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await Client(AppFixture.Token("DataProtectionOfficer")).DeleteAsync(
            $"/api/cases/{caseId}/participants/{c}/personal-data")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await Post($"/api/cases/{caseId}/closure", new { closedOn = new DateOnly(2028, 1, 1) })).StatusCode);

        var details = await Snapshot<CaseDetails>();
        var writeModels = await Snapshot<DismissalCase>();
        var participants = await Snapshot<Participant>();
        var reportFacts = await Snapshot<CollectiveDismissal.Domain.Reports.ReportFacts>();
        Assert.Equal(Procedure.Length + 2, details.Count);
        Assert.Equal(3, participants.Count);

        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<CaseDetailsProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<DismissalCaseProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<ParticipantProjection>(CancellationToken.None);
        await daemon.RebuildProjectionAsync<CollectiveDismissal.Projections.Reports.ReportFactsProjection>(CancellationToken.None);

        Assert.Equal(details, await Snapshot<CaseDetails>());
        Assert.Equal(writeModels, await Snapshot<DismissalCase>());
        Assert.Equal(participants, await Snapshot<Participant>());
        Assert.Equal(3, reportFacts.Count);
        Assert.Equal(reportFacts, await Snapshot<CollectiveDismissal.Domain.Reports.ReportFacts>());
    }

    [Fact]
    public async Task a_rebuild_from_nothing_restores_the_read_models()
    {
        var client = Client(ProjectManager);
        var id = await client.PrepareCase();
        await client.Run(id, Procedure.Length);
        var before = await Snapshot<CaseDetails>();

        await Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(CaseDetails));
        Assert.Empty(await Snapshot<CaseDetails>());
        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<CaseDetailsProjection>(CancellationToken.None);

        var after = await Snapshot<CaseDetails>();
        Assert.Equal(before.Keys, after.Keys);
        foreach (var key in before.Keys) Assert.Equal(before[key], after[key]);
    }

    [Fact]
    public async Task rebuilding_the_deadline_board_gives_the_same_board()
    {
        var client = Client(ProjectManager);
        var open = await client.OpenCase();
        var closed = await client.OpenCase();
        var a = await client.Enrol(open, Enrolment("E-1", OlderBirthDate, 1));
        var b = await client.Enrol(open, Enrolment("E-2", YoungerBirthDate, 2));
        var c = await client.Enrol(open, Enrolment("E-3", YoungerBirthDate, 3));
        var d = await client.Enrol(open, Enrolment("E-4", YoungerBirthDate, 4));
        await client.Enrol(open, Enrolment("E-5", YoungerBirthDate, 5));
        await client.Enrol(closed, Enrolment("E-1", YoungerBirthDate, 6));
        foreach (var p in new[] { a, b, d }) await client.Accept(open, p);
        await client.Session(open, a, EnrolledOn.AddDays(1), 7.5m);
        await client.Record(open, a, "trajectory-extensions", new { decidedOn = EnrolledOn, endsOn = new DateOnly(2027, 12, 1), reason = "r" });
        await client.Record(open, b, "jobs", new { startsOn = new DateOnly(2027, 5, 1), employerName = "X", contractType = "FixedTerm", contractMonths = 3 });
        await client.Record(open, b, "aftercare-closure", new { closedOn = new DateOnly(2027, 6, 1), stillEmployed = false });
        await client.Record(open, c, "departure", new { leftOn = EnrolledOn, reason = "Retired" });
        await client.Record(open, d, "jobs", new { startsOn = new DateOnly(2027, 5, 1), employerName = "Y", contractType = "Indefinite" });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await Post($"/api/cases/{closed}/closure", new { closedOn = new DateOnly(2028, 1, 1) })).StatusCode);
        const string board = "/api/deadlines?asOf=2027-06-01&within=366&pageSize=200";
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var before = (await GetJson(board)).GetRawText();
        var cases = await Snapshot<CaseDeadlines>();
        var participants = await Snapshot<ParticipantDeadlines>();
        // A closed case keeps its row, marked closed, since it may be reopened; its participants are off the board.
        Assert.Equal(new[] { open, closed }.Order(), cases.Keys.Order());
        Assert.Contains("\"Closed\":true", cases[closed]);
        Assert.DoesNotContain(closed.ToString(), before);
        Assert.Contains("TwelveMonthLimit", before);

        // Through the host's own daemon, so its agents stop first; they stay stopped after a rebuild until restarted.
        var daemon = Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync<CaseDeadlinesProjection>(TimeSpan.FromMinutes(1), CancellationToken.None);
        await daemon.RebuildProjectionAsync<ParticipantDeadlinesProjection>(TimeSpan.FromMinutes(1), CancellationToken.None);
        await daemon.StartAgentAsync("CaseDeadlines:All", CancellationToken.None);
        await daemon.StartAgentAsync("ParticipantDeadlines:All", CancellationToken.None);

        Assert.Equal(cases, await Snapshot<CaseDeadlines>());
        Assert.Equal(participants, await Snapshot<ParticipantDeadlines>());
        Assert.Equal(before, (await GetJson(board)).GetRawText());

        // The board keeps following the events after the rebuild.
        await client.Record(open, a, "departure", new { leftOn = new DateOnly(2027, 6, 1), reason = "MovedAbroad" });
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(a.ToString(), (await GetJson(board)).GetRawText());
    }

    private async Task<Dictionary<Guid, string>> Snapshot<T>() where T : notnull
    {
        await using var session = Store.QuerySession();
        var documents = await session.Query<T>().ToListAsync();
        return documents.ToDictionary(d => (Guid)typeof(T).GetProperty("Id")!.GetValue(d)!, d => JsonSerializer.Serialize(d));
    }
}
