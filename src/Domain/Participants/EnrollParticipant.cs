using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record EnrollParticipant(Guid ParticipantId, string PersonnelReference, Person Person, Gender Gender,
    ContractKind ContractKind, WorkerCategory WorkerCategory, TerminationMode TerminationMode, DateOnly DismissedOn,
    DateOnly ContractEndsOn, DateOnly EnrolledOn);

public static partial class ParticipantDecider
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
        CaseDecider.EnsureOpen(current);
        var twcOpenedOn = current.TwcOpenedOn
            ?? throw new CaseRuleViolation("enrolment.needs-open-cell", "R18: participants are enrolled in an open employment cell.");
        if (current is not { NotifiedOn: not null, WaitingPeriodEndsOn: { } waitingPeriodEnd, AnnouncedOn: { } announcedOn })
            throw new CaseRuleViolation("enrolment.needs-notification", "R18: participants are enrolled once the collective dismissal is notified.");
        return (twcOpenedOn, waitingPeriodEnd, announcedOn);
    }
}
