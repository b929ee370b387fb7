using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Cases.CaseDecider;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record EnrollParticipant(Guid ParticipantId, string PersonnelReference, Person Person, Gender Gender,
    ContractKind ContractKind, WorkerCategory WorkerCategory, TerminationMode TerminationMode, DateOnly DismissedOn,
    DateOnly ContractEndsOn, DateOnly EnrolledOn);
public sealed record DecideOutplacement(bool Accepted, DateOnly DecidedOn);
public sealed record HoldIntake(DateOnly HeldOn, string? Coach, IReadOnlyList<string> Goals, IReadOnlyList<string> TargetOccupations);
public sealed record LogGuidanceSession(DateOnly HeldOn, decimal Hours, GuidanceKind Kind, string? Topic);
public sealed record ExtendTrajectory(DateOnly DecidedOn, DateOnly EndsOn, string Reason);
public sealed record RecordJob(DateOnly StartsOn, string EmployerName, ContractType ContractType, int? ContractMonths, decimal? WorkTimeFraction);
public sealed record CloseAftercare(DateOnly ClosedOn, bool StillEmployed);
public sealed record RecordDeparture(DateOnly LeftOn, DepartureReason Reason);

/// <summary>
/// Pure decisions on a participant (domain.md steps 8 to 15). Each takes the case's write model and the participant's
/// own, never the case's whole history; a refusal names its rule.
/// </summary>
public static class ParticipantDecider
{
    /// <param name="personnelReferenceTaken">Whether another participant of the case already has this reference.</param>
    public static ParticipantEnrolled Decide(DismissalCase current, EnrollParticipant cmd, bool personnelReferenceTaken)
    {
        var (twcOpenedOn, waitingPeriodEnd, announcedOn) = EnsureCanEnrol(current);
        Require(!personnelReferenceTaken, "enrolment.personnel-reference-taken",
            $"Personnel reference {cmd.PersonnelReference} is already enrolled in this case.");
        Require(cmd.DismissedOn > waitingPeriodEnd, "enrolment.dismissed-during-waiting-period",
            $"R9: no dismissal before the waiting period has ended ({waitingPeriodEnd:yyyy-MM-dd}); the first possible date is {waitingPeriodEnd.AddDays(1):yyyy-MM-dd}.");
        Require(cmd.ContractEndsOn >= cmd.DismissedOn, "enrolment.contract-ends-before-dismissal",
            "The contract ends on or after the dismissal date.");
        Require(cmd.EnrolledOn >= cmd.ContractEndsOn, "enrolment.before-contract-end",
            $"R19: enrolment is on or after the end of the contract ({cmd.ContractEndsOn:yyyy-MM-dd}).");
        Require(cmd.EnrolledOn >= twcOpenedOn, "enrolment.before-cell-opened",
            $"Enrolment cannot precede the opening of the employment cell ({twcOpenedOn:yyyy-MM-dd}).");
        Require(cmd.Person.BirthDate < announcedOn, "enrolment.born-after-announcement",
            "The birth date must precede the announcement.");
        return new(current.Id, cmd.ParticipantId, cmd.PersonnelReference, cmd.Gender, cmd.ContractKind, cmd.WorkerCategory,
            cmd.TerminationMode, cmd.DismissedOn, cmd.ContractEndsOn, cmd.EnrolledOn,
            TrajectoryRules.AgeOn(cmd.Person.BirthDate, announcedOn));
    }

    /// <summary>The case-level conditions of enrolment (an open case, an open cell, a notified dismissal), checked once for a whole list.</summary>
    public static (DateOnly TwcOpenedOn, DateOnly WaitingPeriodEnd, DateOnly AnnouncedOn) EnsureCanEnrol(DismissalCase current)
    {
        EnsureOpen(current);
        var twcOpenedOn = current.TwcOpenedOn
            ?? throw new CaseRuleViolation("enrolment.needs-open-cell", "R18: participants are enrolled in an open employment cell.");
        if (current is not { NotifiedOn: not null, WaitingPeriodEndsOn: { } waitingPeriodEnd, AnnouncedOn: { } announcedOn })
            throw new CaseRuleViolation("enrolment.needs-notification", "R18: participants are enrolled once the collective dismissal is notified.");
        return (twcOpenedOn, waitingPeriodEnd, announcedOn);
    }

