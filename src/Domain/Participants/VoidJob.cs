using CollectiveDismissal.Domain.Cases;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record VoidJob(Guid JobId, string Reason);

public static partial class ParticipantDecider
{
    /// <summary>
    /// A job recorded by mistake stops counting, with its aftercare closure. Any job can go: the jobs left still follow
    /// one another (each earlier one lost before the next started, step 13), and the participant's status follows the
    /// job that is current without it. Aftercare contacts recorded stay (they have no id to void), so each must still fall
    /// inside the aftercare of a job left (R24).
    /// </summary>
    public static JobVoided Decide(DismissalCase current, Participant p, VoidJob cmd)
    {
        EnsureCanVoid(current, p, cmd.JobId, "job");
        var job = p.JobList().SingleOrDefault(j => j.Id == cmd.JobId) ?? throw UnknownEntry("job", cmd.JobId);
        var left = p.JobList().Where(j => j.Id != job.Id).ToList();
        var orphan = p.AftercareContactList().FirstOrDefault(c => !left.Any(j => j.InAftercareOn(c.HeldOn)));
        Require(orphan is null, "correction.job-has-aftercare-contacts",
            $"An aftercare contact on {orphan?.HeldOn:yyyy-MM-dd} falls inside this job's aftercare only: without the job it would have none.");
        return new(current.Id, p.Id, job.Id, cmd.Reason);
    }
}
