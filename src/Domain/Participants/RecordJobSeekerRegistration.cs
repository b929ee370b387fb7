// TEMPORARY: replaced by the job-seeker registration slice at merge.
using CollectiveDismissal.Domain.Cases;

namespace CollectiveDismissal.Domain.Participants;

public sealed record RecordJobSeekerRegistration(DateOnly RegisteredOn, EmploymentService Service);

public sealed record RegisteredAsJobSeeker(Guid CaseId, Guid ParticipantId, DateOnly RegisteredOn, EmploymentService Service) : IParticipantEvent;

public static partial class ParticipantDecider
{
    public static RegisteredAsJobSeeker Decide(DismissalCase current, Participant p, RecordJobSeekerRegistration cmd)
    {
        EnsureActive(current, p, cmd.RegisteredOn);
        return new(current.Id, p.Id, cmd.RegisteredOn, cmd.Service);
    }
}
