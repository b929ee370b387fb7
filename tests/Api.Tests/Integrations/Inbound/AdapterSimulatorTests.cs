using CollectiveDismissal.AdapterSimulator;
using CollectiveDismissal.Api.Integrations.Inbound;
using CollectiveDismissal.Api.Tests.Fixtures;
using Marten;

namespace CollectiveDismissal.Api.Tests.Integrations.Inbound;

public sealed class AdapterSimulatorTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_simulator_sends_a_realistic_batch_and_prints_what_was_applied_and_what_was_rejected()
    {
        var pm = Client(ProjectManager);
        var caseId = await pm.OpenCase();
        var searching = await pm.Enrol(caseId, ParticipantScenarios.Enrolment("E-1", sequence: 1));
        await pm.Accept(caseId, searching);
        var employed = await pm.Enrol(caseId, ParticipantScenarios.Enrolment("E-2", sequence: 2));
        await pm.Accept(caseId, employed);
        await pm.Record(caseId, employed, "jobs", new { startsOn = ParticipantScenarios.EnrolledOn.AddDays(20), employerName = "Acme", contractType = "Indefinite" });
        var output = new StringWriter();

        var exit = await Simulator.Run(Client(PartnerScenarios.Token("vdab")), "vdab", caseId, output);

        var printed = output.ToString();
        Assert.True(exit == 0, printed);
        Assert.Contains("202 Accepted", printed);
        Assert.Contains("SIM-UNKNOWN", printed);
        Assert.Contains("Rejected  participant.unknown", printed);
        Assert.Equal(4, printed.Split('\n').Count(l => l.Contains(" Applied")));
        await using var session = Store.QuerySession();
        var outcomes = await session.Query<PartnerMessageOutcome>().Where(o => o.CaseId == caseId).ToListAsync();
        Assert.Equal(5, outcomes.Count);
        Assert.Equal(4, outcomes.Count(o => o.State == PartnerMessageState.Applied));
        var people = (await session.LoadManyAsync<Domain.Participants.Participant>(searching, employed)).ToDictionary(p => p.Id);
        Assert.Single(people[searching].JobList());
        Assert.Equal(false, people[employed].JobList()[0].StillEmployed);
        Assert.All(people.Values, p => Assert.Single(p.JobSeekerRegistrationList()));
    }
}
