using CollectiveDismissal.Domain.Cases;
using static CollectiveDismissal.Domain.Tests.CaseSpec;

namespace CollectiveDismissal.Domain.Tests.Cases;

public class preparing_a_dossier
{
    private static PrepareDossier Command(string? reason = null) =>
        new(CaseId, Prepared.Employer, 250, 40, ["Closure"], "pm.peeters", reason);

    [Fact]
    public void a_first_case_for_an_enterprise_is_prepared_without_a_reason()
    {
        var prepared = CaseDecider.Decide(Command("ignored"), []);
        Assert.Null(prepared.SecondCaseReason);
    }

    [Fact]
    public void a_second_open_case_for_the_enterprise_needs_a_reason_which_the_event_keeps()
    {
        var open = new[] { Guid.Parse("0195f000-0000-7000-8000-0000000000ff") };
        Assert.Equal("dossier.enterprise-has-open-case", Assert.Throws<CollectiveDismissal.Domain.Rules.CaseRuleViolation>(() => CaseDecider.Decide(Command(), open)).Rule);
        Assert.Equal("Second site, Genk", CaseDecider.Decide(Command("Second site, Genk"), open).SecondCaseReason);
    }
}

public class announcing_the_intention
{
    private static readonly DateOnly Announced = new(2027, 1, 4);

    [Fact]
    public void a_prepared_dossier_announces_its_intention() =>
        Given(Prepared).When(c => CaseDecider.Decide(c, new AnnounceIntention(Announced, InformedBody.WorksCouncil)))
            .Then(new IntentionAnnounced(CaseId, Announced, InformedBody.WorksCouncil));

    [Fact]
    public void the_intention_is_announced_once() =>
        Given(Prepared, new IntentionAnnounced(CaseId, Announced, InformedBody.WorksCouncil))
            .When(c => CaseDecider.Decide(c, new AnnounceIntention(Announced.AddDays(3), InformedBody.Workers)))
            .ThenRefuses("intention.already-announced");
}

public class consulting_the_works_council
{
    private static readonly DateOnly Announced = new(2027, 1, 4);
    private static readonly IntentionAnnounced Announcement = new(CaseId, Announced, InformedBody.WorksCouncil);

    [Fact]
    public void a_meeting_needs_the_announcement() =>
        Given(Prepared).When(c => CaseDecider.Decide(c, new HoldWorksCouncilMeeting(Announced.AddDays(1), null, 0, 0), Today))
            .ThenRefuses("works-council.needs-announcement");

    [Fact]
    public void a_meeting_on_the_day_of_the_announcement_is_refused() =>
        Given(Prepared, Announcement).When(c => CaseDecider.Decide(c, new HoldWorksCouncilMeeting(Announced, null, 0, 0), Today))
            .ThenRefuses("works-council.too-early");

    [Fact]
    public void a_meeting_the_day_after_the_announcement_is_recorded() =>
        Given(Prepared, Announcement)
            .When(c => CaseDecider.Decide(c, new HoldWorksCouncilMeeting(Announced.AddDays(1), "OR-2027-01", 12, 10), Today))
            .Then(new WorksCouncilConsulted(CaseId, Announced.AddDays(1), "OR-2027-01", 12, 10));

    [Fact]
    public void answers_may_follow_questions_of_earlier_meetings_but_never_exceed_those_received_so_far()
    {
        var asked = Given(Prepared, Announcement, new WorksCouncilConsulted(CaseId, Announced.AddDays(1), "OR-1", 12, 4));
        // 8 questions of the first meeting answered at the second, which brings none of its own.
        asked.When(c => CaseDecider.Decide(c, new HoldWorksCouncilMeeting(Announced.AddDays(8), "OR-2", 0, 8), Today))
            .Then(new WorksCouncilConsulted(CaseId, Announced.AddDays(8), "OR-2", 0, 8));
        asked.When(c => CaseDecider.Decide(c, new HoldWorksCouncilMeeting(Announced.AddDays(8), "OR-2", 1, 10), Today))
            .ThenRefuses("works-council.more-answers-than-questions");
        Given(Prepared, Announcement).When(c => CaseDecider.Decide(c, new HoldWorksCouncilMeeting(Announced.AddDays(1), null, 2, 3), Today))
            .ThenRefuses("works-council.more-answers-than-questions");
    }

    [Fact]
    public void no_meeting_after_the_consultation_closed() =>
        Given(Prepared, Announcement, new WorksCouncilConsulted(CaseId, Announced.AddDays(1), null, 0, 0),
                new ConsultationClosed(CaseId, Announced.AddDays(10)))
            .When(c => CaseDecider.Decide(c, new HoldWorksCouncilMeeting(Announced.AddDays(11), null, 0, 0), Today))
            .ThenRefuses("works-council.consultation-closed");
}

