using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Reports;

namespace CollectiveDismissal.Domain.Tests.Reports;

/// <summary>The report's process section and the guidance hours by kind, as of a date (issue 13, item 7).</summary>
public class ProcessFiguresTests
{
    private static readonly Guid CaseId = ParticipantSpec.CaseId;
    private static DateOnly D(string date) => DateOnly.Parse(date);

    /// <summary>A case's process events, recorded out of date order on purpose (late recording of an earlier meeting).</summary>
    private static readonly object[] History =
    [
        new DossierPrepared(CaseId, new Employer("Brouwerij", "0403170701", ["118"], Region.Flanders), 180, 40, ["Closure"], "pm"),
        new IntentionAnnounced(CaseId, D("2027-01-04"), InformedBody.WorksCouncil),
        new WorksCouncilConsulted(CaseId, D("2027-01-12"), "OR-2", 4, 2),
        new WorksCouncilConsulted(CaseId, D("2027-01-05"), "OR-1", 12, 10),
        new StakeholderConsulted(CaseId, D("2027-01-06"), StakeholderParty.SocialInterventionAdviser, "Social plan"),
        new StakeholderConsulted(CaseId, D("2027-03-01"), StakeholderParty.SectorFund, "Training budget"),
        new InformationSessionHeld(CaseId, D("2027-01-07"), PreTrajectoryActivity.InformationSession, 38, "The TWC"),
        new InformationSessionHeld(CaseId, D("2027-01-20"), PreTrajectoryActivity.Workshop, 12, "CV"),
        new InformationSessionHeld(CaseId, D("2027-01-08"), PreTrajectoryActivity.InformationSession, 20, "The TWC, again"),
        new TwcOpened(CaseId, D("2027-02-20"), EmploymentService.VDAB, ["ACV"], "SPOC"),
        new TwcMeetingHeld(CaseId, D("2027-02-27"), "Kick-off"),
        new TwcMeetingHeld(CaseId, D("2027-05-27"), "Progress"),
        new CaseClosed(CaseId, D("2027-12-15")),
    ];

    private static CaseProcess Process => History.Aggregate(CaseProcess.None, CaseProcess.Evolve);

    [Fact]
    public void Counts_what_was_held_on_or_before_the_date_with_the_dates_in_date_order()
    {
        var figures = Process.AsOf(D("2027-01-12"));
        var council = figures.WorksCouncilMeetings;
        Assert.Equal((2, 16, 12), (council.Count, council.QuestionsReceived, council.QuestionsAnswered));
        Assert.Equal([D("2027-01-05"), D("2027-01-12")], figures.WorksCouncilMeetings.Dates);
        Assert.Equal(0, figures.TwcMeetings.Count);
        Assert.Empty(figures.TwcMeetings.Dates);
        var info = figures.PreTrajectoryActivities.Single(a => a.Kind == PreTrajectoryActivity.InformationSession);
        Assert.Equal((2, 58), (info.Count, info.Attendees));
        Assert.Equal([D("2027-01-07"), D("2027-01-08")], info.Dates);
        Assert.Equal(0, figures.PreTrajectoryActivities.Single(a => a.Kind == PreTrajectoryActivity.Workshop).Count);
        Assert.Equal(1, figures.StakeholderConsultations.Single(c => c.Party == StakeholderParty.SocialInterventionAdviser).Count);
        Assert.Equal(0, figures.StakeholderConsultations.Single(c => c.Party == StakeholderParty.SectorFund).Count);
    }

    [Fact]
    public void The_day_before_a_meeting_it_is_not_counted_and_on_its_day_it_is()
    {
        Assert.Equal(1, Process.AsOf(D("2027-02-27")).TwcMeetings.Count);
        Assert.Equal(0, Process.AsOf(D("2027-02-26")).TwcMeetings.Count);
        Assert.Equal([D("2027-02-27"), D("2027-05-27")], Process.AsOf(D("2027-12-31")).TwcMeetings.Dates);
        Assert.Equal(0, Process.AsOf(D("2027-01-04")).WorksCouncilMeetings.Count);
        Assert.Equal(0, Process.AsOf(D("2027-01-04")).WorksCouncilMeetings.QuestionsReceived);
    }

    [Fact]
    public void Every_kind_of_pre_trajectory_activity_and_every_party_is_listed_in_its_own_order_with_zeros()
    {
        var figures = CaseProcess.None.AsOf(D("2027-12-31"));
        Assert.Equal(Enum.GetValues<PreTrajectoryActivity>(), figures.PreTrajectoryActivities.Select(a => a.Kind));
        Assert.Equal(Enum.GetValues<StakeholderParty>(), figures.StakeholderConsultations.Select(c => c.Party));
        Assert.All(figures.PreTrajectoryActivities, a => Assert.Equal((0, 0), (a.Count, a.Attendees)));
        Assert.Equal(2, Process.AsOf(D("2027-12-31")).StakeholderConsultations.Sum(c => c.Count));
    }

    [Fact]
    public void The_report_carries_the_process_as_of_its_date()
    {
        var report = EmploymentReports.Compute(CaseId, D("2027-03-01"), 13, Array.Empty<Participant>(), Process).Report;
        Assert.Equal(Process.AsOf(D("2027-03-01")), report.Process, new ProcessComparer());
        Assert.Equal(1, report.Process!.TwcMeetings.Count);
        Assert.Equal(1, report.Process.StakeholderConsultations.Single(c => c.Party == StakeholderParty.SectorFund).Count);
    }

