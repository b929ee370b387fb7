namespace CollectiveDismissal.Domain.Participants;

/// <summary>One coach of a participant, from a date on; a participant's coaches are kept in date order.</summary>
public sealed record CoachAssignment(string Coach, DateOnly From)
{
    /// <summary>The intake's coach, when it names one: the first coach, from the intake's date.</summary>
    public static CoachAssignment? Of(IntakeHeld e) => string.IsNullOrWhiteSpace(e.Coach) ? null : new(e.Coach, e.HeldOn);

    public static CoachAssignment Of(CoachAssigned e) => new(e.Coach, e.From);

    /// <summary>The coaches kept, or for a participant folded before coaches were kept, the intake's coach.</summary>
    public static IReadOnlyList<CoachAssignment> ListOf(IReadOnlyList<CoachAssignment>? coaches, Intake? intake) =>
        coaches ?? (intake is { Coach: { } coach } && !string.IsNullOrWhiteSpace(coach) ? [new CoachAssignment(coach, intake.HeldOn)] : []);

    /// <summary>
    /// The list with the assignment in its place by date; one of the same date replaces the one it follows (a change on
    /// the day corrects it). An intake recorded late can fall before an assignment already recorded.
    /// </summary>
    public static IReadOnlyList<CoachAssignment> Add(IReadOnlyList<CoachAssignment> coaches, CoachAssignment? assignment)
    {
        if (assignment is null) return coaches;
        var list = coaches.Where(c => c.From != assignment.From).ToList();
        var index = list.FindIndex(c => c.From > assignment.From);
        list.Insert(index < 0 ? list.Count : index, assignment);
        return list;
    }

    /// <summary>The coach on a date: the latest assigned from that date or before.</summary>
    public static string? At(IReadOnlyList<CoachAssignment> coaches, DateOnly date) => coaches.LastOrDefault(c => c.From <= date)?.Coach;
}
