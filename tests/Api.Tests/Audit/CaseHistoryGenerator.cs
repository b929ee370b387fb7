using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Domain.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace CollectiveDismissal.Api.Tests.Audit;

/// <summary>Where a generated date is counted from: a participant's enrolment, or the end of one of its windows.</summary>
public enum Anchor { Enrolment, FrontLoadingWindowEnd, MinimumPeriodEnd }

/// <summary>One intended command on a participant, its date given as days from an anchor of that participant.</summary>
public abstract record Step(int Day, Anchor From = Anchor.Enrolment)
{
    protected string On => From == Anchor.Enrolment ? $"+{Day}" : $"{From}{Day:+0;-0;+0}";
}
public sealed record DecideStep(int Day, bool Accept) : Step(Day) { public override string ToString() => $"{(Accept ? "accept" : "decline")} {On}"; }
public sealed record IntakeStep(int Day) : Step(Day) { public override string ToString() => $"intake {On}"; }
public sealed record SessionStep(int Day, Anchor Anchor, decimal Hours, IReadOnlyList<GuidanceService>? Services = null, bool Group = false) : Step(Day, Anchor)
{
    public override string ToString() => $"session {On} {Hours}h{(Services is null ? "" : " " + string.Join("+", Services))}{(Group ? " group" : "")}";
}
public sealed record ExtendStep(int Day, int EndsDay) : Step(Day) { public override string ToString() => $"extend {On} to +{EndsDay}"; }
public sealed record JobStep(int Day, ContractType Type, int? Months) : Step(Day) { public override string ToString() => $"job {On} {Type}{Months}"; }
public sealed record CloseAftercareStep(int Day, bool StillEmployed) : Step(Day) { public override string ToString() => $"aftercare {On} {(StillEmployed ? "still" : "not still")} employed"; }
public sealed record LeaveStep(int Day, DepartureReason Reason) : Step(Day) { public override string ToString() => $"leave {On} {Reason}"; }
public sealed record EraseStep(int Day) : Step(Day) { public override string ToString() => "erase"; }
public sealed record RegisterStep(int Day, EmploymentService Service) : Step(Day) { public override string ToString() => $"register {On} {Service}"; }
public sealed record ContactStep(int Day, decimal Hours) : Step(Day) { public override string ToString() => $"aftercare contact {On} {Hours}h"; }

/// <summary>What a void names: the participant's <c>Which</c>-th entry of that kind still counting when the void is decided.</summary>
public enum VoidKind { Session, Job, AftercareClosure, Extension, Departure }
public sealed record VoidStep(int Day, VoidKind Kind, int Which) : Step(Day) { public override string ToString() => $"void {Kind}#{Which} {On}"; }
/// <summary>The decision corrected to accepted or declined on enrolment + <c>DecidedDay</c>.</summary>
public sealed record CorrectDecisionStep(int Day, bool Accept, int DecidedDay) : Step(Day)
{
    public override string ToString() => $"correct decision {On} to {(Accept ? "accepted" : "declined")} +{DecidedDay}";
}
/// <summary>The enrolment's dates corrected: dismissal (and contract end with it) and enrolment shifted by days.</summary>
public sealed record CorrectEnrolmentStep(int Day, int DismissalShift, int EnrolmentShift) : Step(Day)
{
    public override string ToString() => $"correct enrolment {On} dismissal {DismissalShift:+0;-0;+0} enrolment {EnrolmentShift:+0;-0;+0}";
}

/// <summary>
/// A participant to enrol: the age at the announcement (often on a band's boundary), the dismissal, contract end and
/// enrolment as days after the first possible dismissal, and the intended commands; <paramref name="InDateOrder"/>
/// false records them in the generated order rather than by date (late recording of earlier facts).
/// </summary>
public sealed record ParticipantPlan(int Age, int BirthdayDaysBefore, int DismissalDay, int ContractDays, int EnrolmentDays,
    bool EnrolOnMonthEnd, bool InDateOrder, IReadOnlyList<Step> Steps)
{
    public override string ToString() =>
        $"P(age {Age}, dismissed +{DismissalDay}, +{ContractDays}, enrolled +{EnrolmentDays}{(EnrolOnMonthEnd ? " month end" : "")}" +
        $"{(InDateOrder ? "" : ", as generated")}: {string.Join(", ", Steps)})";
}

