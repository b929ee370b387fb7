using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Cases;

public sealed record PrepareDossier(Guid CaseId, Employer Employer, int AverageHeadcount, int PlannedDismissals,
    IReadOnlyList<string> Reasons, string ProjectManager);
public sealed record AnnounceIntention(DateOnly AnnouncedOn, InformedBody InformedBody);
public sealed record HoldWorksCouncilMeeting(DateOnly HeldOn, string? MinutesReference, int QuestionsReceived, int QuestionsAnswered);
public sealed record CloseConsultation(DateOnly ClosedOn);
public sealed record NotifyCollectiveDismissal(DateOnly NotifiedOn);
public sealed record ExtendWaitingPeriod(DateOnly EndsOn, string? Reason);
public sealed record OpenEmploymentCell(DateOnly OpenedOn, EmploymentService? EmploymentService, IReadOnlyList<string> Partners, string Spoc);
public sealed record HoldTwcMeeting(DateOnly HeldOn, string? Notes);
public sealed record ConsultStakeholder(DateOnly HeldOn, StakeholderParty Party, string? Subject);
public sealed record HoldInformationSession(DateOnly HeldOn, PreTrajectoryActivity Kind, int Attendees, string? Topic);
public sealed record CloseCase(DateOnly ClosedOn);

/// <summary>Pure decisions on a case: the same state and command always give the same event, or the same refusal.</summary>
public static partial class CaseDecider
{
    public static DossierPrepared Decide(PrepareDossier cmd) =>
        new(cmd.CaseId, cmd.Employer, cmd.AverageHeadcount, cmd.PlannedDismissals, cmd.Reasons, cmd.ProjectManager);

    public static IntentionAnnounced Decide(DismissalCase current, AnnounceIntention cmd)
    {
        EnsureOpen(current);
        Require(current.AnnouncedOn is null, "intention.already-announced",
            $"The intention was already announced on {current.AnnouncedOn:yyyy-MM-dd}.");
        return new(current.Id, cmd.AnnouncedOn, cmd.InformedBody);
    }

    public static WorksCouncilConsulted Decide(DismissalCase current, HoldWorksCouncilMeeting cmd)
    {
        EnsureOpen(current);
        var announcedOn = RequireAnnounced(current, "works-council.needs-announcement", "A works council meeting");
        Require(current.ConsultationClosedOn is null, "works-council.consultation-closed",
            $"The consultation was closed on {current.ConsultationClosedOn:yyyy-MM-dd}; no more meetings can be recorded.");
        var earliest = LegalRules.EarliestWorksCouncilMeeting(announcedOn);
        Require(cmd.HeldOn >= earliest, "works-council.too-early",
            $"R5: the works council meets at the earliest the day after the announcement ({earliest:yyyy-MM-dd}).");
        return new(current.Id, cmd.HeldOn, cmd.MinutesReference, cmd.QuestionsReceived, cmd.QuestionsAnswered);
    }

    public static ConsultationClosed Decide(DismissalCase current, CloseConsultation cmd)
    {
        EnsureOpen(current);
        Require(current.ConsultationClosedOn is null, "consultation.already-closed",
            $"The consultation was already closed on {current.ConsultationClosedOn:yyyy-MM-dd}.");
        var lastMeeting = current.LastWorksCouncilMeetingOn
            ?? throw new CaseRuleViolation("consultation.needs-a-meeting",
                "The consultation can only be closed after at least one works council meeting.");
        Require(cmd.ClosedOn >= lastMeeting, "consultation.before-last-meeting",
            $"The consultation cannot close before its last meeting ({lastMeeting:yyyy-MM-dd}).");
        return new(current.Id, cmd.ClosedOn);
    }

    public static CollectiveDismissalNotified Decide(DismissalCase current, NotifyCollectiveDismissal cmd)
    {
        EnsureOpen(current);
        Require(current.NotifiedOn is null, "notification.already-notified",
            $"The collective dismissal was already notified on {current.NotifiedOn:yyyy-MM-dd}.");
        var closedOn = current.ConsultationClosedOn
            ?? throw new CaseRuleViolation("notification.needs-closed-consultation",
                "R8: the collective dismissal can only be notified after the consultation is closed.");
        Require(cmd.NotifiedOn >= closedOn, "notification.before-consultation-closed",
            $"R8: the notification cannot precede the closing of the consultation ({closedOn:yyyy-MM-dd}).");
        return new(current.Id, cmd.NotifiedOn);
    }

