using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Deadlines;
using CollectiveDismissal.Domain.Rules;

namespace CollectiveDismissal.Domain.Tests.Deadlines;

public class deadline_rules
{
    private static readonly DateOnly Enrolled = new(2027, 1, 10);

    [Fact]
    public void a_participant_in_the_trajectory_has_its_end_the_front_loading_window_and_the_12_month_limit()
    {
        var due = DeadlineRules.ForParticipant(Enrolled, new DateOnly(2027, 4, 9), 7.5m, outOfTrajectoryFrom: null, registeredAsJobSeeker: true);
        Assert.Equal(
        [
            new DueDate(DeadlineKind.TrajectoryEnd, new DateOnly(2027, 4, 9)),
            new DueDate(DeadlineKind.FrontLoadingWindowEnd, new DateOnly(2027, 3, 9), 12.5m),
            new DueDate(DeadlineKind.TwelveMonthLimit, new DateOnly(2028, 1, 9))
        ], due);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(19.75, 0.25)]
    [InlineData(20, 0)]
    [InlineData(31, 0)]
    public void front_loading_misses_what_is_below_20_hours(decimal held, decimal missing) =>
        Assert.Equal(missing, DeadlineRules.FrontLoadingHoursMissing(held));

    [Fact]
    public void a_front_loaded_participant_has_no_front_loading_deadline()
    {
        var due = DeadlineRules.ForParticipant(Enrolled, new DateOnly(2027, 7, 9), 20m, null, registeredAsJobSeeker: true);
        Assert.DoesNotContain(due, d => d.Kind == DeadlineKind.FrontLoadingWindowEnd);
        Assert.Contains(new DueDate(DeadlineKind.TrajectoryEnd, new DateOnly(2027, 7, 9)), due);
    }

    [Theory]
    [InlineData("2027-03-09", true)] // the window's last day
    [InlineData("2027-03-10", false)]
    public void a_session_counts_for_front_loading_up_to_the_windows_last_day(string heldOn, bool counts) =>
        Assert.Equal(counts, DeadlineRules.CountsForFrontLoading(Enrolled, DateOnly.Parse(heldOn)));

    [Theory]
    [InlineData("2027-02-01", null, null)]
    [InlineData(null, "2027-01-11", null)]
    [InlineData(null, null, "2027-03-01")]
    public void participants_who_left_declined_or_found_a_job_before_their_deadlines_have_none(string? left, string? declined, string? employed)
    {
        DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s);
        var outFrom = DeadlineRules.OutOfTrajectoryFrom(D(left), D(declined), D(employed));
        Assert.Empty(DeadlineRules.ForParticipant(Enrolled, new DateOnly(2027, 4, 9), 0m, outFrom, registeredAsJobSeeker: true));
    }

    [Fact]
    public void a_job_dated_ahead_keeps_the_deadlines_due_before_it()
    {
        // Enrolled 2027-01-10 under 45; a job recorded to start on 2027-06-01: still searching until then.
        var due = DeadlineRules.ForParticipant(Enrolled, new DateOnly(2027, 4, 9), 4m, DeadlineRules.OutOfTrajectoryFrom(null, null, new DateOnly(2027, 6, 1)),
            registeredAsJobSeeker: true);
        Assert.Equal([DeadlineKind.TrajectoryEnd, DeadlineKind.FrontLoadingWindowEnd], due.Select(d => d.Kind));
        // A deadline on the very day the job starts is no longer due.
        Assert.DoesNotContain(DeadlineRules.ForParticipant(Enrolled, new DateOnly(2027, 4, 9), 0m, new DateOnly(2027, 3, 9), registeredAsJobSeeker: false),
            d => d.DueOn >= new DateOnly(2027, 3, 9));
    }

    [Fact]
    public void a_participant_not_registered_as_a_job_seeker_is_checked_30_days_after_enrolment()
    {
        var due = DeadlineRules.ForParticipant(Enrolled, new DateOnly(2027, 4, 9), 20m, null, registeredAsJobSeeker: false);
        Assert.Equal(
        [
            new DueDate(DeadlineKind.TrajectoryEnd, new DateOnly(2027, 4, 9)),
            new DueDate(DeadlineKind.TwelveMonthLimit, new DateOnly(2028, 1, 9)),
            new DueDate(DeadlineKind.JobSeekerRegistrationCheck, new DateOnly(2027, 2, 9))
        ], due);
        Assert.DoesNotContain(DeadlineRules.ForParticipant(Enrolled, new DateOnly(2027, 4, 9), 20m, null, registeredAsJobSeeker: true),
            d => d.Kind == DeadlineKind.JobSeekerRegistrationCheck);
    }

    [Theory]
    [InlineData("2027-02-09", false)] // out of the trajectory on the check's day: no longer due
    [InlineData("2027-02-10", true)]
    public void the_registration_check_stays_only_while_the_participant_is_in_the_trajectory_on_its_day(string outFrom, bool due) =>
        Assert.Equal(due, DeadlineRules.ForParticipant(Enrolled, new DateOnly(2027, 4, 9), 20m, DateOnly.Parse(outFrom), registeredAsJobSeeker: false)
            .Any(d => d.Kind == DeadlineKind.JobSeekerRegistrationCheck));

    [Fact]
    public void the_earliest_of_departure_decline_and_job_takes_the_participant_out() =>
        Assert.Equal(new DateOnly(2027, 2, 1), DeadlineRules.OutOfTrajectoryFrom(new DateOnly(2027, 3, 1), null, new DateOnly(2027, 2, 1)));

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void a_closed_aftercare_keeps_the_participant_employed_only_if_still_employed(bool stillEmployed, bool employed) =>
        Assert.Equal(employed, DeadlineRules.EmployedAfterAftercare(stillEmployed));

    [Fact]
    public void a_case_has_the_deadlines_it_knows()
    {
        Assert.Empty(DeadlineRules.ForCase(null, null, null));
        var notified = new DateOnly(2027, 2, 16);
        Assert.Equal(
        [
            new DueDate(DeadlineKind.WaitingPeriodEnd, new DateOnly(2027, 3, 18)),
            new DueDate(DeadlineKind.ObjectionDeadline, new DateOnly(2027, 3, 18)),
            new DueDate(DeadlineKind.TwcAvailabilityEnd, new DateOnly(2027, 10, 3))
        ], DeadlineRules.ForCase(LegalRules.WaitingPeriodEnd(notified), LegalRules.ObjectionDeadline(notified), new DateOnly(2027, 10, 3)));
    }

    [Theory]
    [InlineData("2027-03-01", true)] // today
    [InlineData("2027-03-31", true)] // the 30th day
    [InlineData("2027-04-01", false)]
    [InlineData("2027-02-28", false)] // missed: not on the board
    public void the_board_shows_from_today_to_today_plus_within_days(string dueOn, bool shown) =>
        Assert.Equal(shown, DeadlineRules.IsDueWithin(DateOnly.Parse(dueOn), new DateOnly(2027, 3, 1), 30));
}