public class closing_the_consultation
{
    private static readonly DateOnly Announced = new(2027, 1, 4);
    private static readonly IntentionAnnounced Announcement = new(CaseId, Announced, InformedBody.WorksCouncil);
    private static readonly WorksCouncilConsulted FirstMeeting = new(CaseId, new DateOnly(2027, 1, 5), null, 0, 0);
    private static readonly WorksCouncilConsulted LastMeeting = new(CaseId, new DateOnly(2027, 2, 15), null, 0, 0);

    [Fact]
    public void closing_needs_at_least_one_meeting() =>
        Given(Prepared, Announcement).When(c => CaseDecider.Decide(c, new CloseConsultation(Announced.AddDays(30))))
            .ThenRefuses("consultation.needs-a-meeting");

    [Fact]
    public void closing_before_the_last_meeting_is_refused() =>
        Given(Prepared, Announcement, LastMeeting, FirstMeeting)
            .When(c => CaseDecider.Decide(c, new CloseConsultation(new DateOnly(2027, 2, 14))))
            .ThenRefuses("consultation.before-last-meeting");

    [Fact]
    public void closing_on_the_day_of_the_last_meeting_is_accepted() =>
        Given(Prepared, Announcement, FirstMeeting, LastMeeting)
            .When(c => CaseDecider.Decide(c, new CloseConsultation(new DateOnly(2027, 2, 15))))
            .Then(new ConsultationClosed(CaseId, new DateOnly(2027, 2, 15)));

    [Fact]
    public void the_consultation_closes_once() =>
        Given(Prepared, Announcement, FirstMeeting, new ConsultationClosed(CaseId, new DateOnly(2027, 1, 20)))
            .When(c => CaseDecider.Decide(c, new CloseConsultation(new DateOnly(2027, 1, 21))))
            .ThenRefuses("consultation.already-closed");
}

public class notifying_and_the_waiting_period
{
    private static readonly DateOnly ClosedOn = new(2027, 2, 15);
    private static readonly DateOnly NotifiedOn = new(2027, 2, 20);
    private static readonly object[] Consulted =
    [
        Prepared, new IntentionAnnounced(CaseId, new DateOnly(2027, 1, 4), InformedBody.WorksCouncil),
        new WorksCouncilConsulted(CaseId, new DateOnly(2027, 1, 5), null, 0, 0), new ConsultationClosed(CaseId, ClosedOn)
    ];
    private static readonly object[] Notified = [.. Consulted, new CollectiveDismissalNotified(CaseId, NotifiedOn)];

    [Fact]
    public void notification_needs_a_closed_consultation() =>
        Given(Prepared, new IntentionAnnounced(CaseId, new DateOnly(2027, 1, 4), InformedBody.WorksCouncil))
            .When(c => CaseDecider.Decide(c, new NotifyCollectiveDismissal(NotifiedOn)))
            .ThenRefuses("notification.needs-closed-consultation");

    [Fact]
    public void notification_before_the_closing_is_refused() =>
        Given(Consulted).When(c => CaseDecider.Decide(c, new NotifyCollectiveDismissal(ClosedOn.AddDays(-1))))
            .ThenRefuses("notification.before-consultation-closed");

    [Fact]
    public void notification_on_the_closing_day_is_accepted() =>
        Given(Consulted).When(c => CaseDecider.Decide(c, new NotifyCollectiveDismissal(ClosedOn)))
            .Then(new CollectiveDismissalNotified(CaseId, ClosedOn));

    [Fact]
    public void notification_happens_once() =>
        Given(Notified).When(c => CaseDecider.Decide(c, new NotifyCollectiveDismissal(NotifiedOn.AddDays(1))))
            .ThenRefuses("notification.already-notified");

    [Fact]
    public void the_waiting_period_ends_30_days_after_the_notification_in_the_write_model() =>
        Assert.Equal(NotifiedOn.AddDays(30), Given(Notified).State.WaitingPeriodEndsOn);

    [Fact]
    public void extension_needs_a_notification() =>
        Given(Consulted).When(c => CaseDecider.Decide(c, new ExtendWaitingPeriod(NotifiedOn.AddDays(45), null)))
            .ThenRefuses("waiting-period.needs-notification");

    [Fact]
    public void extension_to_the_current_end_is_refused() =>
        Given(Notified).When(c => CaseDecider.Decide(c, new ExtendWaitingPeriod(NotifiedOn.AddDays(30), null)))
            .ThenRefuses("waiting-period.not-later");

    [Fact]
    public void extension_to_60_days_is_accepted() =>
        Given(Notified).When(c => CaseDecider.Decide(c, new ExtendWaitingPeriod(NotifiedOn.AddDays(60), "Director's decision")))
            .Then(new WaitingPeriodExtended(CaseId, NotifiedOn.AddDays(60), "Director's decision"));

    [Fact]
    public void extension_to_61_days_is_refused() =>
        Given(Notified).When(c => CaseDecider.Decide(c, new ExtendWaitingPeriod(NotifiedOn.AddDays(61), null)))
            .ThenRefuses("waiting-period.beyond-60-days");

