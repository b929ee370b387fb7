namespace CollectiveDismissal.Api.Reports.Rendering;

public enum ReportFormat { Json, Csv, Html }
