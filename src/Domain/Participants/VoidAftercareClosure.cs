using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Rules;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record VoidAftercareClosure(Guid JobId, string Reason);

public static partial class ParticipantDecider
{
    /// <summary>
    /// The job's aftercare opens again. Not while a later job exists: that job was recorded because this one was lost
    /// (one job at a time, step 13), so it must be voided first.
    /// </summary>
    public static AftercareClosureVoided Decide(DismissalCase current, Participant p, VoidAftercareClosure cmd)
    {
        EnsureCanVoid(current, p, cmd.JobId, "job");
        var jobs = p.JobList();
        var index = jobs.ToList().FindIndex(j => j.Id == cmd.JobId);
        if (index < 0) throw UnknownEntry("job", cmd.JobId);
        var job = jobs[index];
        Require(!job.AftercareOpen(), "correction.aftercare-open", $"The aftercare of job {job.Id} is open: there is no closure to void.");
        Require(index == jobs.Count - 1, "job.already-employed",
            $"A later job (from {jobs[^1].StartsOn:yyyy-MM-dd}) follows this closure; void that job first, or the participant would hold two jobs at once.");
        return new(current.Id, p.Id, job.Id, cmd.Reason);
    }
}
