namespace CollectiveDismissal.Projections; public static class Placeholder {}
