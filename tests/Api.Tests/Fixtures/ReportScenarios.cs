using static CollectiveDismissal.Api.Tests.Fixtures.ParticipantScenarios;

namespace CollectiveDismissal.Api.Tests.Fixtures;

/// <summary>The case the report's tests read, built through the API (shared with the browser test).</summary>
public static class ReportScenarios
{
    /// <summary>
    /// Four participants enrolled on 2027-04-05: an older one front-loaded and employed durably on 2027-06-01, one who
    /// lost a temporary job in aftercare, one who declined and one who retired.
    /// </summary>
    public static async Task<(Guid CaseId, Guid Employed, Guid Searching, Guid Declined, Guid Left)> FourParticipants(this HttpClient pm, string region = "Flanders")
    {
        var caseId = await pm.PrepareCase(CaseScenarios.Dossier(region: region));
        await pm.Run(caseId, 7);
        var employed = await pm.Enrol(caseId, Enrolment("E-1", OlderBirthDate, 1));
        var searching = await pm.Enrol(caseId, Enrolment("E-2", YoungerBirthDate, 2));
        var declined = await pm.Enrol(caseId, Enrolment("E-3", YoungerBirthDate, 3));
        var left = await pm.Enrol(caseId, Enrolment("E-4", new DateOnly(1963, 5, 5), 4));

        await pm.Accept(caseId, employed);
        await pm.Session(caseId, employed, EnrolledOn.AddDays(3), 8);
        await pm.Session(caseId, employed, EnrolledOn.AddDays(10), 8);
        await pm.Session(caseId, employed, EnrolledOn.AddDays(20), 4.5m);
        await pm.Record(caseId, employed, "jobs", new { startsOn = new DateOnly(2027, 6, 1), employerName = "Limburg Metaal", contractType = "FixedTerm", contractMonths = 12 });

        await pm.Accept(caseId, searching);
        await pm.Session(caseId, searching, EnrolledOn.AddDays(2), 2);
        await pm.Record(caseId, searching, "jobs", new { startsOn = new DateOnly(2027, 5, 10), employerName = "Interim NV", contractType = "TemporaryAgency" });
        await pm.Record(caseId, searching, "aftercare-closure", new { closedOn = new DateOnly(2027, 6, 15), stillEmployed = false });

        await pm.Record(caseId, declined, "outplacement-decision", new { accepted = false, decidedOn = EnrolledOn.AddDays(1) });
        await pm.Record(caseId, left, "departure", new { leftOn = new DateOnly(2027, 5, 1), reason = "Retired" });
        return (caseId, employed, searching, declined, left);
    }
    /// <summary>
    /// The whole procedure (two works council meetings, a TWC meeting, a consultation, an information session) and nine
    /// participants enrolled on 2027-04-05: seven employed 5, 35, 65, 95, 125, 155 and 181 days after their enrolment, so the days-to-job
    /// histogram has seven intervals, one of them after individual and group sessions; one who declined and one who
    /// retired. Nobody is searching: the case can close on 2027-10-06.
    /// </summary>
    public static async Task<Guid> SevenIntervals(this HttpClient pm, string region = "Flanders")
    {
        var caseId = await pm.PrepareCase(CaseScenarios.Dossier(region: region));
        await pm.Run(caseId, CaseScenarios.Procedure.Length);
        DateOnly[] births = [YoungerBirthDate, OlderBirthDate, new(1980, 6, 1), YoungerBirthDate, OlderBirthDate, YoungerBirthDate, new(1962, 2, 2)];
        string[] contracts = ["Indefinite", "FixedTerm", "Indefinite", "TemporaryAgency", "SelfEmployed", "Indefinite", "Indefinite"];
        int[] daysToJob = [5, 35, 65, 95, 125, 155, 181];
        for (var i = 0; i < 7; i++)
        {
            var id = await pm.Enrol(caseId, Enrolment($"H-{i}", births[i], 10 + i));
            await pm.Accept(caseId, id);
            if (i == 0)
            {
                await pm.Session(caseId, id, EnrolledOn.AddDays(1), 2);
                await pm.Record(caseId, id, "guidance-sessions", new { heldOn = EnrolledOn.AddDays(2), hours = 3.5m, kind = "Group", topic = "Workshop CV", services = new[] { "JobSearchCampaign" } });
            }
            await pm.Record(caseId, id, "jobs", new
            {
                startsOn = EnrolledOn.AddDays(daysToJob[i]), employerName = $"Werkgever {i}", contractType = contracts[i],
                contractMonths = contracts[i] == "FixedTerm" ? 12 : (int?)null
            });
        }
        var declined = await pm.Enrol(caseId, Enrolment("H-7", YoungerBirthDate, 17));
        await pm.Record(caseId, declined, "outplacement-decision", new { accepted = false, decidedOn = EnrolledOn.AddDays(1) });
        var retired = await pm.Enrol(caseId, Enrolment("H-8", new DateOnly(1963, 5, 5), 18));
        await pm.Record(caseId, retired, "departure", new { leftOn = new DateOnly(2027, 5, 1), reason = "Retired" });
        return caseId;
    }
}