/// <summary>An as-of date: days after the announcement, or days around a participant's anchor or an event's business date.</summary>
public sealed record AsOfPlan(int Kind, int Index, int Days)
{
    public override string ToString() => Kind switch { 0 => $"A+{Days}", 1 => $"event#{Index}{Days:+0;-0;+0}", _ => $"P#{Index}/{(Anchor)(Kind - 2)}{Days:+0;-0;+0}" };
}

/// <summary>
/// A meeting, session or consultation of the case's process, days after the announcement: <paramref name="Kind"/> 0 a works
/// council meeting (during the consultation), 1 a pre-trajectory activity, 2 a consultation with another party;
/// <paramref name="Number"/> picks the activity's kind or party and gives its attendees or questions.
/// </summary>
public sealed record ActivityPlan(int Kind, int Day, int Number)
{
    public override string ToString() => $"{(Kind switch { 0 => "council", 1 => "pre-trajectory", _ => "consultation" })} A+{Day} #{Number}";
}

/// <summary>A case to generate: the announcement's shift in days, its participants, some case-level activity and the as-of dates.</summary>
/// <param name="CloseDaysAfterLastDate">When set, the case is closed that many days after its latest business date (if the rules allow).</param>
/// <param name="Reopening">When set and the case closed, it is reopened, these voids are decided, and it closes again on the same date.</param>
/// <param name="Cancel">A case not closed is cancelled at the end (its report does not change).</param>
public sealed record CasePlan(int AnnouncementShift, int TwcMeetings, IReadOnlyList<ParticipantPlan> Participants, IReadOnlyList<AsOfPlan> AsOf,
    int? CloseDaysAfterLastDate, IReadOnlyList<ActivityPlan>? Activities = null, IReadOnlyList<(int Participant, VoidStep Void)>? Reopening = null,
    bool Cancel = false)
{
    public IReadOnlyList<ActivityPlan> ActivityList => Activities ?? [];

    public override string ToString() =>
        $"Case(shift {AnnouncementShift}, {TwcMeetings} TWC meetings, activities [{string.Join(", ", ActivityList)}], close {CloseDaysAfterLastDate?.ToString() ?? "no"}" +
        $"{(Reopening is null ? "" : $", reopened for [{string.Join(", ", Reopening.Select(r => $"P#{r.Participant} {r.Void}"))}]")}" +
        $"{(Cancel ? ", cancelled" : "")}, asOf [{string.Join(", ", AsOf)}],{Environment.NewLine}  " +
        string.Join($",{Environment.NewLine}  ", Participants) + ")";
}

/// <summary>A generated, valid case: the events the deciders produced and the as-of dates to report on (with the closing date, if closed).</summary>
public sealed record GeneratedCase(Guid CaseId, IReadOnlyList<object> Events, IReadOnlyList<DateOnly> AsOf, int Refused);

/// <summary>
/// Random case histories that are valid by the product's own rules: FsCheck generates intended commands for one case, and
/// <see cref="Run"/> passes each through the real deciders (<see cref="CaseDecider"/>, <see cref="ParticipantDecider"/>)
/// on the state folded by <see cref="CollectiveDismissal.Tests.CaseFold.Evolve"/> and <see cref="Participant.Evolve"/>, keeping the events
/// they produce and dropping the commands they refuse.
/// </summary>
public static class CaseHistoryGenerator
{
    private static readonly DateOnly BaseAnnouncement = new(2027, 1, 4);

    /// <summary>"Today" for the deciders that refuse a date after it: after every date a plan can reach.</summary>
    private static readonly DateOnly Today = new(2099, 12, 31);

    private static Gen<int> Age =>
        Gen.Frequency((3, Gen.Elements(44, 45, 49, 50, 54, 55)), (2, Gen.Choose(21, 66)));

    private static Gen<decimal> Hours =>
        Gen.Elements(0.5m, 1m, 1.5m, 2m, 2.5m, 3m, 3.5m, 4m, 6m, 7.5m, 8m);

