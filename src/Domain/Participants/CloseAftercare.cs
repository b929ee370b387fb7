using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record CloseAftercare(DateOnly ClosedOn, bool StillEmployed);

public static partial class ParticipantDecider
{
    public static AftercareClosed Decide(DismissalCase current, Participant p, CloseAftercare cmd)
    {
        EnsureActive(current, p, cmd.ClosedOn);
        var job = p.JobList() is { Count: > 0 } jobs && jobs[^1].AftercareOpen() ? jobs[^1]
            : throw new CaseRuleViolation("aftercare.needs-open-job", "There is no job whose aftercare is still open.");
        Require(cmd.ClosedOn >= job.StartsOn, "aftercare.before-job-start",
            $"The aftercare closes on or after the job's start ({job.StartsOn:yyyy-MM-dd}).");
        return new(current.Id, p.Id, cmd.ClosedOn, cmd.StillEmployed);
    }
}
