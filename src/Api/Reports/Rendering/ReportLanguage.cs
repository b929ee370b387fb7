namespace CollectiveDismissal.Api.Reports.Rendering;

public enum ReportLanguage { Nl, Fr, De, En }