    private static Gen<Step> Session =>
        from kind in Gen.Frequency(
            (6, Gen.Choose(0, 60).Select(d => (d, Anchor.Enrolment))),          // inside the first 2 months, mostly
            (3, Gen.Choose(55, 200).Select(d => (d, Anchor.Enrolment))),        // around and after the minimum periods
            (1, Gen.Choose(180, 370).Select(d => (d, Anchor.Enrolment))),       // extended trajectories, or refused
            (2, Gen.Choose(-1, 1).Select(d => (d, Anchor.FrontLoadingWindowEnd))),
            (2, Gen.Choose(-1, 1).Select(d => (d, Anchor.MinimumPeriodEnd))))
        from hours in Hours
        // CAO 82bis: mostly one to three services; some name none, as sessions logged before services were asked.
        from services in Gen.Frequency(
            (1, Gen.Constant<IReadOnlyList<GuidanceService>?>(null)),
            (6, Gen.Choose(1, 3).SelectMany(n => Gen.Elements(Enum.GetValues<GuidanceService>()).ListOf(n))
                .Select(l => (IReadOnlyList<GuidanceService>?)l.ToList())))
        from inGroup in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (Step)new SessionStep(kind.Item1, kind.Item2, hours, services, inGroup);

    private static Gen<(ContractType, int?)> Contract =>
        from type in Gen.Elements(Enum.GetValues<ContractType>())
        from months in Gen.Elements<int?>(1, 3, 5, 6, 7, 12, 24, null)
        select (type, type == ContractType.FixedTerm ? months : null);