    public static object Decide(DismissalCase current, Participant p, DecideOutplacement cmd)
    {
        EnsureActive(current, p, cmd.DecidedOn);
        Require(p.Decision is null, "outplacement.already-decided",
            $"The participant already {(p.Accepted() ? "accepted" : "declined")} the offer on {p.Decision?.DecidedOn:yyyy-MM-dd}.");
        Require(cmd.DecidedOn >= p.EnrolledOn, "outplacement.before-enrolment",
            $"The offer is decided on or after enrolment ({p.EnrolledOn:yyyy-MM-dd}).");
        return cmd.Accepted
            ? new OutplacementAccepted(current.Id, p.Id, cmd.DecidedOn)
            : new OutplacementDeclined(current.Id, p.Id, cmd.DecidedOn);
    }

    public static IntakeHeld Decide(DismissalCase current, Participant p, HoldIntake cmd)
    {
        EnsureActive(current, p, cmd.HeldOn);
        var acceptedOn = RequireAccepted(p, "intake.needs-acceptance", "An intake");
        Require(p.Intake is null, "intake.already-held", $"The intake was already held on {p.Intake?.HeldOn:yyyy-MM-dd}.");
        Require(cmd.HeldOn >= acceptedOn, "intake.before-acceptance", $"The intake follows the acceptance ({acceptedOn:yyyy-MM-dd}).");
        return new(current.Id, p.Id, cmd.HeldOn, cmd.Coach, cmd.Goals, cmd.TargetOccupations);
    }

    public static GuidanceSessionLogged Decide(DismissalCase current, Participant p, LogGuidanceSession cmd)
    {
        EnsureActive(current, p, cmd.HeldOn);
        Require(cmd.Hours is > 0 and <= TrajectoryRules.MaximumSessionHours, "guidance.hours",
            "A session lasts more than 0 and at most 8 hours.");
        var acceptedOn = RequireAccepted(p, "guidance.needs-acceptance", "A guidance session");
        Require(cmd.HeldOn >= acceptedOn, "guidance.before-acceptance",
            $"Guidance starts once the offer is accepted ({acceptedOn:yyyy-MM-dd}).");
        Require(cmd.HeldOn <= p.TrajectoryEndsOn, "guidance.outside-trajectory",
            $"The session must fall inside the trajectory, which ends on {p.TrajectoryEndsOn:yyyy-MM-dd}.");
        return new(current.Id, p.Id, cmd.HeldOn, cmd.Hours, cmd.Kind, cmd.Topic);
    }

    public static TrajectoryExtended Decide(DismissalCase current, Participant p, ExtendTrajectory cmd)
    {
        EnsureActive(current, p, cmd.DecidedOn);
        var acceptedOn = RequireAccepted(p, "extension.needs-acceptance", "An extension");
        Require(cmd.DecidedOn >= acceptedOn, "extension.before-acceptance",
            $"An extension is decided on or after the acceptance of the offer ({acceptedOn:yyyy-MM-dd}).");
        Require(cmd.EndsOn > p.TrajectoryEndsOn, "extension.not-later",
            $"The new end must be later than the current end ({p.TrajectoryEndsOn:yyyy-MM-dd}).");
        var latest = TrajectoryRules.LatestTrajectoryEnd(p.EnrolledOn);
        Require(cmd.EndsOn <= latest, "extension.beyond-12-months",
            $"The whole trajectory stays within 12 months of enrolment: it ends on {latest:yyyy-MM-dd} at the latest.");
        return new(current.Id, p.Id, cmd.DecidedOn, cmd.EndsOn, cmd.Reason);
    }