    [Fact]
    public void a_second_extension_must_go_further_than_the_first() =>
        Given([.. Notified, new WaitingPeriodExtended(CaseId, NotifiedOn.AddDays(45), null)])
            .When(c => CaseDecider.Decide(c, new ExtendWaitingPeriod(NotifiedOn.AddDays(40), null)))
            .ThenRefuses("waiting-period.not-later");
}

public class the_employment_cell
{
    private static readonly DateOnly Announced = new(2027, 1, 4);
    private static readonly IntentionAnnounced Announcement = new(CaseId, Announced, InformedBody.WorksCouncil);

    [Fact]
    public void the_cell_needs_the_announcement() =>
        Given(Prepared).When(c => CaseDecider.Decide(c, new OpenEmploymentCell(Announced, null, [], "An SPOC")))
            .ThenRefuses("employment-cell.needs-announcement");

    [Fact]
    public void the_cell_cannot_open_before_the_announcement() =>
        Given(Prepared, Announcement).When(c => CaseDecider.Decide(c, new OpenEmploymentCell(Announced.AddDays(-1), null, [], "An SPOC")))
            .ThenRefuses("employment-cell.before-announcement");

    [Fact]
    public void the_cell_defaults_to_the_service_of_the_region() =>
        Given(Prepared, Announcement)
            .When(c => CaseDecider.Decide(c, new OpenEmploymentCell(Announced, null, ["ACV", "Cevora"], "An SPOC")))
            .Then(new TwcOpened(CaseId, Announced, EmploymentService.VDAB, ["ACV", "Cevora"], "An SPOC"));

    [Fact]
    public void a_case_has_one_cell() =>
        Given(Prepared, Announcement, new TwcOpened(CaseId, Announced, EmploymentService.VDAB, [], "An SPOC"))
            .When(c => CaseDecider.Decide(c, new OpenEmploymentCell(Announced.AddDays(2), null, [], "An SPOC")))
            .ThenRefuses("employment-cell.already-open");

    [Fact]
    public void a_twc_meeting_needs_an_open_cell() =>
        Given(Prepared, Announcement).When(c => CaseDecider.Decide(c, new HoldTwcMeeting(Announced.AddDays(5), null), Today))
            .ThenRefuses("twc-meeting.needs-open-cell");

    [Fact]
    public void a_twc_meeting_cannot_precede_the_opening() =>
        Given(Prepared, Announcement, new TwcOpened(CaseId, Announced.AddDays(3), EmploymentService.VDAB, [], "An SPOC"))
            .When(c => CaseDecider.Decide(c, new HoldTwcMeeting(Announced.AddDays(2), null), Today))
            .ThenRefuses("twc-meeting.before-opening");

    [Fact]
    public void a_twc_meeting_on_the_opening_day_is_recorded() =>
        Given(Prepared, Announcement, new TwcOpened(CaseId, Announced.AddDays(3), EmploymentService.VDAB, [], "An SPOC"))
            .When(c => CaseDecider.Decide(c, new HoldTwcMeeting(Announced.AddDays(3), "Kick-off"), Today))
            .Then(new TwcMeetingHeld(CaseId, Announced.AddDays(3), "Kick-off"));
}

public class other_parties_and_pre_trajectory
{
    private static readonly DateOnly Announced = new(2027, 1, 4);

    [Fact]
    public void a_stakeholder_can_be_consulted_while_the_dossier_is_prepared() =>
        Given(Prepared).When(c => CaseDecider.Decide(c, new ConsultStakeholder(new DateOnly(2026, 12, 1), StakeholderParty.SocialInterventionAdviser, "Social plan"), Today))
            .Then(new StakeholderConsulted(CaseId, new DateOnly(2026, 12, 1), StakeholderParty.SocialInterventionAdviser, "Social plan"));

    [Fact]
    public void an_information_session_needs_the_announcement() =>
        Given(Prepared).When(c => CaseDecider.Decide(c, new HoldInformationSession(Announced, PreTrajectoryActivity.InformationSession, 40, null), Today))
            .ThenRefuses("pre-trajectory.needs-announcement");

    [Fact]
    public void an_information_session_before_the_announcement_is_refused() =>
        Given(Prepared, new IntentionAnnounced(CaseId, Announced, InformedBody.WorksCouncil))
            .When(c => CaseDecider.Decide(c, new HoldInformationSession(Announced.AddDays(-1), PreTrajectoryActivity.Workshop, 12, null), Today))
            .ThenRefuses("pre-trajectory.before-announcement");

    [Fact]
    public void a_workshop_after_the_announcement_is_recorded_with_its_attendees() =>
        Given(Prepared, new IntentionAnnounced(CaseId, Announced, InformedBody.WorksCouncil))
            .When(c => CaseDecider.Decide(c, new HoldInformationSession(Announced.AddDays(7), PreTrajectoryActivity.Workshop, 12, "CV"), Today))
            .Then(new InformationSessionHeld(CaseId, Announced.AddDays(7), PreTrajectoryActivity.Workshop, 12, "CV"));
}