    private sealed class ProcessComparer : IEqualityComparer<ProcessFigures?>
    {
        public bool Equals(ProcessFigures? x, ProcessFigures? y) =>
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(ProcessFigures? obj) => 0;
    }

    private static Participant Enrolled(Guid id, params object[] events) =>
        events.Prepend(new ParticipantEnrolled(CaseId, id, "E-1", Gender.X, ContractKind.Indefinite, WorkerCategory.WhiteCollar,
                TerminationMode.Indemnity, D("2026-12-06"), D("2027-01-09"), D("2027-01-10"), 41))
            .Aggregate((Participant?)null, Participant.Evolve)!;

    private static GuidanceSessionLogged Session(Guid id, string on, decimal hours, GuidanceKind kind) => new(CaseId, id, D(on), hours, kind, null);

    [Fact]
    public void Guidance_hours_split_into_individual_and_group_as_of_the_date()
    {
        var id = Guid.NewGuid();
        var p = Enrolled(id, new OutplacementAccepted(CaseId, id, D("2027-01-10")),
            Session(id, "2027-01-11", 2, GuidanceKind.Individual), Session(id, "2027-01-11", 3.5m, GuidanceKind.Group),
            Session(id, "2027-02-01", 4, GuidanceKind.Group), Session(id, "2027-03-01", 1.5m, GuidanceKind.Individual));

        // Before the last session the report reads the days; on or after it, the running totals: both split alike.
        var early = EmploymentReports.Row(p, D("2027-01-31"));
        Assert.Equal((5.5m, 2m, 3.5m), (early.Hours, early.IndividualHours, early.GroupHours));
        var late = EmploymentReports.Row(p, D("2027-12-31"));
        Assert.Equal((11m, 3.5m, 7.5m), (late.Hours, late.IndividualHours, late.GroupHours));
        Assert.Equal([(D("2027-01-11"), 5.5m, 2, 3.5m), (D("2027-02-01"), 4, 1, 4), (D("2027-03-01"), 1.5m, 1, 0)],
            p.SessionList().Select(d => (d.HeldOn, d.Hours, d.Sessions, d.GroupHours)));

        var other = Guid.NewGuid();
        var q = Enrolled(other, new OutplacementAccepted(CaseId, other, D("2027-01-10")), Session(other, "2027-01-12", 6, GuidanceKind.Individual));
        var guidance = EmploymentReports.Compute(CaseId, D("2027-12-31"), 1, [p, q], CaseProcess.None).Report.Guidance;
        Assert.Equal((17m, 9.5m, 7.5m), (guidance.TotalHours, guidance.IndividualHours, guidance.GroupHours));
        Assert.Equal(2, EmploymentReports.Members(EmploymentReports.Rows([p, q], D("2027-12-31")))
            .Single(m => m.Figure == "guidance.individualHours").ParticipantIds.Count);
    }

    [Fact]
    public void The_report_facts_and_a_legacy_participant_document_give_the_same_group_hours()
    {
        var id = Guid.NewGuid();
        var p = Enrolled(id, new OutplacementAccepted(CaseId, id, D("2027-01-10")),
            Session(id, "2027-01-11", 3.5m, GuidanceKind.Group), Session(id, "2027-01-20", 2, GuidanceKind.Individual));
        var facts = new object[]
        {
            new ParticipantEnrolled(CaseId, id, "E-1", Gender.X, ContractKind.Indefinite, WorkerCategory.WhiteCollar,
                TerminationMode.Indemnity, D("2026-12-06"), D("2027-01-09"), D("2027-01-10"), 41),
            new OutplacementAccepted(CaseId, id, D("2027-01-10")),
            Session(id, "2027-01-11", 3.5m, GuidanceKind.Group), Session(id, "2027-01-20", 2, GuidanceKind.Individual),
        }.Aggregate((ReportFacts?)null, ReportFacts.Evolve)!;
        Assert.Equal(3.5m, facts.Totals!.GroupHours);
        Assert.Equal(ReportFacts.Of(p).Totals, facts.Totals);
        Assert.Equal(3.5m, ReportFacts.Of(p with { Totals = null }).Totals!.GroupHours);
    }

    [Fact]
    public void A_report_frozen_before_the_process_and_the_split_were_counted_reads_back_without_them()
    {
        const string stored = """
            {"CaseId":"01a22785-a7b1-7e3a-8aef-29477d762c74","AsOf":"2027-10-06","Final":true,"Version":25,"Enrolled":0,
             "Status":{"Employed":0,"Searching":0,"Declined":0,"Left":0},"LeftByReason":{"Other":0,"Retired":0},"AvailableForWork":0,
             "ReEmploymentRate":0,"DurableReEmploymentRate":0,"ByAgeBand":[],"EmployedByContractType":{"Training":0,"FixedTerm":0},
             "DaysToJob":{"Median":0,"Mean":0},"Guidance":{"TotalHours":0,"ReachedRequiredHours":0,"FrontLoaded":0},"Extended":0,
             "Aftercare":{"Closed":0,"StillEmployed":0}}
            """;
        var report = System.Text.Json.JsonSerializer.Deserialize<EmploymentReport>(stored)!;
        Assert.Null(report.Process);
        Assert.Null(report.IssuedOn);
        Assert.Null(report.Guidance.IndividualHours);
        Assert.Null(report.Guidance.GroupHours);
        Assert.Equal(["Retired", "Other"], report.LeftByReason.Keys);
        Assert.Equal(["FixedTerm", "Training"], report.EmployedByContractType.Keys);
    }
}