    public static JobFound Decide(DismissalCase current, Participant p, RecordJob cmd)
    {
        EnsureActive(current, p, cmd.StartsOn);
        RequireAccepted(p, "job.needs-acceptance", "A job");
        Require(cmd.ContractType != ContractType.FixedTerm || cmd.ContractMonths is > 0, "job.fixed-term-needs-months",
            "A fixed-term contract needs its length in months.");
        Require(cmd.StartsOn >= p.EnrolledOn, "job.before-enrolment", $"A job starts on or after enrolment ({p.EnrolledOn:yyyy-MM-dd}).");
        if (p.JobList() is { Count: > 0 } jobs && jobs[^1] is var last)
        {
            Require(last.StillEmployed is false, "job.already-employed",
                last.AftercareOpen()
                    ? $"The participant has a job since {last.StartsOn:yyyy-MM-dd}; close its aftercare with \"not still employed\" first."
                    : $"The participant was still employed when the aftercare closed on {last.AftercareClosedOn:yyyy-MM-dd}.");
            Require(cmd.StartsOn > last.AftercareClosedOn!.Value, "job.before-previous-ended",
                $"A new job starts after the previous one's aftercare closed ({last.AftercareClosedOn:yyyy-MM-dd}).");
        }
        return new(current.Id, p.Id, cmd.StartsOn, cmd.EmployerName, cmd.ContractType, cmd.ContractMonths, cmd.WorkTimeFraction);
    }

    public static AftercareClosed Decide(DismissalCase current, Participant p, CloseAftercare cmd)
    {
        EnsureActive(current, p, cmd.ClosedOn);
        var job = p.JobList() is { Count: > 0 } jobs && jobs[^1].AftercareOpen() ? jobs[^1]
            : throw new CaseRuleViolation("aftercare.needs-open-job", "There is no job whose aftercare is still open.");
        Require(cmd.ClosedOn >= job.StartsOn, "aftercare.before-job-start",
            $"The aftercare closes on or after the job's start ({job.StartsOn:yyyy-MM-dd}).");
        return new(current.Id, p.Id, cmd.ClosedOn, cmd.StillEmployed);
    }

    public static ParticipantLeft Decide(DismissalCase current, Participant p, RecordDeparture cmd)
    {
        EnsureOpen(current);
        Require(p.Departure is null, "departure.already-left", $"The participant already left on {p.Departure?.LeftOn:yyyy-MM-dd}.");
        var latest = p.LatestRecordedDate();
        Require(cmd.LeftOn >= latest, "departure.before-recorded-activity",
            $"The participant cannot leave before what is already recorded for them ({latest:yyyy-MM-dd}).");
        return new(current.Id, p.Id, cmd.LeftOn, cmd.Reason);
    }

    /// <summary>Erasure is a right, not a step of the case: it is allowed on a closed case, and a second one changes nothing.</summary>
    public static IReadOnlyList<object> ErasePersonalData(DismissalCase current, Participant p) =>
        p.PersonalDataErased ? [] : [new PersonalDataErased(current.Id, p.Id)];

    /// <summary>Commands on a participant need an open case, and nothing is recorded after the participant left.</summary>
    private static void EnsureActive(DismissalCase current, Participant p, DateOnly on)
    {
        EnsureOpen(current);
        if (p.Departure is { } d)
            Require(on <= d.LeftOn, "participant.left", $"The participant left on {d.LeftOn:yyyy-MM-dd}; nothing can be recorded after that.");
    }

    private static DateOnly RequireAccepted(Participant p, string rule, string what) => p.Decision switch
    {
        { Accepted: true, DecidedOn: var on } => on,
        { Accepted: false } => throw new CaseRuleViolation(rule, $"{what} needs an accepted offer; the participant declined it."),
        _ => throw new CaseRuleViolation(rule, $"{what} needs the participant to accept the outplacement offer first.")
    };
}
