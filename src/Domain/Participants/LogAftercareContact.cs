using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record LogAftercareContact(DateOnly HeldOn, decimal Hours, string? Note);

public static partial class ParticipantDecider
{
    /// <summary>
    /// R24 (S26): the provider keeps monitoring after the participant found a job. A contact falls inside a job's aftercare,
    /// from the job's start up to and including the day it closed (or open still), whatever the trajectory's end: the
    /// aftercare outlives the trajectory. One recorded late, for a day when the aftercare was open, is accepted.
    /// </summary>
    public static AftercareContactLogged Decide(DismissalCase current, Participant p, LogAftercareContact cmd)
    {
        EnsureActive(current, p, cmd.HeldOn);
        Require(cmd.Hours is > 0 and <= TrajectoryRules.MaximumSessionHours, "aftercare-contact.hours",
            "An aftercare contact lasts more than 0 and at most 8 hours.");
        Require(p.JobList().Count > 0, "aftercare-contact.needs-job",
            "Aftercare starts with a job: record the job first.");
        Require(p.JobList().Any(j => j.InAftercareOn(cmd.HeldOn)), "aftercare-contact.outside-aftercare",
            $"No job's aftercare was open on {cmd.HeldOn:yyyy-MM-dd}: a contact falls between a job's start and the closing of its aftercare.");
        return new(current.Id, p.Id, cmd.HeldOn, cmd.Hours, cmd.Note);
    }
}
