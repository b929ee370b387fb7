using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

/// <summary>The enrolment's facts as they should have been recorded; a null field stays as it is.</summary>
public sealed record CorrectEnrolment(string? PersonnelReference, ContractKind? ContractKind, TerminationMode? TerminationMode,
    DateOnly? DismissedOn, DateOnly? ContractEndsOn, DateOnly? EnrolledOn, string Reason);

public static partial class ParticipantDecider
{
    /// <summary>
    /// The corrected enrolment keeps the rules of step 8 (R9, R19, the cell's opening, a unique personnel reference) for
    /// what it changes, and what was recorded since stays valid: a new enrolment date must still precede the decision, the
    /// jobs, the first coach and the departure, keep the extensions within 12 months and after the minimum period, and is
    /// not accepted while sessions count, whose hours inside the first 2 months and the minimum period (R23) were counted
    /// from the old date. A corrected dismissal still precedes the offer recorded. The event names only the fields that
    /// change.
    /// </summary>
    /// <param name="personnelReferenceTaken">Whether another participant of the case already has the corrected reference.</param>
    public static EnrolmentCorrected Decide(DismissalCase current, Participant p, CorrectEnrolment cmd, bool personnelReferenceTaken)
    {
        CaseDecider.EnsureOpen(current);
        T? Changed<T>(T? value, T recorded) where T : struct => value is { } v && !v.Equals(recorded) ? v : null;
        var reference = cmd.PersonnelReference is { } r && r != p.PersonnelReference ? r : null;
        var kind = Changed(cmd.ContractKind, p.ContractKind);
        var termination = Changed(cmd.TerminationMode, p.TerminationMode);
        var dismissed = Changed(cmd.DismissedOn, p.DismissedOn);
        var contractEnds = Changed(cmd.ContractEndsOn, p.ContractEndsOn);
        var enrolled = Changed(cmd.EnrolledOn, p.EnrolledOn);
        Require(reference is not null || kind is not null || termination is not null || dismissed is not null || contractEnds is not null
                || enrolled is not null, "correction.no-change", "The enrolment is already recorded so.");

        if (reference is not null)
            Require(!personnelReferenceTaken, "enrolment.personnel-reference-taken", $"Personnel reference {reference} is already enrolled in this case.");
        var (dismissedOn, contractEndsOn, enrolledOn) = (dismissed ?? p.DismissedOn, contractEnds ?? p.ContractEndsOn, enrolled ?? p.EnrolledOn);
        if (dismissed is not null && current.WaitingPeriodEndsOn is { } waitingPeriodEnd)
            Require(dismissedOn > waitingPeriodEnd, "enrolment.dismissed-during-waiting-period",
                $"R9: no dismissal before the waiting period has ended ({waitingPeriodEnd:yyyy-MM-dd}).");
        if (dismissed is not null || contractEnds is not null)
            Require(contractEndsOn >= dismissedOn, "enrolment.contract-ends-before-dismissal", "The contract ends on or after the dismissal date.");
        if (contractEnds is not null || enrolled is not null)
            Require(enrolledOn >= contractEndsOn, "enrolment.before-contract-end",
                $"R19: enrolment is on or after the end of the contract ({contractEndsOn:yyyy-MM-dd}).");
        // R31, R32, R34: the offer recorded still follows the dismissal.
        if (dismissed is not null && p.Offer is { } offer)
            Require(offer.OfferedOn >= dismissedOn, "offer.before-dismissal",
                $"The offer was sent on {offer.OfferedOn:yyyy-MM-dd}, before the corrected dismissal.");
        if (enrolled is { } on) EnsureEnrolmentDateKeepsTheTrajectory(current, p, on);

        return new(current.Id, p.Id, p.AgeAtAnnouncement, reference, kind, termination, dismissed, contractEnds, enrolled, cmd.Reason);
    }

    private static void EnsureEnrolmentDateKeepsTheTrajectory(DismissalCase current, Participant p, DateOnly enrolledOn)
    {
        if (current.TwcOpenedOn is { } openedOn)
            Require(enrolledOn >= openedOn, "enrolment.before-cell-opened", $"Enrolment cannot precede the opening of the employment cell ({openedOn:yyyy-MM-dd}).");
        Require(p.GuidanceSessionList().Count == 0, "correction.enrolment-date-with-guidance",
            $"{p.GuidanceSessionList().Count} guidance session(s) count, their hours counted from the enrolment date: void them, correct the date, log them again.");
        if (p.Decision is { } decision)
            Require(decision.DecidedOn >= enrolledOn, "outplacement.before-enrolment",
                $"The offer was decided on {decision.DecidedOn:yyyy-MM-dd}, before the corrected enrolment.");
        if (p.JobList().Count > 0 && p.JobList().Min(j => j.StartsOn) is var firstJob)
            Require(firstJob >= enrolledOn, "job.before-enrolment", $"A job starts on {firstJob:yyyy-MM-dd}, before the corrected enrolment.");
        if (p.ExtensionList() is [var first, ..] extensions)
        {
            var minimumEnd = TrajectoryRules.TrajectoryEnd(enrolledOn, p.AgeAtAnnouncement);
            Require(first.EndsOn > minimumEnd, "extension.not-later",
                $"An extension ends on {first.EndsOn:yyyy-MM-dd}, not after the minimum period from the corrected enrolment ({minimumEnd:yyyy-MM-dd}).");
            var latest = TrajectoryRules.LatestTrajectoryEnd(enrolledOn);
            Require(extensions[^1].EndsOn <= latest, "extension.beyond-12-months",
                $"The trajectory is extended to {extensions[^1].EndsOn:yyyy-MM-dd}, beyond 12 months of the corrected enrolment ({latest:yyyy-MM-dd}).");
        }
        if (p.CoachList() is [var firstCoach, ..])
            Require(firstCoach.From >= enrolledOn, "coach.before-enrolment",
                $"A coach is assigned from {firstCoach.From:yyyy-MM-dd}, before the corrected enrolment.");
        if (p.Departure is { } departure)
            Require(departure.LeftOn >= enrolledOn, "departure.before-recorded-activity",
                $"The participant left on {departure.LeftOn:yyyy-MM-dd}, before the corrected enrolment.");
    }
}