    /// <summary>0 to 2 jobs, each maybe followed by the closing of its aftercare; a second job after a closing.</summary>
    private static Gen<List<Step>> JobChain =>
        Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Constant(1)), (3, Gen.Constant(2))).SelectMany(count =>
            JobWithClosure.ListOf(count).Select(jobs =>
            {
                var steps = new List<Step>();
                var day = 0;
                foreach (var (startAfter, type, months, closeAfter, stillEmployed) in jobs)
                {
                    day += startAfter;
                    steps.Add(new JobStep(day, type, months));
                    if (closeAfter is not { } after) break;
                    day += after;
                    steps.Add(new CloseAftercareStep(day, stillEmployed));
                }
                return steps;
            }));

    private static Gen<(int StartAfter, ContractType Type, int? Months, int? CloseAfter, bool StillEmployed)> JobWithClosure =>
        from startAfter in Gen.Frequency((1, Gen.Choose(-2, 1)), (6, Gen.Choose(2, 200)))
        from contract in Contract
        from closeAfter in Gen.Frequency((2, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 180).Select(d => (int?)d)))
        from stillEmployed in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (startAfter, contract.Item1, contract.Item2, closeAfter, stillEmployed);

    private static Gen<Step> VoidSteps =>
        from day in Gen.Frequency((3, Gen.Choose(0, 400)), (1, Gen.Choose(0, 60)))
        from kind in Gen.Frequency((5, Gen.Constant(VoidKind.Session)), (3, Gen.Constant(VoidKind.Job)),
            (2, Gen.Constant(VoidKind.AftercareClosure)), (2, Gen.Constant(VoidKind.Extension)), (2, Gen.Constant(VoidKind.Departure)))
        from which in Gen.Choose(0, 20)
        select (Step)new VoidStep(day, kind, which);

    private static Gen<List<Step>> Optional(int percent, Gen<Step> step) =>
        Gen.Choose(1, 100).SelectMany(roll => roll <= percent ? step.Select(s => new List<Step> { s }) : Gen.Constant(new List<Step>()));

    private static Gen<ParticipantPlan> ParticipantPlans =>
        from age in Age
        from birthdayDaysBefore in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 364)), (1, Gen.Constant(-1)))
        from dismissalDay in Gen.Choose(0, 200)
        from contractDays in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 30)))
        from enrolmentDays in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 40)))
        from monthEnd in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from inDateOrder in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false)))
        from decision in Gen.Frequency(
            (10, Gen.Choose(-1, 20).Select(d => new List<Step> { new DecideStep(d, true) })),
            (3, Gen.Choose(0, 20).Select(d => new List<Step> { new DecideStep(d, false) })),
            (1, Gen.Constant(new List<Step>())))
        from intake in Optional(70, Gen.Choose(0, 30).Select(d => (Step)new IntakeStep(d)))
        from sessionCount in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 8)), (3, Gen.Choose(6, 20)))
        from sessions in Session.ListOf(sessionCount)
        from extensions in Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2))).SelectMany(n =>
            (from decided in Gen.Choose(0, 300)
             from ends in Gen.Choose(80, 370)
             select (Step)new ExtendStep(decided, ends)).ListOf(n))
        from jobs in JobChain
        from departure in Optional(35,
            from day in Gen.Frequency((3, Gen.Choose(0, 400)), (1, Gen.Choose(0, 60)))
            from reason in Gen.Elements(Enum.GetValues<DepartureReason>())
            select (Step)new LeaveStep(day, reason))
        from erase in Optional(10, Gen.Choose(0, 400).Select(d => (Step)new EraseStep(d)))
        // R22: registrations change no figure; mostly around the dismissal and enrolment, some after a lost job.
        from registrations in Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Constant(1)), (1, Gen.Constant(2))).SelectMany(n =>
            (from day in Gen.Frequency((3, Gen.Choose(-60, 10)), (1, Gen.Choose(11, 300)))
             from service in Gen.Elements(Enum.GetValues<EmploymentService>())
             select (Step)new RegisterStep(day, service)).ListOf(n))
        // R24: monitoring contacts, refused unless a job's aftercare was open on their day; often after the trajectory.
        from contacts in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 3))).SelectMany(n =>
            (from day in Gen.Choose(10, 420)
             from hours in Gen.Elements(0.25m, 0.5m, 1m, 1.5m)
             select (Step)new ContactStep(day, hours)).ListOf(n))
        // Corrections: voids spread over the trajectory (decided on the state at their date), a decision corrected, and
        // enrolment dates corrected early (later, guidance or the decision usually refuses them).
        from voids in Gen.Frequency((4, Gen.Constant(0)), (4, Gen.Choose(1, 2)), (1, Gen.Choose(3, 5))).SelectMany(n => VoidSteps.ListOf(n))
        from decisionCorrection in Optional(15,
            from day in Gen.Choose(0, 40)
            from accept in Gen.Elements(true, false)
            from decided in Gen.Choose(-1, 20)
            select (Step)new CorrectDecisionStep(day, accept, decided))
        from enrolmentCorrection in Optional(15,
            from day in Gen.Choose(-2, 3)
            from dismissal in Gen.Choose(-5, 5)
            from enrolment in Gen.Choose(-5, 5)
            select (Step)new CorrectEnrolmentStep(day, dismissal, enrolment))
        from order in Gen.Shuffle([.. intake, .. sessions, .. extensions, .. departure, .. erase, .. registrations, .. contacts, .. voids,
            .. decisionCorrection, .. enrolmentCorrection])
        select new ParticipantPlan(age, birthdayDaysBefore, dismissalDay, contractDays, enrolmentDays, monthEnd, inDateOrder,
            [.. decision, .. MergeKeepingJobOrder(order, jobs)]);

    /// <summary>Jobs and their closings keep their own order (each follows the one before) among the shuffled other steps.</summary>
    private static List<Step> MergeKeepingJobOrder(IReadOnlyList<Step> others, List<Step> jobs)
    {
        var merged = others.ToList();
        var step = Math.Max(1, merged.Count / Math.Max(1, jobs.Count));
        for (var i = 0; i < jobs.Count; i++) merged.Insert(Math.Min(merged.Count, i * (step + 1)), jobs[i]);
        return merged;
    }

    private static Gen<AsOfPlan> AsOf =>
        Gen.Frequency(
            (3, Gen.Choose(-10, 900).Select(d => new AsOfPlan(0, 0, d))),
            (3, from i in Gen.Choose(0, 10_000) from d in Gen.Choose(-1, 1) select new AsOfPlan(1, i, d)),
            (2, from kind in Gen.Choose(2, 4) from i in Gen.Choose(0, 10_000) from d in Gen.Choose(-1, 1) select new AsOfPlan(kind, i, d)));

    private static Gen<ActivityPlan> Activity =>
        Gen.Frequency(
            (2, from day in Gen.Choose(1, 30) from n in Gen.Choose(0, 20) select new ActivityPlan(0, day, n)),
            (3, from day in Gen.Choose(0, 400) from n in Gen.Choose(0, 60) select new ActivityPlan(1, day, n)),
            (2, from day in Gen.Choose(-5, 400) from n in Gen.Choose(0, 20) select new ActivityPlan(2, day, n)));

    public static Gen<CasePlan> Plans =>
        from shift in Gen.Choose(0, 400)
        from meetings in Gen.Choose(0, 2)
        from activityCount in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 6)))
        from activities in Activity.ListOf(activityCount)
        from count in Gen.Frequency((4, Gen.Choose(1, 3)), (6, Gen.Choose(3, 10)), (1, Gen.Choose(16, 24)))
        from participants in ParticipantPlans.ListOf(count)
        from asOf in AsOf.ListOf(3)
        from close in Gen.Frequency((7, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 200).Select(d => (int?)d)))
        from reopening in Gen.Frequency((3, Gen.Constant<IReadOnlyList<(int, VoidStep)>?>(null)),
            (2, Gen.Choose(1, 3).SelectMany(n => (from p in Gen.Choose(0, 30) from v in VoidSteps select (p, (VoidStep)v)).ListOf(n))
                .Select(l => (IReadOnlyList<(int, VoidStep)>?)l.ToList())))
        from cancel in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new CasePlan(shift, meetings, participants.ToList(), asOf.ToList(), close, activities.ToList(), reopening, cancel);

    public static Arbitrary<CasePlan> Arbitrary => Arb.From(Plans, Shrink);

    /// <summary>Smaller plans for a failing one: fewer as-of dates, no closing, fewer participants, fewer steps.</summary>
    public static IEnumerable<CasePlan> Shrink(CasePlan plan)
    {
        for (var i = 0; i < plan.AsOf.Count && plan.AsOf.Count > 1; i++)
            yield return plan with { AsOf = [.. plan.AsOf.Where((_, j) => j != i)] };
        if (plan.Reopening is not null) yield return plan with { Reopening = null };
        if (plan.Cancel) yield return plan with { Cancel = false };
        if (plan.CloseDaysAfterLastDate is not null) yield return plan with { CloseDaysAfterLastDate = null };
        if (plan.TwcMeetings > 0) yield return plan with { TwcMeetings = 0 };
        for (var i = 0; i < plan.ActivityList.Count; i++)
            yield return plan with { Activities = [.. plan.ActivityList.Where((_, j) => j != i)] };
        for (var i = 0; i < plan.Participants.Count; i++)
            yield return plan with { Participants = [.. plan.Participants.Where((_, j) => j != i)] };
        for (var i = 0; i < plan.Participants.Count; i++)
            for (var k = 0; k < plan.Participants[i].Steps.Count; k++)
            {
                var p = plan.Participants[i];
                var fewer = p with { Steps = [.. p.Steps.Where((_, j) => j != k)] };
                yield return plan with { Participants = [.. plan.Participants.Select((q, j) => j == i ? fewer : q)] };
            }
    }

    /// <summary>Runs a plan through the deciders: the events of the accepted commands, and the as-of dates resolved.</summary>
    public static GeneratedCase Run(CasePlan plan)
    {
        var caseId = Guid.CreateVersion7();
        var history = new CaseHistory();
        var refused = 0;

        var announcedOn = BaseAnnouncement.AddDays(plan.AnnouncementShift);
        history.Apply(CaseDecider.Decide(new PrepareDossier(caseId,
            new Employer("Audit Steel NV", "0403170701", ["111.01"], Region.Flanders), 250, 40, ["Closure"], "pm.audit"), []));
        history.Apply(CaseDecider.Decide(history.Case, new AnnounceIntention(announcedOn, InformedBody.WorksCouncil)));
        history.Apply(CaseDecider.Decide(history.Case, new HoldWorksCouncilMeeting(announcedOn.AddDays(1), "OR-1", 5, 5), Today));
        foreach (var meeting in plan.ActivityList.Where(a => a.Kind == 0).OrderBy(a => a.Day))
            if (!history.Try(() => CaseDecider.Decide(history.Case,
                    new HoldWorksCouncilMeeting(announcedOn.AddDays(meeting.Day), null, meeting.Number, meeting.Number / 2), Today))) refused++;
        history.Apply(CaseDecider.Decide(history.Case, new CloseConsultation(announcedOn.AddDays(30))));
        history.Apply(CaseDecider.Decide(history.Case, new NotifyCollectiveDismissal(announcedOn.AddDays(31))));
        history.Apply(CaseDecider.Decide(history.Case, new OpenEmploymentCell(announcedOn.AddDays(35), null, ["ACV"], "SPOC")));
        for (var m = 0; m < plan.TwcMeetings; m++)
            history.Apply(CaseDecider.Decide(history.Case, new HoldTwcMeeting(announcedOn.AddDays(60 + 90 * m), "Progress"), Today));
        history.Apply(CaseDecider.Decide(history.Case, new HoldInformationSession(announcedOn.AddDays(3), PreTrajectoryActivity.Workshop, 12, "CV"), Today));
        // The other activities in the order generated, not by date: recording an earlier meeting late must not matter.
        foreach (var activity in plan.ActivityList.Where(a => a.Kind != 0))
        {
            object command = activity.Kind == 1
                ? new HoldInformationSession(announcedOn.AddDays(activity.Day), (PreTrajectoryActivity)(activity.Number % 3), activity.Number, null)
                : new ConsultStakeholder(announcedOn.AddDays(activity.Day), (StakeholderParty)(activity.Number % 5), null);
            if (!history.Try(() => command switch
                {
                    HoldInformationSession c => CaseDecider.Decide(history.Case, c, Today),
                    ConsultStakeholder c => (object)CaseDecider.Decide(history.Case, c, Today),
                    _ => null
                })) refused++;
        }
        var firstDismissal = history.Case.WaitingPeriodEndsOn!.Value.AddDays(1);

        // Enrolments first, then every participant's commands in order of their dates (or as generated, for some).
        var commands = new List<(DateOnly On, int Order, Guid Id, Step Step)>();
        var order = 1;
        for (var i = 0; i < plan.Participants.Count; i++)
        {
            var p = plan.Participants[i];
            var id = Guid.CreateVersion7();
            var dismissedOn = firstDismissal.AddDays(p.DismissalDay);
            var contractEndsOn = dismissedOn.AddDays(p.ContractDays);
            var enrolledOn = contractEndsOn.AddDays(p.EnrolmentDays);
            if (p.EnrolOnMonthEnd) enrolledOn = new DateOnly(enrolledOn.Year, enrolledOn.Month, DateTime.DaysInMonth(enrolledOn.Year, enrolledOn.Month));
            var birthDate = announcedOn.AddYears(-p.Age).AddDays(-p.BirthdayDaysBefore);
            var person = new Person($"Audit Person {i}", "00000000000", birthDate, null, null);
            var enrolment = new EnrollParticipant(id, $"A-{i:000}", person, (Gender)(i % 3), (ContractKind)(i % 3), (WorkerCategory)(i % 3),
                (TerminationMode)(i % 2), dismissedOn, contractEndsOn, enrolledOn);
            if (!history.Try(() => ParticipantDecider.Decide(history.Case, enrolment, personnelReferenceTaken: false))) { refused++; continue; }

            var participant = history.Participants[id];
            foreach (var step in p.Steps)
            {
                var anchor = step.From switch
                {
                    Anchor.FrontLoadingWindowEnd => participant.FrontLoadingWindowEndsOn(),
                    Anchor.MinimumPeriodEnd => participant.MinimumPeriodEndsOn(),
                    _ => participant.EnrolledOn
                };
                commands.Add((anchor.AddDays(step.Day), p.InDateOrder ? 0 : order, id, step));
                order++;
            }
        }

        // In date order, except the steps of participants recorded "as generated", which keep their order.
        foreach (var (on, _, id, step) in commands.OrderBy(c => c.Order == 0 ? c.On.DayNumber : int.MaxValue).ThenBy(c => c.Order))
        {
            var p = history.Participants[id];
            var accepted = history.Try(() => step switch
            {
                DecideStep s => ParticipantDecider.Decide(history.Case, p, new DecideOutplacement(s.Accept, on), Today),
                IntakeStep => ParticipantDecider.Decide(history.Case, p, new HoldIntake(on, "coach", ["CV"], ["Welder"]), Today),
                SessionStep s => ParticipantDecider.Decide(history.Case, p,
                    new LogGuidanceSession(on, s.Hours, s.Group ? GuidanceKind.Group : GuidanceKind.Individual, null, NextId(), s.Services), Today),
                ExtendStep s => ParticipantDecider.Decide(history.Case, p, new ExtendTrajectory(on, p.EnrolledOn.AddDays(s.EndsDay), "More time", NextId())),
                JobStep s => ParticipantDecider.Decide(history.Case, p, new RecordJob(on, "Employer", s.Type, s.Months, null, NextId())),
                CloseAftercareStep s => ParticipantDecider.Decide(history.Case, p, new CloseAftercare(on, s.StillEmployed)),
                LeaveStep s => ParticipantDecider.Decide(history.Case, p, new RecordDeparture(on, s.Reason, NextId())),
                VoidStep s => Void(history.Case, p, s),
                CorrectDecisionStep s => p.Decision is null ? null
                    : ParticipantDecider.Decide(history.Case, p, new CorrectOutplacementDecision(s.Accept, p.EnrolledOn.AddDays(s.DecidedDay), "Corrected"), Today),
                CorrectEnrolmentStep s => ParticipantDecider.Decide(history.Case, p, new CorrectEnrolment(null, null, null,
                    p.DismissedOn.AddDays(s.DismissalShift), p.ContractEndsOn.AddDays(s.DismissalShift), p.EnrolledOn.AddDays(s.EnrolmentShift),
                    "Corrected"), personnelReferenceTaken: false),
                EraseStep => ParticipantDecider.ErasePersonalData(history.Case, p).SingleOrDefault(),
                RegisterStep s => ParticipantDecider.Decide(history.Case, p, new RecordJobSeekerRegistration(on, s.Service)),
                ContactStep s => ParticipantDecider.Decide(history.Case, p, new LogAftercareContact(on, s.Hours, "Call")),
                _ => throw new InvalidOperationException(step.ToString())
            });
            if (!accepted) refused++;
        }

        var asOf = plan.AsOf.Select(a => Resolve(a, announcedOn, history)).ToList();

        // Step 17: the closing freezes the final report, which GET /report answers as of the closing date. A case reopened to
        // be corrected closes again on the same date.
        var closed = false;
        if (plan.CloseDaysAfterLastDate is { } closeAfter)
        {
            var closedOn = history.BusinessDates.Max().AddDays(closeAfter);
            closed = history.Try(() => CaseDecider.Decide(history.Case, new CloseCase(closedOn), history.Participants.Values));
            if (closed) asOf.Add(closedOn);
            else refused++;
            if (closed && plan.Reopening is { } corrections && history.Participants.Count > 0)
            {
                history.Apply(CaseDecider.Decide(history.Case, new ReopenCase("Corrections")));
                var ids = history.Participants.Keys.ToList();
                foreach (var (index, step) in corrections)
                {
                    var id = ids[index % ids.Count];
                    if (!history.Try(() => Void(history.Case, history.Participants[id], step))) refused++;
                }
                if (!history.Try(() => CaseDecider.Decide(history.Case, new CloseCase(closedOn), history.Participants.Values))) refused++;
            }
        }
        if (!closed && plan.Cancel) history.Apply(CaseDecider.Decide(history.Case, new CancelCase("Created by mistake")));
        return new GeneratedCase(caseId, history.Events, asOf, refused);
    }

    /// <summary>The void a step names, of the participant's entries still counting; nothing when there is none of that kind.</summary>
    private static object? Void(DismissalCase current, Participant p, VoidStep s)
    {
        static T? Pick<T>(IReadOnlyList<T> entries, int which) where T : class => entries.Count == 0 ? null : entries[which % entries.Count];
        return s.Kind switch
        {
            VoidKind.Session => Pick(p.GuidanceSessionList(), s.Which) is { } session
                ? ParticipantDecider.Decide(current, p, new VoidGuidanceSession(session.Id, "Logged twice")) : null,
            VoidKind.Job => Pick(p.JobList(), s.Which) is { } job ? ParticipantDecider.Decide(current, p, new VoidJob(job.Id, "Wrong person")) : null,
            VoidKind.AftercareClosure => Pick(p.JobList().Where(j => !j.AftercareOpen()).ToList(), s.Which) is { } closedJob
                ? ParticipantDecider.Decide(current, p, new VoidAftercareClosure(closedJob.Id, "Still employed")) : null,
            VoidKind.Extension => Pick(p.ExtensionList(), s.Which) is { } extension
                ? ParticipantDecider.Decide(current, p, new VoidTrajectoryExtension(extension.Id, "Not decided")) : null,
            _ => p.Departure is null ? null : ParticipantDecider.Decide(current, p, new VoidDeparture("Wrong person"))
        };
    }

    /// <summary>The id a command gives the entry it records, as the endpoints give one.</summary>
    private static Guid NextId() => Guid.CreateVersion7();

    private static DateOnly Resolve(AsOfPlan plan, DateOnly announcedOn, CaseHistory history)
    {
        var participants = history.Participants.Values.ToList();
        return plan.Kind switch
        {
            0 => announcedOn.AddDays(plan.Days),
            1 => history.BusinessDates[plan.Index % history.BusinessDates.Count].AddDays(plan.Days),
            _ when participants.Count == 0 => announcedOn.AddDays(plan.Days + 100),
            _ => ((Anchor)(plan.Kind - 2) switch
            {
                Anchor.FrontLoadingWindowEnd => participants[plan.Index % participants.Count].FrontLoadingWindowEndsOn(),
                Anchor.MinimumPeriodEnd => participants[plan.Index % participants.Count].MinimumPeriodEndsOn(),
                _ => participants[plan.Index % participants.Count].EnrolledOn
            }).AddDays(plan.Days)
        };
    }

    /// <summary>The events so far and the states the deciders decide on, folded as the product folds them.</summary>
    private sealed class CaseHistory
    {
        public List<object> Events { get; } = [];
        public List<DateOnly> BusinessDates { get; } = [];
        public DismissalCase Case { get; private set; } = null!;
        public Dictionary<Guid, Participant> Participants { get; } = [];

        public void Apply(object e)
        {
            Events.Add(e);
            Case = CollectiveDismissal.Tests.CaseFold.Evolve(Case, e)!;
            if (e is IParticipantEvent pe)
                Participants[pe.ParticipantId] = Participant.Evolve(Participants.GetValueOrDefault(pe.ParticipantId), e)!;
            if (BusinessDate(e) is { } on) BusinessDates.Add(on);
        }

        /// <summary>Decides; a refusal of the domain drops the command. Returns whether an event was kept.</summary>
        public bool Try(Func<object?> decide)
        {
            try
            {
                if (decide() is not { } e) return false;
                Apply(e);
                return true;
            }
            catch (CaseRuleViolation)
            {
                return false;
            }
        }

        private static DateOnly? BusinessDate(object e) => e switch
        {
            ParticipantEnrolled x => x.EnrolledOn,
            OutplacementAccepted x => x.DecidedOn,
            OutplacementDeclined x => x.DecidedOn,
            IntakeHeld x => x.HeldOn,
            GuidanceSessionLogged x => x.HeldOn,
            TrajectoryExtended x => x.DecidedOn,
            JobFound x => x.StartsOn,
            AftercareClosed x => x.ClosedOn,
            ParticipantLeft x => x.LeftOn,
            OutplacementDecisionCorrected x => x.DecidedOn,
            EnrolmentCorrected x => x.EnrolledOn,
            RegisteredAsJobSeeker x => x.RegisteredOn,
            AftercareContactLogged x => x.HeldOn,
            CaseClosed x => x.ClosedOn,
            WorksCouncilConsulted x => x.HeldOn,
            TwcMeetingHeld x => x.HeldOn,
            InformationSessionHeld x => x.HeldOn,
            StakeholderConsulted x => x.HeldOn,
            _ => null
        };
    }
}
