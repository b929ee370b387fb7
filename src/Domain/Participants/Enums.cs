namespace CollectiveDismissal.Domain.Participants;

public enum Gender { Female, Male, X }

public enum ContractKind { Indefinite, FixedTerm, TemporaryAgency }

public enum WorkerCategory { BlueCollar, WhiteCollar, Executive }

public enum TerminationMode { NoticeWorked, Indemnity }

public enum ContractType { Indefinite, FixedTerm, TemporaryAgency, SelfEmployed, Training }

public enum DepartureReason { Retired, LongTermSick, Deceased, MovedAbroad, Unreachable, Other }

public enum GuidanceKind { Individual, Group }

/// <summary>A participant's status at a date for the report: the first that holds, in this order.</summary>
public enum ParticipantStatus { Left, Declined, Employed, Searching }
