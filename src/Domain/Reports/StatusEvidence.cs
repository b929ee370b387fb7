using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Reports;

/// <summary>A participant's status at the date and the sequence numbers of the events that decided it.</summary>
public sealed record StatusEvidenceItem(Guid ParticipantId, ParticipantStatus Status, IReadOnlyList<long> DecidedBy);

/// <summary>
/// Folds a case's events, with their sequence numbers, into its participants, remembering which event recorded each
/// fact the status rules read: the enrolment, the decision, the departure, each job and each aftercare closure.
/// </summary>
public sealed class StatusEvidence
{
    private sealed class Facts
    {
        public Participant? State;
        public long Enrolled;
        public long? Decision;
        public long? Departure;
        public readonly List<long> Jobs = [];
        public readonly List<long?> Aftercare = [];
    }

    private readonly Dictionary<Guid, Facts> _facts = new();

    public static StatusEvidence Fold(IEnumerable<(long Sequence, object Data)> events)
    {
        var evidence = new StatusEvidence();
        foreach (var (sequence, data) in events)
        {
            if (data is not IParticipantEvent e) continue;
            var facts = evidence._facts.TryGetValue(e.ParticipantId, out var known) ? known : evidence._facts[e.ParticipantId] = new Facts();
            facts.State = Participant.Evolve(facts.State, data);
            switch (data)
            {
                case ParticipantEnrolled: facts.Enrolled = sequence; break;
                case OutplacementAccepted or OutplacementDeclined: facts.Decision = sequence; break;
                case ParticipantLeft: facts.Departure = sequence; break;
                case JobFound: facts.Jobs.Add(sequence); facts.Aftercare.Add(null); break;
                case AftercareClosed: facts.Aftercare[^1] = sequence; break;
            }
        }
        return evidence;
    }

    public IEnumerable<Participant> Participants => _facts.Values.Select(f => f.State).OfType<Participant>();

    /// <summary>
    /// Left: the enrolment and the departure. Declined: the enrolment and the decision. Employed: the enrolment, the
    /// current job and, when closed by then, its aftercare closure. Searching: the enrolment and, after a lost job,
    /// that job and the closure that ended it.
    /// </summary>
    public StatusEvidenceItem At(Guid participantId, DateOnly asOf)
    {
        var facts = _facts[participantId];
        var p = facts.State!;
        var status = p.StatusAt(asOf) ?? throw new ArgumentException($"Participant {participantId} is not enrolled on {asOf}.", nameof(asOf));
        var decidedBy = new List<long> { facts.Enrolled };
        switch (status)
        {
            case ParticipantStatus.Left: decidedBy.Add(facts.Departure!.Value); break;
            case ParticipantStatus.Declined: decidedBy.Add(facts.Decision!.Value); break;
            default:
                if (p.CurrentJobAt(asOf) is { } job)
                {
                    var index = p.JobList().ToList().IndexOf(job);
                    decidedBy.Add(facts.Jobs[index]);
                    if (job.AftercareClosedOn <= asOf && facts.Aftercare[index] is { } closure) decidedBy.Add(closure);
                }
                break;
        }
        return new StatusEvidenceItem(participantId, status, decidedBy);
    }
}
