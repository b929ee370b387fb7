using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;
using static CollectiveDismissal.Domain.Tests.ParticipantSpec;

namespace CollectiveDismissal.Domain.Tests.Cases;

public class cancelling_a_case
{
    [Fact]
    public void a_case_created_by_mistake_is_cancelled_with_a_reason() =>
        Given().WhenCase(c => CaseDecider.Decide(c, new CancelCase("Created twice"))).Then(new CaseCancelled(CaseId, "Created twice"));

    [Fact]
    public void a_cancelled_case_refuses_every_command() =>
        Given(new CaseCancelled(CaseId, "x"))
            .WhenCase(c => CaseDecider.Decide(c, new HoldTwcMeeting(TwcOpenedOn.AddDays(1), null), Today)).ThenRefuses("case.cancelled");

    [Fact]
    public void and_its_participants_too() =>
        Given(Enrolled(), new CaseCancelled(CaseId, "x"))
            .When((c, p) => ParticipantDecider.Decide(c, p, new DecideOutplacement(true, EnrolledOn), Today)).ThenRefuses("case.cancelled");

    [Fact]
    public void once() =>
        Given(new CaseCancelled(CaseId, "x")).WhenCase(c => CaseDecider.Decide(c, new CancelCase("again"))).ThenRefuses("case.cancelled");

    [Fact]
    public void a_closed_case_is_reopened_first() =>
        Given(new CaseClosed(CaseId, TwcOpenedOn.AddDays(1))).WhenCase(c => CaseDecider.Decide(c, new CancelCase("x"))).ThenRefuses("case.closed");

    [Fact]
    public void personal_data_can_still_be_erased()
    {
        var given = Given(Enrolled(), new CaseCancelled(CaseId, "x"));
        Assert.Single(ParticipantDecider.ErasePersonalData(given.Case, given.Participant));
    }
}

public class reopening_a_closed_case
{
    private static readonly CaseClosed Closed = new(CaseId, TwcOpenedOn.AddDays(1));

    [Fact]
    public void with_a_reason() =>
        Given(Closed).WhenCase(c => CaseDecider.Decide(c, new ReopenCase("A session was logged twice"))).Then(new CaseReopened(CaseId, "A session was logged twice"));

    [Fact]
    public void only_a_closed_one() =>
        Given().WhenCase(c => CaseDecider.Decide(c, new ReopenCase("x"))).ThenRefuses("reopening.not-closed");

    [Fact]
    public void not_a_cancelled_one() =>
        Given(new CaseCancelled(CaseId, "x")).WhenCase(c => CaseDecider.Decide(c, new ReopenCase("x"))).ThenRefuses("case.cancelled");

    [Fact]
    public void a_reopened_case_accepts_commands_and_closes_again()
    {
        var reopened = Given(Closed, new CaseReopened(CaseId, "x"));
        Assert.Null(reopened.Case.ClosedOn);
        CaseDecider.Decide(reopened.Case, new HoldTwcMeeting(TwcOpenedOn.AddDays(2), null), Today);
        Assert.Equal(TwcOpenedOn.AddDays(3), CaseDecider.Decide(reopened.Case, new CloseCase(TwcOpenedOn.AddDays(3)), []).ClosedOn);
    }
}

public class correcting_the_dossier_and_the_cell
{
    [Fact]
    public void the_dossier_correction_names_the_fields_it_corrects() =>
        Given().WhenCase(c => CaseDecider.Decide(c, new CorrectDossier("Acme Steel Belgium", null, null, 260, null, null, "KBO extract")))
            .Then(new DossierCorrected(CaseId, "Acme Steel Belgium", null, null, 260, null, null, "KBO extract"));

    [Fact]
    public void not_on_a_closed_case() =>
        Given(new CaseClosed(CaseId, TwcOpenedOn.AddDays(1)))
            .WhenCase(c => CaseDecider.Decide(c, new CorrectDossier("X", null, null, null, null, null, "x"))).ThenRefuses("case.closed");

    [Fact]
    public void a_new_enterprise_number_with_an_open_case_is_refused_unless_intended()
    {
        var open = new[] { Guid.Parse("0195f000-0000-7000-8000-0000000000c2") };
        Given().WhenCase(c => CaseDecider.Decide(c, new CorrectDossier(null, "0403170701", null, null, null, null, "typo"), open))
            .ThenRefuses("dossier.enterprise-has-open-case");
        Given().WhenCase(c => CaseDecider.Decide(c, new CorrectDossier(null, "0403170701", null, null, null, null, "typo", "Second site"), open))
            .Then(new DossierCorrected(CaseId, null, "0403170701", null, null, null, null, "typo", "Second site"));
        Given().WhenCase(c => CaseDecider.Decide(c, new CorrectDossier(null, "0403170701", null, null, null, null, "typo", "Second site"), []))
            .Then(new DossierCorrected(CaseId, null, "0403170701", null, null, null, null, "typo"));
    }

    [Fact]
    public void the_cell_correction_needs_a_cell() =>
        new GivenEvents(Procedure[..^1]).WhenCase(c => CaseDecider.Decide(c, new CorrectEmploymentCell(null, "SPOC 2", null, "x")))
            .ThenRefuses("correction.no-employment-cell");

    [Fact]
    public void the_cell_correction_names_the_fields_it_corrects() =>
        Given().WhenCase(c => CaseDecider.Decide(c, new CorrectEmploymentCell(["ACV"], null, EmploymentService.Actiris, "x")))
            .Then(new EmploymentCellCorrected(CaseId, ["ACV"], null, EmploymentService.Actiris, "x"));
}
