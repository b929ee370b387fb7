using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;
using static CollectiveDismissal.Domain.Participants.GuidanceService;

namespace CollectiveDismissal.Domain.Tests.Reports;

/// <summary>The report's hours per service of CAO 82bis (R23, S25): sessions name the services they gave.</summary>
public class HoursByServiceTests
{
    private static readonly Guid CaseId = ParticipantSpec.CaseId;
    private static readonly DateOnly Enrolled = new(2027, 1, 10);

    private static DateOnly D(string date) => DateOnly.Parse(date);

    private static Func<Guid, object> Session(string on, decimal hours, params GuidanceService[] services) =>
        id => new GuidanceSessionLogged(CaseId, id, D(on), hours, GuidanceKind.Individual, null, Services: services.Length == 0 ? null : services);

    /// <summary>A participant folded from its events, and the report's own facts folded alike.</summary>
    private static Participant P(params Func<Guid, object>[] events)
    {
        var id = Guid.NewGuid();
        object[] all = [new ParticipantEnrolled(CaseId, id, $"E-{id:N}", Gender.X, ContractKind.Indefinite, WorkerCategory.WhiteCollar,
            TerminationMode.Indemnity, D("2026-12-06"), D("2027-01-09"), Enrolled, 41), new OutplacementAccepted(CaseId, id, Enrolled),
            .. events.Select(e => e(id))];
        var state = all.Aggregate((Participant?)null, Participant.Evolve)!;
        var facts = all.Aggregate((ReportFacts?)null, ReportFacts.Evolve)!;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(ReportFacts.Of(state)), System.Text.Json.JsonSerializer.Serialize(facts));
        return state;
    }

    private static IReadOnlyDictionary<string, decimal> ByService(string asOf, params Participant[] participants) =>
        EmploymentReports.Compute(CaseId, D(asOf), 1, participants, CaseProcess.None).Report.HoursByService!;

    [Fact]
    public void every_service_and_unspecified_is_listed_with_zero_included()
    {
        var report = ByService("2027-02-01", P());
        Assert.Equal(["PsychologicalSupport", "PersonalAndProfessionalAssessment", "JobSearchCampaign", "NewContractNegotiation",
            "IntegrationInNewJob", "LogisticAndAdministrativeSupport", "Other", "Unspecified"], report.Keys);
        Assert.All(report.Values, v => Assert.Equal(0m, v));
    }

    [Fact]
    public void a_session_counts_its_hours_for_each_service_it_names_and_sessions_naming_none_are_unspecified()
    {
        var a = P(Session("2027-01-11", 3, JobSearchCampaign, PsychologicalSupport), Session("2027-01-11", 2, JobSearchCampaign),
            Session("2027-01-20", 1.5m));
        var b = P(Session("2027-01-12", 4, Other), Session("2027-01-12", 1, PsychologicalSupport, PsychologicalSupport));
        var report = ByService("2027-02-01", a, b);
        Assert.Equal(5m, report["JobSearchCampaign"]);
        Assert.Equal(4m, report["PsychologicalSupport"]);
        Assert.Equal(4m, report["Other"]);
        Assert.Equal(1.5m, report["Unspecified"]);
        Assert.Equal(0m, report["NewContractNegotiation"]);
        // The total counts each session once.
        Assert.Equal(11.5m, EmploymentReports.Compute(CaseId, D("2027-02-01"), 1, [a, b], CaseProcess.None).Report.Guidance.TotalHours);
    }

    [Fact]
    public void only_sessions_held_on_or_before_the_date_count_also_between_sessions_of_one_day_and_the_next()
    {
        var p = P(Session("2027-01-11", 2), Session("2027-01-11", 3, IntegrationInNewJob), Session("2027-01-15", 1, IntegrationInNewJob),
            Session("2027-01-20", 4, LogisticAndAdministrativeSupport));
        Assert.All(ByService("2027-01-10", p).Values, v => Assert.Equal(0m, v));
        var first = ByService("2027-01-11", p);
        Assert.Equal((3m, 2m, 0m), (first["IntegrationInNewJob"], first["Unspecified"], first["LogisticAndAdministrativeSupport"]));
        var between = ByService("2027-01-19", p);
        Assert.Equal((4m, 2m, 0m), (between["IntegrationInNewJob"], between["Unspecified"], between["LogisticAndAdministrativeSupport"]));
        var after = ByService("2027-03-01", p);
        Assert.Equal((4m, 2m, 4m), (after["IntegrationInNewJob"], after["Unspecified"], after["LogisticAndAdministrativeSupport"]));
        // The row carries the same values, and the evidence names the participant for each service with hours.
        var rows = EmploymentReports.Rows([p], D("2027-01-19"));
        Assert.Equal(4m, rows[0].HoursByService!["IntegrationInNewJob"]);
        var members = EmploymentReports.Members(rows).ToDictionary(m => m.Figure, m => m.ParticipantIds);
        Assert.Equal([p.Id], members["hoursByService.IntegrationInNewJob"]);
        Assert.Empty(members["hoursByService.LogisticAndAdministrativeSupport"]);
    }

    [Fact]
    public void a_day_keeps_nothing_per_service_while_its_sessions_name_none_so_old_documents_read_alike()
    {
        var p = P(Session("2027-01-11", 2), Session("2027-01-11", 1));
        Assert.Equal([new GuidanceDay(D("2027-01-11"), 3, 2)], p.SessionList());
        Assert.Null(p.Totals!.HoursByService);
        Assert.Equal(3m, ByService("2027-02-01", p)["Unspecified"]);
        // A document folded before services existed reads its hours as unspecified, by day and in the totals.
        var old = p with { Totals = p.Totals with { HoursByService = null } };
        Assert.Equal(3m, ByService("2027-01-11", old)["Unspecified"]);
    }

    [Fact]
    public void the_decider_keeps_each_named_service_once_in_the_services_order()
    {
        var given = ParticipantSpec.Given(ParticipantSpec.Enrolled(), ParticipantSpec.Accepted());
        var e = ParticipantDecider.Decide(given.Case, given.Participant,
            new LogGuidanceSession(ParticipantSpec.EnrolledOn, 2, GuidanceKind.Group, null, ParticipantSpec.EntryId, [Other, PsychologicalSupport, Other]), ParticipantSpec.Today);
        Assert.Equal([PsychologicalSupport, Other], e.Services);
        Assert.Null(ParticipantDecider.Decide(given.Case, given.Participant,
            new LogGuidanceSession(ParticipantSpec.EnrolledOn, 2, GuidanceKind.Group, null, ParticipantSpec.EntryId), ParticipantSpec.Today).Services);
    }
}