    public static WaitingPeriodExtended Decide(DismissalCase current, ExtendWaitingPeriod cmd)
    {
        EnsureOpen(current);
        if (current is not { NotifiedOn: { } notifiedOn, WaitingPeriodEndsOn: { } currentEnd })
            throw new CaseRuleViolation("waiting-period.needs-notification",
                "R9: there is no waiting period to extend before the collective dismissal is notified.");
        Require(cmd.EndsOn > currentEnd, "waiting-period.not-later",
            $"R9: the new end must be later than the current end ({currentEnd:yyyy-MM-dd}).");
        var latest = LegalRules.LatestWaitingPeriodEnd(notifiedOn);
        Require(cmd.EndsOn <= latest, "waiting-period.beyond-60-days",
            $"R9: the waiting period ends at the latest 60 days after the notification ({latest:yyyy-MM-dd}).");
        return new(current.Id, cmd.EndsOn, cmd.Reason);
    }

    public static TwcOpened Decide(DismissalCase current, OpenEmploymentCell cmd)
    {
        EnsureOpen(current);
        Require(current.TwcOpenedOn is null, "employment-cell.already-open",
            $"The employment cell was already opened on {current.TwcOpenedOn:yyyy-MM-dd}; a case has one.");
        var announcedOn = RequireAnnounced(current, "employment-cell.needs-announcement", "The employment cell");
        Require(cmd.OpenedOn >= announcedOn, "employment-cell.before-announcement",
            $"R13: the employment cell is set up on or after the announcement ({announcedOn:yyyy-MM-dd}).");
        return new(current.Id, cmd.OpenedOn, cmd.EmploymentService ?? LegalRules.CompetentService(current.Region),
            cmd.Partners, cmd.Spoc);
    }

    public static TwcMeetingHeld Decide(DismissalCase current, HoldTwcMeeting cmd)
    {
        EnsureOpen(current);
        var openedOn = current.TwcOpenedOn
            ?? throw new CaseRuleViolation("twc-meeting.needs-open-cell", "A TWC meeting needs an open employment cell.");
        Require(cmd.HeldOn >= openedOn, "twc-meeting.before-opening",
            $"A TWC meeting cannot precede the opening of the employment cell ({openedOn:yyyy-MM-dd}).");
        return new(current.Id, cmd.HeldOn, cmd.Notes);
    }

    public static StakeholderConsulted Decide(DismissalCase current, ConsultStakeholder cmd)
    {
        EnsureOpen(current);
        return new(current.Id, cmd.HeldOn, cmd.Party, cmd.Subject);
    }

    public static InformationSessionHeld Decide(DismissalCase current, HoldInformationSession cmd)
    {
        EnsureOpen(current);
        var announcedOn = RequireAnnounced(current, "pre-trajectory.needs-announcement", "A pre-trajectory activity");
        Require(cmd.HeldOn >= announcedOn, "pre-trajectory.before-announcement",
            $"A pre-trajectory activity for the workers concerned cannot precede the announcement ({announcedOn:yyyy-MM-dd}).");
        return new(current.Id, cmd.HeldOn, cmd.Kind, cmd.Attendees, cmd.Topic);
    }

    /// <summary>
    /// Step 17: not before the employment cell's availability ends (R16), and not while a participant is searching with
    /// a trajectory that runs on. The participants are passed in: the case's write model does not hold them.
    /// </summary>
    public static CaseClosed Decide(DismissalCase current, CloseCase cmd, IEnumerable<Participant> participants)
    {
        EnsureOpen(current);
        var openedOn = current.TwcOpenedOn
            ?? throw new CaseRuleViolation("closure.needs-open-cell", "A case is closed through its employment cell, which is not open.");
        Require(cmd.ClosedOn >= openedOn, "closure.before-cell-opened",
            $"The case cannot close before its employment cell opened ({openedOn:yyyy-MM-dd}).");
        if (current.TwcAvailableUntil() is { } availableUntil)
            Require(cmd.ClosedOn >= availableUntil, "closure.before-twc-availability-end",
                $"R16: the employment cell stays available until {availableUntil:yyyy-MM-dd}.");
        var stillSearching = participants
            .Where(p => p.StatusAt(cmd.ClosedOn) == ParticipantStatus.Searching && p.TrajectoryEndsOn >= cmd.ClosedOn)
            .Select(p => p.PersonnelReference).Order(StringComparer.Ordinal).ToList();
        Require(stillSearching.Count == 0, "closure.participants-searching",
            $"{stillSearching.Count} participant(s) are searching with a trajectory running on or after {cmd.ClosedOn:yyyy-MM-dd}: "
            + string.Join(", ", stillSearching.Take(10)) + (stillSearching.Count > 10 ? ", …" : "") + ".");
        return new CaseClosed(current.Id, cmd.ClosedOn);
    }

    public static void EnsureOpen(DismissalCase current) =>
        Require(current.ClosedOn is null, "case.closed",
            $"The case was closed on {current.ClosedOn:yyyy-MM-dd}; it accepts no more commands.");

    private static DateOnly RequireAnnounced(DismissalCase current, string rule, string what) =>
        current.AnnouncedOn ?? throw new CaseRuleViolation(rule, $"{what} needs the intention to be announced first.");
}
