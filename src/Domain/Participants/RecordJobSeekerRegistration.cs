using CollectiveDismissal.Domain.Cases;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record RecordJobSeekerRegistration(DateOnly RegisteredOn, EmploymentService Service);

public static partial class ParticipantDecider
{
    /// <summary>
    /// R22 (S20): an enrolled worker is registered as a job seeker with the competent service, often from the dismissal on,
    /// so before enrolment; R24 (S26): the provider checks it at the start. No decision on the offer is needed.
    /// </summary>
    public static RegisteredAsJobSeeker Decide(DismissalCase current, Participant p, RecordJobSeekerRegistration cmd)
    {
        EnsureActive(current, p, cmd.RegisteredOn);
        // The service's own bound: the registration R22 asks for follows the dismissal, which no worker knows of before the
        // announcement; an older date is far more likely a typing error than a fact.
        if (current.AnnouncedOn is { } announcedOn)
            Require(cmd.RegisteredOn >= announcedOn, "job-seeker.before-announcement",
                $"R22: a registration as a job seeker is dated on or after the announcement ({announcedOn:yyyy-MM-dd}).");
        // One registration per spell of job seeking: a repeat, or a registration older than the latest, records nothing new.
        if (p.JobSeekerRegistrationList() is [.., var latest])
            Require(cmd.RegisteredOn > latest.RegisteredOn, "job-seeker.already-registered",
                $"R22: the participant is registered as a job seeker since {latest.RegisteredOn:yyyy-MM-dd} ({latest.Service}); a new registration is dated after that.");
        return new(current.Id, p.Id, cmd.RegisteredOn, cmd.Service);
    }
}
