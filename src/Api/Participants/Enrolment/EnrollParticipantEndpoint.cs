
using System.Text.RegularExpressions;

namespace CollectiveDismissal.Api.Participants.Enrolment;

public sealed record PersonRequest([property: Required, MaxLength(200)] string? Name, [property: Required, MaxLength(20)] string? NationalRegisterNumber,
    [property: Required] DateOnly? BirthDate, [property: MaxLength(254)] string? Email, [property: MaxLength(30)] string? Phone);

public sealed partial record EnrollParticipantRequest([property: Required, MaxLength(50)] string? PersonnelReference, [property: Required] PersonRequest? Person,
    [property: Required] Gender? Gender, [property: Required] ContractKind? ContractKind, [property: Required] WorkerCategory? WorkerCategory,
    [property: Required] TerminationMode? TerminationMode, [property: Required] DateOnly? DismissedOn, [property: Required] DateOnly? ContractEndsOn,
    [property: Required] DateOnly? EnrolledOn) : IValidatedRequest, IOpenApiExample<EnrollParticipantRequest>
{
    public static EnrollParticipantRequest Example => new("E-1042",
        new PersonRequest("An Peeters", "83.07.30-033.83", new DateOnly(1983, 7, 30), "an.peeters@example.be", "+32 470 12 34 56"),
        Domain.Participants.Gender.Female, Domain.Participants.ContractKind.Indefinite, Domain.Participants.WorkerCategory.BlueCollar,
        Domain.Participants.TerminationMode.Indemnity,
        new DateOnly(2025, 4, 3), new DateOnly(2025, 4, 3), new DateOnly(2025, 4, 5));

    public void Validate(ValidationErrors errors)
    {
        errors.Required(PersonnelReference, "personnelReference");
        if (errors.Present(Person, "person"))
        {
            errors.Required(Person!.Name, "person.name");
            errors.Required(Person.BirthDate, "person.birthDate");
            // The messages never echo the value: it is personal data and would end up in logs and client traces.
            if (Person.NationalRegisterNumber is null) errors.Add("person.nationalRegisterNumber", "Required.");
            else if (!NationalRegisterNumber.TryNormalize(Person.NationalRegisterNumber, Person.BirthDate, out _, out var error))
                errors.Add("person.nationalRegisterNumber", error);
            if (Person.Email is { } email && (email.Length > 254 || !EmailShape().IsMatch(email)))
                errors.Add("person.email", "Not an e-mail address.");
            if (Person.Phone is { } phone && (phone.Length > 30 || !PhoneShape().IsMatch(phone)))
                errors.Add("person.phone", "A phone number has digits, spaces, '+', '/', '.', '-' and at most 30 characters.");
        }
        errors.Required(Gender, "gender");
        errors.Required(ContractKind, "contractKind");
        errors.Required(WorkerCategory, "workerCategory");
        errors.Required(TerminationMode, "terminationMode");
        errors.Required(DismissedOn, "dismissedOn");
        errors.Required(ContractEndsOn, "contractEndsOn");
        errors.Required(EnrolledOn, "enrolledOn");
    }

    public EnrollParticipant ToCommand(Guid participantId)
    {
        NationalRegisterNumber.TryNormalize(Person!.NationalRegisterNumber, Person.BirthDate, out var insz, out _);
        return new(participantId, PersonnelReference!.Trim(),
            new Person(Person.Name!.Trim(), insz, Person.BirthDate!.Value, Blank(Person.Email), Blank(Person.Phone)),
            Gender!.Value, ContractKind!.Value, WorkerCategory!.Value, TerminationMode!.Value, DismissedOn!.Value, ContractEndsOn!.Value,
            EnrolledOn!.Value);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9][0-9 ./-]*$")]
    private static partial Regex PhoneShape();
}

public static class EnrollParticipantEndpoint
{
    /// <summary>
    /// Enrols a dismissed worker in the employment cell (step 8). The person (name, INSZ, birth date, contact) is kept
    /// in a separate, erasable record; the event holds only the age at the announcement.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/participants"), Authorize(Policy = Policies.WriteCases), Tags("Participants"),
     Microsoft.AspNetCore.Mvc.ProducesResponseType<CreatedResponse>(201)]
    public static async Task<(CreatedResponse, Events, IMartenOp)> Post(EnrollParticipantRequest body, Guid caseId, [WriteCase] DismissalCase current,
        IDocumentSession session, CancellationToken ct)
    {
        var command = body.ToCommand(Guid.CreateVersion7());
        var taken = await session.Query<Participant>()
            .AnyAsync(p => p.CaseId == caseId && p.PersonnelReference == command.PersonnelReference, ct);
        var enrolled = ParticipantDecider.Decide(current, command, taken);
        return (new CreatedResponse(command.ParticipantId), [enrolled], MartenOps.Insert(PersonalRecord.Of(command.ParticipantId, caseId, command.Person)));
    }
}
