public enum ConfideCore { public static let version = "0.1.0" }
