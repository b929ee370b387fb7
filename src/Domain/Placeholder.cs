namespace CollectiveDismissal.Domain; public static class Placeholder {}
